"""Entries of dated sections (work, education, volunteer, projects), split into their fields.

This is where naive parsers fail: templates print employer, title, location and dates in any
order, on one line or three. So nothing here assumes an order. An entry is found from its date
(the anchor) and the short lines around it; its lines are cut into fields at separators and
commas; each field is then tagged by what it looks like (a place, a date, a job title by its
head noun, an organisation by its suffix). Where words alone cannot decide, the document's own
habit decides: the line position that held the employer in entries that were clear.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from . import dates as D
from .clean_text import join_wrapped, normalize_key
from .contacts import _PLACES, _US_STATES, COUNTRIES, looks_like_location
from .lexicon import lexicon
from .lines import BULLET_LEAD, BULLETS, Line
from .told_roles import ToldRole, told_role
from .vocab import (
    _CJK_SUFFIXES,
    DEGREE_RE,
    GPA_RE,
    INSTITUTION_WORDS,
    SUBJECT_WORDS,
    company_score,
    is_department,
    legal_form,
    title_score,
    words,
)

_UNIT, _UNIT_AND, _DURATION = D.DURATION_UNIT, D.DURATION_AND, D.DURATION
_PAREN_DURATION = re.compile(rf"(?i)\s*\(\s*\d{{1,2}}\+?\s*{_UNIT}(?:{_UNIT_AND}\d{{1,2}}\s*{_UNIT})?\s*\)")
_TRAIL_DURATION = re.compile(
    rf"(?i)(?:\s*[·•|,–—-])?\s*(?<!\d)\(?\d{{1,2}}\+?\s*{_UNIT}(?:{_UNIT_AND}\d{{1,2}}\s*{_UNIT})?\s*\)?\s*$"
)
"""The length printed after a range (`Jun, 2018 - Mar, 2021  2 years 9 months`, `2019 – 2021 · 2 yrs`)."""
_STRONG_SEP = re.compile(r"\s+[|•·–—]\s+|\s*\|\s*|\s+-\s+|\s+/\s+|\t|\s*;\s*|\s+@\s+|\s{3,}")
_LEADING_OPEN = re.compile(rf"^\s*(?P<a>{D._DATE})\s*[-–—]\s+(?P<rest>.+)$", re.IGNORECASE)
_GENITIVE = frozenset({"of", "de", "di", "da", "do", "du", "des", "der", "van", "von", "del"})
"""Linking words inside a name (`Bank of America`, `Universidad de Chile`): never a separator."""


@dataclass(slots=True)
class Field:
    text: str
    line: int
    group: int
    bold: bool
    italic: bool
    size: float
    role: str = ""
    hint: str = ""
    """`title` / `company` where a linking word decided it (`Data Scientist for Airconomy`)."""
    rank: int = 0
    """Position among the line's unplaced segments (`Title — Employer`: 0 and 1)."""


@dataclass(slots=True)
class Entry:
    header: list[Line] = field(default_factory=list)
    details: list[Line] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    has_date: bool = False


# ----------------------------------------------------------------------------------------------
# Lines -> entries


def _header_date(line: Line) -> tuple[D.DateSpan | None, int | None]:
    """A date that belongs to an entry's header: a date cell, or a range in a short line."""
    for ci, cell in enumerate(line.cells):
        if D.is_date_only(cell):
            return D.find_range(cell), ci
    if line.bullet and len(line.cells) <= 1:
        if D.is_date_only(line.body):  # `• sep 2016 – heden` over its entry's title line
            return D.find_range(line.body), None
        return None, None
    text = line.body
    span = D.find_range(text)
    if span is None:
        return None, None
    if span.start is not None:
        words = len(text.split())
        # a full stop that ends a name (`Iberia Datos S.L.`, `Globex Inc.`) ends no sentence
        sentence = _sentence_end(text) != text and words > 12
        inside_parens = text[: span.begin].count("(") > text[: span.begin].count(")")
        # `Bachelor of Science · (2015 - 2019)` (LinkedIn): the parentheses hold the range alone,
        # at the end of the line; a range inside a phrase's parentheses stays the phrase's
        bracketed = bool(
            re.search(r"\(\s*$", text[: span.begin]) and re.fullmatch(r"\s*\)\s*", text[span.stop :])
        )
        if not sentence and (not inside_parens or (bracketed and words <= 14)) and words <= 25:
            return span, None
        return None, None
    # a single date: only as a field at the start or end of a short line
    before, after = text[: span.begin].strip(), text[span.stop :].strip()
    # `School, Degree, Field, (December 2023)`: the date alone in parentheses ending the line
    last_field = after == ")" and re.search(r"[,|–—-]?\s*\($", before) is not None
    if len(text.split()) <= 14 and (
        not before
        or not after
        or last_field
        or re.match(r"^[|,;:–—-]", after)
        or before.endswith(("|", ",", "–", "-"))
    ):
        return span, None
    return None, None


def _repair_dangling(lines: list[Line]) -> list[Line]:
    """`2017 – Product Manager…` over `Present Leading…`: a date column that wrapped."""
    out = list(lines)
    for i in range(len(out) - 1):
        ln, nxt = out[i], out[i + 1]
        m = _LEADING_OPEN.match(ln.text)
        if not m:
            continue
        span = D.find_range(ln.text)
        if span is not None and span.start is not None and span.begin <= m.start("a") + 1:
            continue  # "2016 – 2018 Master of…": the range is complete
        nxt_span = D.find_range(nxt.text)
        if nxt_span is not None and nxt_span.start is not None and nxt_span.begin == 0:
            continue
        n = D.PRESENT_START_RE.match(nxt.text) or re.match(
            rf"^\s*(?:{D._DATE})(?![\w/])", nxt.text, re.IGNORECASE
        )
        if not n:
            continue
        end_text = n.group(0).strip()
        fixed = f"{m.group('a')} – {end_text} | {m.group('rest')}"
        out[i] = _with_text(ln, fixed)
        rest = nxt.text[n.end() :].strip()
        out[i + 1] = _with_text(nxt, rest) if rest else _with_text(nxt, "")
    return [ln for ln in out if ln.text.strip()]


def _with_text(line: Line, text: str) -> Line:
    cells = [c.strip() for c in re.split(r"\s\|\s", text)] if " | " in text else [text]
    return Line(
        text=text,
        cells=cells,
        x0=line.x0,
        x1=line.x1,
        y=line.y,
        size=line.size,
        bold=line.bold,
        italic=line.italic,
        page=line.page,
        column=line.column,
        style=line.style,
        list_item=line.list_item,
        gap_before=line.gap_before,
        font=line.font,
    )


def _style(line: Line) -> tuple[float, bool, bool]:
    """Size, bold, italic of the line's first cell (a right-aligned date does not change it)."""
    if len(line.cells) > 1 and line.lead_bold is not None and len(line.cell_sizes) == len(line.cells):
        return (round(line.cell_sizes[0], 1), line.lead_bold, bool(line.lead_italic))
    return (round(line.size, 1), line.bold, line.italic)


def _apart_range(ln: Line, found: tuple[D.DateSpan | None, int | None]) -> bool:
    """A range printed apart from the line's words: in a cell of its own, or the whole line."""
    span, cell = found
    return span is not None and span.start is not None and (cell is not None or D.is_date_only(ln.body))


def _shaped_dates(
    lines: list[Line], found: list[tuple[D.DateSpan | None, int | None]]
) -> list[tuple[D.DateSpan | None, int | None]]:
    """A row dated only by a year or a month closing its words (`Winnaar Effie Zilver 2020`) where
    the section's entries print a range apart (a cell or a line of their own, twice or more)
    repeats none of their shape: what the line tells, an award or an event, not an entry."""
    if sum(_apart_range(ln, f) for ln, f in zip(lines, found, strict=True)) < 2:
        return found
    # `Din ianuarie 2020` reads as `since` only where the page prints months we cannot read
    # (`ianuarie 2018 – martie 2020`); among ranges of years or of months we know, a word before
    # a year is no month (`Premio innovazione 2023`, `Stypendium rektora 2021`: an award's year)
    foreign = any(D.unknown_month(_date_text(ln, f)) for ln, f in zip(lines, found, strict=True))
    return [
        (None, None)
        if _closing_date(ln, f) or (not foreign and f[0] is not None and D.month_guessed(ln.body))
        else f
        for ln, f in zip(lines, found, strict=True)
    ]


def _wrapped_tails(
    lines: list[Line], found: list[tuple[D.DateSpan | None, int | None]]
) -> list[tuple[D.DateSpan | None, int | None]]:
    """`GOP-Steigerung … trotz pandemiebedingter` over `Schließungen 2019–21`: a date that closes
    a description line a narrow column wrapped, with the line's last words, is the description's,
    not a header's (see `_tail_of`)."""
    out = list(found)
    for i in range(1, len(lines)):
        if out[i][0] is not None and found[i - 1][0] is None and _tail_of(lines[i - 1], lines[i], found[i]):
            out[i] = (None, None)
    return out


def _description_tail(prev: Line, ln: Line) -> bool:
    """`Owned the migration of forty legacy services to containers,` over `coordinating 2019–21`:
    a description's sentence (or bullet) that a column wrapped, its dated end no header's wrap."""
    return (prev.bullet or prev.list_item or _sentence_line(prev.body)) and _tail_of(
        prev, ln, _header_date(ln)
    )


def _tail_of(prev: Line, ln: Line, found: tuple[D.DateSpan | None, int | None]) -> bool:
    """`ln` goes on with the description line `prev`: a bullet's (or a long plain line's) text that
    ends on no stop, then words that no header opens with (lower case; else a word or two, or CJK
    words, that name no employer, role, department or place) before a date in the same run, in the
    same look and size, under `prev`'s text."""
    span, cell = found
    if span is None or cell is not None or len(ln.cells) != 1 or ln.bullet or ln.list_item:
        return False
    head = ln.body[: span.begin].strip()
    above = prev.body.rstrip()
    if not head or not above or above.endswith(_ENDS_ITEM) or len(prev.cells) != 1:
        return False
    if prev.bold or ln.bold or (prev.italic, prev.size) != (ln.italic, ln.size):
        return False
    cjk = _cjk_run(head)
    if not (prev.bullet or prev.list_item or len(above) >= (15 if cjk else 30)):
        return False
    if not prev.x0 - 2 <= ln.x0 <= prev.x0 + 20:
        return False
    if not cjk and head[:1].islower():
        return True
    # a capitalised noun (`Schließungen 2020/21`) or CJK words: none a name, a role or a place
    return (
        (cjk or len(head.split()) <= 2)
        and title_score(head) <= 0
        and company_score(head) <= 0
        and not is_department(head)
        and not _known_place(head)
        and not _work_term(head)
    )


def _date_text(ln: Line, found: tuple[D.DateSpan | None, int | None]) -> str:
    """The words a row's date was read from (its cell's or its line's)."""
    span, cell = found
    if span is None:
        return ""
    return (ln.cells[cell] if cell is not None else ln.body)[span.begin : span.stop]


def _closing_date(ln: Line, found: tuple[D.DateSpan | None, int | None]) -> bool:
    """One date closing a line of words, in no cell of its own (`Winnaar Effie Zilver 2020`,
    `Type Rating Instructor since 2020`: a role told inside a job; not `2008 (3 months) Internship
    at Rio Tinto`, whose date opens the line as a margin's would)."""
    span, cell = found
    if span is None or cell is not None or D.is_date_only(ln.body):
        return False
    if span.start is not None and not (span.end == "present" and D.SINCE_RE.match(_date_text(ln, found))):
        return False
    found_again = D.find_range(ln.body)
    return (
        found_again is not None
        and bool(ln.body[: found_again.begin].strip())
        and not ln.body[found_again.stop :].strip(" .,;)")
    )


class _Context:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.left = min((ln.x0 for ln in lines), default=0.0)
        self.right = max((ln.x1 for ln in lines), default=0.0)
        long_styles: Counter[tuple[float, bool, bool]] = Counter()
        for ln in lines:
            if len(ln.text) >= 40 or ln.bullet:
                long_styles[_style(ln)] += len(ln.text)
        self.body_style = long_styles.most_common(1)[0][0] if long_styles else None
        self.dates = _wrapped_tails(lines, _shaped_dates(lines, [_header_date(ln) for ln in lines]))
        # When dated lines never use the body's look, every line in that look is a detail.
        anchor_sizes = {
            round(ln.size, 1)
            for ln, (span, cell) in zip(lines, self.dates, strict=True)
            if span and not ln.bullet
        }
        self.body_is_detail = bool(
            self.body_style is not None
            and anchor_sizes
            and self.body_style[0] not in anchor_sizes
            and len(lines) > 2
        )
        # The look of ordinary lines (by count, short ones included); when dated lines look
        # different, ordinary-looking lines after an entry's title lines are its description.
        plain: Counter[tuple[float, bool, bool]] = Counter()
        for ln, (span, _) in zip(lines, self.dates, strict=True):
            if span is None and not ln.bullet:
                plain[_style(ln)] += len(ln.text)
        self.plain_style = plain.most_common(1)[0][0] if plain else None
        anchor_styles = {_style(ln) for ln, (span, _) in zip(lines, self.dates, strict=True) if span}
        self.styled = (
            self.plain_style is not None and bool(anchor_styles) and self.plain_style not in anchor_styles
        )
        self.plain_is_body = not any((self.plain_style or (0.0, False, False))[1:])
        """Whether ordinary lines are in roman, as a description's are: italic or bold ones that
        outnumber the rest (`Globex Inc.` in italic under each title, one bullet per job) are a
        header's look, not the description's."""
        self.desc_run = False
        """Whether the detail run under way began as plain text under a line of dates."""
        self._plain: list[bool] | None = None
        self._to_header: list[bool] | None = None
        # where dated header lines start: a line there is a header's, never a bullet's broken-off rest
        self.header_x = {
            round(ln.x0) for ln, (span, _) in zip(lines, self.dates, strict=True) if span and not ln.bullet
        }
        first = next((i for i in range(len(lines)) if self.date_only(i)), None)
        self.heads_over_dates = first is not None and first > 0
        """Whether the section's first line of dates alone has lines above it: its entries print
        their header over their dates (LinkedIn: `Acme` / `Engineer` / `2019 - 2021`)."""

    def trim_after_anchor(self, group: list[int], anchor: int) -> tuple[list[int], list[int]]:
        """Split lines after an anchor into the rest of the header and the start of the details."""
        for n, i in enumerate(group):
            if i <= anchor or not self.sentence_under(i):
                continue
            if i > anchor + 1 or self.fields_beside_dates(anchor):
                # a line that reads as a sentence under a dated line that already holds separated
                # fields (`Engineer, Acme  2019 – 2021`), or under the header line after the dated
                # one (the employer's), is where the description starts
                return group[:n], group[n:]
            break
        if not self.styled:
            return group, []
        keep: list[int] = []
        after = 0
        for n, i in enumerate(group):
            ln = self.lines[i]
            if i <= anchor or self.dates[i][0] is not None:
                keep.append(i)
                continue
            if (
                after
                and _style(ln) == self.plain_style
                and self.plain_is_body
                and not looks_like_location(ln.text)
            ):
                return keep, group[n:]
            keep.append(i)
            after += 1
        return keep, []

    def fields_beside_dates(self, i: int) -> bool:
        """The dated line `i` holds its header's fields, separated (`Engineer, Acme  2019 – 2021`)."""
        return _fields_beside(self.lines[i])

    def sentence_under(self, i: int) -> bool:
        """Line `i` reads as a description's sentence in roman type (no glyph, not a place)."""
        ln = self.lines[i]
        return (
            not (ln.bold or ln.italic or ln.bullet)
            and self.dates[i][0] is None
            and not looks_like_location(ln.text)
            and _sentence_line(ln.text)
        )

    def title_under_anchor(self, i: int) -> bool:
        """A long title in its own look (italic or bold, not the body's) right under a dated
        header line, without a sentence's full stop: the role, however long."""
        ln = self.lines[i]
        if i == 0 or ln.bullet or not (ln.italic or ln.bold) or _style(ln) == self.body_style:
            return False
        prev_span, _ = self.dates[i - 1]
        text = ln.body
        return prev_span is not None and len(text.split()) < 20 and _sentence_end(text) == text

    def linked_under_anchor(self, i: int) -> bool:
        """`Software Engineer for Acme Corporation (San Francisco, CA).` under a line of dates: a
        header told as a phrase, however much it looks like a sentence."""
        if i == 0 or self.lines[i].bullet or len(self.lines[i].cells) > 1:
            return False
        prev = self.lines[i - 1]
        if self.dates[i - 1][0] is None or not D.is_date_only(prev.body):
            return False
        text = self.lines[i].body
        return len(text.split()) <= 16 and (
            len(_split_at(_sentence_end(text))) == 2 or told_role(text) is not None
        )

    def plain_under_anchor(self, i: int) -> bool:
        """`01/2019 – 08/2019  Research Assistant` over `Institute of Control Engineering` in the
        body's look, then the bullets: the employer line (or the title line) completing a header
        whose dated line holds one field, not the first line of the description."""
        ln = self.lines[i]
        if i == 0 or ln.bullet:
            return False
        span, _ = self.dates[i - 1]
        prev = self.lines[i - 1]
        if span is None or prev.bullet:
            return False
        rest = [c for c in prev.cells if not D.is_date_only(c)]
        head = _strip_dates(" ".join(rest)) if rest else ""
        if not head.strip() or re.search(r"\s[|·•–—]\s|,", head):
            return False  # the dated line already holds title and employer
        text = ln.body
        if len(text.split()) > 8 or text.endswith((".", ":")) or not text[:1].isupper():
            return False
        nxt = i + 1
        return nxt >= len(self.lines) or self.lines[nxt].bullet or self.dates[nxt][0] is not None

    def under_complete_header(self, i: int) -> bool:
        """`Software Engineer` (bold) / `Acme Corp, Boston` (italic) / `May 2024 – Present` /
        `Led a team of six engineers`: a plain line (the body's look) right under a line of dates
        alone, below two bold or italic header lines, is the entry's first detail (an entry
        without bullets), not more header; the header above is complete."""
        if i < 3:
            return False
        ln, dates_line = self.lines[i], self.lines[i - 1]
        if ln.bold or ln.italic or len(ln.cells) != 1 or ln.bullet or self.dates[i][0] is not None:
            return False
        if self.body_style is not None and _style(ln) != self.body_style:
            return False
        if dates_line.bullet or not D.is_date_only(dates_line.body):
            return False
        for j in (i - 2, i - 3):
            above = self.lines[j]
            if above.bullet or self.dates[j][0] is not None or not (above.bold or above.italic):
                return False
        text = ln.body
        long_enough = len(text.split()) >= 3 or (" " not in text and len(text) >= 6)  # CJK: no spaces
        return long_enough and not looks_like_location(text)

    def title_over_dates(self, i: int) -> bool:
        """`Engineer` in the body's type right over `2019 - 2021` in a smaller one (LinkedIn's
        grey dates), where entries print their header over their dates: the role, not the last
        line of the description above it."""
        ln = self.lines[i]
        text = ln.body
        return (
            self.heads_over_dates
            and i + 1 < len(self.lines)
            and self.date_only(i + 1)
            and not ln.bullet
            and len(ln.cells) == 1
            and len(text.split()) <= 10
            and _sentence_end(text) == text  # `Jefe de proyecto, Iberia Datos S.L.` ends a name
            and not text.endswith((":", "。"))
        )

    def header_under_dates(self, i: int) -> bool:
        """`Aug 2023 – Apr 2024` (small) over `Senior Data Analyst, Globex Inc.` in the body's type,
        where every entry prints its dates above its header (the section opens with them): the
        line right under the dates is the header, not the description's first line."""
        ln = self.lines[i]
        if self.heads_over_dates or i == 0 or ln.bullet or len(ln.cells) != 1 or not self.date_only(i - 1):
            return False
        text = ln.body
        return (
            len(text) <= 120
            and not _sentence_line(text)
            and _sentence_end(text) == text
            and not text.endswith((":", "。", "："))
        )

    def employer_over_title(self, i: int) -> bool:
        """`ПАО «Сигма Банк»` (bold) over `Руководитель проекта` over smaller dates: a short line in
        a look of its own, right over a title over its dates, is the header's first line (the
        employer), not the last line of the description above it."""
        ln = self.lines[i]
        # in a look of its own, or named with a legal form (CJK PDFs print no bold: `北京华信科技有限公司`)
        return (
            (((ln.bold or ln.italic) and _style(ln) != self.body_style) or company_score(ln.body) >= 1)
            and not ln.bullet
            and len(ln.cells) == 1
            and len(ln.body) <= 80
            and _sentence_end(ln.body) == ln.body  # `Solaris S.A.` ends a name, not a sentence
            and not ln.body.endswith((":", "。", "："))
            and i + 1 < len(self.lines)
            and self.title_over_dates(i + 1)
        )

    def over_date_line(self, i: int) -> bool:
        """`Bachelor of Science in Computer Science — University of Michigan` over a line of
        dates alone: the header those dates belong to, however long (dates below the header)."""
        if i + 1 >= len(self.lines) or self.lines[i].bullet or self.lines[i + 1].bullet:
            return False
        nxt = self.lines[i + 1]
        if self.dates[i + 1][0] is None or not D.is_date_only(nxt.body):
            return False
        text = self.lines[i].body
        return len(text) <= 120 and _sentence_end(text) == text and bool(re.search(r"\s[—–|·]\s|[,;]", text))

    def date_only(self, j: int) -> bool:
        other = self.lines[j]
        return not other.bullet and self.dates[j][0] is not None and D.is_date_only(other.body)

    def plain_text(self, i: int) -> bool:
        """A line in the body's look, undated, not a bullet, not a place, not shaped as a name or
        a title, naming no degree or school: text a header would not hold (computed once)."""
        if self._plain is None:
            self._plain = [self._plain_text(j) for j in range(len(self.lines))]
        return self._plain[i]

    def _plain_text(self, i: int) -> bool:
        ln = self.lines[i]
        if ln.bullet or ln.bold or len(ln.cells) != 1 or self.dates[i][0] is not None:
            return False
        look = self.body_style or self.plain_style  # CJK lines are short: no body look by length
        if look is None or _style(ln) != look or looks_like_location(ln.body):
            return False
        text = ln.body
        if DEGREE_RE.search(text) or INSTITUTION_WORDS.search(text):
            return False
        if " " not in text:  # CJK: a title or a name is short, a sentence is not
            return len(text) >= 10 and company_score(text) < 1
        if len(text.split()) < 3 or _org_shape(text) >= 1:
            return False
        return company_score(text) < 1 and title_score(text) <= 0

    def next_header_at(self, j: int) -> bool:
        """Line `j` starts an entry: past the end, a line in a header's own look, or a title
        right over its line of dates."""
        if j >= len(self.lines):
            return True
        ln = self.lines[j]
        if ln.bullet:
            return False
        look = self.body_style or self.plain_style
        if look is not None and _style(ln) != look and (ln.bold or ln.size > look[0]):
            return True
        return j + 1 < len(self.lines) and self.date_only(j + 1)

    def text_after_dates(self, i: int, prev_detail: bool) -> bool:
        """`Project Manager` / `2023 - 2025` / `Chicago, IL` / `Built the forecasting model`
        (LinkedIn's roles, descriptions without bullets): plain text right under a line of dates
        alone (and the place under it) is the role's description, and so is the plain text after
        it, up to the next entry's start. A header line after the dates and the place would not
        be in the description's look."""
        if i < 2 or not self.plain_text(i):
            return False
        if prev_detail and self.desc_run and not (i + 1 < len(self.lines) and self.date_only(i + 1)):
            return True
        prev = self.lines[i - 1]
        if looks_like_location(prev.body) and self.dates[i - 1][0] is None and self.date_only(i - 2):
            return True
        return self.date_only(i - 1) and self.plain_to_header(i + 1)

    def plain_to_header(self, j: int) -> bool:
        """Plain text runs from line `j` to the next entry's start (one pass from the end, kept:
        a scan from every line would be quadratic in a long section)."""
        if self._to_header is None:
            n = len(self.lines)
            ok = [True] * (n + 1)
            for k in range(n - 1, -1, -1):
                ok[k] = self.next_header_at(k) or (self.plain_text(k) and ok[k + 1])
            self._to_header = ok
        return self._to_header[min(j, len(self.lines))]

    def header_bullet(self, i: int) -> bool:
        """A bulleted line that is really an entry header (`• Google || Mountain View, CA`)."""
        ln = self.lines[i]
        if len(ln.cells) < 2 or len(ln.body) > 90:
            return False
        last = ln.cells[-1]
        if not (looks_like_location(last) or D.is_date_only(last)):
            return False
        return self.body_style is None or _style(ln) != self.body_style

    def is_detail(self, i: int, prev_detail: bool) -> bool:
        if not prev_detail:
            self.desc_run = False
        ln = self.lines[i]
        span, cell = self.dates[i]
        text = ln.body
        if span is not None and not (ln.bullet and cell is not None):
            return False
        if span is not None and ln.bullet and D.is_date_only(text):
            return False  # a bulleted date line heads its entry (`• sep 2016 – heden`)
        if ln.bullet:
            return not self.header_bullet(i)
        if len(ln.cells) >= 2 and (looks_like_location(ln.cells[-1]) or D.is_date_only(ln.cells[-1])):
            return False
        lead = ln.cell_sizes[0] if ln.cell_sizes else ln.size
        if self.body_is_detail and self.body_style is not None and abs(lead - self.body_style[0]) < 0.3:
            return not (
                self.plain_under_anchor(i)
                or self.title_under_anchor(i)
                or self.title_over_dates(i)
                or self.employer_over_title(i)
                or (self.heads_over_dates and self.over_date_line(i))
                or self.header_under_dates(i)
            )
        words = len(text.split())
        if self.linked_under_anchor(i) or self.over_date_line(i):
            return False
        if (len(text) >= 95 or words >= 14) and not ln.wrapped and not self.title_under_anchor(i):
            return True
        if text.endswith(".") and words >= 5 and _sentence_end(text) != text:
            return True  # a sentence; `Senior Data Analyst — Globex Inc.` ends a name, not one
        if text.endswith("。") and _cjk_run(text) and len(text) >= 12:
            return True  # a CJK sentence (`夜間の大学に通いながら週三日のパートタイムで勤務。`)
        if prev_detail:
            prev = self.lines[i - 1]
            if text[:1].islower() or text[:1] in "(&":
                return True
            if (
                ln.x0 > self.left + 4
                and round(ln.x0) not in self.header_x
                and _hand_broken(prev, ln, prev.body)
            ):
                return True
            if ln.x0 > self.left + 4 and abs(ln.size - prev.size) < 0.3 and abs(ln.x0 - prev.x0) < 12:
                return True
            if (
                self.body_style is not None
                and _style(ln) == self.body_style
                and words >= 8
                and len(ln.cells) == 1
            ):
                return True
        if len(ln.cells) >= 2 and (looks_like_location(ln.cells[-1]) or D.is_date_only(ln.cells[-1])):
            return False
        if self.under_complete_header(i):
            return True
        if self.text_after_dates(i, prev_detail):
            self.desc_run = True
            return True
        return bool(self.body_style is not None and _style(ln) == self.body_style and words >= 10)


def _runs(ctx: _Context) -> list[tuple[list[int], list[int]]]:
    """Alternate runs of header-like lines and the detail lines that follow them."""
    runs: list[tuple[list[int], list[int]]] = []
    prev_detail = False
    for i in range(len(ctx.lines)):
        detail = ctx.is_detail(i, prev_detail)
        if detail:
            if not runs:
                runs.append(([], []))
            runs[-1][1].append(i)
        elif runs and not runs[-1][1]:
            runs[-1][0].append(i)
        else:
            runs.append(([i], []))
        prev_detail = detail
    return runs


_DANGLING = re.compile(
    r"(?i)(?:(?<![/\\.'’-])\b(?:of|for|and|the|at|in|on|de|du|des|la|le|der|die|das|und|für|di|del|della|da|do|dos|"
    r"das|van|voor|en|et|y|e|i|и|в|для|w|dla|oraz)|[,&/+–—-])$"
)


def _join_wrapped_headers(lines: list[Line]) -> list[Line]:
    """`B.S. in Computer Science, University of` / `Michigan`: a header line whose text ends on a
    word that cannot end it (`of`, `and`, a comma) continues on the next line. Likewise a long
    title in its own look (italic, bold) that wraps: `... Motor Based` / `on B-splines`, the
    second line in the same look and place, starting in lower case. The joined line is marked
    `wrapped`: its length says nothing about it being a description."""
    body = _body_look(lines)
    right = max((ln.x1 for ln in lines), default=0.0)
    out: list[Line] = []
    for i, ln in enumerate(lines):
        prev = out[-1] if out else None
        if (
            prev is not None
            and not ln.bullet
            and not prev.bullet
            and len(ln.cells) == 1
            and len(ln.text) <= 60
            and not D.is_date_only(ln.text)
            and (
                _DANGLING.search(prev.cells[0] if prev.cells else prev.text)
                or _wrapped_title(prev, ln, body, right)
                or _wrapped_beside_dates(prev, ln)
                or _wrapped_over_dates(prev, ln, lines[i + 1] if i + 1 < len(lines) else None)
                or _legal_form_wrapped(prev, ln)
            )
            and not _description_tail(prev, ln)
        ):
            head = (prev.cells[0] if prev.cells else prev.text).rstrip()
            joined = join_wrapped(head, ln.text)
            cells = [joined, *prev.cells[1:]] if prev.cells else [joined]
            out[-1] = replace(prev, text=" ".join(cells), cells=cells, wrapped=True)
            continue
        out.append(ln)
    return out


_FORM_JOINERS = frozenset({"&", "co", "z", "oo", "o.o"})
"""Words between a legal form's parts (`GmbH & Co. KG`, `Sp. z o.o.`)."""


def _legal_form_wrapped(prev: Line, ln: Line) -> bool:
    """`... presso Tessitura Rossi` over `S.p.A.`: a line that is only a company's legal form, in
    the look of the header line above it, is that line's wrapped end (no name is a legal form
    alone), whatever words the header holds."""
    toks = ln.text.replace("&", " & ").split()
    return (
        bool(toks)
        and ln.bold == prev.bold
        and abs(ln.size - prev.size) < 0.5
        and all(legal_form(t) or t.casefold().rstrip(".") in _FORM_JOINERS for t in toks)
        and any(legal_form(t) for t in toks)
    )


def _wrapped_over_dates(prev: Line, ln: Line, nxt: Line | None) -> bool:
    """`Бакалавр, Прикладная математика — Санкт-Петербургский политехнический` over `университет`
    over `2006 — 2009`: a header of separated fields wrapped before its line of dates; the piece
    between them is short, in lower case, in the same look and place."""
    return (
        nxt is not None
        and not nxt.bullet
        and D.is_date_only(nxt.text)
        and len(prev.cells) == 1
        and bool(re.search(r"\s[—–|·]\s|,", prev.text))
        and D.find_range(prev.text) is None
        and ln.text[:1].islower()
        and len(ln.text.split()) <= 3
        and (prev.bold, prev.italic) == (ln.bold, ln.italic)
        and abs(prev.size - ln.size) < 0.3
        and abs(prev.x0 - ln.x0) < 2
    )


def _wrapped_beside_dates(prev: Line, ln: Line) -> bool:
    """`Grado en ..., Universidad Complutense | 2015 – 2016` (or the dates first on the line) over
    `de Madrid`: the header's text wrapped beside its dates; the piece below starts in lower case,
    in the same look and place, and holds no date."""
    lead = D.find_range(prev.text) if len(prev.cells) == 1 else None
    return (
        (
            (len(prev.cells) == 2 and D.is_date_only(prev.cells[-1]))
            or (lead is not None and lead.start is not None and not prev.text[: lead.begin].strip())
        )
        and ln.text[:1].islower()
        and (prev.bold, prev.italic) == (ln.bold, ln.italic)
        and abs(prev.size - ln.size) < 0.3
        and abs(prev.x0 - ln.x0) < 2
        and D.find_range(ln.text) is None
    )


def _body_look(lines: list[Line]) -> tuple[float, bool, bool] | None:
    looks: Counter[tuple[float, bool, bool]] = Counter()
    for ln in lines:
        looks[(round(ln.size, 1), ln.bold, ln.italic)] += len(ln.text)
    return looks.most_common(1)[0][0] if looks else None


def _wrapped_title(prev: Line, ln: Line, body: tuple[float, bool, bool] | None, right: float) -> bool:
    look = (round(prev.size, 1), prev.bold, prev.italic)
    first = ln.text.split()[0] if ln.text.split() else ""
    per_char = (ln.x1 - ln.x0) / max(len(ln.text), 1)
    # the next line's first word would not have fitted at the end of this one: the line wrapped
    no_room = right > 0 and ln.x1 > ln.x0 and prev.x1 + per_char * (len(first) + 1) > right
    return (
        (prev.bold or prev.italic)
        and look != body
        and look == (round(ln.size, 1), ln.bold, ln.italic)
        and len(prev.cells) == 1
        # a long line that wrapped; or a shorter one whose next line goes on in lower case (`Head
        # of Customer Success` over `and Partner Operations`): no title nor employer starts so
        and (
            (len(prev.text) >= 40 and (ln.text[:1].islower() or no_room))
            or (len(prev.text) >= 16 and _goes_on(ln.text))
        )
        and abs(ln.x0 - prev.x0) < 2
        and not prev.text.rstrip().endswith((".", ";", ":", "!", "?"))
    )


def _goes_on(text: str) -> bool:
    """A line that starts in lower case with a word (`and Partner Operations`, `grands comptes`),
    not a brand written so (`eBay`, `iOS Developer`: a capital inside the first word)."""
    first = text.split(maxsplit=1)[0] if text.split() else ""
    return first[:1].islower() and first.islower()


_DURATION_REST = re.compile(rf"(?i)^\s*(?:\d{{1,2}}\s*)?{_UNIT}\s*\)?\s*$")
"""The rest of a duration wrapped onto a line of its own (`(3 Jahre, 11` over `Monate)`)."""


def _without_durations(lines: list[Line]) -> list[Line]:
    """LinkedIn prints `1 yr 11 mos` under an employer and `(9 mos)` after dates: computed, dropped.
    A duration that a narrow date column wrapped is joined first, then dropped."""
    out: list[Line] = []
    skip = False
    for i, ln in enumerate(lines):
        if skip:
            skip = False
            continue
        if _DURATION.match(ln.text.strip()):
            continue
        rest = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
        joined = f"{ln.cells[-1]} {rest}" if ln.cells else ""
        if (
            rest
            and _DURATION_REST.match(rest)
            and (_PAREN_DURATION.search(joined) or _range_without_length(joined))
        ):
            ln = replace(ln, text=f"{ln.text} {rest}", cells=[*ln.cells[:-1], f"{ln.cells[-1]} {rest}"])  # noqa: PLW2901
            skip = True
        if _PAREN_DURATION.search(ln.text):
            cells = [c2 for c in ln.cells if (c2 := _after_dates(c).strip())]
            out.append(replace(ln, text=_after_dates(ln.text).strip(), cells=cells or [ln.text]))
        else:
            out.append(_without_trailing_length(ln))
    return out


def _without_trailing_length(ln: Line) -> Line:
    """`Jun, 2018 - Mar, 2021  2 years 9 months` (a theme's grey dates): the range alone, also
    where the range and its length are the last cell of an employer's line."""
    text = _range_without_length(ln.text)
    if text is None:
        last = ln.cells[-1] if len(ln.cells) > 1 else ""
        kept = _range_without_length(last) if last and ln.text.endswith(last) else None
        if kept is None:
            return ln
        return replace(ln, text=ln.text[: len(ln.text) - len(last)] + kept, cells=[*ln.cells[:-1], kept])
    cells = [_range_without_length(c) or c for c in ln.cells if not _DURATION.match(c.strip())]
    return replace(ln, text=text, cells=cells or [text])


def _range_without_length(text: str) -> str | None:
    """`text` without the length after its range, or None when it is not a range and a length."""
    m = _TRAIL_DURATION.search(text)
    if m is None or not m.group(0).strip() or not D.is_date_only(text[: m.start()]):
        return None
    return text[: m.start()].rstrip()


def _glyph(line: Line) -> bool:
    """A bullet glyph printed in the line's own text (`▪ Arbeit im Bereich...`)."""
    t = line.text.lstrip()
    return len(t) > 1 and t[0] in BULLETS and t[1] in " \t"


def _indented_headers(lines: list[Line]) -> list[Line]:
    """A Word list item with no glyph of its own, right under a dated line, in a section whose
    bullets print their glyph, is a header line indented with a list style (`Institut für
    Fertigungstechnik (LUH)` between `01/10/2017-31/08/2018  Wissenschaftliche Hilfskraft` and
    `▪ Durchführung von Versuchen...`), not a bullet."""
    if not any(_glyph(ln) for ln in lines):
        return lines
    out = list(lines)
    for i in range(1, len(out)):
        ln, prev = out[i], out[i - 1]
        if not ln.list_item or _glyph(ln) or _glyph(prev) or prev.list_item:
            continue
        if len(ln.text.split()) > 12 or _sentence_end(ln.text) != ln.text:
            continue
        if _header_date(prev)[0] is not None:
            out[i] = replace(ln, list_item=False)
    return out


def _after_dates(text: str) -> str:
    """`text` without the durations that follow its dates (`2019 - Present (3 yrs)`); one after a
    title's terms stays (`Software Engineer – Contract (6 months)`)."""

    def drop(m: re.Match[str]) -> str:
        before = text[: m.start()].rstrip()
        span = D.find_range(before)
        return "" if span is not None and not before[span.stop :].strip(" ·,") else m.group(0)

    return _PAREN_DURATION.sub(drop, text)


_RANGE_TAIL = re.compile(r"^\s*[–—-]\s*\S")


def _range_continued(prev: Line, ln: Line) -> bool:
    """`University | Bachelor, Applied Mathematics | 2015` over `– 2016`: a header line that
    wrapped inside its date range; the second line is the range's end and nothing else."""
    if len(ln.cells) != 1 or len(ln.text) > 40:
        return False
    if (prev.bold, prev.italic) != (ln.bold, ln.italic) or prev.bullet or ln.list_item:
        return False
    last = prev.cells[-1] if prev.cells else prev.text
    if not _RANGE_TAIL.match(ln.text):
        return _cut_range_ends(last, ln.text)  # `... | 2003 —` over `2007`: the break after the dash
    before = D.find_range(last)
    if before is None or before.start is not None or last[before.stop :].strip():
        return False  # the line must end on a single date, not a range or words
    after = D.find_range(f"{last} {ln.text.strip()}")
    return after is not None and after.start is not None and after.stop >= len(last) + len(ln.text.strip())


def _cut_range_ends(cut: str, rest: str) -> bool:
    """`März 2021 –`, `2017年10月～`, `С 03.2021 по`, `De marzo de 2021 a junio de` over a lone
    date: a range cut by the line's end (a date or a `since` one, then its dash or range word), its
    end the next line; joined, one closed range."""
    open_end = D.CUT_TAIL.search(cut)
    if open_end is None or not D.is_date_only(rest):
        return False
    span = D.find_range(rest)
    if span is None or span.start is not None:
        return False
    head = D.find_range(cut[: open_end.start()])
    if head is None or (head.start is not None and head.end not in {"present", None}):
        return False
    if cut[head.stop : open_end.start()].strip():
        return False
    joined = D.find_range(f"{cut} {rest.strip()}")
    return joined is not None and joined.start is not None and joined.end != "present"


def _margin_range_continued(prev: Line, ln: Line) -> bool:
    """`janeiro de 2014 -` (beside its employer) over `setembro de 2017`, down a margin column: the
    range wrapped in its narrow cell (PDF), its end alone on the next line at the cell's edge."""
    if ln.x1 <= 0 or len(prev.cells) < 2 or len(ln.cells) != 1 or abs(ln.x0 - prev.x0) > 3:
        return False
    return (prev.bold, prev.italic) == (ln.bold, ln.italic) and _cut_range_ends(prev.cells[0], ln.text)


def _join_wrapped_dates(lines: list[Line]) -> list[Line]:
    """`Iberia Datos S.L.      agosto de 2023 – abril de` over a lone `2024` at the right edge: a
    date cell too narrow for its range wrapped; the pieces are one date."""
    out: list[Line] = []
    for line in lines:
        ln = line
        prev = out[-1] if out else None
        if prev is not None and _range_continued(prev, ln):
            cells = [*prev.cells[:-1], f"{prev.cells[-1] if prev.cells else prev.text} {ln.text.strip()}"]
            out[-1] = replace(prev, text=" ".join(cells), cells=cells)
            continue
        if prev is not None and _margin_range_continued(prev, ln):
            cells = [f"{prev.cells[0]} {ln.text.strip()}", *prev.cells[1:]]
            out[-1] = replace(prev, text=" ".join(cells), cells=cells)
            continue
        if (
            prev is not None
            and ln.x1 > 0
            and len(prev.cells) >= 2
            and len(ln.cells) == 1
            and len(ln.text.split()) <= 3
            and abs(ln.x1 - prev.x1) < 3
            and ln.x0 > (prev.x0 + prev.x1) / 2
        ):
            cell = prev.cells[-1]
            joined = f"{cell} {ln.text.strip()}"
            before, after = D.find_range(cell), D.find_range(joined)
            if (
                D.is_date_only(joined)
                and after is not None
                and (before is None or (before.start, before.end) != (after.start, after.end))
            ):
                cells = [*prev.cells[:-1], joined]
                out[-1] = replace(prev, text=" ".join(cells), cells=cells)
                continue
        if (
            prev is not None
            and ln.x1 > 0
            and len(prev.cells) >= 2
            and len(ln.cells) >= 2
            and abs(ln.x1 - prev.x1) < 3
            and len(ln.cells[-1].split()) <= 3
        ):
            # the same in a table's date cell beside the next header line: `Brandt AG | August
            # 2023 – April` over `Projektleiterin | 2024`
            joined = f"{prev.cells[-1]} {ln.cells[-1].strip()}"
            before, after = D.find_range(prev.cells[-1]), D.find_range(joined)
            if (
                D.is_date_only(joined)
                and after is not None
                and after.start is not None
                and (before is None or (before.start, before.end) != (after.start, after.end))
            ):
                cells = [*prev.cells[:-1], joined]
                out[-1] = replace(prev, text=" ".join(cells), cells=cells)
                rest = ln.cells[:-1]
                ln = replace(ln, text=" ".join(rest), cells=rest, cell_sizes=ln.cell_sizes[:-1])
        if (
            prev is not None
            and ln.x1 > 0
            and len(prev.cells) >= 2
            and len(ln.cells) >= 2
            and abs(ln.x0 - prev.x0) < 3
            and len(ln.cells[0].split()) <= 3
        ):
            # the same in a margin column of dates: `Aug 2023 – Apr | Title` over `2024 | Employer`
            joined = f"{prev.cells[0]} {ln.cells[0].strip()}"
            before, after = D.find_range(prev.cells[0]), D.find_range(joined)
            if (
                D.is_date_only(joined)
                and after is not None
                and (before is None or (before.start, before.end) != (after.start, after.end))
            ):
                cells = [joined, *prev.cells[1:]]
                out[-1] = replace(prev, text=" ".join(cells), cells=cells)
                rest = ln.cells[1:]
                column = [o.x0 for o in lines if len(o.cells) == 1 and ln.x0 + 10 < o.x0 < ln.x1]
                ln = replace(
                    ln,
                    text=" ".join(rest),
                    cells=rest,
                    x0=min(column, default=ln.x0),
                    cell_sizes=ln.cell_sizes[1:],
                    lead_bold=None,
                    lead_italic=None,
                )
        out.append(ln)
    return out


_STACK_SEP = frozenset("|｜–—-~～")
_STACK_REACH = 3
"""How many lines below a margin date its separator and its other end may sit (the content
column's lines interleave with the margin's: a title, an employer, a first bullet)."""


def _single_date(text: str) -> str | None:
    """`2015`, `Aug 2023`, `Current`: the date a margin cell holds alone, normalized, else None."""
    t = text.strip()
    if D.PRESENT_RE.match(t):
        return "present"
    span = D.find_range(t) if D.is_date_only(t) else None
    return span.end if span is not None and span.start is None else None


def _stack_cells(ln: Line, x0: float) -> tuple[str, bool] | None:
    """The margin cell of `ln` (its first), and whether it is a line of its own, when `ln` starts
    in the margin column that starts at `x0`."""
    if abs(ln.x0 - x0) > 24 or ln.bullet:
        return None
    return (ln.cells[0] if ln.cells else ln.text), len(ln.cells) <= 1


def _without_margin_cell(ln: Line, lines: list[Line]) -> Line | None:
    """`ln` without its first (margin) cell, starting where the content column's lines start;
    None when the margin cell was all of it."""
    rest = ln.cells[1:]
    if not rest:
        return None
    column = [o.x0 for o in lines if len(o.cells) <= 1 and ln.x0 + 10 < o.x0 < ln.x1]
    return replace(
        ln,
        text=" ".join(rest),
        cells=rest,
        x0=min(column, default=ln.x0),
        cell_sizes=ln.cell_sizes[1:],
        lead_bold=None,
        lead_italic=None,
    )


def _next_in_margin(lines: list[Line], after: int, x0: float) -> tuple[int, str] | None:
    """The next line after `after` (within reach) that starts in the margin column at `x0`, with
    its margin cell; lines of the content column between are passed over."""
    for j in range(after + 1, min(after + 1 + _STACK_REACH, len(lines))):
        cell = _stack_cells(lines[j], x0)
        if cell is not None:
            return j, cell[0].strip()
    return None


def _stacked_margin_dates(lines: list[Line]) -> list[Line]:
    """`Current` / `|` / `2015` down a margin column (R Markdown CVs print a range's end over a bar
    over its start): one range, `2015 – Current`, in the top line's margin cell. The bar and the
    start may share their lines with the content column beside them (an employer, a bullet)."""
    out = list(lines)
    i = 0
    while i < len(out):
        top = out[i]
        head = _stack_cells(top, top.x0)
        late = _single_date(head[0]) if head is not None else None
        bar = _next_in_margin(out, i, top.x0) if late is not None else None
        low = _next_in_margin(out, bar[0], top.x0) if bar is not None and bar[1] in _STACK_SEP else None
        early = _single_date(low[1]) if low is not None else None
        if head is None or late is None or bar is None or low is None or early in (None, "present"):
            i += 1
            continue
        early_text, late_text = low[1], head[0].strip()
        if late != "present" and str(early) > late:
            early_text, late_text = late_text, early_text  # printed start over end
        joined = f"{early_text} – {late_text}"
        span = D.find_range(joined)
        if span is None or span.start is None or not D.is_date_only(joined):
            i += 1
            continue
        cells = [joined, *top.cells[1:]] if top.cells else [joined]
        out[i] = replace(top, text=" ".join(cells), cells=cells)
        for j in (low[0], bar[0]):  # the later index first: deleting it keeps the other's place
            rest = _without_margin_cell(out[j], lines)
            if rest is None:
                del out[j]
            elif j == bar[0] and _right_piece_of_next(out[j], rest, out[j + 1] if j + 1 < len(out) else None):
                nxt = out[j + 1]
                cells = [nxt.text, *rest.cells]
                out[j + 1] = replace(nxt, text=" ".join(cells), cells=cells, x1=rest.x1)
                del out[j]
            else:
                out[j] = rest
        i += 1
    return out


def _right_piece_of_next(bar: Line, rest: Line, nxt: Line | None) -> bool:
    """`|      Vanderbilt University` over `TBILab (Yaomin Xu's Lab)`: the piece beside the bar is
    the right-aligned end of the line below (printed a size larger, its baseline fell lower), not
    a line of its own."""
    return (
        nxt is not None
        and len(rest.cells) == 1
        and len(rest.text.split()) <= 5
        and len(nxt.cells) <= 1
        and not nxt.bullet
        and D.find_range(nxt.text) is None
        and nxt.x1 < bar.x1 - 72
        and abs(nxt.y - bar.y) < 1.5 * max(bar.size, 1.0)
        and nxt.page == bar.page
    )


def _lines_like_first(ctx: _Context, first: int, anchor: int, k: int, start: int) -> int:
    """How many of the `k` lines above `anchor` its header takes: as many as look like the
    lines above the first anchor, offset by offset. LinkedIn prints the employer (larger, bold)
    over the first role only; the next role's title is preceded by the last line of the role
    before, in the body's look, which is not part of this header."""
    if k < 2 or first - k < start:
        return k
    matched = 0
    for j in range(1, k + 1):
        i, ref = anchor - j, first - j
        if i < 0 or ctx.dates[i][0] is not None or _style(ctx.lines[i]) != _style(ctx.lines[ref]):
            break
        matched += 1
    return matched if matched >= 1 else k


def entry_lines(lines: list[Line]) -> list[Line]:
    """A section's lines made ready to cut into entries: wrapped headers and dates joined, stacked
    margin dates made one, computed durations dropped."""
    return _repair_dangling(
        _join_wrapped_headers(
            _join_wrapped_dates(_stacked_margin_dates(_without_durations(_indented_headers(lines))))
        )
    )


def split_entries(lines: list[Line]) -> list[Entry]:
    """Group a section's lines into entries anchored on their dates."""
    lines = entry_lines(lines)
    if not lines:
        return []
    ctx = _Context(lines)
    runs = _runs(ctx)
    entries: list[Entry] = []
    k_above: int | None = None
    for run_head, details in runs:
        head = run_head
        anchors = [i for i in head if ctx.dates[i][0] is not None]
        carried = [i for i in details if ctx.dates[i][0] is not None]
        if len(anchors) <= 1:
            moved: list[int] = []
            if anchors:
                head, moved = ctx.trim_after_anchor(head, anchors[0])
            entry = Entry(header=[lines[i] for i in head], details=[lines[i] for i in moved + details])
            date_line = (
                anchors[0] if anchors else (carried[0] if carried and carried[0] == details[0] else None)
            )
            if date_line is None and carried and head:
                date_line = carried[0]
            if date_line is not None:
                _set_dates(entry, ctx.dates[date_line][0])
            if anchors and k_above is None and head:
                k_above = head.index(anchors[0])
            entries.append(entry)
            continue
        # several dated headers in one run: each anchor takes as many lines above it as the
        # first entry did; lines left between two entries are the previous entry's details
        first_k = head.index(anchors[0])
        k = k_above if k_above is not None else first_k
        if k_above is None:
            k_above = first_k
        below_first = anchors[0] == head[0]
        groups: list[list[int]] = []
        if below_first:
            # anchor first: the lines after each anchor, up to the next one, are its header
            extras: dict[int, list[int]] = {}
            for a_i, a in enumerate(anchors):
                stop = anchors[a_i + 1] if a_i + 1 < len(anchors) else head[-1] + 1
                group, moved = ctx.trim_after_anchor([i for i in head if a <= i < stop], a)
                groups.append(group)
                if moved:
                    extras[a_i] = moved
        else:
            extras = {}
            # lines after the last anchor (when no details follow) show how many header lines
            # come after an anchor in this document ("Company" / "dates" / "Title")
            tail = [i for i in head if i > anchors[-1]]
            short_tail = _short_tail(lines, tail)
            described = (
                not short_tail
                and bool(tail)
                and _sentence_line(lines[tail[0]].text)
                and _body_under(lines[anchors[-1]], lines[tail[0]])
            )
            # with no bullets, how many lines under each entry's dates are still its header: the
            # short ones (a place, an employer), else all of them unless the first is a sentence
            # in body type under a styled header (a description printed without glyphs)
            k_below = min(short_tail or (0 if described else len(tail)), 2) if not details else 0
            prev_end = head[0] - 1
            for a_i, a in enumerate(anchors):
                take = first_k if a_i == 0 else _lines_like_first(ctx, anchors[0], a, k, head[0])
                if a_i > 0:
                    between = list(range(prev_end + 1, a))
                    below = between[: min(k_below, max(0, len(between) - take))]
                    groups[-1].extend(below)
                    prev_end += len(below)
                lo = max(prev_end + 1, a - take)
                if a_i > 0 and lo > prev_end + 1:
                    extras.setdefault(a_i - 1, []).extend(range(prev_end + 1, lo))
                groups.append(list(range(lo, a + 1)))
                prev_end = a
            if tail:
                # `May 2024 - Present` then `San Francisco, CA` then a short description line:
                # a place (or a short line) stays in the header, what follows is the description
                kept = short_tail
                after_first = [i for i in groups[0] if i > anchors[0]]
                places = bool(after_first) and all(looks_like_location(lines[i].text) for i in after_first)
                kept = kept if kept or places or described else len(tail)
                groups[-1].extend(tail[:kept])
                if tail[kept:]:
                    extras.setdefault(len(groups) - 1, []).extend(tail[kept:])
        for g_i, g in enumerate(groups):
            entry = Entry(header=[lines[i] for i in g])
            entry.details = [lines[i] for i in extras.get(g_i, [])]
            if g_i == len(groups) - 1:
                entry.details += [lines[i] for i in details]
            span = next((ctx.dates[i][0] for i in g if ctx.dates[i][0] is not None), None)
            if span is not None:
                _set_dates(entry, span)
            entries.append(entry)
    labels = _sublabels(entries)
    for e in entries:
        _label_to_details(e, labels)
    for prev, e in itertools.pairwise(entries):
        # `Tech stack: Python, PostgreSQL, AWS` under a job's bullets closes that job
        while (
            prev.details
            and (len(e.header) > 1 or not e.has_date)
            and e.header
            and _labelled_list(e.header[0].text)
        ):
            prev.details.append(e.header.pop(0))
    return _labels_to_previous([e for e in entries if e.header or e.details])


def _labels_to_previous(entries: list[Entry]) -> list[Entry]:
    """`Stack utilizada:` / `Atividades efetuadas:` over a list, after a job's first lines: an
    undated label alone opens more of that job's description, not an entry (read as an employer
    line over the roles to come, its list was lost)."""
    out: list[Entry] = []
    for e in entries:
        if out and not e.has_date and e.header and all(_label(ln.text) for ln in e.header):
            out[-1].details += [*e.header, *e.details]
        else:
            out.append(e)
    return out


def _labelled_list(text: str) -> bool:
    """`Tech stack: Python, PostgreSQL, AWS`, `使用技術：Python、AWS、Go`: a short label, a colon,
    three or more items; no date."""
    m = re.match(r"^\s*([^\W\d][^:：,，、]{0,30}?)\s*[:：]\s*(\S.*)$", text)
    if m is None or D.find_range(text) is not None:
        return False
    return len([p for p in re.split(r"[,，、;/|]", m[2]) if p.strip()]) >= 3


def _long_line(text: str) -> bool:
    """More words than a header field holds (CJK: more characters than a name or a role)."""
    return len(text.split()) > 4 or (_cjk_run(text) and len(text.strip()) > 14)


def _sentence_line(text: str) -> bool:
    """A description's line, not a name: long, no organisation's suffix, and (outside CJK) most of
    its words in lower case (`Pilotage d'une équipe de cinq développeurs`, not `Wisła Logistyka
    Sp. z o.o.`)."""
    if not _long_line(text) or company_score(text) >= 1:
        return False
    if _cjk_run(text):
        return True
    ws = [w for w in text.split() if re.search(r"[^\W\d_]", w)]
    caps = sum(1 for w in ws if w[:1].isupper())
    return len(ws) > 4 and caps <= len(ws) / 3


def _short_tail(lines: list[Line], tail: list[int]) -> int:
    """How many of the lines under a section's last dates are short (a place, a name): header."""
    kept = 0
    for i in tail:
        text = lines[i].text
        if not (looks_like_location(text) or not _long_line(text)):
            break
        kept += 1
    return kept


def _body_under(anchor: Line, ln: Line) -> bool:
    """`ln`, under a dated header line set in bold or italics, is in roman type: body text."""
    size, bold, italic = _style(anchor)
    return (bold or italic) and not (ln.bold or ln.italic) and round(ln.size, 1) <= size


def _label(text: str) -> bool:
    """A line that is a label alone: a few words, a colon, no separator, no date."""
    t = text.strip()
    if not t.endswith((":", "：")):
        return False
    body = t.rstrip(":：").strip()
    return (
        0 < len(body) <= 40
        and len(body.split()) <= 4
        and not re.search(r"[|·•–—,.;]|\s-\s", body)
        and D.find_range(body) is None
    )


def _label_shaped(e: Entry) -> bool:
    """Whether the last of an entry's header lines can be a label over its bullets: one to three
    words in bold or italics, no digit, no separator, no legal form, smaller than the
    header's first line, and the lines above it hold the header's fields without it (`Title,
    Employer` over its dates; the employer over the title)."""
    if len(e.header) < 2:
        return False
    last, t, rest = e.header[-1], e.header[-1].text.strip(), e.header[:-1]
    return (
        (last.bold or last.italic)
        and round(last.size, 1) < round(e.header[0].size, 1) - 0.4
        and 0 < len(t) <= 30
        and len(t.split()) <= 3
        and not re.search(r"[\d|·•–—,.;:()]|\s-\s", t)
        and not any(legal_form(w) for w in words(t))
        and (_holds_fields(rest) or sum(not D.is_date_only(ln.body) for ln in rest) >= 2)
    )


def _sublabels(entries: list[Entry]) -> set[str]:
    """Header lines that label an entry's bullets (`HIGHLIGHTS`, `Réalisations` under a job's
    dates): a section's name, or the same words so closing two entries' headers, each of which
    holds its title and employer without them (an employer printed again over each role, under
    a title line alone, is that role's employer)."""
    shaped = Counter(normalize_key(e.header[-1].text) for e in entries if _label_shaped(e))
    closing = Counter(normalize_key(e.header[-1].text) for e in entries if len(e.header) > 1)
    return {k for k, n in shaped.items() if k in lexicon().headings or (n >= 2 and n == closing[k])}


def _label_to_details(e: Entry, labels: set[str] | frozenset[str] = frozenset()) -> None:
    """`Key achievements:` / `Réalisations :` closing a header over its bullets labels them: it is
    the description's first line, not a header field. A plain line between a header that holds
    its fields already and such a label (`项目经理 | 深圳云帆网络科技有限公司  2023年～2025年` /
    `将云服务成本降低百分之三十` / `主要职责：`) is the description's first line too."""
    while e.details and len(e.header) > 1 and _label(e.header[-1].text):
        e.details.insert(0, e.header.pop())
    while e.details and _label_shaped(e) and normalize_key(e.header[-1].text) in labels:
        e.details.insert(0, e.header.pop())
    if (
        e.details
        and len(e.header) > 1
        and _label(e.details[0].text)
        and not (e.header[-1].bold or e.header[-1].italic or e.header[-1].bullet)
        and _holds_fields(e.header[:-1])
    ):
        e.details.insert(0, e.header.pop())


def _holds_fields(header: list[Line]) -> bool:
    """The header's last line is dated and holds separated fields beside its dates, or is dates
    alone under such a line (`Engineer, Acme` / `2019 – 2021`)."""
    last = header[-1]
    if D.is_date_only(last.body) and len(header) > 1:
        last = header[-2]
    elif _header_date(last)[0] is None:
        return False
    return _fields_beside(last, wide=True) and not _sentence_line(last.text)


def _fields_beside(ln: Line, *, wide: bool = False) -> bool:
    """`ln`, without its dates, holds separated fields (`Engineer, Acme  2019 – 2021`); `wide`: a
    CJK full-width comma separates too."""
    rest = [c for c in ln.cells if not D.is_date_only(c)]
    head = _strip_dates(" ".join(rest)) if rest else ""
    return bool(head.strip()) and bool(re.search(r"\s[|·•–—]\s|[,，]" if wide else r"\s[|·•–—]\s|,", head))


def _set_dates(entry: Entry, span: D.DateSpan | None) -> None:
    if span is None:
        return
    entry.start, entry.end, entry.has_date = span.start, span.end, True


# ----------------------------------------------------------------------------------------------
# Entry header -> fields


_DATE_FILLER = re.compile(
    r"(?i)\b(expected\s+graduation|expected|graduated|graduation|grad\.|anticipated|class of|"
    + "|".join(re.escape(w) for w in lexicon().since if len(w) > 1)
    + r")\s*:?\s*(?=\||$)"
)


def _strip_dates(text: str) -> str:
    if D.find_range(text) is not None:
        text = D.EXPECTED_LABEL.sub(" ", text)  # `..., Voraussichtlicher Abschluss: 2026`
    span = D.find_range(text)
    while span is not None:
        text = (text[: span.begin] + " | " + text[span.stop :]).strip()
        span = D.find_range(text)
    text = re.sub(r"\(\s*\|\s*\)", " | ", text)  # `(Dezembro 2023)` leaves no empty parentheses
    return _DATE_FILLER.sub(" ", text)


def _comma_parts(group: str) -> list[str]:
    # `ソフトウェアエンジニア，株式会社サクラテック`: CJK writes the comma full width; a CJK sentence
    # (a full stop or semicolon in it, or long) keeps its commas
    wide = len(group) <= 60 and not re.search(r"[。；]", group)
    comma = r"[,，]" if wide else r","
    parts = [p.strip() for p in re.split(comma + r"\s*(?![^()（）]*[)）])", group) if p.strip()]
    merged: list[str] = []
    for p in parts:
        low = p.casefold().rstrip(".")
        if (
            merged
            and p.strip(" .") not in _US_STATES  # `Denver, CO` is Colorado, not `Co.`
            and low
            in {
                "inc",
                "llc",
                "ltd",
                "l.l.c",
                "co",
                "corp",
                "gmbh",
                "plc",
                "llp",
                "lp",
                "s.a",
                "sa",
                "ag",
                "pvt",
            }
        ) or (merged and low.startswith(("co.,", "co. ltd"))):
            merged[-1] = f"{merged[-1]}, {p}"
        else:
            merged.append(p)
    return merged


def _subject(part: str) -> bool:
    ws = words(part)
    return bool(ws) and all(w in SUBJECT_WORDS or w in {"and", "&", "of", "in"} for w in ws)


def _is_region(part: str) -> bool:
    p = part.strip()
    return p in _US_STATES or normalize_key(p) in COUNTRIES or normalize_key(p) in lexicon().countries


def _place_like(part: str) -> bool:
    ws = part.split()
    if not 1 <= len(ws) <= 4 or re.search(r"\d", part):
        return False
    if title_score(part) or company_score(part) >= 1 or DEGREE_RE.search(part):
        return False
    return all(
        w[:1].isupper() or w.lower() in {"de", "la", "le", "del", "am", "an", "upon", "on", "-"} for w in ws
    )


def fields_of(header: list[Line], *, job: bool = False) -> list[Field]:
    """Cut header lines into fields, tagging places, GPAs and degrees; dates are removed. In a
    job's header (`job`) a lone word beside a name is a field of its own (`_two_names`)."""
    out: list[Field] = []
    group_no = 0
    legal = {
        li for li, ln in enumerate(header) for c in ln.cells or [ln.text] if _named_legally(_strip_dates(c))
    }
    for li, ln in enumerate(header):
        cells = [c for c in (ln.cells or [ln.text]) if c.strip()]
        if ln.bullet and cells:
            cells[0] = BULLET_LEAD.sub("", cells[0])
        dated_cell = any(D.is_date_only(c) for c in cells)
        for cell in cells:
            if _DURATION.match(cell.strip()) or D.is_date_only(cell):
                continue
            # `IBECON 2003 S.L. | 2009 – 2010`: beside its own date cell, a year between words is a name's
            named = dated_cell and re.fullmatch(r"\D*[^\W\d_]\s+(?:19|20)\d\d\s+[^\W\d_]\D*", cell.strip())
            text = _sentence_end((cell if named else _strip_dates(cell)).strip())
            gpa = GPA_RE.search(text)
            if gpa:
                group_no += 1
                out.append(Field(gpa.group(0).strip(), li, group_no, ln.bold, ln.italic, ln.size, "gpa"))
                text = (text[: gpa.start()] + " | " + text[gpa.end() :]).strip()
            linked = _linked_line(text, li, group_no + 1, ln) if job else None
            if linked is not None:
                group_no += 1
                out.extend(linked)
                continue
            for chunk in _acronym_names(_slashed_titles(_STRONG_SEP.split(text), text), text):
                raw = chunk.strip(" ,;:|–—-·•")
                if not raw or D.is_date_only(raw) or not re.search(r"[^\W\d_]", raw) or _DURATION.match(raw):
                    continue  # `Jan 2019 – Present · 2 yrs 3 mos`: the duration is computed, not a field
                group_no += 1
                glued = _glued_company_title(raw)
                if glued is not None:
                    for piece, hint in zip(glued, ("company", "title"), strict=True):
                        for f in _tag_group(piece, li, group_no, ln, job):
                            f.hint = hint
                            out.append(f)
                    continue
                sub = _split_at(raw)
                if (
                    job
                    and len(sub) == 2
                    and legal - {li}
                    and company_score(sub[1]) <= 0
                    and _serves(raw, sub)
                ):
                    # `Referent für Unternehmenskommunikation` over `Brandt AG`: where a legal name
                    # opens another line, a link word to no organisation is the title's own
                    sub = [raw]
                for n, piece in enumerate(sub):
                    tagged = _tag_group(piece, li, group_no, ln, job)
                    if len(sub) == 2:
                        # `Title at Company`: the words around the link say which is which
                        for f in tagged:
                            f.hint = "company" if n else "title"
                    out.extend(tagged)
    if job:
        _join_partners(out)
    for li in {f.line for f in out}:
        for rank, f in enumerate(f for f in out if f.line == li and f.role == ""):
            f.rank = rank
    return out


def _named_legally(text: str) -> bool:
    """A name with its legal form at either end (`Brandt AG`, `Wisła Logistyka Sp. z o.o.`, `ООО
    «Ромашка»`)."""
    ws = words(text)
    form = len(ws) >= 2 and (legal_form(ws[0]) or "".join(ws[-3:]).replace(".", "") == "spzoo")
    return (_legal_name(text) or form) and not title_score(text)


_FOR = frozenset({"for", "with", "pour", "für", "para", "per", "voor", "dla", "для"})
"""Link words that tie a role to what it serves as often as to its employer (`Head of Sales for
EMEA`), unlike `at`/`chez`/`bei`."""


def _serves(raw: str, sub: list[str]) -> bool:
    """`sub` cut `raw` at one of `_FOR`'s words."""
    rest = raw[len(sub[0]) :].split()
    return bool(rest) and rest[0].casefold() in _FOR


def _named_before_comma(text: str) -> bool:
    """Whether what opens `text` up to its comma is a name of its own (a legal form, a firm's
    shape), so the comma is the name's (`Kirtane & Pandit LLP, Chartered Accountants`); not where
    it is a unit or a phrase (`Centro de Atención a Clientes, Telcel`: the comma then separates
    the line's fields, `position, name`)."""
    head = text.split(",", 1)[0]
    return not is_department(head) and (company_score(head) >= 1 or _org_shape(head) >= 1)


def _linked_line(text: str, li: int, gno: int, ln: Line) -> list[Field] | None:
    """`Manager – Financial Reporting at Sahyadri Auto Components Ltd.`, `Articled Assistant at
    Kirtane & Pandit LLP, Chartered Accountants`: a line told as `title at employer` has one
    separator, its linking word: the title is every word before it and the employer every word
    after, dashes and commas included (a place the lists know ending the line stays the place).
    None where the line has no dash or comma for this to keep, or other separators."""
    body = text.strip(" |")
    if "|" in body or "\t" in body or not (_STRONG_SEP.search(body) or "," in body):
        return None
    parts = _split_at(body)
    if len(parts) != 2 or not parts[0].strip() or _STRONG_SEP.search(parts[1].split(",")[0] + " "):
        return None
    title, employer = (p.strip(" ,;:–—-") for p in parts)
    if "," in employer and not _named_before_comma(employer):
        return None
    places: list[Field] = []
    chunks = _STRONG_SEP.split(employer)
    while len(chunks) > 1 and _known_place(chunks[-1].strip()):
        places.insert(0, Field(chunks.pop().strip(), li, gno, ln.bold, ln.italic, ln.size, "location"))
        employer = employer[: employer.rfind(places[0].text)].rstrip(" –—-|/·•")
    tagged = _tag_group(employer, li, gno, ln, True)
    while len(tagged) > 1 and tagged[-1].role == "location" and _known_place(tagged[-1].text.split(",")[0]):
        places.insert(0, tagged.pop())
        employer = employer[: employer.rfind(places[0].text)].rstrip(" ,–—-(")
    if not title or not employer or any(f.role not in ("", "location") for f in tagged):
        return None
    return [
        Field(title, li, gno, ln.bold, ln.italic, ln.size, "", "title"),
        Field(employer, li, gno, ln.bold, ln.italic, ln.size, "", "company"),
        *places,
    ]


_PARTNERED = re.compile(r"\S\s*&\s*\S|\s(?:and|und|et|y|e|en|i|и|oraz)\s+\S")
"""A name joined to the one before it (`Jones & Co.`, `Пугинский и партнёры`): a partnership's last."""
_PARTNER_SPLIT = re.compile(r"\s*&\s*|\s(?:and|und|et|y|e|en|i|oraz|и)\s")
_PARTNER_WORD = (
    r"(?:co\.?|cie\.?|cia\.?|c\.|partners?|partnerzy|partenaires|associates|associés|asociados|associados|"
    r"associati|sons|fils|söhne|hijos|filhos|figli|zonen|synowie|syn|kollegen|compañía|companhia|wspólnicy|"
    r"партн[её]ры|сыновья)"
)
_PARTNER_TAIL = re.compile(rf"(?i)(?:&|\s(?:and|und|et|y|e|en|i|oraz|и))\s*{_PARTNER_WORD}$")
"""How firms end their partners' names in each language (`& Co.`, `& Söhne`, `e Figli`, `и партнёры`)."""


def _partner(text: str) -> bool:
    """A partner's name before a partnership's comma (`Smith`, `de Vries`): a word or two in
    capitals that no vocabulary reads as a title, an organisation, a degree, a unit or a place."""
    ws = text.split()
    return (
        1 <= len(ws) <= 2
        and ws[-1][:1].isupper()
        and not re.search(r"\d", text)
        and not title_score(text)
        and company_score(text) < 1
        and not DEGREE_RE.search(text)
        and not is_department(text)
        and not _known_place(text)
    )


def _partners_lead(parts: list[str]) -> bool:
    """Whether comma parts open with a partnership (`Smith`, `Jones & Co.`, then maybe a place)."""
    for k in range(1, len(parts)):
        if not _partner(parts[k - 1]):
            return False
        if _PARTNERED.search(parts[k]):
            # `Palo Alto, CA & Ithaca, NY`: names joined after a region are places, not partners
            return not _is_region(_PARTNER_SPLIT.split(parts[k])[0])
    return False


def _firm_first(group: str) -> bool:
    """`Harper & Lowe, San Francisco, CA`: the first comma part joins two names none of which is a
    place (`Trinidad & Tobago` is one): a firm before its place, not a place."""
    head = group.split(",", maxsplit=1)[0]
    return (
        bool(_PARTNERED.search(head))
        and not _known_place(head)
        and all(_partner(n) for n in _PARTNER_SPLIT.split(head) if n)
    )


def _partnership(text: str) -> bool:
    """`Smith, Jones & Co.`, `Moreau & Fils`, `Егоров, Пугинский и партнёры`: shaped as a firm."""
    t = text.strip(" .")
    return bool(_PARTNER_TAIL.search(t)) or _partners_lead(t.split(", "))


def _join_partners(out: list[Field]) -> None:
    """`Smith, Jones & Co.`, `Wallace, Reid, Dunn & Sons`: the commas before a partnership's last
    name are the name's own, so its partners join it, as long as a field is left beside it for the
    title (`Sommelier, Harper & Lowe`: the word before the comma is the title)."""
    free = sum(f.role == "" for f in out)
    i = len(out) - 1
    while i > 0:
        last = out[i]
        if last.role or not _PARTNERED.search(last.text):
            i -= 1
            continue
        j = i - 1
        while (
            j >= 0 and free > 2 and out[j].role == "" and out[j].group == last.group and _partner(out[j].text)
        ):
            last.text = f"{out[j].text}, {last.text}"
            del out[j]
            free -= 1
            j -= 1
        i = j


def _rejoin(chunks: list[str], text: str, joins: Callable[[str, str, str], bool]) -> list[str]:
    """`chunks` (the pieces of `text` cut at every separator) with each piece joined back to the one
    before it, separator kept, where `joins(previous, separator, piece)` says they are one field."""
    out = [chunks[0]]
    rest = text[len(chunks[0]) :]
    for chunk in chunks[1:]:
        at = rest.find(chunk) if chunk else 0
        sep, rest = rest[:at], rest[at + len(chunk) :]
        if joins(out[-1].strip(), sep.strip(), chunk.strip()):
            out[-1] = f"{out[-1].rstrip()} {sep.strip()} {chunk.strip()}"
        else:
            out.append(chunk)
    return out


def _slashed_titles(chunks: list[str], text: str) -> list[str]:
    """Two titles held at once and slashed (`Researcher / Independent Consultant`) are one title:
    a ` / ` between pieces that both read more as titles than as organisations does not cut. Nor
    between two schools' names (`Université d'Ottawa / University of Ottawa`, a bilingual name, or a
    joint degree's two schools): one institution, as written."""
    if len(chunks) < 2 or " / " not in text:
        return chunks
    return _rejoin(
        chunks,
        text,
        lambda prev, sep, chunk: (
            sep == "/"
            and (
                all(title_score(t) >= 1 and title_score(t) > company_score(t) for t in (prev, chunk))
                or all(INSTITUTION_WORDS.search(t) and title_score(t) <= 0 for t in (prev, chunk))
            )
        ),
    )


_ACRONYM = re.compile(r"^[^\W\d_a-zß-ÿа-я]{2,8}$")


def _acronym_names(chunks: list[str], text: str) -> list[str]:
    """`AVA - Alpenblick Versicherung AG`, `ENSTA – Ecole Nationale Supérieure`: a word in
    capitals alone before a dash, then a name, is the organisation's short name and its full one:
    one field. Not a title's (`CTO - Acme`), and not before a title (`IBM - Software Engineer`)."""
    if len(chunks) < 2 or not re.search(r"\s[-–—]\s", text):
        return chunks
    return _rejoin(
        chunks,
        text,
        lambda prev, sep, name: (
            sep in {"-", "–", "—"}
            and bool(_ACRONYM.match(prev))
            and title_score(prev) <= 0
            and name[:1].isupper()
            and title_score(name) <= 0
            and (_org_shape(name) >= 1 or company_score(name) >= 1 or bool(INSTITUTION_WORDS.search(name)))
        ),
    )


def _glued_company_title(text: str) -> tuple[str, str] | None:
    """`博世（中国）投资有限公司战略实习生`: scripts without spaces write the employer and the title
    as one run; split after the employer's suffix when what follows reads as a title."""
    if " " in text.strip() or not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
        return None
    for suffix in sorted(_CJK_SUFFIXES, key=len, reverse=True):
        at = text.rfind(suffix)
        if at <= 0:
            continue
        cut = at + len(suffix)
        company, title = text[:cut].strip(), text[cut:].strip(" ，,、")
        if len(company) > 30 or len(title) > 20 or re.search(r"[。；;]", text):
            return None  # a sentence that mentions a company, not a header
        if title and title_score(title) > 0 and company_score(title) <= 0:
            return company, title
    return None


_AT = re.compile(
    r"^(?P<a>.+?)\s+(?:at|@|chez|bei|en|presso|bij|в|w|na|em)\s+(?P<b>\S.*)$"
    # `Data Analyst for Globex`: a role's own words never hold a comma (`Volunteer, Habitat for
    # Humanity` is a role and an organisation whose name holds `for`)
    r"|^(?P<a2>[^,]+?)\s+(?:for|with|pour|für|para|per|voor|dla|для)\s+(?P<b2>\S.*)$"
)


def _sentence_end(text: str) -> str:
    """`... for Airconomy (Frankfurt, Germany).`, `Volunteer for American Red Cross.`: a header
    told as a phrase ends with a full stop that is not part of the last name (`Globex Inc.` keeps it)."""
    if not text.endswith(".") or text.endswith(".."):
        return text
    last = text[:-1].rsplit(maxsplit=1)[-1] if text[:-1].split() else ""
    if text[:-1].endswith(")") or (
        "." not in last and last.casefold() not in _ABBREV and company_score(last + ".") < 2
    ):
        return text[:-1]  # `Ltd. Şti.`, `Kft.`: a legal form keeps its stop
    return text


_ABBREV = {
    *("inc", "co", "corp", "ltd", "lda", "ltda", "cia", "intl", "assn", "dept", "univ", "bros"),
    *("jr", "sr", "st", "etc"),
}
"""Abbreviations that end a name with their own full stop (`Globex Inc.`, `Verde Mar Lda.`)."""

_PROSE_AT = re.compile(
    r"^(?P<a>.+)\s+(?:at|in|with|for|chez|bei|en|presso|bij|в|w|na|em|à|au|pour|für|per|para|voor|dla|для)"
    r"\s+(?P<b>[^\W\d_a-zа-я][^()]*\([^()]{2,40}\))$"
)


def _split_at(text: str) -> list[str]:
    """`Software Engineer at Google`, `Ingénieur chez Thales`, `Инженер в ООО «Ромашка»` -> title, company.

    Prose headers (`Data Scientist for Airconomy (Frankfurt am Main, Germany)`, `MS in Computer
    Science in ENSIMAG (Grenoble, France)`): a capitalised name with a place in parentheses after
    the last linking word is the organisation, whatever the words before it are.
    """
    prose = _PROSE_AT.match(text)
    if prose and _place_tail(prose.group("b"))[1] is not None:
        org = _place_tail(prose.group("b"))[0]
        if not (title_score(prose.group("a")) > 0 and title_score(org) > 0 and company_score(org) <= 0):
            return [prose.group("a"), prose.group("b")]
        return [text]  # `Estagiária em Associate Application Developer (Remoto)`: a role in a role
    m = _AT.match(text)
    a = (m.group("a") or m.group("a2")) if m else ""
    if (
        m
        and title_score(a) > 0
        and not re.fullmatch(rf"(?i){_PARTNER_WORD}", (m.group("b") or "").split(",")[0])
    ):
        # (`Bakker, Visser en Zonen`: Dutch `en` is `and` before the firm's `Zonen`, not Spanish `at`)
        b = m.group("b") or m.group("b2")
        first = next((c for c in b if c.isalnum()), "")
        if title_score(b) > 0 and company_score(b) <= 0:
            return [text]  # `Estagiária em Associate Application Developer`: a role in a role, one title
        if first and (first.isupper() or first.isdigit() or not first.islower()):
            return [a, b]
    linked = _LINKED_ORG.match(text)
    if linked and _legal_name(linked.group("b").split(",")[0]):
        # `Mjukvaruutvecklare på Nordvik AB`, `Inginer software la Carpați Software SRL`: a short
        # linking word in any language before a name that ends in a company's legal form
        link = linked.group("link").casefold()
        if len(linked.group("a").split()) <= 5 and link not in _GENITIVE and link not in _AND:
            return [linked.group("a"), linked.group("b")]
    return [text]


_AND = frozenset({"and", "und", "et", "y", "e", "og", "och", "ja", "és", "ve", "și", "a", "и", "і", "oraz"})
"""`James and Spicer Law Group`: a word joining two names is no link between a role and its employer."""

_LINKED_ORG = re.compile(r"^(?P<a>[^,|]+?)\s+(?P<link>[^\W\d_A-ZÀ-ÞΑ-Ω]{1,3})\s+(?P<b>[^\W\d_a-zß-ÿα-ω].*)$")


_PLACE_TAIL = re.compile(
    r"^(?P<org>.+?)\s*(?:\((?P<paren>[^()]{2,40})\)|\s(?:in|à|en|a|w|в)\s+(?P<prep>[^\s,()][^,()]{1,30}))\s*$"
)


def _place_tail(group: str) -> tuple[str, str | None]:
    """`Siemens AG in München`, `Acme Corp (Paris)`, `UMass (Amherst, MA)`: the organisation and its place."""
    m = _PLACE_TAIL.match(group)
    if not m:
        return group, None
    place = (m.group("paren") or m.group("prep") or "").strip()
    known = looks_like_location(place) or normalize_key(place) in _PLACES or _is_region(place)
    if known or (m.group("paren") and re.fullmatch(r"[A-Z]{2}", place)):
        return m.group("org").strip(), place
    return group, None


def _legal_name(part: str) -> bool:
    """`Vltava Data s.r.o.`, `Boğaziçi Yazılım A.Ş.`: the last word is a company's legal form."""
    ws = words(part)
    return len(ws) >= 2 and legal_form(ws[-1]) and not title_score(part)


def _one_place_word(part: str) -> bool:
    """One capitalised word that is no title, organisation, subject or department: a city, in a
    language whose places we may not know (`Praha`, `İstanbul`, `Cluj-Napoca`)."""
    p = part.strip()
    return (
        len(p.split()) == 1
        and len(p) >= 3
        and _place_like(p)
        and not _subject(p)
        and not is_department(p)
        and not INSTITUTION_WORDS.search(p)
    )


def _two_names(run: list[str], part: str) -> bool:
    """`Acme Corporation, Locksmith`, `Sommelier, Lumière Conseil`: a capitalised word alone beside
    a name, or a capitalised phrase of lower-case words, is a field of its own, not part of a name
    with a comma in it; a legal form or a lower-case word after the comma continues the name
    (`Acme, Inc.`, `Smith, and Sons`)."""
    last = words(part)
    if len(last) == 1 and (legal_form(last[0]) or company_score(part) >= 2):
        return False
    if not (part[:1].isupper() and run[-1][:1].isupper()):
        return False
    # a name beside a phrase of lower-case words (`Gruppo Sole, Tecnico specializzato in
    # automazione`): a name's own parts are capitalised (`Ministerio de Educación, Cultura y Deporte`)
    shapes = sorted((_org_shape(part), _org_shape(", ".join(run))))
    if shapes[0] < 0 and shapes[1] >= 1:
        return True
    # one of them a lone word that names no unit (`European Commission, Youth Unit` stays whole)
    return any(len(words(x)) == 1 and not is_department(x) for x in (part, ", ".join(run)))


def _tag_group(group: str, li: int, gno: int, ln: Line, job: bool = False) -> list[Field]:
    gpa = GPA_RE.search(group)
    fields: list[Field] = []
    org, place = _place_tail(group)
    if job and place is not None and group.rstrip().endswith(")") and _named_aside(place) and not _prose(ln):
        # `Bocca di Lupo (Londra, Regno Unito)`: the employer as it names itself, where the header
        # is not a sentence (`Data Scientist for Airconomy (Frankfurt am Main, Germany).` tells a place)
        inner = _tag_group(org, li, gno, ln, job)
        if len(inner) == 1 and inner[0].role != "location":
            return [replace(inner[0], text=group.strip())]
    if (
        place is not None
        and company_score(org) + title_score(org) >= 0
        and not title_score(group) > title_score(org)
    ):
        return [
            *_tag_group(org, li, gno, ln, job),
            Field(place, li, gno, ln.bold, ln.italic, ln.size, "location"),
        ]
    if gpa and gpa.start() <= 2:
        return [Field(group, li, gno, ln.bold, ln.italic, ln.size, "gpa")]
    if gpa:
        fields.append(Field(gpa.group(0), li, gno, ln.bold, ln.italic, ln.size, "gpa"))
        group = (group[: gpa.start()] + group[gpa.end() :]).strip(" ,;-–")
    if (
        looks_like_location(group)
        and not DEGREE_RE.search(group)
        and not title_score(group)
        and company_score(group) < 1
        and company_score(group.split(",")[0]) < 1
        and not _partners_lead(group.split(", "))
        and not _firm_first(group)
    ):
        fields.append(Field(group, li, gno, ln.bold, ln.italic, ln.size, "location"))
        return fields
    parts = _comma_parts(group)
    roles = [""] * len(parts)
    for i, p in enumerate(parts):
        if _is_region(p) and (i > 0 or len(parts) == 1):
            roles[i] = "location"
            # the city before a run of regions ("Mountain View, CA, USA"): one part only
            j = i - 1
            if j >= 0 and roles[j] == "" and _place_like(parts[j]) and (j == 0 or not _is_region(parts[j])):
                roles[j] = "location"
        elif i > 0 and normalize_key(p) in _PLACES:
            roles[i] = "location"  # a known city after the employer: `Solaris S.A., Madrid`
        elif (
            i > 0
            and roles[i - 1] == ""
            and _legal_name(parts[i - 1])
            and _one_place_word(p)
            and not (i + 1 < len(parts) and _known_place(parts[i + 1]))
        ):
            # any one-word place after a company's legal form: `Vltava s.r.o., Praha`; not where a
            # known place follows it (`Brandt AG, Bäckerin, Köln`: that word is the role)
            roles[i] = "location"
    # contiguous runs of the same kind become one field
    kinds = []
    for p, r in zip(parts, roles, strict=True):
        if r:
            kinds.append(r)
        elif DEGREE_RE.search(p):
            kinds.append("degree")
        elif INSTITUTION_WORDS.search(p):
            kinds.append("inst")
        elif _legal_name(p) or (job and _PARTNER_TAIL.search(p.strip(" ."))):
            kinds.append("org")  # a company's legal form ends it (`& Partner` too): a field of its own
        elif title_score(p) > 0:
            kinds.append("title")
        else:
            kinds.append("text")
    # a department after a title is part of it ("VP, Engineering"); a place after a school too
    for i in range(1, len(parts)):
        if kinds[i] == "text" and kinds[i - 1] == "title" and is_department(parts[i]):
            kinds[i] = "title"
        if (
            kinds[i] == "text"
            and kinds[i - 1] == "inst"
            and _place_like(parts[i])
            and not _subject(parts[i])
            and not (job and _org_shape(parts[i - 1]) < 0 <= _org_shape(parts[i]) - 1)
        ):
            # a place after a school; in a job's header not a name after a role's phrase
            # (`Universitair contactpersoon, Productmanagement Advies`)
            kinds[i] = "inst"
    cur_kind: str | None = None
    cur: list[str] = []
    for p, k in zip(parts, kinds, strict=True):
        # a CJK run beside a comma: no CJK name holds one, so each is a field of its own
        cjk_pair = bool(cur) and (_cjk_run(cur[-1]) or _cjk_run(p))
        if (
            k == cur_kind
            and k in {"location", "text", "title", "inst"}
            and not (cjk_pair and k != "location")
            and not (job and k == "text" and _two_names(cur, p))
        ):
            cur.append(p)
            continue
        if cur:
            fields.append(
                Field(
                    ", ".join(cur),
                    li,
                    gno,
                    ln.bold,
                    ln.italic,
                    ln.size,
                    "location" if cur_kind == "location" else "",
                )
            )
        cur_kind, cur = k, [p]
    if cur:
        fields.append(
            Field(
                ", ".join(cur),
                li,
                gno,
                ln.bold,
                ln.italic,
                ln.size,
                "location" if cur_kind == "location" else "",
            )
        )
    return fields


# ----------------------------------------------------------------------------------------------
# Work entries


@dataclass(slots=True)
class _Pattern:
    """Where this document puts the employer and the title, learned from clear entries."""

    company_at: Counter[tuple[int, int, bool, bool]] = field(default_factory=Counter)
    title_at: Counter[tuple[int, int, bool, bool]] = field(default_factory=Counter)

    def vote(self, f: Field, role: str) -> None:
        key = (f.line, f.rank, f.bold, f.italic)
        (self.company_at if role == "company" else self.title_at)[key] += 1

    def prefer(self, f: Field) -> float:
        """Votes for `company` minus votes for `title` at this field's place and look; with no vote
        for that look, at its place alone (one entry printed plain where the others are bold)."""
        key = (f.line, f.rank, f.bold, f.italic)
        if self.company_at[key] or self.title_at[key]:
            return self.company_at[key] - self.title_at[key]
        place = (f.line, f.rank)
        return sum(n for k, n in self.company_at.items() if k[:2] == place) - sum(
            n for k, n in self.title_at.items() if k[:2] == place
        )


_ROLE_LINK = re.compile(r"(?i)\s(?:chez|pour|for|at|with|bei|für|per|para|voor|dla|для|в)\s")
_PARTICLES = {
    "de",
    "la",
    "le",
    "du",
    "des",
    "van",
    "von",
    "der",
    "di",
    "da",
    "del",
    "y",
    "et",
    "and",
    "of",
    "&",
}


def _org_shape(text: str) -> float:
    """How much a segment is shaped like an organisation's name rather than a role phrase."""
    ws: list[str] = re.findall(r"[^\W\d_][\w'’.-]*", re.sub(r"\(.*?\)", " ", text))
    if not ws:
        return 0.0
    score = 0.0
    content = [w for w in ws if w.lower() not in _PARTICLES]
    if content and all(not w[0].islower() for w in content) and len(ws) <= 5:
        score += 1
    if re.search(r"\([^()]{1,30}\)\s*$", text):
        score += 0.5
    if _ROLE_LINK.search(f" {text} "):
        score -= 1
    if any(w[0].islower() and len(w) >= 4 for w in content):
        score -= 0.5
    return score


def _assign_work(fields: list[Field], pattern: _Pattern | None) -> tuple[Field | None, Field | None, bool]:
    """Pick (title, company) among the fields; says whether the choice was clear."""
    cands = [f for f in fields if f.role == "" and len(f.text) <= 150]  # longer: a description
    if not cands:
        return None, None, False
    linked_title = [f for f in cands if f.hint == "title"]
    linked_company = [f for f in cands if f.hint == "company"]
    if len(linked_title) == 1 and len(linked_company) == 1:
        return linked_title[0], linked_company[0], True
    if len(linked_company) == 1 and len({(f.line, f.group) for f in linked_title}) == 1 and linked_title:
        # `Projektleiterin, Zahlungsplattform bei Alpenblick AG`: the title's comma cut it in two,
        # the first piece is the title, the rest goes with it (`_title_area`)
        return linked_title[0], linked_company[0], True
    firm = {id(f): _partnership(f.text) for f in cands}  # `Müller & Partner`: not the title `Partner`
    tscore = {id(f): 0.0 if firm[id(f)] else title_score(f.text) for f in cands}
    cscore = {id(f): company_score(f.text) + firm[id(f)] for f in cands}
    best = max(cands, key=lambda f: (tscore[id(f)] - cscore[id(f)], -f.line))
    title: Field | None = best
    if tscore[id(best)] <= 0 or tscore[id(best)] <= cscore[id(best)] - 1:
        title = None
    rest = [f for f in cands if f is not title]
    company = None
    clear = title is not None
    if rest:
        company = max(rest, key=lambda f: (cscore[id(f)] - 0.5 * tscore[id(f)], -f.line, -f.group))
        if cscore[id(company)] <= 0 and pattern is not None and len(rest) > 1:
            company = max(rest, key=lambda f: (pattern.prefer(f), -tscore[id(f)], -f.line))
            clear = False
        named = [f for f in rest if f is not company and tscore[id(f)] <= 0 and _org_shape(f.text) >= 1]
        if named and cscore[id(company)] < 1 and _org_shape(company.text) < 0:
            # `Fintech start-up building payment software` under `Northwind Traders`: a phrase of
            # lower-case words describes the employer; the name is the capitalised one
            company = max(named, key=lambda f: (cscore[id(f)], -f.line))
        legal = [f for f in rest if f is not company and _legal_name(f.text)]
        if legal and _UNIT_WORD.search(company.text) and not _legal_name(company.text):
            company = legal[0]  # `Initech LLC` over `Finance Department`: the unit is the employer's
        heads = [f for f in rest if _heads_own_line(f, title)]
        if _after_title(title, company) and cscore[id(company)] < 1 and heads:
            # `Product Manager, Payments Platform` over `Acme, Lyon`: the piece after the title's
            # comma is the title's area; the name that opens a line of its own is the employer
            company = max(heads, key=lambda f: (cscore[id(f)], -f.line))
    if title is None and company is not None and len(rest) > 1 and pattern is not None:
        others = [f for f in rest if f is not company]
        guess = min(others, key=lambda f: (pattern.prefer(f), f.line))
        if pattern.prefer(guess) < 0 or title_score(guess.text) > 0:
            title = guess
    if title is None and len(cands) == 2 and max(cscore.values()) < 1 and max(tscore.values()) <= 0:
        # no word names a title or an organisation: the shape decides (a proper name is the
        # employer, a phrase with lower-case words or `chez`/`for` is the role)
        a, b = sorted(cands, key=lambda f: _org_shape(f.text), reverse=True)
        if _org_shape(a.text) > _org_shape(b.text):
            return b, a, False
    if title is None and company is not None and len(cands) == 2 and cscore[id(company)] >= 1:
        other = next(f for f in cands if f is not company)
        if cscore[id(other)] <= 0 and len(other.text) <= 60 and not is_department(other.text):
            title = other  # beside a name that is clearly an employer, the other field is the role
            clear = True  # and where this document prints each, for entries no word decides
    if title is None and company is None:
        return None, None, False
    if title is None and len(cands) == 1 and tscore[id(cands[0])] > 0:
        return cands[0], None, True
    return title, company, clear


_Slot = tuple[int, int]
"""Where a field sits in its entry's header: its line and its place among the line's fields. Not
its look: a reader may see one entry's bold line as plain (an accented word in another font)."""


def _slot(f: Field) -> _Slot:
    return (f.line, f.rank)


_LINKED = 9.0
"""The weight of an entry a link word decided (`Title at Company`): more than words can outweigh."""


def _lean(f: Field) -> float:
    """How much the words of `f` name a role rather than an organisation (negative: an employer)."""
    firm = _partnership(f.text)
    return (0.0 if firm else title_score(f.text)) - company_score(f.text) - firm


def _by_habit(
    parsed: list[tuple[Entry, list[Field], Field | None, Field | None]],
) -> list[tuple[Entry, list[Field], Field | None, Field | None]]:
    """The employer and the title decided per document, not per entry: every entry of a resume
    prints them in the same place and look. Each entry votes for where its words put them, as
    strongly as its words tell the two apart; an entry whose words are outvoted by the others
    (`Product Management Consulting` for an employer, `Hospital Pharmacist` for a title) is read
    in the document's habit when it has a field in each of the habit's places. A link word
    (`Title at Company`) is never overruled, nor a legal form (a stray line above a header shifts
    its places), nor an employment type (`Freelance`); an employer printed over two roles neither
    votes nor is turned."""
    votes: list[tuple[_Slot, _Slot, float] | None] = []
    for i, (_e, _fs, title, company) in enumerate(parsed):
        heads = i + 1 < len(parsed) and len([f for f in parsed[i + 1][1] if f.role == ""]) == 1
        if title is None or company is None or _slot(title) == _slot(company) or heads:
            votes.append(None)  # an employer printed over its roles heads them in a look of its own
            continue
        strength = (
            _LINKED if title.hint == "title" and company.hint == "company" else _lean(title) - _lean(company)
        )
        votes.append((_slot(title), _slot(company), strength))
    out = list(parsed)
    for i, (e, fs, title, company) in enumerate(parsed):
        mine = votes[i]
        if mine is None or mine[2] >= _LINKED:
            continue
        habit: dict[tuple[_Slot, _Slot], float] = {}
        for j, vote in enumerate(votes):
            if j != i and vote is not None and vote[2] > 0:
                habit[vote[0], vote[1]] = habit.get((vote[0], vote[1]), 0.0) + vote[2]
        if not habit:
            continue
        (t_at, c_at), support = max(habit.items(), key=lambda kv: kv[1])
        if (t_at, c_at) == mine[:2]:
            continue
        at_t = [f for f in fs if f.role == "" and _slot(f) == t_at]
        at_c = [f for f in fs if f.role == "" and _slot(f) == c_at]
        if len(at_t) != 1 or len(at_c) != 1 or (at_t[0], at_c[0]) != (company, title):
            continue  # the habit turns the two round; which of three names is the employer it does not say
        if company_score(at_t[0].text) >= 2 or _partnership(at_t[0].text) or _work_term(at_t[0].text):
            continue  # a legal form names an employer wherever it stands (`XYZ Corporation`)
        own = mine[2] - (_lean(at_t[0]) - _lean(at_c[0]))  # what my words hold against the habit
        if support - habit.get(mine[:2], 0.0) > own:
            out[i] = (e, fs, at_t[0], at_c[0])
    return out


def _after_title(title: Field | None, f: Field | None) -> bool:
    """`f` follows the title after a comma, in the same piece of its line (`Engineer, Payments`)."""
    return (
        title is not None
        and f is not None
        and f.line == title.line
        and f.group == title.group
        and f.rank == title.rank + 1
    )


def _heads_own_line(f: Field, title: Field | None) -> bool:
    """`f` opens a line other than the title's and is shaped as a name (`Acme, Lyon`): not a
    label's line (`Client: ...`), not a department, not a phrase."""
    return (
        title is not None
        and f.line != title.line
        and f.rank == 0
        and not re.match(r"^[^\W\d_][^:：]{0,30}[:：]", f.text)
        and not is_department(f.text)
        and (_org_shape(f.text) >= 1 or company_score(f.text) >= 1)
        and title_score(f.text) <= 0
    )


def _title_area(
    fields: list[Field], title: Field | None, company: Field | None, position: str | None
) -> str | None:
    """The title with the area it goes on to after a comma (`Product Manager, Payments Platform`)
    when the employer is elsewhere: a piece left over right after the title is the title's, not
    lost (a known place stays a place)."""
    if title is None or position != title.text:
        return position
    nxt = next((f for f in fields if f.role == "" and f is not company and _after_title(title, f)), None)
    if nxt is None or company is None or _after_title(title, company) or _known_place(nxt.text):
        return position
    fields.remove(nxt)
    return f"{position}, {nxt.text}"


def _unused_lines(
    header: list[Line], fields: list[Field], title: Field | None, company: Field | None, location: str | None
) -> list[Line]:
    """Header lines none of whose words went into the job's fields, once its title and employer
    are known: a company's one-line description (`Fintech start-up building payment software`),
    a client's line, a department's. They tell about the job: its summary, not words lost."""
    if title is None or company is None:
        return []
    used = {title.line, company.line}
    used |= {f.line for f in fields if f.role != "" or (location and f.text in location)}
    return [
        ln
        for li, ln in enumerate(header)
        if li not in used and _header_date(ln)[0] is None and any(f.line == li for f in fields)
    ]


def _title_terms(
    header: list[Line],
    fields: list[Field],
    title: Field | None,
    company: Field | None,
    places_there: bool,
    apart: bool = False,
) -> tuple[str | None, Field | None]:
    """The title with the terms it goes on to after a dash on its own line (`Programmazione
    Android - Tirocinio curriculare (250h)` over `Feedback Italia s.r.l.`), and the employer: when
    the terms were taken for the employer while another line holds the one piece left, that piece
    is the employer (`CDD (6 mois)` beside the title, `Lumière Conseil` under it), as it is where
    the title's line wrapped after its dash or the document prints its employers on lines of their
    own (`apart`). A piece only shaped as a place is the place where the document prints known
    places there (`places_there`)."""
    if title is None or not 0 <= title.line < len(header):
        return (title.text if title else None), company
    qualified = _qualifier_before_employer(header[title.line].text, title, company)
    if qualified is not None:
        return qualified, company
    after = [f for f in fields if f.role == "" and f.line == title.line and f.group > title.group]
    terms = min(after, key=lambda f: f.group, default=None)
    # a line holds one place: where the title's line prints its own apart (`Sanremo, Italia` in a
    # cell of its own), a capitalised piece after the title's dash is no second one
    placed = any(f.role == "location" and f.line == title.line for f in fields)
    if terms is None or _known_place(terms.text) or (places_there and not placed and _place_like(terms.text)):
        return title.text, company
    # the title's line under or over the employer's is one field: a second role after its dash or
    # slash (`Lider zespołu / Brygadzista`) and a capitalised phrase no list knows for a place
    # (`Night Shift`, `Homewares`) are the title's words; beside the employer, a role is a field of
    # its own
    own_line = company is not None and company.line != title.line
    # the one piece left on another line, or after the terms' comma (`Data-analist – Deeltijd
    # (24 uur), Polderdata`)
    others = [
        f
        for f in fields
        if f.role == ""
        and f is not title
        and f is not terms
        and (f.line != title.line or f.group == terms.group)
    ]
    if (
        not own_line
        and not (terms is company and _wrapped_at_dash(header[title.line], others, apart))
        and (title_score(terms.text) > 0 or _place_like(terms.text))
    ):
        return title.text, company  # no employer's line over it: the piece may be a place or a field
    if terms is company:
        if len(others) != 1 or company_score(terms.text) >= 1 or is_department(others[0].text):
            return title.text, company
        company = others[0]
    elif company is None or (
        company.line == title.line and company.group > title.group and company.group != terms.group
    ):
        return title.text, company  # the piece may be the employer's: `Title – Terms – Acme`
    text = header[title.line].text
    i = text.find(title.text)
    j = text.find(terms.text, i + len(title.text)) if i >= 0 else -1
    if j < 0 or text[i + len(title.text) : j].strip() not in {"-", "–", "—", "/"}:
        return title.text, company
    end = j + len(terms.text)
    aside = re.match(r"\s*\([^()]{1,40}\)", text[end:])  # `Contract (6 months)`: its duration too
    fields.remove(terms)  # neither a place nor anything else now
    return text[i : end + (aside.end() if aside else 0)], company


def _wrapped_at_dash(line: Line, others: list[Field], apart: bool) -> bool:
    """`Analista financiero –` over `Banca Privada` over `Grupo Andaluz`: a title's line a narrow
    column wrapped after its dash goes on with the title's words, as a title's line does where the
    document prints each employer on a line of its own (`apart`); the one name that opens another
    line is the employer, however much the piece after the dash looks like one (a place the lists
    know is no employer)."""
    return (
        (line.wrapped or apart)
        and len(others) == 1
        and others[0].rank == 0
        and not _known_place(others[0].text)
        and not is_department(others[0].text)
    )


def _apart(f: Field) -> bool:
    """A piece at an end of the employer's line that is no part of its name: a place (one the
    lists know, or one the line's own reading placed: `Dr. Oetker GmbH, Bielefeld`), an
    employment type."""
    return f.role == "location" or _known_place(f.text) or _work_term(f.text)


def _employer_line(
    header: list[Line], fields: list[Field], title: Field | None, company: Field | None
) -> None:
    """The employer's line over the title's is one field, as the title's is: what the employer's
    name goes on to after its comma, dash, slash or parenthesis (`Ferrer Castelló Arquitectura,
    S.L.P.`, `CCMAR – Centre of Marine Sciences, Universidade do Algarve`, `GloboNews / TV Globo`)
    is the name's, not a place or a second title. A place at either end stays the place, an
    employment type stays apart (`_apart`); a line with dates inside its run is left."""
    if title is None or company is None or company.line == title.line or not 0 <= company.line < len(header):
        return
    mine = [f for f in fields if f.line == company.line]
    if len(mine) < 2 or any(f.hint or f.role not in ("", "location") for f in mine):
        return
    while mine and mine[-1] is not company and _apart(mine[-1]):
        mine.pop()
    while mine and mine[0] is not company and _apart(mine[0]):
        mine.pop(0)
    if len(mine) < 2 or any(_work_term(f.text) for f in mine):
        return
    ln = header[company.line]
    cells = [c for c in ln.cells if c.strip() and not D.is_date_only(c)]
    if len(cells) > 1 and len({next((n for n, c in enumerate(cells) if f.text in c), -1) for f in mine}) > 1:
        return  # a lab in one cell, its university in the next: two fields the layout set apart
    text = ln.body
    i = text.find(mine[0].text)
    j = text.find(mine[-1].text, i + len(mine[0].text)) if i >= 0 else -1
    if j < 0:
        return
    name = text[i : j + len(mine[-1].text)]
    close = re.match(r"\s*[)）]", text[j + len(mine[-1].text) :])  # `Group (Witchery, Mimco)`
    if close:
        name += close.group(0).strip()
    if D.find_range(name) is not None or len(name) > 120:
        return
    for f in mine:
        if f is not company:
            fields.remove(f)
    company.text = name
    company.role = ""


def _place_after_title(fields: list[Field], title: Field | None) -> bool:
    """A place the lists know follows the title on its line (`Engineer – Berlin`): this document
    prints the job's place there, so a place-shaped word no list knows there is one too."""
    if title is None:
        return False
    after = [f for f in fields if f.line == title.line and f.group > title.group]
    first = min(after, key=lambda f: f.group, default=None)
    return first is not None and (first.role == "location" or (first.role == "" and _known_place(first.text)))


def _qualifier_before_employer(text: str, title: Field, company: Field | None) -> str | None:
    """`Registered Nurse II – Surgical Trauma ICU, OhioHealth Grant Medical Center`: the title
    goes on after its dash up to the last comma, the employer follows it (themes print `position,
    name`; an employer's own comma, `Acme, Inc.`, is joined before this). The title, the employer's
    field cut to its name; None when the line is not so. After the title's own comma likewise
    (`OTR Driver, CDL Class A, Werner Enterprises`): the title runs up to the employer's piece."""
    if company is None or company.line != title.line:
        return None
    if company.hint == "company" and _named_before_comma(company.text):
        return None  # a linking word placed a name there: its commas are its own (`_linked_line`)
    follows = company.group == title.group and company.rank == title.rank + 1
    if company.group != title.group + 1 and not follows:
        return None
    head, comma, tail = company.text.rpartition(", ")
    if not comma or company_score(head) > company_score(tail) or is_department(tail):
        return None
    if _partners_lead(company.text.split(", ")):
        return None  # `Title — Dupont, Lefèvre & Associés`: the comma is the firm's own
    if _known_place(tail) or title_score(tail) > 0 or all(legal_form(w) for w in words(tail)):
        return None  # `Acme, Lyon`; `Canadian Tire Corporation, Limited`
    if follows:
        company.text = tail
        return f"{title.text}, {head}"
    i = text.find(title.text)
    j = text.find(company.text, i + len(title.text)) if i >= 0 else -1
    if j < 0 or text[i + len(title.text) : j].strip() not in {"-", "–", "—"}:
        return None
    company.text = tail
    return f"{text[i:j]}{head}"


def _leftover_place(fields: list[Field], title: Field | None, company: Field | None) -> str | None:
    """`Company | Title | Springfield | 2020 – Present`: with employer and title placed, one short
    capitalised segment left on their lines is where the job was."""
    if title is None or company is None:
        return None
    lines = {title.line, company.line}
    left = [f for f in fields if f.role == "" and f is not title and f is not company and f.line in lines]
    if not left:
        # `Engineer, Acme` over `Wolfsburg`: a line of its own holding one name-shaped word or
        # two, under a header whose title and employer are placed, is where the job was
        alone = [
            f
            for f in fields
            if f.role == "" and f.line not in lines and sum(1 for g in fields if g.line == f.line) == 1
        ]
        left = [f for f in alone if _town_shaped(f.text)]
        if len(alone) != 1 or len(left) != 1:
            return None
    if len(left) != 1:
        return None
    text = left[0].text
    if re.search(
        r"(?i)\b(?:team|group|division|unit|department|dept|office|lab|desk|squad|markets?)\b", text
    ):
        return None  # `Summer Intern, Audit Team`: a team, not a place
    if _place_like(text) or (not text.isascii() and len(text) <= 20 and not re.search(r"\d", text)):
        return text
    return None


_UNIT_WORD = re.compile(
    r"(?i)(?:depart|abteil|dział|отдел|служб|service|servizio|direction|direcci|ufficio|reparto|afdeling|"
    r"dienst|büro|bureau|team|group|gruppe|division|unit|lab|desk|office|squad|markets?\b)|[部課室科组處处]$"
)
"""Words that name a unit inside an employer (`Kundenservice`, `Dział Finansów`, `研发部`), not a place."""


def _town_shaped(text: str) -> bool:
    """One to three capitalised words (or a short run of a script without case) that name no unit,
    no title, no organisation: a place, even one no list holds (`Wolfsburg`, `Sesto San Giovanni`)."""
    t = text.strip()
    if _UNIT_WORD.search(t) or is_department(t) or re.search(r"\d", t):
        return False
    if _cjk_run(t):
        return len(t) <= 6 and title_score(t) <= 0 and company_score(t) < 1
    return len(t.split()) <= 3 and _place_like(t)


def _known_place(text: str) -> bool:
    return looks_like_location(text) or normalize_key(text) in _PLACES or _is_region(text)


def _guessed_place_as_title(fields: list[Field], company: Field) -> Field | None:
    """`Müller Logistik GmbH, Elektroniker`: one capitalised word after an employer was taken for
    a city we do not know (`Vltava s.r.o., Praha`); where the entry has no title, that word is the
    title: a job always has one, a place is optional."""
    guesses = [
        f
        for f in fields
        if f.role == "location" and f is not company and len(f.text.split()) == 1 and not _known_place(f.text)
    ]
    if len(guesses) != 1:
        return None
    guesses[0].role = ""
    return guesses[0]


def _lone_title(
    fields: list[Field], company: Field, pattern: _Pattern | None
) -> tuple[Field | None, Field, bool]:
    """A dated job whose words named an employer and no title: a job always has one. `Locksmith at
    Acme Corporation` is the role at the employer whatever the role's word; beside the employer, the
    one short field left (`Gruppo Sole, Napoli` / `Dal 2021` / `Falegname`) is the role. Which of
    two fields no word tells apart is the employer: the document's habit (`pattern`; without it, no
    choice), then the one that carries the place, then the first. Says whether words decided."""
    linked = _AT.match(company.text)
    if linked is not None:
        a = (linked.group("a") or linked.group("a2")).strip()
        b = (linked.group("b") or linked.group("b2")).strip()
        if (
            _role_shaped(a)
            and len(a.split()) <= 4
            and not b[:1].islower()
            and not _known_place(b)
            and title_score(b) <= 0
            and company_score(b) >= company_score(a)
        ):
            at = fields.index(company)
            title, company = replace(company, text=a, hint="title"), replace(company, text=b, hint="company")
            fields[at : at + 1] = [title, company]
            return title, company, True
    left = [f for f in fields if f.role == "" and f is not company and _role_shaped(f.text)]
    if len(left) != 1 or company_score(left[0].text) > company_score(company.text):
        return None, company, False
    other = left[0]
    if company_score(other.text) < company_score(company.text):
        return other, company, True
    if pattern is None:
        return None, company, False
    habit = pattern.prefer(other) - pattern.prefer(company)
    placed = {f.group for f in fields if f.role == "location"}
    if habit > 0 or (habit == 0 and other.group in placed and company.group not in placed):
        return company, other, False
    return other, company, False


def _title_under_header(e: Entry, fields: list[Field]) -> Field | None:
    """`Banca del Garda, Roma` / `2022 – 2025` (smaller) / `Sviluppatrice web` / bullets: a job with
    an employer and no title whose first detail is a short line in no list's glyph, shaped as a
    role and followed by the bullets (or alone, or naming a role over plain description lines),
    printed its title there: the header's, not the description's."""
    if not e.details:
        return None
    first = e.details[0]
    if first.bullet or first.list_item or len(first.cells) != 1:
        return None
    if _cjk_title_wrapped(e.details):
        second = e.details.pop(1)
        joined = first.body.strip() + second.body.strip()
        first = e.details[0] = replace(first, text=joined, cells=[joined])
    elif not _role_shaped(first.body):
        return None
    if first.body.endswith((".", "。")):
        return None
    # over the bullets (or alone), any role-shaped line; over plain description lines, one whose
    # words name a role (`Softwareentwickler` over `Leitung eines Teams von sechs Entwicklern`)
    named = title_score(first.body) >= 1 and company_score(first.body) <= 0 and len(first.body.split()) <= 5
    if not (len(e.details) == 1 or e.details[1].bullet or named):
        return None
    e.details.pop(0)
    e.header.append(first)
    title = Field(first.body.strip(), len(e.header) - 1, 0, first.bold, first.italic, first.size)
    fields.append(title)
    return title


def _cjk_title_wrapped(details: list[Line]) -> bool:
    """`客户成功与合作` / `伙伴运营高级经理` over the bullets: a CJK role in the body's look (CJK
    faces print no italic) that a narrow column or a typed break cut in two; both lines in one
    look and place, no mark ending the first, the whole still as short as a role, bullets (or
    nothing) under it."""
    if len(details) < 2:
        return False
    first, second = details[0], details[1]
    rest = details[2:]
    return (
        not (second.bullet or second.list_item)
        and len(second.cells) == 1
        and (not rest or rest[0].bullet)
        and _cjk_run(first.body)
        and _cjk_run(second.body)
        and _cjk_seam(first.body, second.body)
        and not re.search(r"[。，、；：,;:.!?！？）)]$", first.body.strip())
        and (first.size, first.bold, first.italic) == (second.size, second.bold, second.italic)
        and abs(first.x0 - second.x0) < 2
        and _cjk_role(first.body.strip() + second.body.strip(), second.body.strip())
    )


def _cjk_role(text: str, tail: str) -> bool:
    """A CJK role joined from two lines: shaped as one, or up to 30 characters (katakana roles run
    long) in no sentence's punctuation and ending on a role's word (`…マネージャー`, `…主管`)."""
    if _role_shaped(text):
        return True
    return (
        len(text) <= 30
        and title_score(tail) >= 1
        and not re.search(r"[。，、；！？:：,;]", text)
        and not is_department(text)
        and not _known_place(text)
        and not _work_term(text)
        and not D.is_date_only(text)
    )


def _role_shaped(text: str) -> bool:
    """Short enough for a role, and nothing else: not a department, a label, a sentence, a known
    place, an employment type, a duration."""
    t = text.strip()
    short = len(t) <= 20 if _cjk_run(t) else len(t) <= 60 and len(t.split()) <= 8
    return (
        short
        and bool(re.search(r"[^\W\d_]", t))
        and not is_department(t)
        and not re.search(r"[:：]", t)
        and not _sentence_line(t)
        and not _known_place(t)
        and not _work_term(t)
        and not _DURATION.match(t)
        and not D.is_date_only(t)
    )


def _location(fields: list[Field]) -> str | None:
    """The first place; a state or country printed right after it on its line goes with it
    (`Delft, Nederland`, `Kraków, Polska`)."""
    for n, f in enumerate(fields):
        if f.role != "location":
            continue
        nxt = fields[n + 1] if n + 1 < len(fields) else None
        if (
            nxt is not None
            and nxt.line == f.line
            and nxt.role in ("", "location")
            and _is_region(nxt.text)
            and not _is_region(f.text)
        ):
            return f"{f.text}, {nxt.text}"
        return f.text
    return None


_ENDS_ITEM = (".", "!", "?", ":", ";", "。", "！", "？", "；", "：")


def _hand_broken(prev: Line, ln: Line, item: str) -> bool:
    """A DOCX bullet broken by hand: its rest in a plain paragraph indented at least as far as the
    bullet (under its text), the bullet not ending a sentence. DOCX lines carry no right edge, so
    the wrap test on widths cannot see it."""
    return (
        prev.bullet
        and prev.x1 == 0
        and ln.x1 == 0
        and ln.x0 > 0
        and ln.x0 >= prev.x0 - 1
        and abs(ln.size - prev.size) < 0.3
        and not item.rstrip().endswith(_ENDS_ITEM)
    )


def _cjk_run(text: str) -> bool:
    """Text written in CJK characters (no space inside), as a name or a role is."""
    t = text.strip()
    return bool(t) and " " not in t and sum(1 for c in t if _CJK_CHAR.match(c)) >= len(t) / 2


def _cjk_seam(head: str, tail: str) -> bool:
    """Both sides of a wrap are CJK (a character or its punctuation): joined without a space."""
    a, b = head.rstrip()[-1:], tail.lstrip()[:1]
    return bool(a and b and _CJK_CHAR.match(a) and _CJK_CHAR.match(b))


_CJK_CHAR = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def highlights(details: list[Line], edge: float = 0.0) -> list[str]:
    """Bullets and paragraph lines as items; a wrapped line continues the item above it. `edge`:
    the right edge of the section's text (a short entry's longest line need not reach it)."""
    out: list[str] = []
    right = max(edge, max((ln.x1 for ln in details), default=0.0))
    left = min((ln.x0 for ln in details), default=0.0)
    prev: Line | None = None
    for ln in details:
        cells = [c for c in ln.cells if not (_DURATION.match(c.strip()) or D.is_date_only(c))] or [ln.text]
        text = " ".join(cells).strip()
        if ln.bullet:
            text = BULLET_LEAD.sub("", text)
        if not text:
            continue
        continues = False
        # a label alone (`Logros:`, `主要职责：`) opens a list: it continues no item above it
        label = _label(text) and not text[:1].islower()
        if out and prev is not None and not ln.bullet and not ln.list_item and not label:
            continues = bool(
                text[:1].islower()
                or text[:1] in "(&,;"
                or (
                    right > 0
                    and prev.x1 >= right - 0.12 * (right - left)
                    and len(prev.text) >= 45
                    and not out[-1].endswith((".", "!", "?", ":"))
                )
                or (right > 0 and ln.x0 > prev.x0 + 3 and prev.bullet)
                or _hand_broken(prev, ln, out[-1])
                or (out[-1].endswith("-") and out[-1][-2:-1].isalpha() and text[:1].islower())
                # `AWS Certified Security -` over `Specialty`: no item ends on a spaced dash or `&`
                or bool(re.search(r"\s[-–—&+]$", out[-1]))
            )
        if continues and _cjk_seam(out[-1], text):
            out[-1] = out[-1].rstrip() + text  # CJK wraps between characters: no space to restore
        elif continues:
            out[-1] = join_wrapped(out[-1], text)
        else:
            out.append(text)
        prev = ln
    return [h[:2000] for h in out][:200]


_TITLED = frozenset(
    {"dr", "dra", "prof", "pr", "dott", "mr", "mrs", "ms", "mme", "mlle", "hr", "fr", "sr", "sra", "st"}
)
"""Words a full stop shortens before a person's name (`Dr.`, `Prof.`, `Mme.`, `Sra.`)."""
_RUN_ON = re.compile(r"(?<=[^\W\d_]|[)»”’\"])(?:\.\s+(?=[^\W\d_])|。\s*(?=\S))")
"""A full stop after a word, then the next sentence: where a header runs on into its description."""


def _run_on(text: str) -> int | None:
    """Where the description starts in `Fietsenmaker – Budget Fietsenhuis. Taken: verkoop, ...` or
    `Engineer, Acme Inc. Led a team of six`: after the first full stop that a described phrase
    follows (a lower-case word among its first words, or a label and its colon). A name's stops
    (`Sr. Software Engineer`, `Dr. Thomas A. Knotts`) are followed by no such phrase."""
    if text.lstrip()[:1].islower():
        return None  # `en Barcelona. Uso del framework...`: a sentence's middle, not a header
    for m in _RUN_ON.finditer(text):
        tail = text[m.end() :]
        first = tail.split()[:4]
        if text[: m.start()].rsplit(maxsplit=1)[-1].casefold() in _TITLED:
            continue  # `Cabinet Dr. Morel | Assistante médicale`: a person's title, not a sentence's end
        if _cjk_run(tail[:4]) and len(tail) >= 4:
            return m.start()
        if not tail[:1].isupper() or len(first) < 2:
            continue  # `Sp. z o.o.`: a sentence starts with a capital
        if any(w[:1].islower() for w in first[1:]) or re.match(r"[^\W\d_]{2,}:", tail):
            return m.start()
    return None


def _run_in(e: Entry) -> None:
    """A job's header that runs on into its description: the description goes to the details. An
    entry whose dates stand alone on its header (`• sep 2016 – heden`) takes its first plain line
    as its header (`Process Test Engineer — Philips. Taken: ...`)."""
    if (
        e.has_date
        and e.details
        and not e.details[0].bullet
        and not e.details[0].list_item
        and (
            _run_on(e.details[0].text) is not None
            or (len(e.details[0].text.split()) <= 12 and _STRONG_SEP.search(e.details[0].text))
        )
        and not [f for f in fields_of(e.header, job=True) if f.role == ""]
    ):
        e.header.append(e.details.pop(0))
    for i, ln in enumerate(e.header):
        cells = ln.cells or [ln.text]
        cut = _run_on(cells[0])
        if cut is None:
            continue
        head, tail = cells[0][:cut], cells[0][cut + 1 :].strip()
        last = head.rsplit(maxsplit=1)[-1]
        if "." in last or last.casefold() in _ABBREV:
            head += "."  # `Globex Inc.`, `Solaris S.A.`: the stop is the name's too
        kept = replace(
            ln, text=" | ".join([head, *cells[1:]]) if len(cells) > 1 else head, cells=[head, *cells[1:]]
        )
        e.header[i] = kept
        e.details.insert(0, _with_text(ln, tail))
        e.header[i + 1 :], moved = [], e.header[i + 1 :]
        e.details[1:1] = moved  # what followed the description is the description's
        return


def _told(e: Entry) -> tuple[ToldRole, list[Line]] | None:
    """A dated entry whose header tells the job as a sentence (`Trabajé en Xing, en Barcelona, como
    desarrollador backend. Fui parte...`): its fields, and its details with what followed the
    sentence (and any aside) first. A sentence wrapped before its role (`..., als` over
    `Software-ontwikkelaar.`) or inside it (`como Engenheiro de` over `software.`) joins its next line."""
    if not e.has_date:
        return None
    # lines with words that are not the dates alone (nor a page number's line)
    worded = [h for h in e.header if re.search(r"[^\W\d_]", h.text) and not D.is_date_only(h.body)]
    if not worded:
        return None
    first = worded[0]
    cells = [c.strip() for c in (first.cells or [first.text]) if c.strip() and not D.is_date_only(c)]
    if not cells or (first.bullet and len(first.cells) <= 1):
        return None
    text = _strip_dates(" ".join(cells)).strip()  # justified text leaves wide gaps
    role = told_role(text)
    seq = worded[1:] + e.details
    used = 0
    if (
        seq
        and not seq[0].bullet
        and not re.search(r"[.;。；]\s*$", text)
        and (
            role is None
            or (not role.rest and _DANGLING.search(role.title))
            or (not role.rest and len(seq[0].body.split()) <= 3 and re.search(r"[.。]$", seq[0].body))
        )
    ):
        joined = told_role(f"{text} {seq[0].body}")
        if joined is not None:
            role, used = joined, 1
    if role is None:
        return None
    rest = " ".join(t for t in (f"{role.aside}." if role.aside else "", role.rest) if t)
    return role, ([_with_text(first, rest)] if rest else []) + seq[used:]


def _work_term(text: str) -> bool:
    """`Full-time`, `CDI`, `Freelance`: an employment type, not a place (`Remote` is both)."""
    t = text.strip().strip("()（）·|,;").strip().casefold()
    return t in lexicon().work_terms and normalize_key(t) not in _PLACES


def _dashed_on(f: Field, header: list[Line]) -> bool:
    """The field follows a dash on its line (`Software Engineer – Contract`): a title's terms."""
    text = header[f.line].text if f.line < len(header) else ""
    at = text.find(f.text)
    return at > 0 and text[:at].rstrip().endswith(("–", "—", "-"))


_ASIDE = re.compile(r"^(?P<name>.*?\S)\s*[(（](?P<aside>[^()（）]+)[)）]$")
_URL = re.compile(
    r"(?i)(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|co|de|fr|es|it|nl|pl|ru|cn|jp|eu)\b"
)


def _employer_aside(name: str) -> tuple[str, str | None]:
    """`Acme (Series B, 40 people)`, `Acme (www.acme.com)`, `Acme (Remote)`: what the employer is or
    how the job was done, in parentheses after its name, is an aside, not the name. A single word
    without a digit stays (`Institut für Fertigungstechnik (LUH)`, `Globex (Deutschland)`)."""
    m = _ASIDE.match(name)
    if m is None:
        return name, None
    aside = m["aside"].strip()
    told = (
        _URL.search(aside) is not None
        or re.search(r"\d", aside) is not None
        or re.search(r"[,，、;]", aside) is not None
        or aside.casefold() in lexicon().work_terms
        or normalize_key(aside) in _PLACES
    )
    return (m["name"].strip(), aside) if told and not _named_aside(aside) else (name, None)


_ASIDE_PIECES = re.compile(r"\s*[,，、]\s*")
_NAME_LINKS = frozenset({*_GENITIVE, "la", "le", "am", "an", "&", "and", "und", "et", "y", "e"})


def _prose(ln: Line) -> bool:
    return ln.text.rstrip().endswith((".", "。"))


def _brand(piece: str) -> bool:
    """`Witchery`, `Country Road`: a capitalised name that is no place, work mode or count."""
    words = piece.split()
    return (
        1 <= len(words) <= 5
        and re.search(r"\d", piece) is None
        and piece.casefold() not in lexicon().work_terms
        and not _known_place(piece)
        and all(not w[:1].islower() or w in _NAME_LINKS for w in words)
    )


def _named_aside(aside: str) -> bool:
    """`(Witchery, Mimco, Country Road)`: the brands a group trades as, printed in parentheses as part
    of the name the resume gives it (JSON Resume's `name` holds them). A place in parentheses is the
    job's place (the corpus's hand labels keep `Amadeus (Sophia Antipolis, France)` as `Amadeus`);
    a work mode, a size or a URL is an aside."""
    if _URL.search(aside):
        return False
    pieces = [p for p in _ASIDE_PIECES.split(aside.strip()) if p]
    return len(pieces) >= 2 and all(_brand(p) for p in pieces)


def _without_terms(text: str | None) -> tuple[str | None, list[str]]:
    """A field's comma- or middot-separated pieces that are employment types taken out of it."""
    if not text:
        return text, []
    parts = re.split(r"\s*(?:,|·|\|)\s*", text)
    terms = [p for p in parts if _work_term(p)]
    if not terms:
        return text, []
    rest = ", ".join(p for p in parts if not _work_term(p))
    return rest or None, terms


_HONORIFIC = re.compile(
    r"(?<![^\W\d_])(?:[Pp]rof\.?(?:ssa|ª)?|Pr|[Dd]r\.?|Dra\.?|Dott\.?(?:ssa)?|проф\.|доц\.)\s+"
    r"(?:[Dd]r\.?\s+)?[^\W\d_a-zß-ÿа-я]|[（(][\u4e00-\u9fff]{1,4}教授[)）]"
)
"""A teacher named with an academic honorific (`Prof. Sarah Jones`, `prof.ssa Rossi`, `dr Kowalski`,
`доц. Смирнова`, `（王伟教授）`; not `副教授`, a title)."""


def _course_line(ln: Line) -> bool:
    """`Analisi I (30h) – prof.ssa Giulia Rossi   Gen. 2018 – Mag. 2018`: a course taught under a
    role, with its teacher and its own term; a job's line names a title or a firm beside the person
    (`Arzthelferin, Praxis Dr. Weber`, `Ingenieurbüro Dr. Haller & Kollegen GmbH | Projektingenieur`)."""
    found = _HONORIFIC.search(ln.text)
    if found is None or _header_date(ln)[0] is None:
        return False
    chunks = _STRONG_SEP.split(_strip_dates(ln.text))
    return not any(title_score(c) or company_score(c) >= 1 or _legal_name(c) for c in chunks)


def _courses_into_roles(entries: list[Entry]) -> list[Entry]:
    """A role's courses, each with its teacher and term, are the role's lines: its span is theirs
    together, and none is a job of its own (the first one's term was read as the role's)."""
    out: list[Entry] = []
    for e in entries:
        role = out[-1] if out else None
        if role is not None and e.has_date and e.header and all(_course_line(ln) for ln in e.header):
            role.details.extend([*e.header, *e.details])
            starts = [d for d in (role.start, e.start) if d]
            ends = [d for d in (role.end, e.end) if d]
            role.start = min(starts) if starts else None
            role.end = "present" if "present" in ends else max(ends, default=None)
            continue
        if len(e.header) > 1 and _course_line(e.header[-1]) and not any(map(_course_line, e.header[:-1])):
            e.details.insert(0, e.header.pop())  # the first course under the role's own lines
        out.append(e)
    return out


_EVENT = re.compile(
    r"(?i)(?:joined\s+(?P<org>\S.*)|started 1 job|earned \d+ awards?|started \d+ projects?"
    r"|finished \d+ degrees?(?:\s+at\s+\S.*)?|volunteered)"
)
"""An activity timeline's event lines, in the words a code host's profile theme prints (`github`)."""


def _timeline_jobs(lines: list[Line]) -> list[Line]:
    """`March 2021` / `Joined Acme` / `Software Engineer` … `May 2022` / `Earned 1 award` / …: a
    timeline of events under the work heading (two event lines or more, one under a date). Each
    event runs from its date line to the next event's; a job's event line names its employer
    (printed again under it: once), the other events (awards, degrees, volunteering, projects)
    are no jobs."""
    marks = [i for i, ln in enumerate(lines) if not ln.bullet and _EVENT.fullmatch(ln.body.strip())]
    if len(marks) < 2 or not any(i > 0 and D.is_date_only(lines[i - 1].body) for i in marks):
        return lines
    starts = [i - 1 if i > 0 and D.is_date_only(lines[i - 1].body) else i for i in marks]
    out = list(lines[: starts[0]])
    for n, (start, i) in enumerate(zip(starts, marks, strict=True)):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        m = _EVENT.fullmatch(lines[i].body.strip())
        assert m is not None
        if m.group("org"):
            org = m.group("org").strip()
            rest = lines[i + 1 : stop]
            if rest and rest[0].body.strip() == org:
                rest = rest[1:]
            out += [*lines[start:i], _with_text(lines[i], org), *rest]
        elif m.group(0).casefold().startswith("started 1 job"):
            out += [*lines[start:i], *lines[i + 1 : stop]]
    return out


def parse_work(lines: list[Line], *, volunteer: bool = False) -> list[dict[str, Any]]:
    entries = _courses_into_roles(split_entries(_timeline_jobs(lines)))
    edge = max((ln.x1 for ln in lines), default=0.0)
    pattern = _Pattern()
    weak = _Pattern()
    parsed: list[tuple[Entry, list[Field], Field | None, Field | None]] = []
    terms_of: dict[int, list[str]] = {}
    for e in entries:
        if _told(e) is None:
            _run_in(e)
        fs = fields_of(e.header, job=True)
        terms_of[id(e)] = []
        if _told(e) is not None:
            parsed.append((e, fs, None, None))
            continue
        title, company, clear = _assign_work(fs, None)
        if title is None and company is not None and e.has_date:
            # decided by the words alone (`Locksmith at Acme`, a role beside `Studio Bianchi
            # Associati`): where this document prints each, for the entries that are a tie
            lone, named, sure = _lone_title(fs, company, None)
            if sure:
                title, company, clear = lone, named, True
        if company is not None and _work_term(company.text) and not _dashed_on(company, e.header):
            # `Acme · Full-time`: an employment type taken for the employer while another piece
            # can be; the entry is read without it
            rest = [f for f in fs if f is not company]
            t2, c2, clear2 = _assign_work(rest, None)
            if t2 is not None and c2 is not None and not _work_term(c2.text):
                terms_of[id(e)] = [company.text]
                fs, title, company, clear = rest, t2, c2, clear2
        if title is not None and company is not None:
            for votes in (pattern, weak) if clear else (weak,):
                votes.vote(title, "title")
                votes.vote(company, "company")
        parsed.append((e, fs, title, company))
    if not pattern.company_at and not pattern.title_at:
        # no entry was clear, but those resolved by their shape agree on where each field sits:
        # their order holds for the entries that could not be resolved alone
        pattern = weak
    parsed = _by_habit(parsed)
    places_there = any(_place_after_title(fs, title) for _e, fs, title, _c in parsed)
    apart = _employer_apart(parsed)
    out: list[dict[str, Any]] = []
    one_dated: list[int] = []
    prev_company: str | None = None
    prev_location: str | None = None
    for e, fs, first_title, first_company in parsed:
        told = _told(e)
        if told is not None:
            role, details = told
            prev_company, prev_location = role.employer, role.place
            out.append(
                {
                    "name": role.employer,
                    "position": role.title,
                    "location": role.place,
                    "startDate": e.start if e.start is not None or e.end == "present" else e.end,
                    "endDate": e.end,
                    "summary": role.sentence,
                    "highlights": highlights(details, edge),
                }
            )
            if _lone_date(e):
                one_dated.append(len(out) - 1)
            continue
        title, company = first_title, first_company
        if title is None or company is None:
            title, company, _ = _assign_work(fs, pattern)
        if title is None and company is not None:
            title = _guessed_place_as_title(fs, company)
        if title is None and company is not None and e.has_date:
            title, company, _ = _lone_title(fs, company, pattern)
        if title is None and company is not None and e.has_date:
            title = _title_under_header(e, fs)
        if not e.has_date and not e.header:
            if out:
                out[-1]["highlights"].extend(highlights(e.details, edge))
            continue
        _employer_line(e.header, fs, title, company)
        position, company = _title_terms(e.header, fs, title, company, places_there, apart)
        position = _title_area(fs, title, company, position)
        if prev_company and apart and _area_for_employer(e, fs, title, company):
            assert title is not None
            assert company is not None
            line = e.header[title.line].body
            position = line[line.index(title.text) : line.index(company.text) + len(company.text)]
            company = None  # a role under the employer of the job before: its area, not its employer
        name = company.text if company else None
        if (
            not e.has_date
            and position is None
            and name is not None
            and len([f for f in fs if f.role == ""]) == 1
        ):
            # an employer line over several positions: remember it for the entries that follow
            prev_company = name
            prev_location = _location(fs) or _leftover_place(fs, title, company)
            continue
        location = _location(fs) or _leftover_place(fs, title, company)
        asides = list(terms_of[id(e)])
        location, terms = _without_terms(location)
        asides += terms
        if name is not None:
            name, aside = _employer_aside(name)
            if aside and location is None and normalize_key(aside) in _PLACES:
                location = aside  # `Acme (Remote)` and no other place: where the job was done
            elif aside:
                asides.append(aside)
        if name is None and prev_company and position:
            name = prev_company
            location = location or prev_location  # a role under its employer's line
        elif name is not None:
            prev_company = name
            prev_location = location
        start, end = e.start, e.end
        if start is None and end is not None and end != "present":
            start = end
        item: dict[str, Any] = {
            "name": name,
            "position": position,
            "location": location,
            "startDate": start,
            "endDate": end,
            "highlights": highlights(e.details, edge),
        }
        said = [" · ".join(dict.fromkeys(asides))] if asides else []  # the person's words, kept
        said += [ln.body for ln in _unused_lines(e.header, fs, title, company, location)]
        if said:
            item["summary"] = "\n".join(said)
        if _lone_date(e):
            one_dated.append(len(out))
        out.append(item)
    _open_newest(out, one_dated)
    if volunteer:
        return [
            {
                "organization": w["name"],
                "position": w["position"],
                "startDate": w["startDate"],
                "endDate": w["endDate"],
                "highlights": w["highlights"],
                **({"summary": w["summary"]} if w.get("summary") else {}),
            }
            for w in out
        ]
    return out


def _employer_apart(parsed: list[tuple[Entry, list[Field], Field | None, Field | None]]) -> bool:
    """Whether this document prints each job's employer on a line of its own, apart from the
    title's: two entries or more so, and twice as many as print both on one line."""
    lines = [t.line != c.line for _e, _fs, t, c in parsed if t is not None and c is not None]
    return sum(lines) >= 2 and sum(lines) >= 2 * (len(lines) - sum(lines))


def _area_for_employer(e: Entry, fs: list[Field], title: Field | None, company: Field | None) -> bool:
    """`Tragwerksplaner, Technisches Büro` alone over its dates, where the document prints every
    employer on a line of its own: the second role at the employer above, the words after the comma
    its area, not an employer (no legal form, no firm's word)."""
    if title is None or company is None or not _after_title(title, company):
        return False
    if any(f.line != title.line for f in fs if f.role != "location"):
        return False
    line = e.header[title.line].body
    at = line.find(title.text)
    return at >= 0 and line.find(company.text, at) > at and company_score(company.text) < 1


def _lone_date(e: Entry) -> bool:
    """Whether the entry's header prints one date, not a range."""
    return e.start is None and e.end is not None and e.end != "present"


def _later(a: str, b: str, *, strict: bool) -> bool:
    """`a` after `b` (or not before it), at the coarser grain of the two (`2024` vs `2024-05`)."""
    grain = 7 if len(a) >= 7 and len(b) >= 7 else 4
    return a[:grain] > b[:grain] if strict else a[:grain] >= b[:grain]


def _open_newest(out: list[dict[str, Any]], lone: list[int]) -> None:
    """The section's newest job, printed with one date where the others print ranges, is the one
    still held: a layout that prints `start – end` prints no end where there is none (`Sep 2024`
    over `Sep 2022 — Jun 2024`). Read by the section's own pattern, so an older job's lone date
    (a one-month contract) stays a point in time, and a section of lone dates stays as printed."""
    ranged = [w for i, w in enumerate(out) if i not in lone and w["startDate"] and w["endDate"]]
    if not lone or not ranged or any(w["endDate"] == "present" for w in out):
        return
    newest = max(lone, key=lambda i: out[i]["endDate"])
    date = out[newest]["endDate"]
    others = [w for i, w in enumerate(out) if i != newest and w["endDate"]]
    if all(
        _later(date, w["endDate"], strict=True) and _later(date, w["startDate"] or w["endDate"], strict=True)
        for w in others
    ):
        out[newest]["startDate"], out[newest]["endDate"] = date, None


def title_groups(lines: list[Line]) -> list[list[Line]] | None:
    """Undated entries that each start with a line in a title look (bold where the body is not):
    projects, referees. None when the section has no such look or the first line lacks it."""
    if not lines:
        return None
    body_bold = sum(len(ln.text) for ln in lines if ln.bold) > 0.5 * sum(len(ln.text) for ln in lines)
    if body_bold:
        return None
    starts = [i for i, ln in enumerate(lines) if ln.bold and not ln.bullet and len(ln.text) <= 120]
    if not starts or starts[0] != 0:
        return None
    bounds = [*starts, len(lines)]
    return [lines[a:b] for a, b in itertools.pairwise(bounds)]


def _plain_project_groups(lines: list[Line]) -> list[list[Line]] | None:
    """Projects printed in one look (CJK fonts without a bold face): a name line, a description,
    bullets. A plain line after bullets, or a short one after a name and its description,
    starts the next project. None unless the first line is a short name and several projects come."""
    if len(lines) < 3 or lines[0].bullet or len(lines[0].text) > 40:
        return None
    groups: list[list[Line]] = [[lines[0]]]
    for ln in lines[1:]:
        g = groups[-1]
        short = (
            len(ln.text) <= 30 and len(ln.text.split()) <= 4 and not ln.text.rstrip().endswith((".", "。"))
        )
        described = len(g) >= 2 and not g[1].bullet
        if not ln.bullet and (g[-1].bullet or (described and short and not g[-1].bullet and len(g) == 2)):
            groups.append([ln])
        else:
            g.append(ln)
    if len(groups) < 2 or any(len(g) < 2 for g in groups):
        return None
    return groups


def _project(
    name: str | None, rest: list[Line], start: str | None, end: str | None, roles: list[str]
) -> dict[str, Any]:
    desc_lines = [ln for ln in rest if not ln.bullet]
    return {
        "name": name[:300] if name else None,
        "description": " ".join(ln.text.strip() for ln in desc_lines)[:5000] or None,
        "highlights": highlights([ln for ln in rest if ln.bullet]),
        "startDate": start,
        "endDate": end,
        "roles": roles,
    }


def parse_projects(lines: list[Line]) -> list[dict[str, Any]]:
    """Projects: a name (with dates or roles beside it), a description and bullets; one per bullet
    when the section is a plain bullet list (`Name: what it is`)."""
    out: list[dict[str, Any]] = []
    groups = title_groups(lines) or _plain_project_groups(lines)
    if groups is not None and not any(_header_date(ln)[0] for ln in lines):
        for g in groups:
            out.append(_project(g[0].text.strip(), g[1:], None, None, []))
        return out
    for e in split_entries(lines):
        if not e.header and e.details and all(ln.bullet for ln in e.details):
            for ln in e.details:
                text = ln.body
                label, _, desc = text.partition(":") if ":" in text[:60] else (text, "", "")
                out.append({"name": label.strip()[:300], "description": (desc.strip() or None)})
            continue
        fs = [f for f in fields_of(e.header) if f.role == ""]
        name = fs[0].text if fs else None
        roles = [f.text for f in fs[1:] if title_score(f.text) > 0][:5]
        # header lines after the name line that hold no role are the description's first lines
        extra = [ln for li, ln in enumerate(e.header) if li > 0 and not any(f.line == li for f in fs[:1])]
        extra = [ln for ln in extra if not any(r in ln.text for r in roles) and not _header_date(ln)[0]]
        item = _project(name, extra + e.details, e.start, e.end, roles)
        if item["name"] or item["description"] or item["highlights"]:
            out.append(item)
    return out
