"""The one shape both readers produce: lines of text in reading order, with how they look.

PDF and DOCX differ in everything but this: a line has text, cells (pieces separated by a wide
gap or a tab, e.g. a right-aligned date), a position, a font size, bold/italic, and whether it
is a list item. Section and entry detection work on these lines only, so they never care which
format a resume came in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .hidden_text import HiddenRun

BULLETS = "•●○◦▪▫■□‣⁃∙·➢➤►▶★☆✓✔❖-–—*>»"
"""Characters that start a list item when followed by a space."""


def run_in_label(runs: list[tuple[str, bool]]) -> str:
    """The bold text a line opens with when what follows it is not bold, else empty: the run-in
    label of `**Languages** Python, Go` (runs as (text, bold) in reading order)."""
    lead: list[str] = []
    for i, (text, bold) in enumerate(runs):
        if bold:
            lead.append(text)
            continue
        rest = "".join(t for t, b in runs[i:] if not b)
        label = " ".join("".join(lead).split())
        return label if label and len(rest.strip()) >= 2 and not any(b for _, b in runs[i:]) else ""
    return ""


@dataclass(slots=True)
class Line:
    text: str
    cells: list[str] = field(default_factory=list)
    x0: float = 0.0
    x1: float = 0.0
    y: float = 0.0
    """Distance from the top of the page to the baseline (PDF) or a running index (DOCX)."""
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    page: int = 0
    column: int = 0
    style: str = ""
    """A DOCX paragraph style name (`Heading 1`, `Title`, `List Bullet`...), else empty."""
    list_item: bool = False
    gap_before: float = 0.0
    """Vertical space above this line, in multiples of its font size (0 when unknown)."""
    font: str = ""
    cell_sizes: list[float] = field(default_factory=list)
    wrapped: bool = False
    """Joined from a header line and its wrapped continuation (entries)."""
    cell_top: float = 0.0
    """DOCX: the running index of the first paragraph of the table cell this line sits in (blank
    paragraphs count), so lines of two cells of a row can be set level with each other."""
    lead_bold: bool | None = None
    lead_italic: bool | None = None
    """Bold/italic of the first cell alone (PDF): `Company` in bold beside a date in roman."""
    bold_lead: str = ""
    """The line's opening words when they alone are bold (a run-in label: **Languages** Python, Go)."""
    """Font size of each cell (PDF only): a name beside contact details is bigger than they are."""

    @property
    def bullet(self) -> bool:
        t = self.text.lstrip()
        return self.list_item or (len(t) > 1 and t[0] in BULLETS and t[1] in " \t")

    @property
    def body(self) -> str:
        """The text without a leading bullet glyph."""
        t = self.text.strip()
        if len(t) > 1 and t[0] in BULLETS and t[1] in " \t":
            return t[1:].strip()
        return t


@dataclass(slots=True)
class RawDocument:
    """What a reader hands to the parser: lines in reading order plus link targets."""

    lines: list[Line]
    links: list[str] = field(default_factory=list)
    kind: str = "pdf"
    margin: list[Line] = field(default_factory=list)
    """Text outside the reading flow: page headers and footers repeated on every page, page
    numbers, notes printed at an angle in the margin. Not part of any section, but what the person
    wrote: the parse keeps what of it is not said elsewhere."""
    hidden: list[HiddenRun] = field(default_factory=list)
    """Text a reader cannot see (parsing/hidden_text.py): never in `lines`, reported as warnings."""
