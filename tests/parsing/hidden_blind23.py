"""Blind-23: a set for the hidden-text detector written by someone who never read it (issue #11 item 4).

Generated from parts with a fixed seed: a plain one-page resume in eight languages (en, fr, de, es, pl,
ru, zh, ja; tests/parsing/blind23_text.py), written as a PDF (reportlab, raw operators and pypdf edits
where reportlab cannot say it; two producers: sized fonts, or a unit font scaled by the text matrix) or
a DOCX, plus either one hidden payload (eight kinds: degree, employer, instruction, years, certificate,
award, reference, keywords) in the header, body or footer, or one ordinary passage shown in a way
templates use. Hidden forms: white_text, matching_box, table_cell_white, tiny_font, keyword_stuffing,
outside_mediabox, outside_cropbox, covered_by_shape, under_image, clipped, invisible_mode,
zero_opacity, soft_mask, scaled_to_nothing, spaced_off_page, optional_content_off, behind_form_field,
metadata_only, hidden_annotation, form_xobject_hidden, white_outline; in DOCX docx_hidden_run,
docx_hidden_style, docx_white_run, docx_tiny_run, docx_shaded_cell_same, docx_white_in_cell.
Ordinary forms: grey_caption, small_footer, dark_banner, dark_sidebar, light_tint, rotated_margin,
near_edge, icon_glyphs, superscript, big_name, shaded_table, dark_table_header, unit_font_matrix,
letter_spaced, condensed, clipped_to_itself, semi_transparent, form_xobject, white_box_behind,
box_after_text, shifted_mediabox, dark_page, dark_image_banner, coloured_text, highlight,
optional_content_on, cropbox_inside, dark_cell_badge; in DOCX docx_dark_cell_white, docx_grey_text,
docx_small_footer, docx_big_name, docx_superscript, docx_shaded_cell, docx_coloured.

Only counts leave `evaluate`: never print a case, so the set stays a measure (benchmarks.hidden_blind23).
Its cases belong to no other test.
"""

from __future__ import annotations

import io
import json
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from tests.parsing.blind23_text import BASE, LANGS, ORDINARY, PAYLOADS, SYLLABLES

SEED = 23
HIDDEN = "hidden"
PLAIN = "ordinary"
W, H = 612.0, 792.0
PLACES = ("header", "body", "footer")
SPOT = {"header": (60.0, 116.0), "body": (72.0, 256.0), "footer": (60.0, 772.0)}
"""Where a payload sits (x, baseline from the top) when its form does not move it."""
PER_VARIANT = 5
"""Languages per variant, rotating over LANGS: every language meets most forms."""
Colour = tuple[float, ...]
BLACK: Colour = (0.0, 0.0, 0.0)
WHITE: Colour = (1.0, 1.0, 1.0)
TINT: Colour = (0.93, 0.95, 0.97)


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    form: str
    variant: str
    lang: str
    fmt: str
    place: str
    producer: str
    payload: str
    text: str
    marker: str


# ------------------------------------------------------------------------------------- PDF drawing
class _Pdf:
    """One page on a reportlab canvas, y measured from the top; pypdf edits applied at the end."""

    def __init__(self, lang: str, producer: str) -> None:
        from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

        from tests.parsing.layouts.pdf_writer import CJK_FONTS, SANS, _register

        _register()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(W, H))
        self.cjk = lang in CJK_FONTS
        self.font = CJK_FONTS.get(lang, SANS)
        self.bold = self.font if self.cjk else f"{SANS}-Bold"
        self.sans = SANS
        self.producer = producer
        self.edits: list[Callable[[Any, Any], None]] = []

    def width(self, s: str, size: float, bold: bool = False) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

        return float(stringWidth(s, self.bold if bold else self.font, size))

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 9.0,
        *,
        bold: bool = False,
        colour: Colour = BLACK,
        mode: int | None = None,
        stroke: Colour | None = None,
        charspace: float | None = None,
        horiz: float | None = None,
        rise: float | None = None,
        matrix: tuple[float, ...] | None = None,
        font: str | None = None,
    ) -> None:
        t = self.c.beginText()
        face = font or (self.bold if bold else self.font)
        if self.cjk and face == self.font:  # the CID fonts have no bullet or middle dot
            s = s.replace("•", "・").replace("·", "・")
        if matrix is not None:
            t.setFont(face, size)
            t.setTextTransform(*matrix)
        elif self.producer == "unit":
            t.setFont(face, 1)
            t.setTextTransform(size, 0, 0, size, x, H - y)
        else:
            t.setFont(face, size)
            t.setTextOrigin(x, H - y)
        _fill(t, colour)
        if stroke is not None:
            t.setStrokeColorRGB(*stroke)
        if mode is not None:
            t.setTextRenderMode(mode)
        if charspace is not None:
            t.setCharSpace(charspace)
        if horiz is not None:
            t.setHorizScale(horiz)
        if rise is not None:
            t.setRise(rise)
        t.textOut(s)
        self.c.drawText(t)

    def rect(self, x: float, y: float, w: float, h: float, colour: Colour, *, stroke: bool = False) -> None:
        """A filled (or stroked) box whose top edge is `y` from the top."""
        _fill(self.c, colour)
        if stroke:
            self.c.setStrokeColorRGB(*colour)
        self.c.rect(x, H - y - h, w, h, fill=0 if stroke else 1, stroke=1 if stroke else 0)
        _fill(self.c, BLACK)

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        data = self.buf.getvalue()
        if not self.edits:
            return data
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        for edit in self.edits:
            edit(writer, writer.pages[0])
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def _fill(target: Any, colour: Colour) -> None:
    if len(colour) == 1:
        target.setFillGray(colour[0])
    elif len(colour) == 4:
        target.setFillColorCMYK(*colour)
    else:
        target.setFillColorRGB(*colour)


def _wrap(doc: _Pdf, s: str, size: float, width: float) -> list[str]:
    """Lines of `s` no wider than `width` (CJK text breaks anywhere)."""
    parts = list(s) if doc.cjk else s.split(" ")
    glue = "" if doc.cjk else " "
    lines: list[str] = []
    line = ""
    for part in parts:
        candidate = f"{line}{glue}{part}" if line else part
        if line and doc.width(candidate, size) > width:
            lines.append(line)
            line = part
        else:
            line = candidate
    return [*lines, line] if line else lines


def _base(
    doc: _Pdf,
    lang: str,
    *,
    x0: float = 60.0,
    colour: Colour = BLACK,
    heading: Colour | None = None,
    name_size: float = 22.0,
    skip: tuple[str, ...] = (),
    **mods: Any,
) -> None:
    """The plain resume; `skip` leaves parts out for a form that draws them itself."""
    b = BASE[lang]
    heads = b["headings"]
    assert isinstance(heads, tuple)
    jobs = b["jobs"]
    assert isinstance(jobs, tuple)
    school = b["school"]
    assert isinstance(school, tuple)
    items: list[tuple[str, float, float, str, float, bool]] = [
        ("name", x0, 60, str(b["name"]), name_size, True),
        ("title", x0, 82, str(b["title"]), 12, False),
        ("contact", x0, 98, str(b["contact"]), 9, False),
        ("h0", x0, 140, heads[0], 12, True),
        ("profile", x0, 156, str(b["profile"]), 8.5, False),
        ("h1", x0, 186, heads[1], 12, True),
    ]
    for n, (title, firm, dates, bullet) in enumerate(jobs):
        top = 206 + n * 70
        items += [
            (f"job{n}", x0, top, f"{title} — {firm}", 10.5, True),
            (f"dates{n}", x0, top + 14, dates, 9, False),
            (f"bullet{n}", x0 + 8, top + 28, f"• {bullet}", 9, False),
        ]
    items += [
        ("h2", x0, 346, heads[2], 12, True),
        ("degree", x0, 364, f"{school[0]} — {school[1]}", 10, False),
        ("years", x0, 378, school[2], 9, False),
        ("h3", x0, 408, heads[3], 12, True),
        ("skills", x0, 426, str(b["skills"]), 9, False),
    ]
    for key, x, y, s, size, bold in items:
        if key in skip:
            continue
        ink = heading if heading is not None and key.startswith("h") else colour
        doc.text(x, y, s, size, bold=bold, colour=ink, **mods)


# ------------------------------------------------------------------------------- hidden PDF forms
def _white_text(doc: _Pdf, case: Case, x: float, y: float) -> None:
    colour = {"rgb": WHITE, "gray": (1.0,), "cmyk": (0.0, 0.0, 0.0, 0.0), "off_white": (0.985, 0.985, 0.98)}
    doc.text(x, y, case.text, 8, colour=colour[case.variant])


def _matching_box(doc: _Pdf, case: Case, x: float, y: float) -> None:
    if case.variant == "dark_sidebar":
        navy = (0.12, 0.2, 0.35)
        doc.rect(W - 150, 0, 150, H, navy)
        for n, line in enumerate(_wrap(doc, case.text, 8, 120)):
            doc.text(W - 135, 470 + n * 11, line, 8, colour=navy)
        return
    box, ink = {
        "grey_box": ((0.9,), (0.9,)),
        "tint_box": ((0.85, 0.92, 1.0), (0.85, 0.92, 1.0)),
        "near_grey": ((0.88,), (0.885,)),
        "white_box_on_tint": (WHITE, WHITE),
    }[case.variant]
    doc.rect(x - 4, y - 10, doc.width(case.text, 8) + 8, 14, box)
    doc.text(x, y, case.text, 8, colour=ink)


def _table_rows(
    doc: _Pdf, x: float, y: float, rows: list[tuple[str, str]], widths: tuple[float, float]
) -> None:
    doc.c.setLineWidth(0.5)
    for n in range(len(rows) + 1):
        doc.c.line(x, H - (y + n * 16), x + sum(widths), H - (y + n * 16))
    for edge in (x, x + widths[0], x + sum(widths)):
        doc.c.line(edge, H - y, edge, H - (y + 16 * len(rows)))


def _table_cell_white(doc: _Pdf, case: Case, x: float, y: float) -> None:
    top = 440.0
    rows = [("Python", "★★★★"), ("SQL", "★★★★"), ("Tableau", "★★★")]
    widths = (90.0, 440.0)
    if case.variant == "zebra":
        doc.rect(60, top + 32, sum(widths), 16, (0.93,))
    _table_rows(doc, 60, top, rows, widths)
    for n, (left, right) in enumerate(rows):
        doc.text(64, top + 12 + n * 16, left, 8)
        doc.text(64 + widths[0], top + 12 + n * 16, right, 8, font=doc.sans)
    ink = (0.93,) if case.variant == "zebra" else WHITE
    doc.text(64 + widths[0] + 40, top + 12 + 32, case.text, 7, colour=ink)


def _tiny_font(doc: _Pdf, case: Case, x: float, y: float) -> None:
    doc.text(x, y, case.text, float(case.variant.removeprefix("pt")))


def _keyword_stuffing(doc: _Pdf, case: Case, x: float, y: float) -> None:
    line = " ".join([case.text] * 4)
    if case.variant == "tiny_repeated":
        for n in range(6):
            doc.text(x, y + n * 1.2, line, 1)
    else:
        for n in range(2):
            doc.text(x, y + n * 9, line[:110], 7, colour=WHITE)


def _outside_mediabox(doc: _Pdf, case: Case, x: float, y: float) -> None:
    at = {"left": (-520.0, y), "right": (W + 30, y), "above": (x, -40.0), "below": (x, H + 40)}
    doc.text(*at[case.variant], case.text, 8)


def _outside_cropbox(doc: _Pdf, case: Case, x: float, y: float) -> None:
    from pypdf.generic import RectangleObject

    def crop(writer: Any, page: Any) -> None:
        page.cropbox = RectangleObject([40, 40, W - 40, H - 30])

    doc.edits.append(crop)
    if case.variant == "left_margin":
        doc.c.saveState()
        doc.c.translate(24, 150)
        doc.c.rotate(90)
        doc.text(0, H, case.text, 7, matrix=(1, 0, 0, 1, 0, 0))
        doc.c.restoreState()
    else:
        doc.text(x, H - 16, case.text, 7)


def _covered_by_shape(doc: _Pdf, case: Case, x: float, y: float) -> None:
    doc.text(x, y, case.text, 8)
    w = doc.width(case.text, 8)
    doc.rect(x - 3, y - 10, w + 6, 14, WHITE if case.variant == "white_rect" else (0.2, 0.4, 0.7))


def _under_image(doc: _Pdf, case: Case, x: float, y: float) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]

    doc.text(x, y, case.text, 8)
    w = doc.width(case.text, 8)
    if case.variant == "white_image":
        image = Image.new("RGB", (32, 8), (255, 255, 255))
    else:
        image = Image.new("RGB", (32, 8), (70, 110, 150))
        for i in range(0, 32, 3):
            image.putpixel((i, i % 8), (200, 170, 120))
    doc.c.drawImage(ImageReader(image), x - 3, H - y - 4, w + 6, 14)


def _clipped(doc: _Pdf, case: Case, x: float, y: float) -> None:
    doc.c.saveState()
    path = doc.c.beginPath()
    if case.variant == "clip_elsewhere":
        path.rect(W - 40, 20, 10, 10)
    else:
        path.rect(x, H - y, 0, 0)
    doc.c.clipPath(path, stroke=0, fill=0)
    doc.text(x, y, case.text, 8)
    doc.c.restoreState()


def _invisible_mode(doc: _Pdf, case: Case, x: float, y: float) -> None:
    doc.c.saveState()
    doc.text(x, y, case.text, 8, mode=3 if case.variant == "tr3" else 7)
    doc.c.restoreState()


def _zero_opacity(doc: _Pdf, case: Case, x: float, y: float) -> None:
    doc.c.saveState()
    doc.c.setFillAlpha(0.0 if case.variant == "alpha0" else 0.01)
    doc.text(x, y, case.text, 8)
    doc.c.restoreState()


def _soft_mask(doc: _Pdf, case: Case, x: float, y: float) -> None:
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    def mask(writer: Any, page: Any) -> None:
        group = DecodedStreamObject()
        group.set_data(b"0 g 0 0 612 792 re f")
        group.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject([FloatObject(v) for v in (0, 0, W, H)]),
                NameObject("/Group"): DictionaryObject(
                    {
                        NameObject("/S"): NameObject("/Transparency"),
                        NameObject("/CS"): NameObject("/DeviceGray"),
                    }
                ),
            }
        )
        smask = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Mask"),
                NameObject("/S"): NameObject("/Luminosity"),
                NameObject("/G"): writer._add_object(group),
            }
        )
        state = DictionaryObject({NameObject("/Type"): NameObject("/ExtGState"), NameObject("/SMask"): smask})
        _resource(page, "/ExtGState")[NameObject("/HB23sm")] = writer._add_object(state)

    doc.edits.append(mask)
    doc.c.addLiteral("q /HB23sm gs")
    doc.text(x, y, case.text, 8)
    doc.c.addLiteral("Q")


def _resource(page: Any, kind: str) -> Any:
    from pypdf.generic import DictionaryObject, NameObject

    resources = page["/Resources"].get_object()
    if kind not in resources:
        resources[NameObject(kind)] = DictionaryObject()
    return resources[kind].get_object()


def _scaled_to_nothing(doc: _Pdf, case: Case, x: float, y: float) -> None:
    if case.variant == "tm_tiny":
        doc.text(x, y, case.text, 10, matrix=(0.01, 0, 0, 0.01, x, H - y))
    elif case.variant == "tm_flat":
        doc.text(x, y, case.text, 1, matrix=(8, 0, 0, 0.01, x, H - y))
    elif case.variant == "cm_tiny":
        doc.c.saveState()
        doc.c.transform(0.005, 0, 0, 0.005, x, H - y)
        doc.text(0, 0, case.text, 8, matrix=(1, 0, 0, 1, 0, 0))
        doc.c.restoreState()
    else:
        doc.text(x, y, case.text, 6, horiz=1)


def _spaced_off_page(doc: _Pdf, case: Case, x: float, y: float) -> None:
    if case.variant == "char_spacing":
        doc.text(x, y, " " + case.text, 8, charspace=900)
    else:
        doc.text(x, y, case.text, 8, rise=1800)


def _ocg(doc: _Pdf, on: bool) -> None:
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    def layer(writer: Any, page: Any) -> None:
        group = writer._add_object(
            DictionaryObject(
                {NameObject("/Type"): NameObject("/OCG"), NameObject("/Name"): TextStringObject("Layer 1")}
            )
        )
        _resource(page, "/Properties")[NameObject("/HB23oc")] = group
        default = DictionaryObject({NameObject("/Order"): ArrayObject([group])})
        default[NameObject("/ON" if on else "/OFF")] = ArrayObject([group])
        writer._root_object[NameObject("/OCProperties")] = DictionaryObject(
            {NameObject("/OCGs"): ArrayObject([group]), NameObject("/D"): default}
        )

    doc.edits.append(layer)


def _optional_content_off(doc: _Pdf, case: Case, x: float, y: float) -> None:
    _ocg(doc, on=False)
    doc.c.addLiteral("/OC /HB23oc BDC")
    doc.text(x, y, case.text, 8)
    doc.c.addLiteral("EMC")


def _behind_form_field(doc: _Pdf, case: Case, x: float, y: float) -> None:
    from reportlab.lib.colors import white  # type: ignore[import-untyped]

    doc.text(x, y, case.text, 8)
    w = doc.width(case.text, 8)
    doc.c.acroForm.textfield(
        name=f"field_{case.id}",
        value="" if case.variant == "empty_field" else "N/A",
        x=x - 3,
        y=H - y - 5,
        width=w + 6,
        height=15,
        fillColor=white,
        borderColor=white,
        borderWidth=0,
        fontSize=8,
    )


def _metadata_only(doc: _Pdf, case: Case, x: float, y: float) -> None:
    if case.variant == "info_keywords":
        doc.c.setKeywords(case.text)
    else:
        doc.c.setSubject(case.text)


def _hidden_annotation(doc: _Pdf, case: Case, x: float, y: float) -> None:
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    def annotate(writer: Any, page: Any) -> None:
        note = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/FreeText"),
                NameObject("/Rect"): ArrayObject(
                    [FloatObject(v) for v in (x, H - y - 4, x + 400, H - y + 10)]
                ),
                NameObject("/Contents"): TextStringObject(case.text),
                NameObject("/DA"): TextStringObject("/Helv 8 Tf 0 g"),
                NameObject("/F"): NumberObject(2),
            }
        )
        page[NameObject("/Annots")] = ArrayObject([writer._add_object(note)])

    doc.edits.append(annotate)


def _form_xobject_hidden(doc: _Pdf, case: Case, x: float, y: float) -> None:
    name = f"hb23{case.id.replace('-', '')}"
    doc.c.beginForm(name)
    if case.variant == "white":
        doc.text(x, y, case.text, 8, colour=WHITE)
    else:
        doc.text(x, y, case.text, 1)
    doc.c.endForm()
    doc.c.doForm(name)


def _white_outline(doc: _Pdf, case: Case, x: float, y: float) -> None:
    doc.text(x, y, case.text, 8, colour=WHITE, stroke=WHITE, mode=1 if case.variant == "tr1" else 2)


HIDE: dict[str, tuple[tuple[str, ...], Callable[[_Pdf, Case, float, float], None]]] = {
    "white_text": (("rgb", "gray", "cmyk", "off_white"), _white_text),
    "matching_box": (
        ("grey_box", "tint_box", "near_grey", "white_box_on_tint", "dark_sidebar"),
        _matching_box,
    ),
    "table_cell_white": (("plain", "zebra"), _table_cell_white),
    "tiny_font": (("pt0.5", "pt1", "pt1.5"), _tiny_font),
    "keyword_stuffing": (("tiny_repeated", "white_repeated"), _keyword_stuffing),
    "outside_mediabox": (("left", "right", "above", "below"), _outside_mediabox),
    "outside_cropbox": (("left_margin", "bottom_margin"), _outside_cropbox),
    "covered_by_shape": (("white_rect", "coloured_block"), _covered_by_shape),
    "under_image": (("picture", "white_image"), _under_image),
    "clipped": (("clip_elsewhere", "clip_empty"), _clipped),
    "invisible_mode": (("tr3", "tr7"), _invisible_mode),
    "zero_opacity": (("alpha0", "alpha_0.01"), _zero_opacity),
    "soft_mask": (("luminosity_black",), _soft_mask),
    "scaled_to_nothing": (("tm_tiny", "tm_flat", "cm_tiny", "tz_1"), _scaled_to_nothing),
    "spaced_off_page": (("char_spacing", "text_rise"), _spaced_off_page),
    "optional_content_off": (("off",), _optional_content_off),
    "behind_form_field": (("empty_field", "filled_field"), _behind_form_field),
    "metadata_only": (("info_keywords", "info_subject"), _metadata_only),
    "hidden_annotation": (("freetext_hidden_flag",), _hidden_annotation),
    "form_xobject_hidden": (("white", "tiny"), _form_xobject_hidden),
    "white_outline": (("tr1", "tr2"), _white_outline),
}


# ------------------------------------------------------------------------------ ordinary PDF forms
def _grey_caption(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang)
    doc.text(60, 452, case.text, 8, colour=(float(case.variant.removeprefix("g")) / 100,))


def _small_footer(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang)
    doc.text(60, 770, case.text, float(case.variant.removeprefix("pt")), colour=(0.3,))


def _dark_banner(doc: _Pdf, case: Case) -> None:
    colour = {"navy": (0.1, 0.16, 0.3), "charcoal": (0.15,), "teal": (0.0, 0.4, 0.42)}[case.variant]
    doc.rect(0, 0, W, 128, colour)
    _base(doc, case.lang, skip=("name", "title", "contact"))
    _base(doc, case.lang, colour=WHITE, skip=_BODY)
    doc.text(60, 116, case.text, 8, colour=(0.9,))


_BODY: tuple[str, ...] = ("h0", "profile", "h1", "job0", "dates0", "bullet0", "job1", "dates1", "bullet1")
_BODY += ("h2", "degree", "years", "h3", "skills")


def _dark_sidebar(doc: _Pdf, case: Case) -> None:
    colour = {"navy": (0.12, 0.2, 0.35), "slate": (0.2, 0.24, 0.28)}[case.variant]
    doc.rect(0, 0, 175, H, colour)
    _base(doc, case.lang, x0=190, skip=("contact", "skills", "h3", "profile"))
    b = BASE[case.lang]
    heads = b["headings"]
    assert isinstance(heads, tuple)
    top = 200.0
    for line in [*str(b["contact"]).split(" · "), str(b["skills"])]:
        for part in _wrap(doc, line, 8, 150):
            doc.text(14, top, part, 8, colour=WHITE)
            top += 12
    doc.text(14, top + 14, heads[3], 11, bold=True, colour=WHITE)
    for n, part in enumerate(_wrap(doc, case.text, 8, 150)):
        doc.text(14, top + 32 + n * 12, part, 8, colour=(0.92,))
    for n, part in enumerate(_wrap(doc, str(b["profile"]), 8.5, 390)):
        doc.text(190, 156 + n * 11, part, 8.5)


def _light_tint(doc: _Pdf, case: Case) -> None:
    colour = {"grey": (0.94,), "blue": (0.9, 0.94, 1.0), "yellow": (1.0, 0.97, 0.8)}[case.variant]
    doc.rect(50, 128, W - 100, 40, colour)
    doc.rect(50, 440, W - 100, 20, colour)
    _base(doc, case.lang)
    doc.text(60, 454, case.text, 8.5)


def _rotated_margin(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang)
    doc.c.saveState()
    if case.variant == "up":
        doc.c.translate(30, 200)
        doc.c.rotate(90)
    else:
        doc.c.translate(W - 24, 700)
        doc.c.rotate(-90)
    doc.text(0, H, case.text, 8, colour=(0.35,), matrix=(1, 0, 0, 1, 0, 0))
    doc.c.restoreState()


def _near_edge(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang)
    if case.variant == "left":
        doc.text(6, 470, case.text, 7)
    elif case.variant == "bottom":
        doc.text(60, H - 6, case.text, 7)
    else:
        doc.text(W - 6 - doc.width(case.text, 7), 470, case.text, 7)


def _icon_glyphs(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang, skip=("contact",))
    x = 60.0
    for icon, part in zip("✉☎⌂", str(BASE[case.lang]["contact"]).split(" · "), strict=True):
        doc.text(x, 98, icon, 9, font=doc.sans, colour=(0.2, 0.3, 0.5))
        doc.text(x + 12, 98, part, 9)
        x += 24 + doc.width(part, 9)
    doc.text(60, 452, "★", 9, font=doc.sans, colour=(0.2, 0.3, 0.5))
    doc.text(74, 452, case.text, 9)


def _superscript(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang)
    doc.text(60, 452, case.text, 9)
    mark = "1" if case.variant == "footnote" else "st"
    doc.text(60 + doc.width(case.text, 9) + 1, 452, mark, 5.5, rise=3.5)
    doc.text(60, 770, f"{mark} " + str(BASE[case.lang]["school"][1]), 6.5)  # type: ignore[index]


def _big_name(doc: _Pdf, case: Case) -> None:
    size = float(case.variant.removeprefix("pt"))
    _base(doc, case.lang, name_size=size, skip=("name",))
    doc.text(60, 56, str(BASE[case.lang]["name"]), size, bold=True)
    doc.text(60, 452, case.text, 9)


def _cells(
    doc: _Pdf, case: Case, head: Colour, head_ink: Colour, zebra: Colour | None, widths: tuple[float, float]
) -> None:
    top = 440.0
    rows = [("2021", case.text), ("2019", str(BASE[case.lang]["school"][1])), ("2017", "Python, SQL")]  # type: ignore[index]
    doc.rect(60, top, sum(widths), 16, head)
    if zebra is not None:
        doc.rect(60, top + 32, sum(widths), 16, zebra)
    _table_rows(doc, 60, top, [("", ""), *rows], widths)
    heads = BASE[case.lang]["headings"]
    assert isinstance(heads, tuple)
    doc.text(64, top + 12, "#", 8, bold=True, colour=head_ink)
    doc.text(64 + widths[0], top + 12, heads[3], 8, bold=True, colour=head_ink)
    for n, (left, right) in enumerate(rows, start=1):
        doc.text(64, top + 12 + n * 16, left, 8)
        doc.text(64 + widths[0], top + 12 + n * 16, right, 8)


def _shaded_table(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang)
    _cells(doc, case, (0.85,), BLACK, (0.95,), (60.0, 430.0))


def _dark_table_header(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang)
    _cells(doc, case, (0.15, 0.2, 0.3), WHITE, None, (60.0, 430.0))


def _plain_passage(doc: _Pdf, case: Case, **mods: Any) -> None:
    _base(doc, case.lang, **mods)
    doc.text(60, 452, case.text, 9, **mods)


def _unit_font_matrix(doc: _Pdf, case: Case) -> None:
    doc.producer = "unit"
    _plain_passage(doc, case)


def _letter_spaced(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang, skip=("h0", "h1", "h2", "h3"))
    heads = BASE[case.lang]["headings"]
    assert isinstance(heads, tuple)
    for head, y in zip(heads, (140, 186, 346, 408), strict=True):
        doc.text(60, y, head, 11, bold=True, charspace=2.5)
    doc.text(60, 452, case.text, 9, charspace=0.8)


def _condensed(doc: _Pdf, case: Case) -> None:
    _plain_passage(doc, case, horiz=float(case.variant.removeprefix("tz")))


def _clipped_to_itself(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang)
    doc.c.saveState()
    path = doc.c.beginPath()
    if case.variant == "page_clip":
        path.rect(0, 0, W, H)
    else:
        path.rect(56, H - 462, doc.width(case.text, 9) + 8, 16)
    doc.c.clipPath(path, stroke=0, fill=0)
    doc.text(60, 452, case.text, 9)
    doc.c.restoreState()


def _semi_transparent(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang)
    doc.c.saveState()
    doc.c.setFillAlpha(float(case.variant.removeprefix("alpha")))
    doc.text(60, 452, case.text, 9)
    doc.c.restoreState()


def _form_xobject(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang, skip=("name",))
    name = f"vis{case.id.replace('-', '')}"
    doc.c.beginForm(name)
    doc.text(60, 60, str(BASE[case.lang]["name"]), 22, bold=True)
    doc.text(60, 770, case.text, 7.5)
    doc.c.endForm()
    doc.c.doForm(name)


def _white_box_behind(doc: _Pdf, case: Case) -> None:
    doc.rect(40, 30, W - 80, H - 60, WHITE)
    doc.rect(56, 440, W - 112, 18, WHITE)
    _plain_passage(doc, case)


def _box_after_text(doc: _Pdf, case: Case) -> None:
    _plain_passage(doc, case)
    if case.variant == "stroke_box":
        doc.c.setLineWidth(0.8)
        doc.rect(55, 440, doc.width(case.text, 9) + 10, 17, (0.2, 0.3, 0.5), stroke=True)
    else:
        for y in (144, 190, 350, 412):
            doc.rect(60, y, W - 120, 0.8, (0.3,))
        doc.rect(60, 456, W - 120, 0.8, (0.3,))


def _shifted_mediabox(doc: _Pdf, case: Case) -> None:
    from pypdf.generic import RectangleObject

    def shift(writer: Any, page: Any) -> None:
        page.mediabox = RectangleObject([-40, -40, W - 40, H - 40])

    doc.edits.append(shift)
    _base(doc, case.lang, x0=30)
    doc.text(-25, 452, case.text, 8)


def _dark_page(doc: _Pdf, case: Case) -> None:
    doc.rect(0, 0, W, H, (0.1, 0.1, 0.12))
    _base(doc, case.lang, colour=(0.92,), heading=(0.55, 0.75, 1.0))
    doc.text(60, 452, case.text, 9, colour=(0.92,))


def _dark_image_banner(doc: _Pdf, case: Case) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    image = Image.new("RGB", (64, 16), (25, 35, 60))
    for i in range(0, 64, 2):
        image.putpixel((i, (i * 3) % 16), (50, 70, 110))
    doc.c.drawImage(ImageReader(image), 0, H - 128, W, 128)
    _base(doc, case.lang, skip=_BODY, colour=WHITE)
    _base(doc, case.lang, skip=("name", "title", "contact"))
    doc.text(60, 116, case.text, 8, colour=(0.9,))


def _coloured_text(doc: _Pdf, case: Case) -> None:
    heading = {"blue": (0.1, 0.3, 0.6), "red": (0.6, 0.1, 0.1)}[case.variant]
    _base(doc, case.lang, heading=heading)
    doc.text(60, 452, case.text, 9, colour=(0.0, 0.35, 0.45))


def _highlight(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang)
    doc.rect(57, 442, doc.width(case.text, 9) + 6, 14, (1.0, 0.95, 0.55))
    doc.text(60, 452, case.text, 9)


def _optional_content_on(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang)
    _ocg(doc, on=True)
    doc.c.addLiteral("/OC /HB23oc BDC")
    doc.text(60, 452, case.text, 9)
    doc.c.addLiteral("EMC")


def _cropbox_inside(doc: _Pdf, case: Case) -> None:
    from pypdf.generic import RectangleObject

    def crop(writer: Any, page: Any) -> None:
        page.cropbox = RectangleObject([20, 10, W - 20, H - 20])

    doc.edits.append(crop)
    _plain_passage(doc, case)


def _dark_cell_badge(doc: _Pdf, case: Case) -> None:
    _base(doc, case.lang)
    doc.rect(56, 440, doc.width(case.text, 8.5) + 10, 16, (0.85, 0.33, 0.1))
    doc.text(61, 452, case.text, 8.5, colour=WHITE)


SHOW: dict[str, tuple[tuple[str, ...], Callable[[_Pdf, Case], None]]] = {
    "grey_caption": (("g50", "g60", "g70"), _grey_caption),
    "small_footer": (("pt6", "pt6.5", "pt7"), _small_footer),
    "dark_banner": (("navy", "charcoal", "teal"), _dark_banner),
    "dark_sidebar": (("navy", "slate"), _dark_sidebar),
    "light_tint": (("grey", "blue", "yellow"), _light_tint),
    "rotated_margin": (("up", "down"), _rotated_margin),
    "near_edge": (("left", "bottom", "right"), _near_edge),
    "icon_glyphs": (("contact_icons",), _icon_glyphs),
    "superscript": (("footnote", "ordinal"), _superscript),
    "big_name": (("pt28", "pt36"), _big_name),
    "shaded_table": (("zebra",), _shaded_table),
    "dark_table_header": (("navy_header",), _dark_table_header),
    "unit_font_matrix": (("tf1",), _unit_font_matrix),
    "letter_spaced": (("headings",), _letter_spaced),
    "condensed": (("tz80", "tz90"), _condensed),
    "clipped_to_itself": (("page_clip", "block_clip"), _clipped_to_itself),
    "semi_transparent": (("alpha0.8", "alpha0.5"), _semi_transparent),
    "form_xobject": (("header_footer",), _form_xobject),
    "white_box_behind": (("page_and_block",), _white_box_behind),
    "box_after_text": (("stroke_box", "rules"), _box_after_text),
    "shifted_mediabox": (("negative_origin",), _shifted_mediabox),
    "dark_page": (("night",), _dark_page),
    "dark_image_banner": (("photo_banner",), _dark_image_banner),
    "coloured_text": (("blue", "red"), _coloured_text),
    "highlight": (("yellow",), _highlight),
    "optional_content_on": (("on",), _optional_content_on),
    "cropbox_inside": (("margins",), _cropbox_inside),
    "dark_cell_badge": (("orange",), _dark_cell_badge),
}


# ---------------------------------------------------------------------------------------- DOCX
def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _docx(case: Case) -> bytes:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    b = BASE[case.lang]
    heads = b["headings"]
    jobs = b["jobs"]
    school = b["school"]
    assert isinstance(heads, tuple)
    assert isinstance(jobs, tuple)
    assert isinstance(school, tuple)

    def para(
        container: Any, text: str, size: float = 10, bold: bool = False, colour: str | None = None
    ) -> Any:
        p = container.add_paragraph()
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        return run

    heading_ink = "2E74B5" if case.form == "docx_coloured" else None
    name_size = float(case.variant.removeprefix("pt")) if case.form == "docx_big_name" else 20
    para(d, str(b["name"]), name_size, True)
    para(d, str(b["title"]), 12)
    para(d, str(b["contact"]), 9)

    def payload(container: Any) -> None:
        if case.form in {"docx_shaded_cell_same", "docx_white_in_cell"}:
            table = d.add_table(rows=2, cols=2)
            table.cell(0, 0).text = "Python"
            table.cell(0, 1).text = "SQL, Excel"
            cell = table.cell(1, 1)
            run = cell.paragraphs[0].add_run(case.text)
            run.font.size = Pt(8)
            if case.form == "docx_white_in_cell":
                run.font.color.rgb = RGBColor.from_string("FFFFFF")
            else:
                _shade(cell, case.variant)
                run.font.color.rgb = RGBColor.from_string(case.variant)
            return
        run = container.add_paragraph().add_run(case.text)
        run.font.size = Pt(9)
        if case.form == "docx_hidden_run":
            run.font.hidden = True
        elif case.form == "docx_hidden_style":
            style = d.styles.add_style("Quiet note", WD_STYLE_TYPE.CHARACTER)
            style.font.hidden = True
            run.style = style
        elif case.form == "docx_white_run":
            run.font.color.rgb = RGBColor.from_string(case.variant)
        elif case.form == "docx_tiny_run":
            run.font.size = Pt(float(case.variant.removeprefix("pt")))

    def passage(container: Any) -> None:
        if case.form in {"docx_dark_cell_white", "docx_shaded_cell"}:
            table = d.add_table(rows=1, cols=2)
            table.cell(0, 0).text = "2021"
            cell = table.cell(0, 1)
            _shade(cell, case.variant)
            run = cell.paragraphs[0].add_run(case.text)
            if case.form == "docx_dark_cell_white":
                run.font.color.rgb = RGBColor.from_string("FFFFFF")
            return
        if case.form == "docx_small_footer":
            para(d.sections[0].footer, case.text, float(case.variant.removeprefix("pt")), colour="595959")
            return
        if case.form == "docx_superscript":
            p = d.add_paragraph()
            p.add_run(case.text).font.size = Pt(10)
            p.add_run("1" if case.variant == "footnote" else "st").font.superscript = True
            return
        colour = {"docx_grey_text": case.variant, "docx_coloured": "1F4E79"}.get(case.form)
        para(d, case.text, 10, colour=colour)

    hidden = case.kind == HIDDEN
    if hidden and case.place == "header":
        payload(d.sections[0].header)
    para(d, heads[0], 12, True, heading_ink)
    para(d, str(b["profile"]), 10)
    para(d, heads[1], 12, True, heading_ink)
    for n, (title, firm, dates, bullet) in enumerate(jobs):
        para(d, f"{title} — {firm}", 11, True)
        para(d, dates, 9)
        para(d, f"• {bullet}", 10)
        if hidden and n == 0 and case.place == "body":
            payload(d)
    para(d, heads[2], 12, True, heading_ink)
    para(d, f"{school[0]} — {school[1]}", 10)
    para(d, school[2], 9)
    para(d, heads[3], 12, True, heading_ink)
    para(d, str(b["skills"]), 10)
    if hidden and case.place == "footer":
        payload(d.sections[0].footer)
    if not hidden:
        passage(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


DOCX_HIDE: dict[str, tuple[str, ...]] = {
    "docx_hidden_run": ("vanish",),
    "docx_hidden_style": ("char_style",),
    "docx_white_run": ("FFFFFF", "FDFDFD"),
    "docx_tiny_run": ("pt1", "pt1.5"),
    "docx_shaded_cell_same": ("D9D9D9", "1F3864"),
    "docx_white_in_cell": ("plain",),
}
DOCX_SHOW: dict[str, tuple[str, ...]] = {
    "docx_dark_cell_white": ("1F3864", "262626"),
    "docx_grey_text": ("808080", "A6A6A6"),
    "docx_small_footer": ("pt6.5", "pt7"),
    "docx_big_name": ("pt28", "pt36"),
    "docx_superscript": ("footnote", "ordinal"),
    "docx_shaded_cell": ("D9E2F3",),
    "docx_coloured": ("blue",),
}
TABLE_FORMS = {"docx_shaded_cell_same", "docx_white_in_cell", "table_cell_white"}
"""Forms whose payload sits in a table in the body whatever the place says."""


# ---------------------------------------------------------------------------------------- cases
def _brand(rng: random.Random, taken: set[str]) -> str:
    while True:
        word = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        if word not in taken:
            taken.add(word)
            return word


@cache
def cases() -> tuple[Case, ...]:
    rng = random.Random(SEED)
    taken: set[str] = set()
    out: list[Case] = []
    variants: list[tuple[str, str, str, str]] = [
        *[(HIDDEN, form, v, "pdf") for form, (vs, _) in HIDE.items() for v in vs],
        *[(HIDDEN, form, v, "docx") for form, vs in DOCX_HIDE.items() for v in vs],
        *[(PLAIN, form, v, "pdf") for form, (vs, _) in SHOW.items() for v in vs],
        *[(PLAIN, form, v, "docx") for form, vs in DOCX_SHOW.items() for v in vs],
    ]
    for i, (kind, form, variant, fmt) in enumerate(variants):
        for j in range(PER_VARIANT):
            lang = LANGS[(i + j) % len(LANGS)]
            brand = _brand(rng, taken)
            payload = "keywords" if form == "keyword_stuffing" else rng.choice(sorted(PAYLOADS[lang]))
            if kind == HIDDEN:
                text = PAYLOADS[lang][payload].format(b=brand)
                place = "body" if form in TABLE_FORMS else rng.choice(PLACES)
            else:
                text = rng.choice(ORDINARY[lang]).format(b=brand)
                payload, place = "", "body"
            producer = "docx" if fmt == "docx" else rng.choice(("sized", "unit"))
            out.append(
                Case(
                    id=f"b23-{len(out):04d}",
                    kind=kind,
                    form=form,
                    variant=variant,
                    lang=lang,
                    fmt=fmt,
                    place=place,
                    producer=producer,
                    payload=payload,
                    text=text,
                    marker=brand,
                )
            )
    return tuple(out)


def document(case: Case) -> bytes:
    """The case's file: a PDF or a DOCX."""
    if case.fmt == "docx":
        return _docx(case)
    doc = _Pdf(case.lang, case.producer)
    if case.kind == HIDDEN:
        if case.variant == "white_box_on_tint":  # the page's tint first, under the resume
            doc.rect(0, 0, W, H, TINT)
        _base(doc, case.lang)
        x, y = SPOT[case.place]
        HIDE[case.form][1](doc, case, x, y)
    else:
        SHOW[case.form][1](doc, case)
    return doc.finish()


# ----------------------------------------------------------------------------------- the measure
def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _hidden(warning: dict[str, Any]) -> bool:
    return warning.get("kind") == "hidden_text" or bool(warning.get("hidden"))


def judge(case: Case, parsed: dict[str, Any], warnings: list[dict[str, Any]]) -> dict[str, bool]:
    """One case's outcome: `hit` (hidden: a hidden-text warning holds the payload; ordinary: any
    hidden-text warning at all), `in_parse` (the marker is in the parsed resume), `stray` (a
    hidden-text warning that does not hold the payload)."""
    marker = _fold(case.marker)
    found = [w for w in warnings if _hidden(w)]
    holds = [marker in _fold(str(w.get("text", ""))) for w in found]
    body = {k: v for k, v in parsed.items() if k != "warnings"}
    return {
        "hit": any(holds) if case.kind == HIDDEN else bool(found),
        "in_parse": marker in _fold(json.dumps(body, ensure_ascii=False)),
        "stray": not all(holds) if case.kind == HIDDEN else bool(found),
    }


def evaluate(sample: int | None = None) -> dict[str, Any]:
    """Counts only, in all, per form (with its variants), per language, place and format: hidden
    caught / leaked into the parse, ordinary flagged / lost from the parse. `sample` takes every
    n-th case (a smoke run)."""
    from resume_api.parsing import parse_document

    chosen = cases()[:: sample or 1]
    keys = ("hidden", "caught", "leaked", "stray", "ordinary", "flagged", "lost", "failed")

    def row() -> dict[str, int]:
        return dict.fromkeys(keys, 0)

    groups: dict[str, dict[str, dict[str, int]]] = {
        g: defaultdict(row) for g in ("forms", "variants", "langs", "places", "formats", "payloads")
    }
    total = row()
    for case in chosen:
        warnings: list[dict[str, Any]] = []
        try:
            parsed = parse_document(document(case), f"{case.id}.{case.fmt}", warnings=warnings)
        except Exception:  # a refusal or a crash: counted, never shown
            parsed, failed = {}, True
        else:
            failed = False
        outcome = judge(case, parsed, warnings)
        hidden = case.kind == HIDDEN
        bumps = {
            "hidden" if hidden else "ordinary": 1,
            "caught" if hidden else "flagged": outcome["hit"],
            "leaked" if hidden else "lost": outcome["in_parse"] if hidden else not outcome["in_parse"],
            "stray": hidden and outcome["stray"],
            "failed": failed,
        }
        named = {
            "forms": case.form,
            "variants": f"{case.form}/{case.variant}",
            "langs": case.lang,
            "places": case.place if hidden else "-",
            "formats": case.fmt,
            "payloads": case.payload or "-",
        }
        for target in (total, *(groups[g][name] for g, name in named.items())):
            for key, n in bumps.items():
                target[key] += int(n)
    return {
        **total,
        **{g: dict(sorted(rows.items())) for g, rows in groups.items()},
    }
