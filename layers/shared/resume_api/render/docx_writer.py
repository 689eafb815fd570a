"""DOCX with python-docx, built from real Word structure so ATS software and Word users both see it.

- the name is the `Title` paragraph; section headings are `Heading 1` (an outline level, so they
  show in Word's navigation pane), restyled per template;
- entry header lines put the dates and the location after a tab, on a right-aligned tab stop at
  the text margin (no tables, no text boxes);
- bullets are `List Bullet` paragraphs (a real numbering definition, not a typed glyph);
- email, website, profiles and entry URLs are `w:hyperlink` elements with external relationships;
- core properties: title, author, subject, created and modified now.

Page count: Word paginates when the file is opened, so the number returned is an estimate: the
same layout typeset by `typeset.py` with the same sizes, margins and spacing in the PDF's DejaVu
fonts, which are wider than Calibri, Arial or Georgia, so the estimate errs on the long side.
For `compact` the DOCX uses the same shrink factor the typesetter found to save a page.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from . import print_plan as L
from .bidi import base_level, has_rtl
from .templates import RGB, Style
from .typeset import fit

_AFTER_PBDR = [
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
"""The elements that follow `w:pBdr` in `w:pPr` (ECMA-376 order; Word rejects them out of order)."""


_AFTER_BIDI = _AFTER_PBDR[_AFTER_PBDR.index("bidi") + 1 :]
_AFTER_LANG = ["eastAsianLayout", "specVanish", "oMath"]
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_HAN = re.compile(r"[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
EAST_ASIAN = {"ja-JP": "Yu Gothic", "ko-KR": "Malgun Gothic", "zh-CN": "Microsoft YaHei"}
"""The font Word should use for Chinese, Japanese or Korean text (`w:eastAsia`), by language."""
COMPLEX = (
    (re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"), "ar-SA", "Arial"),
    (re.compile(r"[\u0590-\u05ff\ufb1d-\ufb4f]"), "he-IL", "Arial"),
    (re.compile(r"[\u0900-\u0dff]"), "hi-IN", "Nirmala UI"),
    (re.compile(r"[\u0e00-\u0e7f]"), "th-TH", "Leelawadee UI"),
)
"""Complex scripts: the language and the font Word should use for them (`w:cs`, `w:lang w:bidi`)."""


def _hex(rgb: RGB) -> str:
    return "{:02X}{:02X}{:02X}".format(*rgb)


class _Writer:
    def __init__(self, style: Style) -> None:
        import docx
        from docx.shared import Pt

        self.s = style
        self.Pt = Pt
        self.doc: Any = docx.Document()
        self._setup()

    # -- styles

    def _fonts(self, rpr_parent: Any) -> None:
        """An explicit font on a style's run properties, with the theme fonts removed (a theme
        font attribute would win over the named font in Word)."""
        from docx.oxml.ns import qn

        rpr = rpr_parent.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, rfonts)
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            rfonts.attrib.pop(qn(f"w:{attr}"), None)
        for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
            rfonts.set(qn(f"w:{attr}"), self.s.docx_font)

    def _border(self, ppr: Any, color: RGB) -> None:
        from docx.oxml.ns import qn

        bdr = ppr.find(qn("w:pBdr"))
        if bdr is None:
            bdr = ppr.makeelement(qn("w:pBdr"), {})
            ppr.insert_element_before(bdr, *(f"w:{t}" for t in _AFTER_PBDR))
        for child in list(bdr):
            bdr.remove(child)
        bottom = bdr.makeelement(
            qn("w:bottom"),
            {qn("w:val"): "single", qn("w:sz"): "5", qn("w:space"): "1", qn("w:color"): _hex(color)},
        )
        bdr.append(bottom)

    def _setup(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml.ns import qn
        from docx.shared import RGBColor

        s, Pt, doc = self.s, self.Pt, self.doc
        sec = doc.sections[0]
        sec.page_width, sec.page_height = Pt(s.page_width), Pt(s.page_height)
        sec.left_margin = sec.right_margin = Pt(s.margin_x)
        sec.top_margin, sec.bottom_margin = Pt(s.margin_top), Pt(s.margin_bottom)
        defaults = doc.styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            for rfonts in defaults.iter(qn("w:rFonts")):
                for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
                    rfonts.attrib.pop(qn(f"w:{attr}"), None)
                for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
                    rfonts.set(qn(f"w:{attr}"), s.docx_font)

        normal = doc.styles["Normal"]
        self._fonts(normal.element)
        normal.font.size = Pt(s.body_size)
        normal.font.color.rgb = RGBColor(*s.text_color)
        pf = normal.paragraph_format
        pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(0), 1.05

        title = doc.styles["Title"]
        self._fonts(title.element)
        title.font.size = Pt(s.name_size)
        title.font.bold = True
        title.font.color.rgb = RGBColor(*s.accent)
        title_ppr = title.element.get_or_add_pPr()
        for bdr in title_ppr.findall(qn("w:pBdr")):
            title_ppr.remove(bdr)
        title.paragraph_format.space_after = Pt(2)
        title.paragraph_format.alignment = (
            WD_ALIGN_PARAGRAPH.CENTER if s.header_align == "center" else WD_ALIGN_PARAGRAPH.LEFT
        )

        h1 = doc.styles["Heading 1"]
        self._fonts(h1.element)
        h1.font.size = Pt(s.heading_size)
        h1.font.bold = True
        h1.font.italic = False
        h1.font.all_caps = s.heading_caps
        h1.font.color.rgb = RGBColor(*s.accent)
        hpf = h1.paragraph_format
        hpf.space_before, hpf.space_after = Pt(s.section_gap), Pt(s.heading_gap)
        hpf.keep_with_next = True
        if s.heading_rule:
            self._border(h1.element.get_or_add_pPr(), s.rule_color)

        bullet = doc.styles["List Bullet"]
        bullet.font.size = Pt(s.body_size)
        bullet.paragraph_format.space_after = Pt(1)

        names = {st.name for st in doc.styles}
        link = (
            doc.styles["Hyperlink"]
            if "Hyperlink" in names
            else doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        )
        link.font.color.rgb = RGBColor(*s.muted)

    # -- paragraphs

    def _tab_stop(self, paragraph: Any) -> None:
        from docx.enum.text import WD_TAB_ALIGNMENT

        paragraph.paragraph_format.tab_stops.add_tab_stop(self.Pt(self.s.text_width), WD_TAB_ALIGNMENT.RIGHT)

    def _run(
        self,
        paragraph: Any,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        color: RGB | None = None,
    ) -> Any:
        from docx.shared import RGBColor

        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if size is not None:
            run.font.size = self.Pt(size)
        if color is not None:
            run.font.color.rgb = RGBColor(*color)
        return run

    def _link(
        self,
        paragraph: Any,
        text: str,
        url: str,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
    ) -> None:
        """A `w:hyperlink` around one run, pointing at an external relationship."""
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), r_id)
        run = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rstyle = OxmlElement("w:rStyle")
        rstyle.set(qn("w:val"), "Hyperlink")
        rpr.append(rstyle)
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        if size is not None:
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(round(size * 2)))
            rpr.append(sz)
        run.append(rpr)
        t = OxmlElement("w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        run.append(t)
        hyperlink.append(run)
        paragraph._p.append(hyperlink)

    def header(self, h: L.Header) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        s = self.s
        align = WD_ALIGN_PARAGRAPH.CENTER if s.header_align == "center" else WD_ALIGN_PARAGRAPH.LEFT
        if h.name:
            self.doc.add_paragraph(h.name, style="Title")
        if h.label:
            p = self.doc.add_paragraph()
            p.alignment = align
            self._run(p, h.label, size=s.label_size, color=s.muted)
        if h.contacts:
            p = self.doc.add_paragraph()
            p.alignment = align
            p.paragraph_format.space_before = self.Pt(3)
            size = round(s.body_size * 0.95, 1)
            for i, c in enumerate(h.contacts):
                if i:
                    self._run(p, " | ", size=size, color=s.muted)
                if c.url:
                    self._link(p, c.text, c.url, size=size)
                else:
                    self._run(p, c.text, size=size, color=s.muted)

    def entry(self, e: L.Entry, first: bool) -> None:
        s = self.s
        size = s.body_size + 0.5
        first_right = e.dates or e.location
        second_right = e.location if e.dates else None
        paragraphs = []
        if e.title or first_right:
            p = self.doc.add_paragraph()
            self._tab_stop(p)
            if e.title and e.url:
                self._link(p, e.title, e.url, bold=True, size=size)
            elif e.title:
                self._run(p, e.title, bold=True, size=size)
            if first_right:
                self._run(p, "\t" + first_right, size=size, color=s.muted)
            paragraphs.append(p)
        if e.subtitle or second_right:
            p = self.doc.add_paragraph()
            self._tab_stop(p)
            if e.subtitle:
                self._run(p, e.subtitle, italic=True, size=size)
            if second_right:
                self._run(p, "\t" + second_right, italic=True, size=size, color=s.muted)
            paragraphs.append(p)
        if paragraphs:
            paragraphs[0].paragraph_format.space_before = self.Pt(0 if first else s.entry_gap)
            for p in paragraphs:
                p.paragraph_format.keep_with_next = bool(e.lines or e.bullets) or p is not paragraphs[-1]
        for text in e.lines:
            p = self.doc.add_paragraph(text)
            p.paragraph_format.space_before = self.Pt(1)
        self.bullets(e.bullets)

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self.doc.add_paragraph(item, style="List Bullet")

    def section(self, sec: L.Section) -> None:
        s = self.s
        self.doc.add_paragraph(sec.heading, style="Heading 1")
        entries = 0
        for i, block in enumerate(sec.blocks):
            if isinstance(block, L.Entry):
                self.entry(block, first=entries == 0)
                entries += 1
            elif isinstance(block, L.Paragraph):
                p = self.doc.add_paragraph(block.text)
                if i:
                    p.paragraph_format.space_before = self.Pt(s.body_size * 0.3)
            elif isinstance(block, L.Bullets):
                self.bullets(block.items)
            elif isinstance(block, L.Group):
                p = self.doc.add_paragraph()
                p.paragraph_format.space_before = self.Pt(s.body_size * 0.2)
                if block.label:
                    self._run(p, f"{block.label}: ", bold=True)
                self._run(p, ", ".join(block.items))
            elif isinstance(block, L.Row):
                p = self.doc.add_paragraph()
                self._tab_stop(p)
                self._run(p, block.left)
                self._run(p, "\t" + block.right, color=s.muted)

    def scripts(self) -> None:
        """Right-to-left paragraphs and runs, and the fonts and languages Word needs for Chinese,
        Japanese, Korean and complex scripts (Word picks a run's font slot by character: a
        `w:eastAsia` or `w:cs` font naming a Latin font would print boxes or a poor substitute)."""
        from docx.oxml.ns import qn

        body = self.doc.element.body
        for p in body.iter(qn("w:p")):
            runs = list(p.iter(qn("w:r")))
            text = "".join(t.text or "" for r in runs for t in r.iter(qn("w:t")))
            if not text or text.isascii():
                continue
            if has_rtl(text) and base_level(text) == 1:
                ppr = p.get_or_add_pPr()
                if ppr.find(qn("w:bidi")) is None:
                    ppr.insert_element_before(
                        ppr.makeelement(qn("w:bidi"), {}), *(f"w:{t}" for t in _AFTER_BIDI)
                    )
            for r in runs:
                t = "".join(x.text or "" for x in r.iter(qn("w:t")))
                if t and not t.isascii():
                    self._script_run(r, t)

    def _script_run(self, r: Any, text: str) -> None:
        from docx.oxml.ns import qn

        lang: dict[str, str] = {}
        fonts: dict[str, str] = {}
        if _HAN.search(text) or _KANA.search(text) or _HANGUL.search(text):
            code = "ja-JP" if _KANA.search(text) else "ko-KR" if _HANGUL.search(text) else "zh-CN"
            lang["eastAsia"], fonts["eastAsia"] = code, EAST_ASIAN[code]
        for pattern, code, font in COMPLEX:
            if pattern.search(text):
                lang["bidi"], fonts["cs"] = code, font
                break
        rtl = has_rtl(text)
        if not (lang or rtl):
            return
        rpr = r.get_or_add_rPr()
        if fonts:
            rfonts = rpr.get_or_add_rFonts()
            for attr, font in fonts.items():
                rfonts.set(qn(f"w:{attr}"), font)
        if rtl:
            rpr.get_or_add_rtl()
        if lang:
            el = rpr.find(qn("w:lang"))
            if el is None:
                el = rpr.makeelement(qn("w:lang"), {})
                rpr.insert_element_before(el, *(f"w:{t}" for t in _AFTER_LANG))
            for attr, code in lang.items():
                el.set(qn(f"w:{attr}"), code)

    def properties(self, lay: L.Layout) -> None:
        props = self.doc.core_properties
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        props.title = lay.title
        props.author = lay.header.name or ""
        props.last_modified_by = lay.header.name or ""
        props.subject = "Resume"
        props.keywords = "resume"
        props.comments = ""
        props.created = props.modified = now
        props.revision = 1

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def write(lay: L.Layout, style: Style) -> tuple[bytes, int]:
    """DOCX bytes and the estimated page count (see the module docstring)."""
    ts = fit(lay, style)
    w = _Writer(ts.style)
    w.header(lay.header)
    for sec in lay.sections:
        w.section(sec)
    w.scripts()
    w.properties(lay)
    return w.bytes(), len(ts.pages)
