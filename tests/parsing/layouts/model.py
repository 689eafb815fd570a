"""The page as the generator lays it out, before it is written as PDF or DOCX.

Small on purpose: paragraphs of styled runs (with a bullet, a right-aligned part, a rule), tables
of cells, a photo, a sidebar, and a page header. Both writers render the same blocks, so a layout is
written once and exists in both formats.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass, field

LIST = "list"
"""A bullet made by Word's numbering (the `List Bullet` style) rather than a typed glyph."""


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    size: float | None = None
    small_caps: bool = False


@dataclass
class Para:
    runs: list[Run]
    bullet: str | None = None
    right: list[Run] | None = None
    """Text on the same line at the right margin (a right tab stop in DOCX)."""
    indent: float = 0.0
    rule: bool = False
    """A rule under the paragraph (headings)."""
    style: str | None = None
    """A Word paragraph style (`Heading 1`, `Title`); PDF draws it by its look."""
    breaks: bool = False
    """Runs on lines of their own inside one paragraph (DOCX `w:br`)."""
    align: str = "left"
    space_before: float = 0.0
    width: float = 0.0
    """PDF: the paragraph set in a box this many points wide (a grid's cell, a sidebar, a flex item
    beside its dates), its lines wrapped where the box ends; `right` follows right after the box.
    DOCX ignores it: Word wraps a paragraph where the page ends, and a reader gets it whole."""

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Table:
    rows: list[list[list[Block]]]
    widths: list[float]
    """Column widths as fractions of the text width."""
    grid: bool = False
    label: str = ""
    """Where the first column's text sits beside the rest of its row (PDF): `top` at the top, `drop`
    a little below the top (its baseline under the first line's beside it), `middle` centred;
    `raised`: the last column's text a few points above the first's (a date column floated right)."""


@dataclass
class Photo:
    """A portrait, as sidebar templates put at the top: pixels, no text."""

    width: float = 72.0
    height: float = 90.0


Block = Para | Table | Photo


@dataclass
class Page:
    body: list[Block] = field(default_factory=list)
    sidebar: list[Block] = field(default_factory=list)
    sidebar_side: str = ""
    """`left` or `right`: the sidebar's column; empty for one column."""
    sidebar_mode: str = "columns"
    """How a DOCX holds the sidebar: `columns` (a borderless two-cell table) or `textbox`."""
    page_header: list[Para] = field(default_factory=list)
    """DOCX: the section's header part. PDF: a band across the top of the first page."""
    page_footer: list[Para] = field(default_factory=list)
    """DOCX: the section's footer part. PDF: lines at the foot of every page."""
    footer_part: str = ""
    """DOCX: `` (the default footer), `first` (the first page's footer) or `textbox` (a text box
    anchored at the body's end, placed at the page's foot)."""
    cjk: str = ""
    """`zh` or `ja` when the text needs a CJK font in PDFs."""


@functools.cache
def photo_png() -> bytes:
    """A small portrait-shaped PNG (a face-coloured oval on a grey ground), made with Pillow."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (120, 150), (200, 205, 210))
    draw = ImageDraw.Draw(img)
    draw.ellipse((30, 20, 90, 95), fill=(225, 190, 160))
    draw.rectangle((15, 105, 105, 150), fill=(60, 80, 110))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()
