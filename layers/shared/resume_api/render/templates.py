"""The four templates as data: fonts, sizes, spacing and colours. All single-column.

A template never changes *what* is printed (that is `print_plan.py`), only how it looks, so every
template keeps the same ATS-safe structure: headings the parser reads back, one column, text in reading order,
dates in a right-aligned cell. Sizes are in points and shared by the PDF and DOCX writers, which is
what lets the DOCX page estimate reuse the PDF typesetter.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

RGB = tuple[int, int, int]
BLACK: RGB = (0, 0, 0)


@dataclass(frozen=True, slots=True)
class Style:
    name: str
    family: Literal["sans", "serif"]
    """The embedded PDF font family (DejaVu Sans or Serif)."""
    docx_font: str
    """The font a DOCX names; Word substitutes when it is missing, so only common fonts."""
    body_size: float
    name_size: float
    heading_size: float
    leading: float
    """Line height as a multiple of the font size."""
    margin_x: float
    margin_top: float
    margin_bottom: float
    section_gap: float
    """Space above a section heading (pt)."""
    heading_gap: float
    """Space between a heading (or its rule) and the section's first line (pt)."""
    entry_gap: float
    """Space between two entries of a section (pt)."""
    heading_caps: bool = True
    heading_rule: bool = True
    header_align: Literal["left", "center"] = "left"
    date_style: Literal["month", "numeric"] = "month"
    text_color: RGB = BLACK
    accent: RGB = BLACK
    """Colour of the name and the section headings."""
    muted: RGB = BLACK
    """Colour of dates, locations and the contact line."""
    rule_color: RGB = BLACK
    fit_one_page: bool = False
    """Shrink type (down to `min_scale`) when that saves a page; `compact` only."""
    min_scale: float = 1.0
    page_width: float = 612.0  # US Letter
    page_height: float = 792.0

    @property
    def label_size(self) -> float:
        return round(self.body_size * 1.15, 2)

    @property
    def text_width(self) -> float:
        return self.page_width - 2 * self.margin_x

    def scaled(self, factor: float) -> Style:
        """The same style with type and vertical spacing scaled (used to fit a page)."""
        if factor == 1.0:
            return self
        return replace(
            self,
            body_size=round(self.body_size * factor, 2),
            name_size=round(self.name_size * factor, 2),
            heading_size=round(self.heading_size * factor, 2),
            section_gap=self.section_gap * factor,
            heading_gap=self.heading_gap * factor,
            entry_gap=self.entry_gap * factor,
        )


STYLES: dict[str, Style] = {
    # Serif, centred header, small capitals-like headings over a hairline: the traditional look.
    "classic": Style(
        name="classic",
        family="serif",
        docx_font="Georgia",
        body_size=10,
        name_size=22,
        heading_size=11.5,
        leading=1.28,
        margin_x=54,
        margin_top=48,
        margin_bottom=48,
        section_gap=12,
        heading_gap=5,
        entry_gap=7,
        header_align="center",
        muted=(51, 51, 51),
    ),
    # Sans, left-aligned, a navy accent for the name and headings, grey dates.
    "modern": Style(
        name="modern",
        family="sans",
        docx_font="Calibri",
        body_size=10,
        name_size=24,
        heading_size=12.5,
        leading=1.32,
        margin_x=54,
        margin_top=46,
        margin_bottom=46,
        section_gap=13,
        heading_gap=5,
        entry_gap=8,
        heading_caps=False,
        accent=(31, 58, 103),
        rule_color=(31, 58, 103),
        muted=(85, 85, 85),
        text_color=(34, 34, 34),
    ),
    # Small type and tight spacing; shrinks a little further when that keeps it to fewer pages.
    "compact": Style(
        name="compact",
        family="sans",
        docx_font="Arial",
        body_size=9,
        name_size=17,
        heading_size=10.5,  # at least 1.12x the body: size is the one heading cue every script has
        leading=1.22,
        margin_x=40,
        margin_top=34,
        margin_bottom=32,
        section_gap=7,
        heading_gap=3,
        entry_gap=4,
        date_style="numeric",
        fit_one_page=True,
        min_scale=0.86,
    ),
    # The plainest: black on white, no rules, no colour, numeric dates, generous size.
    "ats": Style(
        name="ats",
        family="sans",
        docx_font="Arial",
        body_size=10,
        name_size=18,
        heading_size=11.5,
        leading=1.28,
        margin_x=54,
        margin_top=54,
        margin_bottom=54,
        section_gap=12,
        heading_gap=4,
        entry_gap=7,
        heading_rule=False,
        date_style="numeric",
    ),
}


def style_for(template: str) -> Style:
    return STYLES[template]
