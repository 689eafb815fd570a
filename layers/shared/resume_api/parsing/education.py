"""Education entries: the degree and the school in either order, theses kept with their entry.

Splitting a section into entries and cutting header lines into fields is `entries`' job; this
module decides which field is the degree, the subject and the institution.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import replace
from typing import Any

from . import dates as D
from .clean_text import join_wrapped
from .contacts import looks_like_location
from .entries import (
    _DANGLING,
    _GENITIVE,
    Entry,
    Field,
    _header_date,
    _location,
    _run_on,
    _sentence_end,
    _strip_dates,
    _subject,
    _with_text,
    _without_margin_cell,
    entry_lines,
    fields_of,
    split_entries,
)
from .lexicon import lexicon
from .lines import Line
from .sections import heading_key
from .vocab import DEGREE_RE, GPA_RE, INSTITUTION_WORDS, SUBJECT_WORDS, words

_DEGREE_OF = re.compile(
    r"^(?P<deg>(?i:(?:bachelor|master|doctor)(?:'s|’s)?\s+of\s+(?:science|arts|engineering|laws|"
    r"fine\s+arts|business\s+administration|education|philosophy|technology|applied\s+science)))"
    r"\s+(?P<area>[^\W\d_a-z][^,;|]*)$"
)
"""`Master of Science Informatica` (Dutch, German CVs print no `in`): the degree's name, then a
capitalised field."""


_DEGREE_IN_PARENS = re.compile(r"^(?P<area>[^()]{3,80}?)\s*\((?P<deg>[^()]{2,40})\)$")
"""`Biomedical Engineering (MSc)`: the field, then its degree in parentheses."""


_GLOSSED_DEGREE = re.compile(r"^(?P<deg>[^(),]{2,60}\((?P<abbr>[^()]{2,12})\))\s*,\s*(?P<area>[^,]{2,80})$")
"""`Alapképzés (BSc), Programtervező informatikus`: a degree glossed by its abbreviation, then the field."""


_TRADE_LINK = frozenset({"zum", "zur", "als"})
"""Words that join a training to the trade it leads to (`Ausbildung zum Fachinformatiker`): the
trade is the qualification's own name, not its field."""

_NAMED_BEFORE = re.compile(
    r"(?i)bootcamp|apprenticeship|diplom\w*|degree|semester|program(?:me)?|erasmus|exchange"
)
"""Kinds of schooling named by what comes before them (`Full-Stack Web Development Bootcamp`,
`Electrician Apprenticeship`): the whole is the degree, not a field and then a degree."""


_QUALIFIER = re.compile(r"[^\W\d_A-ZÀ-ÞΑ-ΩА-Я]{5,}")
"""A lower-case word after a degree's word that says which degree (`magistrale`, `triennale`,
`professionnelle`): longer than the words that join a degree to its field or its trade (`in`,
`zum`, `para`)."""


def _qualified(text: str) -> tuple[str, str] | None:
    """`Laurea magistrale Ingegneria informatica`, `学士 计算机科学与技术`: a degree's word, the
    lower-case words that qualify it, then a capitalised field with no linking word between
    (a script without capitals: the degree alone, then the field after a space)."""
    m = DEGREE_RE.match(text)
    if m is None or m.end() >= len(text) or not text[m.end()].isspace():
        return None
    words_after = text[m.end() :].split()
    cjk = all("\u3040" <= ch <= "\u9fff" for ch in m.group(0))
    n = 0
    while n < min(2, len(words_after) - 1) and _QUALIFIER.fullmatch(words_after[n]):
        n += 1
    field = " ".join(words_after[n:])
    if not field or DEGREE_RE.match(field) or (n == 0 and not cjk):
        return None
    if not (field[:1].isupper() or (cjk and "\u3040" <= field[:1] <= "\u9fff")):
        return None
    return " ".join([m.group(0), *words_after[:n]]), field


def _degree_split(text: str) -> tuple[str, str | None]:
    """`Bachelor of Science in Computer Science` -> (`Bachelor of Science`, `Computer Science`)."""
    glossed = _GLOSSED_DEGREE.match(text.strip())
    if glossed and DEGREE_RE.fullmatch(glossed.group("abbr").strip()):
        return glossed.group("deg").strip(), glossed.group("area").strip()
    paren = _DEGREE_IN_PARENS.match(text.strip())
    if paren and DEGREE_RE.match(paren.group("deg").strip()) and not DEGREE_RE.search(paren.group("area")):
        return paren.group("deg").strip(), paren.group("area").strip(" ,–—-")
    named = _DEGREE_OF.match(text.strip())
    if named and not re.match(r"(?i)(?:in|en|im|em)\b", named.group("area")):
        return named.group("deg").strip(), named.group("area").strip()
    abbr = DEGREE_RE.match(text.strip())
    end = abbr.end() if abbr else 0
    while abbr and (more := DEGREE_RE.match(text.strip(), end + 1)) and text.strip()[end] == " ":
        end = more.end()  # `WO Master`, `HBO Bachelor`: a level, then the degree, one name
    if abbr and abbr.group(0)[:1].isupper() and " of " not in abbr.group(0).lower():
        rest = text.strip()[end:].strip(" ,:-–")
        if (
            rest
            and rest[:1].isupper()
            and not re.match(r"(?i)(of|in|en|im)\b", rest)
            # `M. Sc. Informatik`; one word up to twelve letters: `Propedeuse Rechten`
            and (len(abbr.group(0)) <= 8 or (len(abbr.group(0)) <= 12 and " " not in abbr.group(0).strip()))
            and not DEGREE_RE.match(rest)  # `WO Master in Informatica`, `HBO Bachelor`: one degree
        ):
            return text.strip()[:end].strip(), rest
    qualified = _qualified(text.strip())
    if qualified is not None:
        return qualified
    tail = DEGREE_RE.search(text)
    if (
        tail
        and tail.end() == len(text.rstrip())
        and tail.start() > 0
        and text[tail.start() - 1] in " ,，"
        and not _NAMED_BEFORE.fullmatch(tail.group(0))
    ):
        # `计算机科学与技术 学士`, `Informatik, Bachelor`: field first, degree last
        return tail.group(0).strip(), text[: tail.start()].strip(" ,，") or None
    m = re.match(r"^(?P<deg>.+?)\s+(?:in|en|im|em|z|po|по|,|:|-|–)\s+(?P<area>.+)$", text, re.IGNORECASE)
    if m and DEGREE_RE.search(m.group("deg")):
        area = m.group("area").strip()
        area = re.sub(r"(?i)\s*[-–(]?\s*\d+(?:\.\d+)?\s*gpa\)?$", "", area).strip()
        return m.group("deg").strip(), area or None
    linked = re.match(
        r"^(?P<deg>.+?)\s+(?P<link>[^\W\d_A-ZÀ-ÞΑ-Ω]{1,4})\s+(?P<area>[^\W\d_a-zß-ÿα-ω][^,;|]*)$",
        text.strip(),
    )
    if (
        linked
        and DEGREE_RE.fullmatch(linked.group("deg").strip())
        and linked.group("link") not in _GENITIVE  # `Bachelor of Arts`: the degree's own name
        and linked.group("link") not in _TRADE_LINK
    ):
        # `Bachelor i Datalogi`, `Master în Finanțe`: a degree, a short linking word in any
        # language, a capitalised field
        return linked.group("deg").strip(), linked.group("area").strip()
    return text.strip(), None


_LABELLED = re.compile(r"^[^\W\d_][^:：\d]{0,40}[:：]\s*\S")
"""`Abschlussnote: 1,3`, `Voto di laurea: 110/110`, `Cours suivis : ...`: a labelled line under a
degree (a grade, courses, an advisor), never an entry's start; `Sciences Po (2015 – 2017): Master` has a date
before its colon: an entry's header."""


@functools.cache
def _honours() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in lexicon().honours)
    return re.compile(rf"(?i)(?:{alt})(?!\w)")


def _is_honours(text: str) -> bool:
    """A line or piece that opens with the honours a degree was awarded with (`Magna Cum Laude`,
    `Mention très bien`, `Красный диплом`) and names no school or degree: the degree's score, in
    every language, with no grade's word or number in it."""
    t = text.strip(" ,;:()–—-")
    m = _honours().match(t)
    return m is not None and not INSTITUTION_WORDS.search(t[m.end() :]) and not DEGREE_RE.search(t)


def _degree_labelled(text: str) -> bool:
    """`Associate of Applied Science: Logistics`, `BA (Hons): History`: a degree printed before its
    field with a colon (`paper` prints `studyType: area`), not a label under one; a thesis's label
    (`Master thesis: ...`) stays a label."""
    label, colon, _ = text.replace("：", ":").partition(":")
    return bool(colon) and _names_degree(label) and not _thesis_label().search(text)


def _line_kind(ln: Line) -> str:
    """`label` (a grade, honours, courses, an advisor line), `inst`, `deg`, `both` or `none`."""
    if (_LABELLED.match(ln.text) and not _degree_labelled(ln.text)) or (
        GPA_RE.search(ln.text) and not INSTITUTION_WORDS.search(ln.text)
    ):
        return "label"
    if _is_honours(ln.text):
        return "label"
    inst = bool(INSTITUTION_WORDS.search(ln.text))
    deg = bool(DEGREE_RE.search(ln.text))
    if inst and deg and _pieces([ln]) < 2 and DEGREE_RE.match(ln.text.strip()):
        return "deg"  # `Diploma di liceo scientifico`: the degree names the kind of school
    return "both" if inst and deg else "inst" if inst else "deg" if deg else "none"


def _one_line(ln: Line, shape: int) -> bool:
    """A plain line that is a one-line entry of a section whose entries print in `shape` pieces:
    it names a degree and a school, or a degree in that many pieces."""
    if ln.bullet or ln.list_item or len(ln.text.split()) > 16:
        return False
    kind = _line_kind(ln)
    return kind == "both" or (shape >= 2 and kind == "deg" and _pieces([ln]) == shape)


def _dated_siblings(entry: Entry) -> list[Entry]:
    """A dated one-line entry whose details are more of its kind, each with its dates inside
    (`UPM (2012 – 2015): Grado en Ingeniería Informática` under `Universidad Complutense de Madrid
    (2015 – 2016): Grado en ...`): one entry each."""
    if len(entry.header) != 1 or _line_kind(entry.header[0]) not in ("both", "deg"):
        return [entry]
    shape = _pieces(entry.header)
    out = [replace(entry, details=[])]
    for ln in entry.details:
        span = D.find_range(ln.text)
        if span is not None and (span.start or span.end) and _one_line(ln, shape):
            out.append(Entry(header=[ln], start=span.start, end=span.end, has_date=True))
        else:
            out[-1].details.append(ln)
    return out


def _one_line_entries(entry: Entry) -> tuple[list[Line], list[Line]]:
    """An undated entry's header and details, where a detail line naming a degree and a school is
    a one-line entry of its own (`Máster en Ciencia de Datos, ESADE` under `Grado en ...,
    Universidad Complutense`), as is one naming a degree in as many pieces as the entry's own
    one-line header (or first line, where the reader put them all in details): those lines, and
    the lines before them, are header lines."""
    first = entry.header[0] if entry.header else entry.details[0] if entry.details else None
    shape = _pieces([first]) if first is not None and _line_kind(first) in ("both", "deg") else 0
    one_line = [i for i, ln in enumerate(entry.details) if _one_line(ln, shape)]
    if not one_line:
        return entry.header, entry.details
    return [*entry.header, *entry.details[: one_line[-1] + 1]], entry.details[one_line[-1] + 1 :]


def _school_over_dated(entry: Entry) -> list[Entry]:
    """A dated entry cut where each piece holds a school and a degree: an undated school above a
    dated one (`Coursera` / `Certificate` / `MIT 2018` / `BSc`) is its own entry, the dates staying
    with the school printed beside them; a department over its university stays one entry. Undated
    schools under a dated one (a theme prints dates only where the person gave a range) are read on
    into the details: a detail line naming a school or a degree goes on cutting, and the cut holds
    only where every piece names both."""
    groups: list[Entry] = []
    whole: list[bool] = []  # each group names a school and a degree
    cur = Entry()
    seen_inst = seen_deg = False
    for n, ln in enumerate([*entry.header, *entry.details]):
        pieces = [p.strip() for p in _strip_dates(ln.text).split("|")]
        inst = any(INSTITUTION_WORDS.search(p) for p in pieces)
        deg = any(DEGREE_RE.search(p) for p in pieces)
        if n >= len(entry.header) and (
            ln.bullet
            or ln.list_item
            or _line_kind(ln) == "label"
            or not (inst or deg or D.is_date_only(ln.text))
            or (":" in ln.text and not _degree_labelled(ln.text))
            or len(ln.text.split()) > 12
        ):
            # a grade, courses, a bullet, a sentence (`1 semestre : cours de Master ... à la Faculty
            # of ...`): a line under the entry it follows
            cur.details.append(ln)
            continue
        if cur.header and ((inst and seen_inst) or (deg and seen_deg and not inst)):
            whole.append(seen_inst and seen_deg)
            groups.append(cur)
            cur, seen_inst, seen_deg = Entry(), False, False
        cur.header.append(ln)
        seen_inst = seen_inst or inst
        seen_deg = seen_deg or deg
    if cur.header:
        whole.append(seen_inst and seen_deg)
        groups.append(cur)
    dated = [g for g in groups if any(_header_date(ln)[0] is not None for ln in g.header)]
    bare = _bare_tail(groups, whole)
    if len(groups) < 2 or not all(whole[: len(groups) - bare]) or len(dated) != 1 or bare == len(groups):
        return [entry]
    dated[0].start, dated[0].end, dated[0].has_date = entry.start, entry.end, True
    return groups


def _bare_tail(groups: list[Entry], whole: list[bool]) -> int:
    """How many groups at the end are a school printed bare under a whole entry (`Roadmaster Drivers
    School` alone on its line, no degree, no dates: a theme prints them only where the person gave
    them), in the look of the schools above it (a department under its degree prints in another)."""
    looks = {
        _look(ln)
        for g, w in zip(groups, whole, strict=True)
        if w
        for ln in g.header
        if _line_kind(ln) == "inst"
    }
    n = 0
    for g, w in zip(reversed(groups), reversed(whole), strict=True):
        ln = g.header[0]
        if w or len(g.header) != 1 or _line_kind(ln) != "inst" or _header_date(ln)[0] is not None:
            break
        if looks != {_look(ln)}:
            break
        n += 1
    return n


def _edu_groups(entry: Entry) -> list[Entry]:
    """Education lines (`School` / `Degree` / `School` / `Degree`) into one entry each; a dated
    entry as `_school_over_dated` cuts it. Undated, a line no word names (`Caltech`, `General
    Assembly`) after a whole entry starts the next one where a degree's line follows it (the school
    printed over its degree); labelled lines (a grade, courses) are details of the entry they
    follow; a dated one-line entry's siblings among its details (`_dated_siblings`) are entries."""
    if entry.has_date:
        cut = _school_over_dated(entry)
        return cut if len(cut) > 1 else _dated_siblings(entry)
    header, details = _one_line_entries(entry)
    groups: list[Entry] = []
    cur = Entry()
    seen_inst = seen_deg = seen_other = False
    kinds = [_line_kind(ln) for ln in header]
    # where entries open with the school, a line no word names may be the next school; where they
    # open with the degree, it is a line under the degree (`Mention très bien`)
    school_first = next((k for k in kinds if k != "label"), "") in ("inst", "none")
    for i, ln in enumerate(header):
        kind = kinds[i]
        if kind == "label" and cur.header:
            cur.details.append(ln)
            continue
        inst, deg = kind in ("inst", "both"), kind in ("deg", "both")
        whole = seen_deg and (seen_inst or seen_other)
        nxt = kinds[i + 1] if i + 1 < len(kinds) else ""
        if cur.header and (
            (inst and seen_inst)
            or (deg and seen_deg and not inst)
            or (whole and (inst or (school_first and kind == "none" and nxt == "deg")))
        ):
            groups.append(cur)
            cur, seen_inst, seen_deg, seen_other = Entry(), False, False, False
        cur.header.append(ln)
        seen_inst = seen_inst or inst
        seen_deg = seen_deg or deg
        # a piece beside the degree on its line (`Electrician Apprenticeship, IBEW Local 46`) is
        # its school as much as a line no word names, unless a school's line follows (then it is
        # the field: `Bachelor of Arts, English Literature` over `University of Michigan`)
        beside = kind == "deg" and nxt not in ("inst", "none") and _pieces([ln]) >= 2
        seen_other = seen_other or kind == "none" or beside
    if cur.header:
        groups.append(cur)
    if groups:
        groups[-1].details.extend(details)
    for g in groups:
        _dates_inside(g)
    return groups or [entry]


def _dates_inside(e: Entry) -> None:
    """An undated entry's dates printed inside its header line (`Sciences Po (2015 – 2017): Master
    in Public Policy`): the first range of a line that names a degree or a school."""
    for ln in e.header:
        span = D.find_range(ln.text) if _line_kind(ln) != "label" else None
        if span is not None and (span.start or span.end):
            e.start, e.end = span.start, span.end
            return


_OPENERS = "«„“‘《「'\""
_CLOSERS = "»“”’」》'\""


@functools.cache
def _thesis_label() -> re.Pattern[str]:
    """A thesis label at a piece's start, before its colon or its title's opening quote."""
    labels = sorted(lexicon().thesis, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in labels)
    return re.compile(rf"(?i)(?:^|(?<=[\s,;|–—(，、-]))(?:{alt})\s*(?=[:：{_OPENERS}])")


def _quote_open(text: str) -> bool:
    """Whether a title's quote opens in `text` and does not close there (it wrapped)."""
    at = next((i for i, ch in enumerate(text) if ch in _OPENERS), None)
    return at is not None and not any(ch in _CLOSERS for ch in text[at + 1 :])


def _cut_thesis(line: Line) -> tuple[Line | None, str] | None:
    """The line without the thesis it goes on to (`PhD - Thesis title: 'Young People in...`): the
    cells before it, and a date cell after it; None when it names no thesis."""
    for ci, cell in enumerate(line.cells or [line.text]):
        m = _thesis_label().search(cell)
        if m is None:
            continue
        head = cell[: m.start()].rstrip(" –—-,;|:(，、")
        after = [c for c in (line.cells or [line.text])[ci + 1 :] if D.is_date_only(c)]
        cells = [*(line.cells or [line.text])[:ci], *([head] if head else []), *after]
        kept = replace(line, text=" ".join(cells), cells=cells) if any(cells) else None
        return kept, cell[m.start() :]
    return None


def _theses_marked(lines: list[Line]) -> list[tuple[Line, bool]]:
    """An education section's lines with the thesis printed on a degree's line cut into a line of
    its own, each marked whether it is thesis: that cut, and the lines its title wrapped onto (an
    open quote, or a label ending its line)."""
    out: list[tuple[Line, bool]] = []
    pending = 0
    for ln in lines:
        if pending:
            title = ln.text.strip()
            opened = title[:1] in _OPENERS and not any(ch in _CLOSERS for ch in title[1:])
            if pending == -1:  # the label ended its line: this line is the title
                pending = 3 if opened else 0
            else:
                pending = 0 if any(ch in _CLOSERS for ch in title) else pending - 1
            out.append((ln, True))
            continue
        cut = _cut_thesis(ln)
        if cut is None:
            out.append((ln, False))
            continue
        kept, thesis = cut
        if kept is not None:
            out.append((kept, False))
        out.append((replace(ln, text=thesis, cells=[thesis]), True))
        if _thesis_label().sub("", thesis).strip(" :：") == "":
            pending = -1
        elif _quote_open(thesis):
            pending = 3
    return out


def split_theses(lines: list[Line]) -> list[Line]:
    """The section's lines with each thesis on a line of its own: the thesis is no field of a
    degree, so the section keeps it verbatim beside the degrees (document.py's unplaced lines)."""
    return [ln for ln, _ in _theses_marked(lines)]


def _without_thesis(lines: list[Line]) -> list[Line]:
    """An education section without its theses: their words name no school (`... the Virtual`
    over `University'`) and their colon cuts no field."""
    return [ln for ln, thesis in _theses_marked(lines) if not thesis]


def _lift_header(e: Entry) -> None:
    """A dated entry whose header names no degree, or a degree and no school, where its first plain
    line under it names what the header lacks: that line is the header's. `• sep 2009 – juli 2013`
    over `Technische Natuurkunde (BSc) — TU/e. Eindproject: ...` (the header runs on into its
    description after a full stop: the description stays a detail); `CNAM Paris` over `Licence
    professionnelle en Métiers du numérique`; `Data Science, Bachelor of Science  2017 — 2021` over
    `National University of Singapore, GPA: 4.5` (the school's line opens with the school; what
    follows it, a city or a grade, are pieces of the header as they would be on one line)."""
    if not e.has_date or not e.details or e.details[0].bullet or e.details[0].list_item:
        return
    pieces = [f for f in fields_of(e.header) if f.role == ""]
    first = e.details[0]
    cut = _run_on(first.text)
    head = first.text[:cut] if cut is not None else _sentence_end(first.text.rstrip())
    named = any(DEGREE_RE.search(f.text) for f in pieces)
    if named:
        lead = _LEAD_PIECE.split(first.text.strip(), maxsplit=1)[0]
        if any(INSTITUTION_WORDS.search(f.text) for f in pieces) or DEGREE_RE.search(lead):
            return
        if not INSTITUTION_WORDS.search(lead) or len(lead.split()) > 10:
            return
        e.details.pop(0)
        e.header.append(first)
        return
    if not DEGREE_RE.search(head):
        return
    if pieces and (cut is not None or len(head.split()) > 10):
        return  # under a header of its own, a sentence naming a degree is its description
    e.details.pop(0)
    e.header.append(_with_text(first, head.strip()))
    if cut is not None:
        e.details.insert(0, _with_text(first, first.text[cut + 1 :].strip()))


_LEAD_PIECE = re.compile(r"\s*[,;|，、]\s*|\s+[–—·]\s+")
"""What cuts a line's first piece from the rest (`University of X, Ann Arbor, GPA: 3.8`)."""


_LINK = re.compile(
    r"(?:,|\s(?:an\s+der|an\s+dem|aan\s+de|aan\s+het|at|@|naar|aan|à|a|in|en|em|na|no|bei|an|am|w|we|в|во|на|"
    r"presso|chez|–|—|-))\s+"
)
"""What joins a programme to the school it was taken at (`Erasmus exchange naar Universitat de
Barcelona`, `Semestre d'échange à l'Université Laval`, `B.S. in Physics, University of Utah`)."""


def _school_cut(text: str) -> tuple[str, str] | None:
    """A degree and the school its line goes on to (`B.S., University of X`), cut at the last
    joining word before the school's word; None where the school's word opens the line."""
    m = INSTITUTION_WORDS.search(text)
    if m is None or m.start() == 0:
        return None
    links = list(_LINK.finditer(text, 0, m.start()))
    if not links:
        return text[: m.start()].strip(" ,–—-"), text[m.start() :]
    link = links[-1]
    return text[: link.start()].strip(" ,–—-"), text[link.end() :]


_SCHOOL_AT = re.compile(
    r"\s(?:at|from|à|chez|an\s+der|an\s+dem|am|bei|por\s+la|por\s+el|en\s+la|en\s+el|pela|pelo|na|no|"
    r"presso|alla|all['’]|aan\s+de|aan\s+het|bij|w|we|в|во|на)\s+(?=[^\W\d_a-zß-ÿα-ωа-я])"
    r"|\sà\s+l['’](?=\w)"
)
"""The word a degree's line puts before the school it was taken at (`Economia pela USP`, `Informatica
presso PoliMi`, `Informatik an der TU Berlin`), a capital after it; not the word before a field
(`in`, `en`, `em`: `Máster en Finanzas`)."""


_KIND_LINK = re.compile(r"\s*(?:(?:[\w]{1,4}['’]\s*|[^\W\d_]{1,5}\s+)?[^\W\d_][\w-]*\s*)?")
"""What may stand between a degree's word and the school word naming its kind: nothing, or one word
after an optional linking word (`Diploma di Istituto`, `Diplôme d'Études Universitaires`)."""


def _names_kind_of_school(text: str) -> bool:
    """`Diploma di Istituto Professionale`, `High School Diploma`, `Диплом колледжа`: the degree's
    school word names the kind of school it is taken at, not the school: the word falls inside
    the degree's words or follows them, one word at most and no separator between."""
    d, m = DEGREE_RE.search(text), INSTITUTION_WORDS.search(text)
    if d is None or m is None:
        return False
    if m.start() < d.end():
        return m.end() > d.start()
    return _KIND_LINK.fullmatch(text[d.end() : m.start()]) is not None


def _school_at(text: str) -> tuple[str, str] | None:
    """A field and the school its text goes on to after a linking word (`Statistica presso PoliMi`
    -> `Statistica`, `PoliMi`); None where no such word joins them or the field names a school."""
    links = list(_SCHOOL_AT.finditer(text))
    if not links:
        return None
    field, school = text[: links[-1].start()].strip(" ,"), text[links[-1].end() :].strip(" ,")
    if not field or not school or INSTITUTION_WORDS.search(field) or DEGREE_RE.search(school):
        return None
    if len(school.split()) > 10:
        return None
    return field, school


def _linked_schools(cands: list[Field]) -> list[Field]:
    """Pieces with a degree's piece that goes on to its school after a linking word (`High School
    Diploma at Lincoln High School`, `Diploma di liceo scientifico presso Liceo Galilei`,
    `Inżynier Informatyka na AGH`) cut in two there, the degree's then the school's: the school's
    word inside the degree's own name (`High School`, `liceo`) names no school. Where another
    piece names a school, the pieces stay as they are."""
    for k, f in enumerate(cands):
        if not _SCHOOL_AT.search(f.text) or not DEGREE_RE.search(f.text):
            continue
        if any(INSTITUTION_WORDS.search(g.text) for g in cands if g is not f):
            return cands
        for link in _SCHOOL_AT.finditer(f.text):
            before, after = f.text[: link.start()].strip(" ,"), f.text[link.end() :].strip(" ,")
            if (
                DEGREE_RE.search(before)
                and after
                and not DEGREE_RE.search(after)
                and len(after.split()) <= 10
            ):
                pieces = [replace(f, text=before), replace(f, text=after)]
                return [*cands[:k], *pieces, *cands[k + 1 :]]
        return cands
    return cands


_CERTIFICATE = re.compile(
    r"(?i)certif|zertifi|certyfik|сертифик|licen[cs]e\s+(?:no|number|#)|证书|資格|免許|認定"
)
"""A certificate's own word: an entry that says it is no degree (`Certificate in Data Science,
Harvard University`)."""


def _names_degree(piece: str) -> bool:
    """A piece that is a degree's name: the degree's word opens it (`Master en Informatique`), or
    closes it in a script written without spaces (`计算机科学 学士`). `Cours de statistiques en
    licence` names a degree inside a talk's title: no degree of the person's."""
    text = piece.strip()
    m = DEGREE_RE.match(text)
    if m is not None:
        return True
    last = [m for m in DEGREE_RE.finditer(text) if m.end() == len(text)]
    return bool(last) and any("\u3040" <= ch <= "\u9fff" for ch in last[-1].group(0))


def schooling_lines(lines: list[Line], *, named: bool = False) -> tuple[list[Line], list[Line]]:
    """A section's lines (filed under another heading) split into its degrees, each entry whose
    header names a degree and a school and no job title or certificate, and the rest, in order:
    what decides is what the entry says, not the heading it was printed under. `named`: the
    degree must be one piece's name (`_names_degree`) beside another piece, as in a section
    of talks and teaching whose lines name degrees and schools (there, the other piece is the
    school, with a school's word or without: `Master en Informatique, INSA Toulouse`)."""
    from .vocab import title_score

    kept = {id(ln) for ln in lines}
    schooling: set[int] = set()
    for e in split_entries(lines):
        head = " ".join(ln.text for ln in e.header)
        if not DEGREE_RE.search(head) or _CERTIFICATE.search(head):
            continue
        pieces = [f.text for f in fields_of(e.header) if f.role == ""]
        degrees = [p for p in pieces if _names_degree(p)]
        if any(title_score(p) > 0 for p in pieces if p not in degrees):
            continue  # `Teaching Assistant, Master's course, University of X`: a job
        if not (len(degrees) == 1 and len(pieces) >= 2 if named else INSTITUTION_WORDS.search(head)):
            continue
        own = [ln for ln in (*e.header, *e.details) if id(ln) in kept]
        if any(id(ln) in kept for ln in e.header):
            schooling.update(id(ln) for ln in own)
    return [ln for ln in lines if id(ln) in schooling], [ln for ln in lines if id(ln) not in schooling]


def _look(ln: Line) -> bool:
    """Whether a line's first cell is bold (its dates beside it may not be)."""
    if ln.lead_bold is not None:
        return ln.lead_bold
    whole_cell = len(ln.cells) > 1 and ln.cells[0].strip() == ln.bold_lead.strip()
    return ln.bold or (bool(ln.bold_lead) and whole_cell)


def _openers(rows: list[Line], kinds: list[str], opens: list[int], first: int) -> bool:
    """Whether those lines can each open an entry: two at least, the first opening the section, no
    two in a row, none a grade or a date, two thirds of them naming a school."""
    if len(opens) < 2 or opens[0] != first or any(b - a < 2 for a, b in itertools.pairwise(opens)):
        return False
    if any(kinds[i] == "label" or D.is_date_only(rows[i].text) for i in opens):
        return False
    return 3 * sum(kinds[i] in ("inst", "both") for i in opens) >= 2 * len(opens)


def _by_look(lines: list[Line]) -> list[Entry] | None:
    """Entries opened by their school (`Roadmaster Drivers School` in bold over `CDL Class A
    Training Program`, a qualification no word names): where the lines that name a school or are
    in bold (a linked school may print in another look) are no two in a row, name no grade or date
    and two thirds of them name a school, each opens an entry whether it is dated or not; the line
    under it and the dates printed with them are its header (dates printed first go with the
    school under them). None where the section shows no such shape."""
    rows = [ln for ln in lines if ln.text.strip()]
    first = 1 if rows and D.is_date_only(rows[0].text) else 0
    kinds = [_line_kind(ln) for ln in rows]
    plain = [not (ln.bullet or ln.list_item or len(_strip_dates(ln.text).split()) > 12) for ln in rows]
    bold = [i for i, ln in enumerate(rows) if _look(ln) and plain[i]]
    opens = bold if _openers(rows, kinds, bold, first) else []
    if not opens:  # the look is not the schools' alone: the lines naming a school open too
        opens = [i for i, ln in enumerate(rows) if plain[i] and (_look(ln) or kinds[i] in ("inst", "both"))]
        if not _openers(rows, kinds, opens, first):
            return None
    if first:  # dates printed over each school: a date line right above an opener is its own
        opens = [i - 1 if D.is_date_only(rows[i - 1].text) else i for i in opens]
    out: list[Entry] = []
    for a, b in itertools.pairwise([*opens, len(rows)]):
        seg = rows[a:b]
        n = 1 + (first and D.is_date_only(seg[0].text))
        under = seg[n] if n < len(seg) else None
        if under is not None and not (under.bullet or under.list_item or _line_kind(under) == "label"):
            n += 1
        while n < len(seg) and D.is_date_only(seg[n].text):
            n += 1
        e = Entry(header=seg[:n], details=seg[n:])
        for ln in e.header:
            span, _ = _header_date(ln)
            if span is not None and (span.start or span.end):
                e.start, e.end, e.has_date = span.start, span.end, True
                break
        out.append(e)
    return out


_HAIR = 0.1
"""Sizes closer than this (points) are one size: a PDF reports a line holding a mark in another
font (an icon, a space) a few hundredths off the same type's size on the next entry's line."""


def _lead_size(ln: Line) -> float:
    """A line's first cell's size (PDF): a school beside its dates set smaller reads as the dates'
    size where they hold more letters."""
    return ln.cell_sizes[0] if ln.cells and len(ln.cell_sizes) == len(ln.cells) else ln.size


def _stacks(lines: list[Line]) -> list[Entry] | None:
    """Entries printed as stacks of lines in a size per role, the biggest first (`Universidad de
    Guadalajara` at 18 pt over its field, its degree, its dates and a grade, each smaller): every
    line in the section's first line's size and look opens an entry, wherever its dates print.
    The plain lines up to the entry's dates are its header; a grade, a bullet and what prints
    under the dates its details; an opener dated in a cell beside it (`autumn`: a range only where
    the person gave one) heads the lines under it, its size and weight its first cell's. None where
    the section shows no such shape: the first line not bigger than every line between the
    openers, two openers in a row, an opener dated inside its text or a grade, an entry holding two
    ranges (degrees printed under their school, named once) or a school under its dates (an entry
    printed without the big line)."""
    rows = [ln for ln in lines if ln.text.strip()]
    if not rows or not rows[0].size:
        return None
    look = (_lead_size(rows[0]), rows[0].bold or _look(rows[0]), rows[0].italic)
    # a size within a tenth of a point: a mark in another font on a line moves its size a hair;
    # the first cell's size and weight (dates beside it in another type)
    opens = [
        i
        for i, ln in enumerate(rows)
        if abs(_lead_size(ln) - look[0]) < _HAIR and (ln.bold or _look(ln), ln.italic) == look[1:]
    ]
    if any(_header_date(rows[i])[1] for i in opens):
        # dated beside the opener: a line in its type opens only where it or the line under it
        # names a school or a degree (`Courses` over its list, in the schools' type, opens none)
        kinds = [_line_kind(ln) for ln in rows]
        opens = [i for i in opens if {kinds[i], *kinds[i + 1 : i + 2]} & {"inst", "deg", "both"}]
    if len(opens) < 2 or any(b - a < 2 for a, b in itertools.pairwise(opens)):
        return None
    if look[0] < max(ln.size for i, ln in enumerate(rows) if i not in opens) + 0.5:
        return None
    for i in opens:
        ln = rows[i]
        if ln.bullet or ln.list_item or len(ln.text.split()) > 12 or _dated_inline(ln):
            return None  # an opener dated on its own line is a one-line header, not a stack's top
        if _line_kind(ln) == "label":
            return None
    out: list[Entry] = []
    for a, b in itertools.pairwise([*opens, len(rows)]):
        seg = rows[a:b]
        spans = [(n, _header_date(ln)[0]) for n, ln in enumerate(seg)]
        dated = [(n, span) for n, span in spans if span is not None and (span.start or span.end)]
        if len(dated) > 1:
            return None
        beside = bool(dated) and dated[0][0] == 0  # dated in a cell beside the opener
        if (
            dated
            and not beside
            and _header_date(seg[dated[0][0]])[1]
            and _line_kind(seg[dated[0][0]]) in ("inst", "both")
        ):
            return None  # a school dated beside it under the opener: an opener whose size blurred (DOCX)
        last = len(seg) - 1 if beside or not dated else dated[0][0]
        if any(_line_kind(ln) in ("inst", "both") for ln in seg[last + 1 :]):
            return None  # a school under the dates: the next entry, not this one's details
        e = Entry()
        for n, ln in enumerate(seg):
            under = n > last or ln.bullet or ln.list_item or (n > 0 and _line_kind(ln) == "label")
            # dated beside the opener: its stack is the opener and the two lines under it at most
            under = under or (beside and (n > 2 or len(ln.text.split()) > 12 or bool(e.details)))
            (e.details if under else e.header).append(ln)
        if dated:
            span = dated[0][1]
            e.start, e.end, e.has_date = span.start, span.end, True
        out.append(e)
    return out


def _dated_inline(ln: Line) -> bool:
    """A line dated inside its text (`Interpreting Master of Arts January, 2009`), not in a cell of
    its own beside it (`Universidad de Sevilla  |  Sep 2006 - Jun 2007`)."""
    span, cell = _header_date(ln)
    return span is not None and not cell


def _date_line(ln: Line) -> D.DateSpan | None:
    """The range of a line that is a date and nothing else (a dash before it or not)."""
    if not D.is_date_only(ln.text):
        return None
    span = D.find_range(ln.text)
    return span if span is not None and (span.start or span.end) else None


def _closer(above: Line, below: Line) -> int:
    """1 where a line sits clearly closer to the line above it than `below` sits to it, -1 where
    clearly farther, 0 where the page does not tell (DOCX, a page break, even spacing)."""
    if above.page != below.page or not (above.gap_before and below.gap_before):
        return 0
    up, down = above.gap_before * above.size, below.gap_before * below.size
    return 1 if down > 1.15 * up else -1 if up > 1.15 * down else 0


def _dates_last(lines: list[Line]) -> list[Entry] | None:
    """Entries whose dates print last, on a line of their own under everything the degree names
    (`KTH Royal Institute of Technology` / `Interactive Media Technology` / `Master of Science` /
    `2015 – 2017`; `Field, Degree, School` / `GPA: 3.8` / `2015 – 2017`): each date line closes
    the entry above it. Told from dates printed first by where the section starts and ends (on a
    line no date, on a date) and, in a PDF, by the space: a date line set close under its entry
    and apart from the next school. The plain lines an entry opens with and its dates are its
    header, the rest (a grade, courses, bullets) its details. What prints under a date before the
    next degree's plain lines (a bullet, a grade, a line set closer to the date than to the line
    under it) is the dated degree's: there the dates closed its header, not the entry. None where
    the section shows no such shape."""
    rows = [ln for ln in lines if ln.text.strip()]
    dated = [i for i, ln in enumerate(rows) if _date_line(ln) is not None]
    if not dated or dated[0] == 0 or any(b - a < 2 for a, b in itertools.pairwise(dated)):
        return None
    votes = [_closer(rows[i], rows[i + 1]) for i in dated if i + 1 < len(rows)]
    if -1 in votes or not (1 in votes or dated[-1] == len(rows) - 1):
        return None
    kinds = [_line_kind(ln) for ln in rows]
    if not any(k in ("inst", "deg", "both") for k in kinds):
        return None
    plain = [
        not (ln.bullet or ln.list_item or kinds[i] == "label")
        and len(ln.text.split()) <= (24 if kinds[i] in ("inst", "deg", "both") else 12)
        for i, ln in enumerate(rows)
    ]
    out: list[Entry] = []
    for a, b in itertools.pairwise([-1, *dated]):
        i = a + 1
        while out and i < b and (not plain[i] or (kinds[i] == "none" and _closer(rows[i], rows[i + 1]) == 1)):
            i += 1  # under the dates, before the next degree: a bullet, a grade set close under them
        if out:
            out[-1].details.extend(rows[a + 1 : i])
        n = i
        while n < b and (plain[n] or (kinds[n] == "label" and n + 1 < b and plain[n + 1])):
            n += (
                1  # a grade or honours line between the header's lines (`School` / `Magna Cum Laude` / `BSc`)
            )
        if n == i:
            return None  # the dates closed a header only: what follows them is no degree's opening
        span = _date_line(rows[b])
        assert span is not None
        head = [rows[k] for k in range(i, n) if plain[k]]
        under = [rows[k] for k in range(i, n) if not plain[k]]
        out.append(Entry([*head, rows[b]], [*under, *rows[n:b]], span.start, span.end, True))
    if out and dated[-1] + 1 < len(rows):
        out[-1].details.extend(rows[dated[-1] + 1 :])
    return out


_LINKED_ON = re.compile(r"(?:de|di|da|do|del|della|des|du|van|von|der|of|w|we)\s")
"""A line that starts with the linking word a name goes on with (`de Madrid`, `di Milano`)."""


_SPACED_DASH = re.compile(r"\s[-–—]\s*$")


def _text_cell(ln: Line) -> int | None:
    """Which cell of a line holds its text where every other cell is a date (`2003 — 2007` in a
    margin, `Sept 2015 – Jun 2017` at the right); None where two cells hold text."""
    cells = ln.cells or [ln.text]
    text = [k for k, c in enumerate(cells) if not D.is_date_only(c)]
    return text[0] if len(text) == 1 else None


def _goes_on(head: str, tail: str, filled: bool | None = None, above: str = "") -> bool:
    """Whether `tail`, the line under a line ending on `head`, is the rest of the header it wrapped:
    its dates after a comma; a name's rest where `head` ends where no name ends, or `tail` goes on
    in lower case naming no degree and, joined, the two name a school `head` alone does not, or
    `tail` opens on a linking word. `filled`: the page shows `head` ran to its column's edge and
    `tail` starts under it in its type (`_fills`), so `tail` goes on unless the words name two
    parts; None where the page does not tell (DOCX): a name's first words over its school's own
    word (`Technische` / `Universität München`) go on. `above`: the line over `head`, a school's
    line where `head` is no name's start but what was studied there."""
    if tail and D.is_date_only(tail) and head.rstrip().endswith((",", ";", "，", "；", "、")):
        return True  # `School, Field (Degree),` over `(2006 — 2009)`: the header's dates wrapped
    if not tail or DEGREE_RE.search(tail) or D.find_range(tail) is not None or len(tail.split()) > 6:
        return False
    if _LABELLED.match(tail) or GPA_RE.search(tail) or _is_honours(tail):
        return False
    if _DANGLING.search(head.rstrip()) and not _SPACED_DASH.search(head):
        # `Georgia Institute of`, `Górniczo-`: no name ends there (`Diploma -` ends on a separator)
        return True
    if (
        filled is not False
        and not _LABELLED.match(head)
        and not GPA_RE.search(head)
        and not _is_honours(head)
    ):
        parts = _two_parts(head, tail, filled, above)
    else:
        parts = None
    if parts is False:
        return True
    if not tail[:1].islower() or DEGREE_RE.search(head):
        return False
    return (
        bool(_LINKED_ON.match(tail))
        or (
            bool(INSTITUTION_WORDS.search(tail))
            and not INSTITUTION_WORDS.search(head.rsplit(",", maxsplit=1)[-1])
        )
        or (not INSTITUTION_WORDS.search(head) and bool(INSTITUTION_WORDS.search(f"{head} {tail}")))
    )


def _two_parts(head: str, tail: str, filled: bool | None = None, above: str = "") -> bool | None:
    """Whether the words of two lines, one wrapped onto the other as the page shows (`filled`) or
    set in one type where the page does not tell (None), name two parts of an entry: a degree over
    a school, a school over another school. False where they name one: with `filled`, unless two
    parts; else only a name's first words, naming nothing yet, over the school's own word
    (`Stanford` / `University`, `北京` / `大学`). None where the words do not tell."""
    degrees = [m.end() for m in DEGREE_RE.finditer(head.rstrip())]
    if degrees and degrees[-1] == len(head.rstrip()) and not tail[:1].islower():
        return True  # `物理学 博士` over `慶應義塾`: a line ending on its degree ends the degree
    if looks_like_location(tail):
        return True  # `Informatik` over `München`, `Universität Hamburg` over `Hamburg`: a place is no name's rest
    last = head.rsplit(",", maxsplit=1)[-1]
    school_word = INSTITUTION_WORDS.match(tail.strip())
    if DEGREE_RE.search(head) and INSTITUTION_WORDS.search(tail):
        return True
    if school_word and school_word.end() == len(tail.strip()):
        return False  # `University`, `大学` alone: no school's whole name
    whole = INSTITUTION_WORDS.search(tail) and INSTITUTION_WORDS.sub("", tail).strip(" ,-")
    if whole and (INSTITUTION_WORDS.search(last) or INSTITUTION_WORDS.search(above)):
        # `Boston University` over `Harvard University`; `面包师` under `北京大学`, over `清华大学`:
        # a school's name whole on its own line, under a school's line
        return True
    ends = [m.end() for m in INSTITUTION_WORDS.finditer(last.rstrip())]
    if _CJK.match(last.rstrip()[-1:]) and ends and ends[-1] == len(last.rstrip()):
        return True  # `清华大学` over `木匠`: a name written without spaces ends on its school's word
    words_head = head.split()
    name_start = (
        1 <= len(words_head) <= 3
        and not INSTITUTION_WORDS.search(head)
        and all(w[:1].isupper() or _CJK.match(w) for w in words_head)
    )
    if INSTITUTION_WORDS.search(tail):
        # a school's name under a line: only a name's first words go on into it (`Licență în
        # Informatică` over `Universitatea din București` is the degree over its school)
        return False if name_start and (filled or school_word) else None
    return False if filled else None


_LINKED_INSIDE = re.compile(r"\s" + _LINKED_ON.pattern)
"""A name's linking word inside a line (`Accountants of India`)."""

_SHORT_NAME_END = re.compile(r"[(（][^\W\d_][\w/.&-]{0,7}[)）]$")
"""A school's short name closing a line (`Sciences (ZHAW)`): the end of a school's name."""


def _name_rest(head: str, tail: str) -> bool:
    """Whether `tail`'s words show it is the rest of the school's name `head` started, where a
    column's edge is the page's only evidence: `head` names no school yet, or `tail` goes on in
    lower case; or `head` stops short of a name's close (its school's word, its city) and `tail`
    joins its words by a name's linking word (`Accountants of India`) or closes on the school's
    short name (`Sciences (ZHAW)`). `Stanford University` over `Psychology`, `Universität Hamburg`
    over `Informatik`: a school named whole over a line of its own."""
    last = head.rsplit(",", maxsplit=1)[-1].strip()
    if not INSTITUTION_WORDS.search(last) or tail[:1].islower():
        return True
    ends = [m.end() for m in INSTITUTION_WORDS.finditer(last)]
    if ends[-1] == len(last) or looks_like_location(last.split()[-1]):
        return False  # a name closed on its school's word or its city (`Universidad ... de Madrid`)
    return bool(_LINKED_INSIDE.search(tail) or _SHORT_NAME_END.search(tail))


def _edge_of(lines: list[Line]) -> dict[tuple[int, int], float]:
    """How far right the section's cells reach, by page and left edge (to the point): a column's
    right edge, as far as the page shows it."""
    out: dict[tuple[int, int], float] = {}
    for ln in lines:
        for k in range(len(ln.cells)):
            span = ln.cell_span(k)
            if span is not None:
                key = (ln.page, round(span[0]))
                out[key] = max(out.get(key, 0.0), span[1])
    return out


def _fills(prev: Line, k: int, end: float, ln: Line, edges: dict[tuple[int, int], float]) -> bool | None:
    """Whether the page shows `ln` wrapped from cell `k` of `prev` (that cell's last line ending at
    `end`): it is set in the cell's type and, in a PDF, starts where that cell starts and its first
    word would not have fit after the cell's text before the next cell or the column's right edge.
    None where the type is the same and the page tells no more (DOCX, cells changed since read)."""
    # a first cell's weight is known apart (`_look`); a later cell's, beside dates, is not
    bold = _look(prev) if k == 0 else ln.bold
    size = prev.cell_sizes[k] if len(prev.cell_sizes) == len(prev.cells) > k else prev.size
    if bold != ln.bold or abs(size - ln.size) > 0.3 or (k == 0 and prev.italic != ln.italic):
        return False
    a, b = prev.cell_span(k), ln.cell_span(0)
    if a is None or b is None:
        return None
    if abs(a[0] - b[0]) > 2:
        return False
    nxt = prev.cell_span(k + 1)
    edge = (
        nxt[0]
        if nxt is not None
        else max(
            (x1 for (page, x0), x1 in edges.items() if page == ln.page and abs(x0 - a[0]) <= 2), default=end
        )
    )
    if nxt is None and end >= edge - 0.5:
        return None  # the widest line of its column: the page shows no edge it ran to
    text = ln.cells[0].strip() if ln.cells else ln.text.strip()
    if not text:
        return None
    if nxt is None and not _name_rest(prev.cells[k] if k < len(prev.cells) else prev.text, text):
        # the column's edge is only as far as its widest line reaches (every line short, one type):
        # no proof against a school named whole over its field or department
        return None
    first = text[:1] if _CJK.match(text) else text.split()[0]
    word = (b[1] - b[0]) * len(first) / max(1, len(text))
    return end + 0.25 * ln.size + word > edge


_CJK = re.compile(r"[\u3040-\u9fff]")


def _joined(head: str, tail: str) -> str:
    """A wrapped name's two lines as one: a hyphen that joins two names stays, with no space
    (`Górniczo-Hutnicza`, `Санкт-Петербургский`), as do two lines of a script written without
    spaces."""
    head, tail = head.rstrip(), tail.strip()
    if (head.endswith("-") and tail[:1].isupper()) or (_CJK.match(head[-1:]) and _CJK.match(tail[:1])):
        return head + tail  # a script written without spaces wraps anywhere: `北京` / `大学`
    return join_wrapped(head, tail)


def _wrapped_names(lines: list[Line]) -> list[Line]:
    """An education section's lines with a name wrapped onto the next line joined back into its
    cell (`2003 — 2007 | ..., Georgia Institute of` over `Technology`; `Akademia Górniczo- |
    2015 – 2017` over `Hutnicza`): the line under it holds that text alone, or, where a margin
    column of dates wrapped too, the rest of the dates and the rest of the name (`Sept 2015 – Jun |
    University of` over `2017 | Michigan`). Where a name breaks before one of its own words
    (`Technische` over `Universität München`), a PDF tells by each cell's reach to its column's
    edge (`_fills`); a DOCX by the words alone."""
    out: list[Line] = []
    ends: list[float | None] = []  # where a joined line's text cell last ended on the page
    edges = _edge_of(lines)
    for ln in lines:
        prev = out[-1] if out else None
        if prev is None or prev.bullet or ln.bullet or prev.page != ln.page or abs(prev.size - ln.size) > 0.3:
            out.append(ln)
            ends.append(None)
            continue
        cells, below = list(prev.cells or [prev.text]), ln.cells or [ln.text]
        k = _text_cell(prev)
        span = prev.cell_span(k) if k is not None else None
        end = ends[-1] if ends[-1] is not None else span[1] if span is not None else prev.x1
        filled = _fills(prev, k, end, ln, edges) if k is not None and len(below) == 1 else False
        above = out[-2].text if len(out) > 1 else ""
        if len(below) == 1 and k is not None and _goes_on(cells[k], below[0], filled, above):
            cells[k] = _joined(cells[k], below[0])
        elif (
            len(below) == 2 == len(cells)
            and D.is_date_only(_joined(cells[0], below[0]))
            and not D.is_date_only(cells[1])
            and _goes_on(cells[1], below[1])
        ):
            cells = [_joined(cells[0], below[0]), _joined(cells[1], below[1])]
        elif (
            len(below) == 2 == len(cells)
            and D.is_date_only(_joined(cells[1], below[1]))
            and not D.is_date_only(cells[0])
            and cells[1].rstrip().endswith(("-", "–", "—"))
            and not (D.is_date_only(below[0]) or DEGREE_RE.search(below[0]) or _LABELLED.match(below[0]))
        ):
            # the dates at the right broken after their dash as the name wrapped beside them
            # (`Brihan Maharashtra College of Commerce | 2011 -` over `(BMCC), Savitribai Phule Pune
            # University | 2014`; `... of India | - 2017-` over `(ICAI) | 11`): both go on
            opened = cells[1].rstrip()
            date = opened + below[1].strip() if opened[-2:-1].isdigit() else _joined(opened, below[1])
            cells = [_joined(cells[0], below[0]), date]
        else:
            out.append(ln)
            ends.append(None)
            continue
        out[-1] = replace(prev, text=" ".join(cells), cells=cells, wrapped=True)
        tail = ln.cell_span(-1)
        ends[-1] = tail[1] if tail is not None else ln.x1
    return out


def _margin_dates(lines: list[Line]) -> list[Line]:
    """Dates printed in a margin column halfway down their entry (`paper` sets `2015 to 2018`
    small, left of the text, between a school and its degree): read in page order, the date line
    falls inside its entry, set close under the line above it, and reads as dates printed last.
    A date line left of every other line of the section and nearer the line above it than the
    line under it is the dates of the nearest line above it in the look the section opens with:
    joined to it as its last cell, as dates printed beside a school; so is one nearer the line
    under it where that line goes on with the entry (a degree wrapped around the dates), not in
    the section's opening look. A PDF only (a DOCX tells no place: there the dates read first)."""
    text = [ln for ln in lines if ln.text.strip() and not D.is_date_only((ln.cells or [ln.text])[0])]
    if not text or not any(ln.x1 for ln in lines):
        return lines
    left = min(ln.x0 for ln in text)
    opens = (round(text[0].size, 1), _look(text[0]))
    out = list(lines)
    i = 1
    while i < len(out):
        ln, above = out[i], out[i - 1]
        below = out[i + 1] if i + 1 < len(out) else None
        nearer = below is None or below.page != ln.page or ln.y - above.y < below.y - ln.y
        opener = below is not None and (round(below.size, 1), _look(below)) == opens
        if _date_line(ln) is None or ln.x1 >= left or above.page != ln.page or not (nearer or not opener):
            i += 1
            continue
        j = i - 1
        while j >= 0 and not ((round(out[j].size, 1), _look(out[j])) == opens and _date_line(out[j]) is None):
            j -= 1
        if j < 0 or out[j].page != ln.page or _header_date(out[j])[0] is not None:
            i += 1
            continue
        top = out[j]
        cells = [*(top.cells or [top.text]), ln.text.strip()]
        spans = [*top.cell_spans, (ln.x0, ln.x1)] if len(top.cell_spans) == len(cells) - 1 else []
        out[j] = replace(top, text=" ".join(cells), cells=cells, cell_spans=spans)
        del out[i]
    return out


def _lone_date(text: str) -> str | None:
    """`2015`, `Dec 2015`: the one date a cell holds, normalized, else None."""
    t = text.strip()
    span = D.find_range(t) if t and D.is_date_only(t) else None
    return span.end if span is not None and span.start is None and span.end != "present" else None


def _two_dates(text: str) -> str | None:
    """`2011 2015`, `Aug 2011 Dec 2015`: two dates with only a space between them (a theme's year
    column prints a range so), as the range `2011 – 2015`; else None."""
    t = text.strip()
    if not t or len(t) > 40:
        return None
    for m in re.finditer(r"\s+", t):
        early, late = _lone_date(t[: m.start()]), _lone_date(t[m.end() :])
        if early is not None and late is not None and early <= late:
            joined = f"{t[: m.start()]} – {t[m.end() :]}"
            span = D.find_range(joined)
            return joined if span is not None and span.start is not None else None
    return None


def _wrapped_years(lines: list[Line]) -> list[Line]:
    """A range printed as two dates in a narrow year column (`material`: `2011 2015` beside the
    school): the column wraps it, the end under the start, level with the degree's line or on a
    line of its own just under the school's. Read line by line, the lone end dated the degree's
    line, which became a school of its own. The end joins the start as one range when it sits in
    the start's column, a wrapped line's distance under it, is no earlier, and stands alone or
    beside a line in another look than the school's (a next entry's line would share it)."""
    out = list(lines)
    i = 0
    while i < len(out):
        top = out[i]
        cells = top.cells or [top.text]
        pair = _two_dates(cells[0])
        if pair is not None:
            out[i] = replace(
                top, text=" ".join([pair, *cells[1:]]), cells=[pair, *cells[1:]] if top.cells else []
            )
            i += 1
            continue
        low = out[i + 1] if i + 1 < len(out) else None
        early = _lone_date(cells[0]) if len(cells) > 1 and low is not None else None
        if early is None or low is None or low.page != top.page or not top.x1:
            i += 1
            continue
        low_cells = low.cells or [low.text]
        late = "present" if D.PRESENT_RE.fullmatch(low_cells[0].strip()) else _lone_date(low_cells[0])
        span, low_span = top.cell_span(0), low.cell_span(0) or (low.x0, low.x1)
        beside = len(low_cells) > 1 and (low.bold, round(low.size, 1)) == (top.bold, round(top.size, 1))
        if (
            late is None
            or (late < early and late != "present")
            or span is None
            or min(span[1], low_span[1]) <= max(span[0], low_span[0])
            or not 0 < low.y - top.y <= 1.6 * max(top.size, low.size, 1.0)
            or beside
        ):
            i += 1
            continue
        joined = f"{cells[0].strip()} – {low_cells[0].strip()}"
        new = [joined, *cells[1:]]
        spans = [(span[0], max(span[1], low_span[1])), *top.cell_spans[1:]]
        out[i] = replace(top, text=" ".join(new), cells=new, cell_spans=spans)
        rest = _without_margin_cell(low, lines)
        if rest is None:
            del out[i + 1]
        else:
            out[i + 1] = rest
        i += 1
    return out


def _before_headings_beside(lines: list[Line]) -> list[Line]:
    """The section's lines before a row of headings printed side by side (`Languages` |
    `Interests`, `Awards` | `Certificates` in bold: `minyma` ends with two sections to a band,
    headed in an entry's type): read in page order, one line holds both names, which names no
    section, and what follows it is theirs, none of it schooling (it stays, verbatim, beside the
    entries). A script printed without bold (the generator's CJK fonts) sets headings bigger."""
    for i, ln in enumerate(lines):
        if not i or len(ln.cells) < 2 or not (_look(ln) or ln.size > lines[0].size + 0.5):
            continue  # a heading's type: bold, or (a script printed without bold) bigger
        if all(heading_key(c) not in (None, "education") for c in ln.cells):
            return lines[:i]
    return lines


def parse_education(lines: list[Line]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    school: tuple[str, int, int] | None = None
    clean = _wrapped_names(_without_thesis(_margin_dates(_wrapped_years(_before_headings_beside(lines)))))
    rows = entry_lines(clean)
    stacks = _stacks(rows)
    if stacks is not None:
        groups = stacks
    else:
        entries = _dates_last(rows) or split_entries(clean)
        groups = [e for entry in entries for e in _edu_groups(entry)]
        looks = _by_look(clean)
        if looks is not None and len(looks) > len(groups):
            groups = looks  # the schools' look shows more entries than their dates did
    for e in groups:
        _lift_header(e)
    orders = _edu_orders(groups)
    for e in groups:
        under = school[0] if school is not None and _degree_alone(e, school[1], school[2]) else None
        item = _education_item(e, under, orders)
        if item is None:
            continue
        out.append(item)
        if under is None:
            school = _school_over_degree(e, item)
    return out


def _whole_area(
    e: Entry, degree_f: Field, inst_f: Field, area: str, rest: list[Field]
) -> tuple[str, list[Field]]:
    """The field of study and the pieces left: where the school prints on a line of its own, the
    pieces a separator cut after the field on the degree's line are the field's (`Bachelor of
    Science in Mathematics, Statistics (minor C.S.)`, `... in Economics – Finance`), read as the
    cell prints them; on the school's own line, a piece after the degree is the school's, and in a
    cell of its own (a place at the right margin) it is no field's."""
    if inst_f.line == degree_f.line or not 0 <= degree_f.line < len(e.header):
        return area, rest
    after = [f for f in rest if f.line == degree_f.line and f.group >= degree_f.group]
    if not after or any(INSTITUTION_WORDS.search(f.text) or DEGREE_RE.search(f.text) for f in after):
        return area, rest
    line = e.header[degree_f.line]
    # within the field's own cell: a place set apart at the right margin (`New Haven`) is no part
    text = next((c for c in line.cells or [line.text] if area in c), "")
    start = text.find(area)
    end = text.find(after[-1].text, start + len(area)) if start >= 0 else -1
    if end < 0:
        return area, rest
    return text[start : end + len(after[-1].text)], [f for f in rest if f not in after]


def _edu_roles(cands: list[Field]) -> tuple[int | None, int | None]:
    """Which piece names the school and which the degree, by their words alone; of two pieces,
    naming one names the other."""
    deg = next((i for i, f in enumerate(cands) if DEGREE_RE.search(f.text)), None)
    inst = next((i for i, f in enumerate(cands) if i != deg and INSTITUTION_WORDS.search(f.text)), None)
    if len(cands) == 2 and (deg is None) != (inst is None):
        if deg is None:
            deg = 1 - int(inst or 0)
        else:
            inst = 1 - deg
    return inst, deg


def _edu_orders(groups: list[Entry]) -> dict[int, tuple[int, int]]:
    """Per count of pieces, where the section's entries whose words tell put the school and the
    degree (the first such entry breaks a tie): one section prints its degrees one way, so an entry
    whose words tell neither (`programme Erasmus; HEC Paris`) follows the others. An entry of two
    pieces where no entry of two told follows whether the school came before the degree
    (`Licence, Mathématiques; Université de Lyon` has three)."""
    votes: dict[int, Counter[tuple[int, int]]] = {}
    first: Counter[bool] = Counter()
    for e in groups:
        cands = [f for f in fields_of(e.header) if f.role == ""]
        inst, deg = _edu_roles(cands)
        if inst is not None and deg is not None:
            votes.setdefault(len(cands), Counter())[(inst, deg)] += 1
            first[inst < deg] += 1
    orders = {n: c.most_common(1)[0][0] for n, c in votes.items()}
    if 2 not in orders and first:
        orders[2] = (0, 1) if first.most_common(1)[0][0] else (1, 0)
    return orders


def _pieces(header: list[Line]) -> int:
    """How many unnamed pieces (not a date, a place or a grade) the header lines hold."""
    return len([f for f in fields_of(header) if f.role == ""])


def _school_over_degree(e: Entry, item: dict[str, Any]) -> tuple[str, int, int] | None:
    """The school of an entry printed as its name alone on an undated line over dated degree lines
    (`Universidade Cesumar` over `Bacharelado em Engenharia de Software  2023`), how many lines
    the degree took and how many pieces they held: later entries of that shape, dated and naming
    no school, are further degrees taken there (the first entry's shape holds for the section;
    `MBA, INSEAD  2019` under `BSc  2015` has a piece more: its own school)."""
    inst = item.get("institution")
    if not inst or len(e.header) < 2 or not e.has_date:
        return None
    first, rest = e.header[0], e.header[1:]
    if _header_date(first)[0] is not None or not any(_header_date(ln)[0] is not None for ln in rest):
        return None
    if first.body.strip() != inst or DEGREE_RE.search(first.body):
        return None
    return str(inst), len(rest), _pieces(rest)


def _degree_alone(e: Entry, n_lines: int, pieces: int) -> bool:
    """Dated header lines naming no school, as many as the degree under a school's line took and
    holding as many pieces."""
    if len(e.header) != n_lines or not e.has_date:
        return False
    if not any(_header_date(ln)[0] is not None for ln in e.header):
        return False
    if any(INSTITUTION_WORDS.search(ln.body) for ln in e.header):
        return False
    return _pieces(e.header) == pieces


def _unnamed_degree(text: str) -> tuple[str, str] | None:
    """`Bakalář, Informatika`, `Kandidatexamen i Datavetenskap`: a degree no word names and its
    field, cut at the one comma or at a short lower-case linking word (not a genitive: `Bachelor
    of Arts` is a degree's name); None where the text is not of that shape."""
    pair = [p.strip() for p in text.split(",")]
    if len(pair) != 2 or not all(pair):
        m = re.match(
            r"^(?P<deg>[^,]+?)\s+(?P<link>[^\W\d_A-ZÀ-ÞΑ-Ω]{1,3})\s+(?P<area>[^\W\d_a-zß-ÿα-ω][^,]*)$", text
        )
        if m is None or m.group("link") in _GENITIVE:
            return None
        pair = [m.group("deg").strip(), m.group("area").strip()]
    if any(len(p.split()) > 4 or ":" in p or re.search(r"\d", p) for p in pair):
        return None  # `Факультет МИЭМ, направление: Информатика ...`: a label, not a degree
    if _subject(pair[0]) or INSTITUTION_WORDS.search(text):
        return None
    return pair[0], pair[1]


_ACRONYM = re.compile(r"[^\W\d_][\w/.&-]{0,7}")


def _short_name(e: Entry, inst: Field) -> str | None:
    """`Technische Universiteit Eindhoven (TU/e)`, `Universitat de Barcelona (UB)`: the school's
    short name in parentheses right after it is part of its name, not a place."""
    if not 0 <= inst.line < len(e.header):
        return None
    m = re.search(re.escape(inst.text) + r"\s*[(（]([^()（）]{1,8})[)）]", e.header[inst.line].text)
    if m is None:
        return None
    short = m.group(1).strip()
    capitals = sum(1 for ch in short if ch.isupper())
    if not _ACRONYM.fullmatch(short) or not (capitals >= 2 or "/" in short):
        return None
    return short


def _education_item(
    e: Entry, school: str | None = None, orders: dict[int, tuple[int, int]] | None = None
) -> dict[str, Any] | None:
    """One degree from its entry; `school` is the school printed once over it and its siblings;
    `orders` where the section's clear entries put school and degree (by count of pieces)."""
    fs = fields_of(e.header)
    honours = [f for f in fs if f.role == "" and _is_honours(f.text)]
    fs = [f for f in fs if all(f is not h for h in honours)]
    score = next((f.text for f in fs if f.role == "gpa"), None)
    if score is None:
        for ln in e.details:
            m = GPA_RE.search(ln.text)
            if m:
                score = m.group(0)
                break
    if score is None:
        lines = [ln.text.strip() for ln in e.details if _is_honours(ln.text)]
        score = next(iter([f.text for f in honours] + lines), None)
    cands = (
        _linked_schools([f for f in fs if f.role == ""])
        if school is None
        else [f for f in fs if f.role == ""]
    )
    degree_f = next((f for f in cands if DEGREE_RE.search(f.text)), None)
    inst_f = next((f for f in cands if f is not degree_f and INSTITUTION_WORDS.search(f.text)), None)
    order = (orders or {}).get(len(cands)) if school is None else None
    if order is not None and degree_f is None and inst_f is None:
        # neither named by its words: the section's order names both (where a school's word names
        # it, the other piece stays the field, as a generated document prints a field alone)
        inst_f = cands[order[0]]
        if cands[order[1]] is not inst_f and not _subject(cands[order[1]].text):
            degree_f = cands[order[1]]
    elif order is not None and inst_f is None and len(cands) > 2 and degree_f is cands[order[1]]:
        # the degree named, the school not (`Informatik, Master of Science, RWTH Aachen`): the
        # school sits where the section's other schools sit
        inst_f = cands[order[0]]
    if school is not None:
        inst_f = Field(school, -1, -1, False, False, 0)
        if (
            degree_f is None
            and orders
            and len(cands) == 1
            and not _subject(cands[0].text)
            and not INSTITUTION_WORDS.search(school)
        ):
            # under its school printed once, the one piece is where degrees are; a school a word
            # names keeps it as the field, as its siblings printed with the school do
            degree_f = cands[0]
    if inst_f is None and degree_f is not None and school is None and _names_kind_of_school(degree_f.text):
        # `Diploma di Istituto Professionale` over `IPSSAR «Bartolomeo Scappi»`: the school word
        # names the degree's kind; the school is the piece on a line of its own beside it
        apart = [f for f in cands if f.line != degree_f.line and not _subject(f.text)]
        inst_f = apart[0] if apart else None
    if inst_f is None and degree_f is not None and INSTITUTION_WORDS.search(degree_f.text):
        # "B.S., University of X" cut wrongly into one field: split it where the school starts
        cut = _school_cut(degree_f.text)
        if cut is not None and DEGREE_RE.search(cut[0]):
            inst_f = Field(_sentence_end(cut[1]), degree_f.line, degree_f.group, False, False, 0)
            degree_f.text = cut[0]  # the entry's own field, made for this call
        else:
            m = INSTITUTION_WORDS.search(degree_f.text)
            assert m is not None
            inst_f = Field(degree_f.text[m.start() :], degree_f.line, degree_f.group, False, False, 0)
    if degree_f is None and inst_f is None and len(cands) == 2 and school is None:
        # `Kauppatieteiden maisteri, Laskentatoimi` over `Helsingin yliopisto`, no word naming
        # either: the piece a comma cuts in two is the degree and its field, the other the school
        paired = [f for f in cands if "," in f.text and _unnamed_degree(f.text) is not None]
        if len(paired) == 1 and "," not in (other := next(f for f in cands if f is not paired[0])).text:
            inst_f = other
    rest = [f for f in cands if f is not degree_f and f is not inst_f]
    if inst_f is not None and "," in inst_f.text:
        # "Princeton University, Computer Science": the field of study rode along with the school
        parts = [p.strip() for p in inst_f.text.split(",") if p.strip()]
        keep = [parts[0]]
        for p in parts[1:]:
            ws = words(p)
            if ws and all(w in SUBJECT_WORDS or w in {"and", "&", "of", "in"} for w in ws):
                rest.insert(0, Field(p, inst_f.line, inst_f.group, inst_f.bold, inst_f.italic, inst_f.size))
            else:
                keep.append(p)
        inst_f = Field(", ".join(keep), inst_f.line, inst_f.group, inst_f.bold, inst_f.italic, inst_f.size)
    study_type = area = None
    if degree_f is not None:
        study_type, area = _degree_split(degree_f.text)
        glossed = _DEGREE_IN_PARENS.match(degree_f.text.strip())
        field_after = [
            f
            for f in rest
            if (f.line, f.group) == (degree_f.line, degree_f.group) and not INSTITUTION_WORDS.search(f.text)
        ]
        abbreviation = glossed is not None and re.fullmatch(r"[\w.]{2,6}", glossed.group("deg").strip())
        if (
            glossed
            and abbreviation
            and area is not None
            and field_after
            and not DEGREE_RE.search(glossed.group("area"))
        ):
            # `Alapképzés (BSc), Programtervező informatikus`: the abbreviation glosses the degree
            # before it, and the field follows the comma
            study_type, area = degree_f.text.strip(), None
    if degree_f is not None and inst_f is not None and area is not None:
        area, rest = _whole_area(e, degree_f, inst_f, area, rest)
    if inst_f is None and rest:
        # `Doctorat, Physique; INSA Toulouse`: what a comma joins to the degree is its field; the
        # school is a piece of its own (another separator, another line)
        apart = [
            f
            for f in rest
            if degree_f is None or (f.line, f.group) != (degree_f.line, degree_f.group) or area is not None
        ]
        inst_f = apart[0] if apart else rest[0]
        if not apart and area is None and len(rest) == 2 and degree_f is cands[0]:
            inst_f = rest[1]  # `Inżynier, Automatyka i robotyka, AGH`: the degree, its field, its school
        rest.remove(inst_f)
        head, sep, tail = inst_f.text.partition(", ")
        if (
            area is None
            and degree_f is not None
            and sep
            and tail
            and (inst_f.line, inst_f.group)
            == (
                degree_f.line,
                degree_f.group,
            )
        ):
            # `Diplôme d'ingénieur, Génie civil, INSA Toulouse`: two unnamed pieces after the degree,
            # joined as one, are its field and then the school
            area = head
            inst_f = Field(tail, inst_f.line, inst_f.group, inst_f.bold, inst_f.italic, inst_f.size)
    if degree_f is None and study_type is None and area is None and inst_f is not None and len(rest) == 1:
        # `Bakalář, Informatika`, `Licență în Informatică` beside a school: no word names the
        # degree, but a degree and its field print in that order (Europass' `title of
        # qualification`), a comma or a short linking word between them
        split = _unnamed_degree(rest[0].text)
        if split is not None:
            study_type, area = split
            rest = []
    if area is None and rest:
        after = [f for f in rest if degree_f is None or (f.line, f.group) >= (degree_f.line, degree_f.group)]
        area_f = after[0] if after else rest[0]
        if not INSTITUTION_WORDS.search(area_f.text) and len(area_f.text) <= 80:
            area = area_f.text
    if inst_f is None and study_type is None:
        return None
    institution = inst_f.text if inst_f else None
    if institution is not None and (at := _school_at(institution)) is not None and not area:
        area, institution = at  # `Economia pela Universidade de Lisboa`: the field, then its school
    elif institution is None and area and (at := _school_at(area)) is not None:
        area, institution = at  # `Licence en Économie à HEC Paris`
    elif inst_f is not None and area and (at := _school_at(inst_f.text)) and INSTITUTION_WORDS.search(at[1]):
        # `Informatik, Wirtschaftsinformatik an der TU München`: the school rode on with the field's
        # last part; the parts the commas cut before it are the field's too
        between = [
            f.text
            for f in cands
            if f is not degree_f
            and f is not inst_f
            and f.text != area
            and (f.line, f.group) == (inst_f.line, inst_f.group)
            and not INSTITUTION_WORDS.search(f.text)
        ]
        area, institution = ", ".join([area, *between, at[0]]), at[1]
    short = _short_name(e, inst_f) if inst_f else None
    if short is not None:
        institution = f"{institution} ({short})"
        fs = [f for f in fs if not (f.role == "location" and f.text.strip("()") == short)]
    start, end = e.start, e.end
    return {
        "institution": institution,
        "studyType": study_type,
        "area": area,
        "startDate": start,
        "endDate": end,
        "score": (score[:100] if score else None),
        "location": _location(fs),
    }


# ----------------------------------------------------------------------------------------------
# Projects
