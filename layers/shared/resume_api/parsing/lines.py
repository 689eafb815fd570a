"""The one shape both readers produce: lines of text in reading order, with how they look.

PDF and DOCX differ in everything but this: a line has text, cells (pieces separated by a wide
gap or a tab, e.g. a right-aligned date), a position, a font size, bold/italic, and whether it
is a list item. Section and entry detection work on these lines only, so they never care which
format a resume came in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .hidden_text import HiddenRun

BULLETS = "•●○◦▪▫■□‣⁃∙·➢➤►▶▸▹◆◇♦★☆✓✔✦❖❯›→➜➔-–—*>»"
"""Characters that start a list item when followed by a space (web pages draw `▸`, `›`, `→`, `◆`
with CSS `::before` as readily as Word draws `•`)."""

BULLET_LEAD = re.compile(rf"^\s*[{re.escape(BULLETS)}]\s*")
"""A leading bullet glyph and the space around it: every reader strips the same set."""


PLACED_HEADING = "Heading (placed)"
"""The style of a PDF line that the page's layout shows to be a section heading (a label column
holds headings only), whatever its look: paper sets them in the body's size and weight."""


def run_in(looks: list[tuple[str, bool, float]]) -> int:
    """How many runs a line opens with in a stronger look than all the rest (bold, or a size up):
    the run-in label of `**Languages** Python, Go`, the name before `Software Engineer` in lighter
    type. 0 when there is none. Runs as (text, bold, size) in reading order, empty ones left out."""
    sizes = [size for text, _, size in looks if text.strip() and size]
    small = min(sizes) if sizes else 0.0

    def strong(bold: bool, size: float) -> bool:
        return bold or (small > 0 and size >= 1.15 * small)

    n = 0
    while n < len(looks) and (not looks[n][0].strip() or strong(looks[n][1], looks[n][2])):
        n += 1
    rest = looks[n:]
    if not any(t.strip() for t, _, _ in looks[:n]) or len("".join(t for t, _, _ in rest).strip()) < 2:
        return 0
    return 0 if any(t.strip() and strong(b, s) for t, b, s in rest) else n


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
    """A DOCX paragraph style name (`Heading 1`, `Title`, `List Bullet`...); in a PDF,
    `PLACED_HEADING` for a heading known by where it stands (a label column's); else empty."""
    list_item: bool = False
    gap_before: float = 0.0
    """Vertical space above this line, in multiples of its font size (0 when unknown)."""
    font: str = ""
    cell_sizes: list[float] = field(default_factory=list)
    """Font size of each cell (PDF only): a name beside contact details is bigger than they are."""
    wrapped: bool = False
    """Joined from a header line and its wrapped continuation (entries)."""
    cell_top: float = 0.0
    """DOCX: the running index of the first paragraph of the table cell this line sits in (blank
    paragraphs count), so lines of two cells of a row can be set level with each other."""
    lead_bold: bool | None = None
    lead_italic: bool | None = None
    """Bold/italic of the first cell alone (PDF): `Company` in bold beside a date in roman."""
    bold_lead: str = ""
    """The line's opening words when they alone are bold or larger (`run_in`): a run-in label
    (**Languages** Python, Go), a name before the job title on its line."""
    cell_spans: list[tuple[float, float]] = field(default_factory=list)
    """Where each cell starts and ends on the page, (x0, x1) (PDF only): a school's name wrapped in
    its cell (`Georgia Institute of` over `Technology`, the dates beside it) continues under the
    cell it filled, where a line of its own starts elsewhere or under a cell with room to spare.
    Read it through `cell_span`, which knows when a later step changed the cells."""

    pieces: list[str] = field(default_factory=list)
    """The line cut where the page leaves a gap clearly wider than its word spaces, else empty
    (PDF only): tags set a few pixels apart with no mark between them (`Financial reporting`
    `SQL`), where the text alone shows one run of words."""

    def cell_span(self, i: int) -> tuple[float, float] | None:
        """Cell `i`'s (x0, x1), or None when unknown (DOCX) or the cells no longer match the spans."""
        if len(self.cell_spans) != len(self.cells) or not -len(self.cells) <= i < len(self.cells):
            return None
        return self.cell_spans[i]

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
