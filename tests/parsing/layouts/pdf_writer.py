"""Blocks to a PDF with reportlab: DejaVu Sans for Latin, Greek, Cyrillic and the bullet and icon
glyphs; reportlab's built-in CID fonts (STSong-Light, HeiseiMin-W3) for Chinese and Japanese,
which pypdf extracts correctly with no font file to install.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from .model import LIST, Block, Page, Para, Photo, Run, Table, photo_png

SYSTEM_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
LAYER_DEJAVU = Path(__file__).resolve().parents[3] / "layers/shared/resume_api/render/fonts"
"""The layer's own copy (regular, bold, oblique), used where the system has no DejaVu."""
WIDTH, HEIGHT = 612.0, 792.0
MARGIN = 50.0
BAND = 90.0
CJK_FONTS = {"zh": "STSong-Light", "ja": "HeiseiMin-W3"}
SANS = "LayoutGenSans"
"""DejaVu Sans under a name of our own, for reportlab's process-wide registries (see `_register`)."""
_NOT_IN_CID = set("☰⚒✎⚙✈✔★⚑✉♥☎♫◆·•●▪■◦➤✓")


def _face(file: str) -> Path | None:
    for folder in (SYSTEM_DEJAVU, LAYER_DEJAVU):
        if (folder / file).is_file():
            return folder / file
    return None


def fonts_available() -> str | None:
    """None when every font is there, else a line that says what is missing."""
    if _face("DejaVuSans.ttf") is None or _face("DejaVuSans-Bold.ttf") is None:
        return (
            f"DejaVu Sans not found in {SYSTEM_DEJAVU} or {LAYER_DEJAVU} (Debian package fonts-dejavu-core)"
        )
    return None


@functools.cache
def _register() -> None:
    from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont  # type: ignore[import-untyped]

    faces = {
        SANS: ("DejaVuSans.ttf",),
        f"{SANS}-Bold": ("DejaVuSans-Bold.ttf",),
        f"{SANS}-Oblique": ("DejaVuSans-Oblique.ttf", "DejaVuSans.ttf"),
        f"{SANS}-BoldOblique": ("DejaVuSans-BoldOblique.ttf", "DejaVuSans-Bold.ttf"),
    }
    for name, files in faces.items():
        path = next(p for p in map(_face, files) if p is not None)
        font = TTFont(name, str(path))
        # reportlab keys typefaces by the name inside the file, process-wide: under the file's own
        # "DejaVuSans-Bold" ours and the layer renderer's collided, and its PDFs failed
        font.face.name = TTFNameBytes(name.encode())
        pdfmetrics.registerFont(font)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, f"{SANS}-Bold")
    addMapping(SANS, 0, 1, f"{SANS}-Oblique")
    addMapping(SANS, 1, 1, f"{SANS}-BoldOblique")
    for cid in CJK_FONTS.values():
        pdfmetrics.registerFont(UnicodeCIDFont(cid))


class _Writer:
    def __init__(self, page: Page) -> None:
        _register()
        self.page = page
        self.font = CJK_FONTS.get(page.cjk, SANS)

    def markup(self, runs: list[Run], size: float) -> str:
        parts = []
        for r in runs:
            if r.small_caps and not self.page.cjk:
                text = self.small_caps(r.text, r.size or size)
            else:
                text = escape(r.text).replace("\n", "<br/>")
            if r.size:
                text = f'<font size="{r.size}">{text}</font>'
            # the CID fonts have no bold or italic face: CJK headings stand out by size alone
            if r.bold and not self.page.cjk:
                text = f"<b>{text}</b>"
            if r.italic and not self.page.cjk:
                text = f"<i>{text}</i>"
            parts.append(self.symbols(text) if self.page.cjk else text)
        return "".join(parts)

    @staticmethod
    def symbols(markup: str) -> str:
        """Symbols the CJK CID fonts lack (icons, bullets, the middle dot) drawn in DejaVu Sans."""
        return "".join(f'<font name="{SANS}">{c}</font>' if c in _NOT_IN_CID else c for c in markup)

    @staticmethod
    def small_caps(text: str, size: float) -> str:
        """Small capitals as typesetters make them: capitals, the lower-case ones smaller."""
        small = round(size * 0.8, 1)
        out = []
        for ch in text:
            if ch.islower():
                out.append(f'<font size="{small}">{escape(ch.upper())}</font>')
            else:
                out.append(escape(ch))
        return "".join(out)

    def style(self, para: Para, size: float = 10) -> Any:
        from reportlab.lib.enums import TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
        from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]

        big = max([r.size or size for r in para.runs] + [size])
        return ParagraphStyle(
            "p",
            fontName=self.font,
            fontSize=size,
            leading=big * 1.25,
            leftIndent=para.indent,
            bulletIndent=max(para.indent - 10, 0),
            bulletFontName=SANS,
            spaceBefore=para.space_before,
            alignment=TA_RIGHT if para.align == "right" else TA_LEFT,
            wordWrap="CJK" if self.page.cjk else None,
        )

    def para(self, para: Para, width: float) -> list[Any]:
        from reportlab.platypus import HRFlowable, Paragraph  # type: ignore[import-untyped]
        from reportlab.platypus import Table as RLTable

        out: list[Any] = []
        text = "".join(r.text for r in para.runs)
        if "\t" in text and not para.right:
            cells = text.split("\t")
            bold = para.runs[0].bold
            flows = [Paragraph(self.markup([Run(c, bold=bold)], 10), self.style(para)) for c in cells]
            weights = [len(c) + 6 for c in cells]
            t = RLTable([flows], colWidths=[width * w / sum(weights) for w in weights])
            t.setStyle(_PLAIN)
            return [t]
        bullet = None
        if para.bullet:
            bullet = "•" if para.bullet == LIST else para.bullet
        p = Paragraph(self.markup(para.runs, 10), self.style(para), bulletText=bullet)
        if para.width:
            return [self.boxed(p, para, width)]
        if para.right:
            right = Paragraph(self.markup(para.right, 10), self.style(Para([], align="right")))
            rw = min(150.0, width * 0.4)
            t = RLTable([[p, right]], colWidths=[width - rw, rw])
            t.setStyle(_PLAIN)
            out.append(t)
        else:
            out.append(p)
        if para.rule:
            out.append(HRFlowable(width="100%", thickness=0.8, spaceBefore=1, spaceAfter=4))
        return out

    def boxed(self, p: Any, para: Para, width: float) -> Any:
        """`p` in a box `para.width` wide at the column's left, its `right` part right after it."""
        from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
        from reportlab.platypus import Paragraph
        from reportlab.platypus import Table as RLTable

        row: list[Any] = [p]
        widths = [para.width]
        if para.right:
            text = "".join(r.text for r in para.right)
            rw = min(width - para.width, stringWidth(text, self.font, 10) + 8)
            row.append(Paragraph(self.markup(para.right, 10), self.style(Para([], align="right"))))
            widths.append(rw)
        t = RLTable([row], colWidths=widths, hAlign="LEFT")
        t.setStyle(_PLAIN)
        return t

    def blocks(self, blocks: list[Block], width: float) -> list[Any]:
        out: list[Any] = []
        for b in blocks:
            if isinstance(b, Photo):
                from reportlab.platypus import Image, Spacer

                out.append(Image(io.BytesIO(photo_png()), width=b.width, height=b.height, hAlign="LEFT"))
                out.append(Spacer(1, 10))
            elif isinstance(b, Table):
                out += self.table(b, width)
            else:
                out += self.para(b, width)
        return out

    def table(self, table: Table, width: float) -> list[Any]:
        from reportlab.platypus import Table as RLTable

        widths = [w * width for w in table.widths]
        data = [[self.blocks(cell, widths[i] - 8) or "" for i, cell in enumerate(row)] for row in table.rows]
        t = RLTable(data, colWidths=widths)
        t.setStyle(_GRID if table.grid else _CELLS)
        if table.label == "raised":
            # the last column's text a few points higher than the first's (a float beside it)
            t.setStyle([("TOPPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (0, -1), 6)])
        elif table.label:
            # rows as tight as the lines of one column, the heading where CSS would put it
            # (a section's row set off from the one above by a margin, as CSS sets sections apart)
            t.setStyle([("TOPPADDING", (0, 1), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
            t.setStyle([("TOPPADDING", (0, 0), (-1, 0), 10)])
            if table.label == "drop":
                t.setStyle([("TOPPADDING", (0, 0), (0, 0), 17)])
            elif table.label == "middle":
                t.setStyle([("VALIGN", (0, 0), (0, 0), "MIDDLE")])
            elif table.label == "above":
                t.setStyle([("TOPPADDING", (1, 0), (1, 0), 24)])  # the section starts a line under it
        return [t]

    def render(self) -> bytes:
        from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate

        page = self.page
        top = MARGIN + (BAND if page.page_header else 0)
        buf = io.BytesIO()
        doc = BaseDocTemplate(buf, pagesize=(WIDTH, HEIGHT), leftMargin=MARGIN, rightMargin=MARGIN)
        inner = WIDTH - 2 * MARGIN
        height = HEIGHT - top - MARGIN

        def foot(canvas: Any, _doc: Any) -> None:
            y = MARGIN - 14
            for p in reversed(page.page_footer):
                canvas.setFont(self.font if self.page.cjk else SANS, 8)
                canvas.drawString(MARGIN, y, p.text)
                y += 11

        def band(canvas: Any, _doc: Any) -> None:
            foot(canvas, _doc)
            if not page.page_header:
                return
            canvas.saveState()
            canvas.setFillColorRGB(0.15, 0.25, 0.4)
            canvas.rect(0, HEIGHT - BAND - 20, WIDTH, BAND + 20, fill=1, stroke=0)
            canvas.setFillColorRGB(1, 1, 1)
            y = HEIGHT - 45
            for p in page.page_header:
                size = max([r.size or 10 for r in p.runs])
                font = self.font if self.page.cjk else (f"{SANS}-Bold" if p.runs[0].bold else SANS)
                canvas.setFont(font, size)
                canvas.drawString(MARGIN, y, p.text)
                y -= size * 1.6
            canvas.restoreState()

        story: list[Any] = []
        if page.sidebar_side:
            side_w = inner * 0.32
            gap = 18.0
            main_w = inner - side_w - gap
            side_x = MARGIN if page.sidebar_side == "left" else MARGIN + main_w + gap
            main_x = MARGIN + side_w + gap if page.sidebar_side == "left" else MARGIN
            first = PageTemplate(
                "first",
                [
                    Frame(side_x, MARGIN, side_w, height, id="side", leftPadding=0, rightPadding=0),
                    Frame(main_x, MARGIN, main_w, height, id="main", leftPadding=0, rightPadding=0),
                ],
                onPage=band,
            )
            later = PageTemplate(
                "later",
                [Frame(main_x, MARGIN, main_w, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0)],
                onPage=foot,
            )
            doc.addPageTemplates([first, later])
            story += [NextPageTemplate("later"), *self.blocks(page.sidebar, side_w), FrameBreak()]
            story += self.blocks(page.body, main_w)
        else:
            first = PageTemplate(
                "first", [Frame(MARGIN, MARGIN, inner, height, leftPadding=0, rightPadding=0)], onPage=band
            )
            later = PageTemplate(
                "later",
                [Frame(MARGIN, MARGIN, inner, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0)],
                onPage=foot,
            )
            doc.addPageTemplates([first, later])
            story += [NextPageTemplate("later"), *self.blocks(page.body, inner)]
        doc.build(story)
        return buf.getvalue()


def _styles() -> tuple[Any, Any, Any]:
    from reportlab.platypus import TableStyle

    plain = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    cells = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4)])
    grid = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, (0.5, 0.5, 0.5))])
    return plain, cells, grid


_PLAIN, _CELLS, _GRID = _styles()


def write_pdf(page: Page) -> bytes:
    return _Writer(page).render()


def text_width(text: str, *, bold: bool = False, size: float = 10, cjk: str = "") -> float:
    """How wide `text` prints in the generator's type (a box a name must wrap in is measured by it)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _register()
    font = CJK_FONTS[cjk] if cjk else f"{SANS}-Bold" if bold else SANS
    return float(stringWidth(text, font, size))
