"""Line breaking and pagination: a `Layout` in a `Style` becomes pages of positioned text runs.

Kept apart from the PDF library on purpose. The PDF writer only paints what this module placed;
the DOCX writer runs it to estimate its page count (Word lays the document out itself, later, so
the estimate is the same content typeset with the same sizes and margins in the embedded fonts —
DejaVu is wider than Calibri or Arial, so the estimate errs on the long side); and `compact` uses
it to find the largest type that saves a page, without painting anything.

The geometry is chosen so a PDF reader (ours included) sees the structure a person sees:
right-aligned dates sit at least two ems from the text beside them (a separate cell), a bullet
glyph sits less than an em from its text (the same cell), wrapped bullet lines hang under the
text, and entry header lines are half a point larger than body text, which tells them apart from
short description lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from dataclasses import dataclass, field

from . import print_plan as L
from .fallback import JOINERS, Piece, printable, segment
from .metrics import ASCENT, DESCENT, metrics
from .templates import RGB, Style

BULLET = "•"


@dataclass(slots=True)
class Run:
    x: float
    text: str
    style: str
    """`""`, `"B"` or `"I"`."""
    size: float
    color: RGB
    width: float
    link: str | None = None


@dataclass(slots=True)
class Line:
    baseline: float
    """Distance from the top of the page."""
    size: float
    runs: list[Run]


@dataclass(slots=True)
class Rule:
    x0: float
    x1: float
    y: float
    color: RGB
    width: float


@dataclass(slots=True)
class Page:
    lines: list[Line] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


@dataclass(slots=True)
class Typeset:
    style: Style
    pages: list[Page]


@dataclass(slots=True)
class Span:
    text: str
    style: str = ""
    color: RGB | None = None
    link: str | None = None
    atomic: bool = False
    """Break only before it (a skill, a contact item), unless it is wider than a line."""


@dataclass(slots=True)
class _Line:
    top: float  # offset from the top of its box
    size: float
    height: float
    runs: list[Run]


@dataclass(slots=True)
class _Box:
    """A unit that never splits across pages: a wrapped bullet, an entry header, one text line."""

    lines: list[_Line] = field(default_factory=list)
    rules: list[tuple[float, float, float, RGB, float]] = field(default_factory=list)
    height: float = 0.0
    space_before: float = 0.0
    keep_with_next: bool = False


# ----------------------------------------------------------------------------------------------
# Line breaking


_OPEN = "「『（【〔〈《［｛“‘"
_CLOSE = "、。，．・：；？！）」』】〕〉》］｝ー〜…ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々”’"
_PHRASE_END = "、。，．：；？！）」』】〕〉》］｝"
_WORDS = re.compile(rf"[^\s{_PHRASE_END}]+[{_PHRASE_END}]*\s*|[{_PHRASE_END}]+\s*|\s+")
"""Break opportunities: after a space, and after Chinese or Japanese punctuation. A phrase written
without spaces (`熟练使用STL和部分Boost库`) is kept whole on a line where it fits, as Korean and
CSS's `word-break: keep-all` do: a phrase broken across lines reads back, in pdftotext or an
ATS, as two words that were never written. A phrase longer than a line still breaks between
characters (`_split_long`), never before closing punctuation or small kana, nor after an opening
bracket (the usual kinsoku rules)."""


def _tokens(spans: list[Span], family: str) -> list[Span]:
    out: list[Span] = []
    for s in spans:
        text = printable(s.text, family)
        if not text:
            continue
        pieces = [text] if s.atomic else _WORDS.findall(text)
        out.extend(Span(p, s.style, s.color, s.link, s.atomic) for p in pieces)
    return out


def _width(text: str, style: str, size: float, family: str) -> float:
    m = metrics(family, style)
    if all(ord(c) in m.chars for c in text):
        return m.width(text, size)
    return sum(piece_width(p, size) for p in segment(text, family, style))


def piece_width(piece: Piece, size: float) -> float:
    """Width of text in one font: shaped where the script needs it (joined Arabic is narrower)."""
    if piece.face.shaped:
        from .shaping import width

        return width(piece.face, piece.text, size)
    return piece.face.metrics.width(piece.text, size)


def _can_break_before(text: str, i: int) -> bool:
    """Never inside a grapheme cluster: before a mark or a joiner, or after a joiner or virama."""
    c, prev = text[i], text[i - 1]
    if c in _CLOSE or prev in _OPEN:
        return False
    if unicodedata.category(c)[0] == "M" or ord(c) in JOINERS or ord(prev) in JOINERS:
        return False
    return unicodedata.combining(prev) != 9


def _split_long(tok: Span, avail: float, size: float, family: str) -> list[Span]:
    """A token wider than a line: words first, then characters (a long URL), whole clusters only."""
    if tok.atomic and " " in tok.text.strip():
        words = re.findall(r"\S+\s*", tok.text)
        return [Span(w, tok.style, tok.color, tok.link) for w in words]
    parts: list[Span] = []
    start = 0
    text = tok.text
    for i in range(1, len(text)):
        if not _can_break_before(text, i):
            continue
        if _width(text[start : i + 1], tok.style, size, family) > avail and i > start:
            parts.append(Span(text[start:i], tok.style, tok.color, tok.link))
            start = i
    parts.append(Span(text[start:], tok.style, tok.color, tok.link))
    return parts


def wrap(
    spans: list[Span], widths: tuple[float, float], size: float, family: str, color: RGB
) -> list[list[Run]]:
    """Greedy line breaking; `widths` is (first line, other lines). Runs have x relative to 0."""
    pending = deque(_tokens(spans, family))
    lines: list[list[Span]] = [[]]
    used = 0.0
    while pending:
        tok = pending.popleft()
        avail = widths[0] if len(lines) == 1 else widths[1]
        if not lines[-1]:
            tok = Span(tok.text.lstrip(), tok.style, tok.color, tok.link, tok.atomic)
            if not tok.text:
                continue
        trimmed = _width(tok.text.rstrip(), tok.style, size, family)
        if lines[-1] and used + trimmed > avail:
            lines.append([])
            used = 0.0
            pending.appendleft(tok)
            continue
        if not lines[-1] and trimmed > avail and len(tok.text.strip()) > 1:
            pending.extendleft(reversed(_split_long(tok, avail, size, family)))
            continue
        lines[-1].append(tok)
        used += _width(tok.text, tok.style, size, family)
    lines = _no_widow(lines, widths[1], size, family)
    out: list[list[Run]] = []
    for toks in lines:
        if not toks:
            continue
        toks[-1] = Span(toks[-1].text.rstrip(), toks[-1].style, toks[-1].color, toks[-1].link)
        runs: list[Run] = []
        x = 0.0
        for t in toks:
            c = t.color or color
            if runs and runs[-1].style == t.style and runs[-1].color == c and runs[-1].link == t.link:
                runs[-1].text += t.text
            else:
                runs.append(Run(x, t.text, t.style, size, c, 0.0, t.link))
            x += _width(t.text, t.style, size, family)
        for r in runs:
            r.width = _width(r.text, r.style, size, family)
        out.append([r for r in runs if r.text])
    return out


def _no_widow(lines: list[list[Span]], avail: float, size: float, family: str) -> list[list[Span]]:
    """Pull words down so a wrapped paragraph never ends on a lone word or on a line that reads as
    a section heading (`…to better meet the needs of tech` / `projects`): ATS parsers, ours
    included, take a short line that is exactly `Projects` or `Work Experience` for a heading."""
    from ..parsing.sections import heading_key

    if len(lines) < 2:
        return lines
    last, prev = lines[-1], lines[-2]
    for _ in range(6):
        text = "".join(t.text for t in last).strip()
        if len(text.split()) >= 2 and heading_key(text.strip(" .,;:")) is None:
            break
        if len(prev) < 3:
            break
        moved = [prev[-1], *last]
        width = sum(_width(t.text, t.style, size, family) for t in moved[:-1])
        width += _width(moved[-1].text.rstrip(), moved[-1].style, size, family)
        if width > avail:
            break
        lines[-2], lines[-1] = prev[:-1], moved
        last, prev = lines[-1], lines[-2]
    return lines


def _shift(runs: list[Run], dx: float) -> list[Run]:
    for r in runs:
        r.x += dx
    return runs


def _line_width(runs: list[Run]) -> float:
    return max((r.x + r.width for r in runs), default=0.0)


# ----------------------------------------------------------------------------------------------
# Blocks -> boxes


class _Builder:
    def __init__(self, style: Style) -> None:
        self.s = style
        self.family = style.family
        self.left = style.margin_x
        self.width = style.text_width
        self.entry_size = style.body_size + 0.5

    def lh(self, size: float) -> float:
        return size * self.s.leading

    def text_box(
        self,
        spans: list[Span],
        size: float,
        *,
        indent: float = 0.0,
        right: list[Span] | None = None,
        align: str = "left",
        color: RGB | None = None,
        space_before: float = 0.0,
        split: bool = False,
        leading: float | None = None,
    ) -> list[_Box]:
        """Wrapped text (optionally with a right-aligned cell on its first line) as one box, or
        one box per line when `split` (long paragraphs may break across pages)."""
        color = color or self.s.text_color
        avail = self.width - indent
        right_runs: list[Run] = []
        below: list[list[Run]] = []
        own_line = False
        first = avail
        rl = wrap(right, (self.width, self.width), size, self.family, color) if right else []
        if len(rl) > 1 or (rl and _line_width(rl[0]) > self.width / 2):
            # a right cell too long to sit beside the text (a sentence filed as a location):
            # its own lines under the text, whole, never cut to what fits one line
            below = wrap(right or [], (avail, avail), size, self.family, color)
        elif right:
            right_runs = rl[0] if rl else []
            rw = _line_width(right_runs)
            _shift(right_runs, self.left + self.width - rw)
            first = avail - rw - 2.2 * size
            natural = sum(
                _width(printable(sp.text, self.family), sp.style, size, self.family) for sp in spans
            )
            if natural > first:
                # never wrap a title beside its dates: the right cell gets a line of its own
                own_line, first = True, avail
        lines = wrap(spans, (first, avail), size, self.family, color)
        if not lines and right_runs:
            lines = [[]]
        if own_line and right_runs:
            lines.append([])
        lines += below
        placed: list[_Line] = []
        top = 0.0
        for i, runs in enumerate(lines):
            x0 = self.left + indent
            if align == "center":
                x0 = self.left + (self.width - _line_width(runs)) / 2
            _shift(runs, x0)
            with_right = (i == len(lines) - 1) if own_line else (i == 0)
            height = size * leading if leading else self.lh(size)
            placed.append(_Line(top, size, height, runs + right_runs if with_right else runs))
            top += height
        if not split:
            return [_Box(placed, height=top, space_before=space_before)] if placed else []
        boxes = []
        for i, ln in enumerate(placed):
            ln.top = 0.0
            boxes.append(_Box([ln], height=ln.height, space_before=space_before if i == 0 else 0.0))
        return boxes

    # -- the parts of a resume

    def header(self, h: L.Header) -> list[_Box]:
        s = self.s
        boxes: list[_Box] = []
        if h.name:
            boxes += self.text_box(
                [Span(h.name, "B")], s.name_size, align=s.header_align, color=s.accent, leading=1.2
            )
        if h.label:
            boxes += self.text_box(
                [Span(h.label)], s.label_size, align=s.header_align, color=s.muted, space_before=1.0
            )
        if h.contacts:
            boxes += self.contacts(h.contacts, space_before=3.0)
        return boxes

    def contacts(self, contacts: list[L.Contact], space_before: float) -> list[_Box]:
        """Contact items never break inside; a line break only falls between two of them."""
        s = self.s
        size = round(s.body_size * 0.95, 2)
        sep = " | "
        lines: list[list[L.Contact]] = [[]]
        used = 0.0
        sep_w = _width(sep, "", size, self.family)
        for c in contacts:
            w = _width(printable(c.text, self.family), "", size, self.family)
            if lines[-1] and used + sep_w + w > self.width:
                lines.append([])
                used = 0.0
            used += (sep_w if lines[-1] else 0.0) + w
            lines[-1].append(c)
        boxes: list[_Box] = []
        for i, group in enumerate(lines):
            spans: list[Span] = []
            for j, c in enumerate(group):
                if j:
                    spans.append(Span(sep))
                spans.append(Span(c.text, link=c.url, atomic=True))
            boxes += self.text_box(
                spans,
                size,
                align=s.header_align,
                color=s.muted,
                space_before=space_before if i == 0 else 0.0,
            )
        return boxes

    def heading(self, text: str, first: bool) -> _Box:
        s = self.s
        label = text.upper() if s.heading_caps else text
        (box,) = self.text_box([Span(label, "B")], s.heading_size, color=s.accent)
        box.space_before = s.section_gap if not first else s.section_gap * 0.8
        if s.heading_rule:
            y = box.height - 0.5
            box.rules.append((self.left, self.left + self.width, y, s.rule_color, 0.6))
        box.height += s.heading_gap
        box.keep_with_next = True
        return box

    def entry(self, e: L.Entry, first: bool) -> list[_Box]:
        s = self.s
        size = self.entry_size
        gap = 0.0 if first else s.entry_gap
        head: list[_Box] = []
        first_right = e.dates or e.location
        second_right = e.location if e.dates else None
        if e.title or first_right:
            head += self.text_box(
                [Span(e.title or "", "B", link=e.url)],
                size,
                right=[Span(first_right, "", s.muted)] if first_right else None,
            )
        if e.subtitle or second_right:
            head += self.text_box(
                [Span(e.subtitle or "", "I")],
                size,
                right=[Span(second_right, "I", s.muted)] if second_right else None,
            )
        box = _merge(head)
        box.space_before = gap
        boxes = [box]
        for text in e.lines:
            boxes += self.text_box([Span(text)], s.body_size, space_before=1.0, split=True)
        boxes += self.bullets(e.bullets, space_before=1.0)
        box.keep_with_next = len(boxes) > 1
        return boxes

    def bullets(self, items: list[str], space_before: float = 0.0) -> list[_Box]:
        size = self.s.body_size
        indent = round(size * 0.4, 2)
        text_at = round(size * 1.6, 2)
        out: list[_Box] = []
        for i, item in enumerate(items):
            boxes = self.text_box([Span(item)], size, indent=text_at)
            if not boxes:
                continue
            box = boxes[0]
            bw = _width(BULLET, "", size, self.family)
            box.lines[0].runs.insert(0, Run(self.left + indent, BULLET, "", size, self.s.text_color, bw))
            box.space_before = space_before if i == 0 else size * 0.15
            out.append(box)
        return out

    def group(self, g: L.Group) -> list[_Box]:
        spans: list[Span] = []
        if g.label:
            spans.append(Span(f"{g.label}: ", "B"))
        for i, item in enumerate(g.items):
            spans.append(Span(item + (", " if i < len(g.items) - 1 else ""), atomic=True))
        return self.text_box(spans, self.s.body_size, space_before=self.s.body_size * 0.2)

    def section(self, sec: L.Section, first: bool) -> list[_Box]:
        s = self.s
        boxes = [self.heading(sec.heading, first)]
        entries = 0
        for i, block in enumerate(sec.blocks):
            if isinstance(block, L.Entry):
                boxes += self.entry(block, first=entries == 0)
                entries += 1
            elif isinstance(block, L.Paragraph):
                boxes += self.text_box(
                    [Span(block.text)], s.body_size, space_before=s.body_size * 0.3 if i else 0.0, split=True
                )
            elif isinstance(block, L.Bullets):
                boxes += self.bullets(block.items)
            elif isinstance(block, L.Group):
                boxes += self.group(block)
            elif isinstance(block, L.Row):
                boxes += self.text_box(
                    [Span(block.left)], s.body_size, right=[Span(block.right, "", s.muted)]
                )
        return boxes


def _merge(boxes: list[_Box]) -> _Box:
    out = _Box()
    for b in boxes:
        for ln in b.lines:
            ln.top += out.height
            out.lines.append(ln)
        out.height += b.height
    return out


# ----------------------------------------------------------------------------------------------
# Pagination


def _fit_height(boxes: list[_Box], limit: float) -> list[_Box]:
    """A box taller than a page (a bullet of a thousand words) is split into its lines."""
    out: list[_Box] = []
    for box in boxes:
        if box.height <= limit or len(box.lines) < 2:
            out.append(box)
            continue
        for i, ln in enumerate(box.lines):
            top = ln.top
            ln.top = 0.0
            part = _Box([ln], height=ln.height, space_before=box.space_before if i == 0 else 0.0)
            part.rules = [
                (x0, x1, y - top, c, w) for x0, x1, y, c, w in box.rules if top <= y < top + ln.height
            ]
            out.append(part)
        out[-1].keep_with_next = box.keep_with_next
    return out


def _paginate(boxes: list[_Box], style: Style) -> list[Page]:
    top, bottom = style.margin_top, style.page_height - style.margin_bottom
    boxes = _fit_height(boxes, bottom - top)
    pages = [Page()]
    y = top
    for i, box in enumerate(boxes):
        at_top = y == top
        space = 0.0 if at_top else box.space_before
        # the box and every box it must stay with
        chain = box.height + space
        j = i
        while boxes[j].keep_with_next and j + 1 < len(boxes):
            j += 1
            chain += boxes[j].space_before + boxes[j].height
        fits_fresh = chain - space <= bottom - top
        if not at_top and (y + space + box.height > bottom or (fits_fresh and y + chain > bottom)):
            pages.append(Page())
            y, space = top, 0.0
        y += space
        page = pages[-1]
        for ln in box.lines:
            baseline = y + ln.top + (ln.height - ln.size * (ASCENT + DESCENT)) / 2 + ln.size * ASCENT
            page.lines.append(Line(baseline, ln.size, ln.runs))
        for x0, x1, dy, color, width in box.rules:
            page.rules.append(Rule(x0, x1, y + dy, color, width))
        y += box.height
    return pages


def typeset(lay: L.Layout, style: Style) -> Typeset:
    b = _Builder(style)
    boxes = b.header(lay.header)
    for i, sec in enumerate(lay.sections):
        boxes += b.section(sec, first=i == 0)
    return Typeset(style, _paginate(boxes, style))


def fit(lay: L.Layout, style: Style) -> Typeset:
    """Typeset; for a template that fits pages, the largest scale (down to `min_scale`) that
    saves a page, else the template's own size."""
    base = typeset(lay, style)
    if not style.fit_one_page or len(base.pages) == 1:
        return base
    smallest = typeset(lay, style.scaled(style.min_scale))
    if len(smallest.pages) >= len(base.pages):
        return base  # not even the smallest type saves a page: keep the template's size
    scale = 0.97
    while scale > style.min_scale + 1e-9:
        trial = typeset(lay, style.scaled(scale))
        if len(trial.pages) < len(base.pages):
            return trial
        scale = round(scale - 0.03, 2)
    return smallest
