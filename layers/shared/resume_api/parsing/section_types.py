"""What a section holds when its heading names nothing we know (`Arbetslivserfarenhet`, `İş
Deneyimi`, `Εκπαίδευση`): typed by its content, from several weak cues, never by one word.

- entries under date ranges are work, or education where their lines carry a school or degree
  cue that is international (`Bachelor`, `MSc`, `PhD`, the `univers`/`college`/`school`/`institut`/
  `akadem`/`lise`/`gymnas` families) or where, beside another dated section, they are the older,
  year-only, bullet-less one (schooling comes before the jobs, and has no bullets);
- short items in lists (`Label: a, b, c` or one comma list) are skills;
- a paragraph before the first dated section is the summary.

A section that none of these describes stays `other`, verbatim: a wrong type would mis-file the
person's words, an `other` section only leaves them unstructured.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from . import dates as D
from .lines import Line
from .spoken_find import find
from .vocab import DEGREE_RE, GPA_RE, INSTITUTION_WORDS


class Section(Protocol):
    """What this module reads of a section (sections.Section): its heading, key and lines."""

    heading: str
    key: str
    lines: list[Line]
    heading_line: Line | None


SCHOOL_CUES = re.compile(
    r"(?i)(?:univer[sz]|ünivers|college|colleg[ei]|school|skol[ae]\b|institu|akadem|academ|"
    r"polytechn|politehn|politechn|gymnas|gimnaz|lyc[eé]e|\blise(?:si)?\b|liceu|hochschul|högskol|"
    r"høgskol|hogeschool)"
)
"""School words shared by many languages (stems, any case): cues, not a vocabulary."""

DEGREE_CUES = re.compile(
    r"(?:\b(?i:bachelor|master|magist|licen[cțs]|doctor|doktor|diplom|ph\.?\s?d)"
    r"|\b(?:B\.?\s?Sc|M\.?\s?Sc|BSc|MSc|BA|MA|MBA|PhD|Ph\.D|B\.?Eng|M\.?Eng|Ing)\b\.?)"
)
"""Degree words and abbreviations that cross languages (`Master`, `Bakalář`'s `BSc`, `Ph.d.`)."""

_ITEM_SPLIT = re.compile(r"\s*[,;•·|]\s*")
_LABEL = re.compile(r"^\s*([^:：]{1,40})[:：]\s*(.+)$")
_CEFR = re.compile(r"\b[ABC][12]\b")
_PHONE = re.compile(r"\+\d[\d\s().-]{6,}\d|\(\d{2,4}\)\s*\d")
"""A phone number as contact lines print it (`+46 70 123 45 67`, `(415) 555-0142`): a contact block
is no summary (contacts.py cannot be imported here: it reads headings)."""


@dataclass(slots=True)
class _Cues:
    """What a section's lines show, counted once."""

    ranges: int = 0
    anchors: int = 0
    year_only: int = 0
    open_ranges: int = 0
    bullets: int = 0
    school: int = 0
    degree: int = 0
    label_lists: int = 0
    list_lines: int = 0
    items: int = 0
    sentences: int = 0
    lines: int = 0
    first_year: int = 0
    last_year: int = 0
    contact: bool = False


def _year(value: str | None) -> int:
    return int(value[:4]) if value and value[:4].isdigit() else 0


def _cues(lines: list[Line]) -> _Cues:
    c = _Cues(lines=len(lines))
    years: list[int] = []
    for ln in lines:
        text = ln.text.strip()
        if not text:
            continue
        span = D.find_range(text)
        if span is not None:
            c.anchors += 1
        if span is not None and span.start is not None:
            c.ranges += 1
            if len(span.start) == 4 and (span.end is None or len(span.end) == 4 or span.end == "present"):
                c.year_only += 1
            if span.end == "present" or span.end is None:
                c.open_ranges += 1
            years += [y for y in (_year(span.start), _year(span.end)) if y]
        if ln.bullet or ln.list_item:
            c.bullets += 1
        if "@" in text or _PHONE.search(text):
            c.contact = True
        if SCHOOL_CUES.search(text):
            c.school += 1
        if DEGREE_CUES.search(text):
            c.degree += 1
        label = _LABEL.match(text)
        body = label.group(2) if label else text
        items = [p for p in _ITEM_SPLIT.split(body) if p.strip()]
        short = items and all(len(p.split()) <= 4 for p in items)
        one_bullet = (ln.bullet or ln.list_item) and len(items) == 1 and not text.endswith(".")
        if short and (len(items) >= 2 or one_bullet) and span is None:
            c.list_lines += 1
            c.items += len(items)
            if label and len(label.group(1).split()) <= 4:
                c.label_lists += 1
        ends = text.rstrip().endswith((".", "!", "。"))
        if span is None and (
            (len(text) >= 30 and ends and len(text.split()) >= 4) or (len(text.split()) >= 8 and not short)
        ):
            c.sentences += 1
    if years:
        c.first_year, c.last_year = min(years), max(years)
    return c


def type_sections(sections: Sequence[Section], heading_key: Callable[[str], str | None]) -> None:
    """Give each section whose heading names nothing (`heading_key` gives None) a key from its
    content, in place.

    Only what no named section already holds is typed: a resume has one work section and one
    education section, so a named `Experience` keeps the jobs and an unnamed dated section beside
    it stays what it was."""

    def unnamed_(s: Section) -> bool:
        return s.key == "other" and heading_key(s.heading) is None

    named = {s.key for s in sections if not unnamed_(s)}
    unnamed = [s for s in sections if unnamed_(s) and s.lines]
    if not unnamed:
        return
    # a custom section among headings we can name (`A Day of My Life`, `Welcome to RenderCV`) is
    # the person's own: lists and paragraphs are typed only where most headings are unknown
    foreign = len(unnamed) > len(sections) - len(unnamed)
    cues = {id(s): _cues(s.lines) for s in unnamed}
    dated = [s for s in unnamed if cues[id(s)].ranges >= 1 and cues[id(s)].anchors * 8 >= len(s.lines)]
    edu = None
    if "education" not in named and dated:
        scored = sorted(
            ((_edu_score(cues[id(s)], dated, cues), i) for i, s in enumerate(dated)), reverse=True
        )
        best, i = scored[0]
        if best >= 3:
            edu = dated[i]
            edu.key = "education"
    if "work" not in named:
        jobs = [s for s in dated if s is not edu]
        if jobs:
            work = max(jobs, key=lambda s: (cues[id(s)].anchors, -sections.index(s)))
            work.key = "work"
    if "skills" not in named:
        lists = [
            s
            for s in unnamed
            if s.key == "other"
            and cues[id(s)].ranges == 0
            and cues[id(s)].list_lines * 2 >= max(1, cues[id(s)].lines)
            and cues[id(s)].items >= (3 if foreign else 6)
            and not _CEFR.search(" ".join(ln.text for ln in s.lines))
        ]
        if lists:
            best_list = max(lists, key=lambda s: (cues[id(s)].label_lists, cues[id(s)].items))
            best_list.key = "skills"
    if "summary" not in named and foreign:
        first_dated = min((sections.index(s) for s in dated), default=len(sections))
        for s in unnamed:
            c = cues[id(s)]
            if sections.index(s) >= first_dated or s.key != "other":
                continue
            if c.ranges == 0 and c.sentences >= 1 and c.list_lines == 0 and c.bullets == 0 and not c.contact:
                s.key = "summary"
                break


def _edu_score(c: _Cues, dated: Sequence[Section], cues: dict[int, _Cues]) -> float:
    """How much a dated section reads as schooling, from cues that each say little alone."""
    score = 0.0
    if c.school:
        score += 2 * min(1.0, c.school / c.ranges)
    if c.degree:
        score += 2 * min(1.0, c.degree / c.ranges)
    if c.bullets == 0:
        score += 1
    if c.year_only == c.ranges:
        score += 1
    others = [cues[id(s)] for s in dated if cues[id(s)] is not c]
    if others and c.last_year and all(o.first_year and c.last_year <= o.first_year + 1 for o in others):
        score += 1  # ends before (or as) every other dated section starts
    if c.open_ranges:
        score -= 1
    return score


_ITEM_SEP = re.compile(r"\s*[,;|•·、，；]\s*|\t+|\s{3,}")


def _tags(lines: list[Line]) -> bool:
    """Lines that are only short items (`HEMODYNAMIC MONITORING`, `Python     SQL`, `Epic, Pyxis`, a
    row of chips `Rolling forecast | Variance analysis`, each cell an item): no date, no sentence,
    no address, no long phrase."""
    if not lines or len(lines) > 40:
        return False
    for ln in lines:
        text = "\t".join(ln.cells) if len(ln.cells) > 1 else ln.text.strip()
        if not text or D.find_range(text) is not None or "@" in text or _PHONE.search(text):
            return False
        if text.rstrip().endswith((".", "!", "?", "。")) or re.search(r"https?://|www\.", text):
            return False
        parts = ln.cells if len(ln.cells) > 1 else [ln.body]  # a row of chips: each cell one item
        if any(len(item.split()) > 5 for part in parts for item in _ITEM_SEP.split(part) if item.strip()):
            return False
    return True


def skill_group_sections(sections: Sequence[Section], heading_key: Callable[[str], str | None]) -> None:
    """Skill groups whose names a theme prints in the look of its section headings (`CLINICAL`,
    `CHARTING & SYSTEMS`, `LEADERSHIP` over their tags in a sidebar), read as sections of their own,
    in place. A run of sections that hold only short items and no spoken language's name, under
    headings nothing names or that name skills or languages (`Tools`, `Languages` over `Python,
    Go`), is skills, each group named by its heading, where two of its headings name nothing, or
    one does right under a Skills heading that has no lines of its own. Not in a document whose
    headings are mostly unknown to us: there each is a section of its own."""

    def unnamed(s: Section) -> bool:
        return s.key == "other" and heading_key(s.heading) is None

    def member(s: Section) -> bool:
        listed = unnamed(s) or s.key in ("skills", "languages")
        if not (s.heading and listed):
            return False  # before the lines are searched for a language's name, which costs most
        spoken = any(find(ln.text) for ln in s.lines)  # `Svenska, Engelska` under `Språk`
        return not spoken and _tags(s.lines)

    if not any(s.key in ("work", "education") and heading_key(s.heading) for s in sections):
        return  # headings in a language we do not know: each unnamed list is a section of its own
    runs: list[list[Section]] = []
    run: list[Section] = []
    before: Section | None = None
    for s in [*sections, None]:
        if s is not None and member(s):
            run.append(s)
            continue
        empty_skills = before is not None and before.key == "skills" and not before.lines
        misread = sum(1 for s in run if s.key != "skills")  # a group name read as a section
        if misread >= 2 or (run and empty_skills):
            runs.append(run)
        run = []
        before = s
    for group in runs:
        for s in group:
            s.key = "skills"
            name = f"{s.heading}:"
            look = s.heading_line or s.lines[0]
            s.lines.insert(
                0, replace(look, text=name, cells=[name], bold=False, bold_lead="", list_item=False)
            )


CERT_CUES = re.compile(
    r"(?i)certif|zertifi|certyfik|сертифик|свидетельств|licen[cs]e\b|лиценз|证书|資格|認定|免許|执照"
)
"""A credential's own word in the generated languages (`Certified`, `Zertifikat`, `Сертификат`, `証書`)."""

_NAME = re.compile(r"[^\W\d_]{2}")


def _credential(ln: Line) -> bool:
    """A line that is a credential, not a degree: no degree word, no date range (a degree's or a
    job's), no school but an issuer (`CFA Institute`), and a credential's word or a name beside
    one date (`ITIL 4 Foundation — Axelos (2020)`); a degree's place or grade has neither."""
    text = ln.text.strip()
    if not text or len(text.split()) > 16 or DEGREE_RE.search(text) or _school(text):
        return False
    span = D.find_range(text)
    if span is not None and (
        span.start is not None or not _NAME.search(text[: span.begin] + text[span.stop :])
    ):
        return False  # a range, or a date alone (`— 2010`, the wrapped end of a degree's line)
    return bool(CERT_CUES.search(text)) or (span is not None and not GPA_RE.search(text))


_QUALIFICATIONS = re.compile(r"(?i)qualif|cualific|kwalifi[kc]|квалификац|资格|資格")
"""`Qualifications` in the vocabularies' languages: a word that names no kind of thing."""


def qualifications_by_content(sections: Sequence[Section]) -> None:
    """Key each section headed `Qualifications` (`Qualifikationen`, `Kwalifikacje`, `资格`...) by what
    it holds, in place: degrees at schools (most of its lines that are not bullets) are education,
    credentials (half its lines) are certificates, anything else skills. A heading that says which
    kind (`Academic Qualifications`, `Summary of Qualifications`) is not keyed skills or
    certificates and keeps its key."""
    for s in sections:
        if s.key not in ("skills", "certificates") or not _QUALIFICATIONS.search(s.heading):
            continue
        lines = [ln for ln in s.lines if ln.text.strip()]
        heads = [ln for ln in lines if not ln.bullet]
        degrees = sum(1 for ln in heads if DEGREE_RE.search(ln.text) or _school(ln.text))
        creds = sum(1 for ln in lines if _credential(ln))
        if heads and degrees >= max(1, creds) and 2 * degrees >= len(heads):
            s.key = "education"
        elif creds and 2 * creds >= len(lines):
            s.key = "certificates"
        elif not creds:
            s.key = "skills"


def _school(text: str) -> bool:
    """A school's word other than an institute's, which issues credentials too (`CFA Institute`)."""
    return any(not m.group().casefold().startswith("institut") for m in INSTITUTION_WORDS.finditer(text))


def credentials_apart(heading: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """An education section's certificates, where its heading names them too (`Education &
    Certifications`, `学歴・資格`), and the rest of its lines, in order. The certificates are a run
    of credential lines at the section's end, or else at its start (the degrees first, or the
    certificates), and what stays names a degree or a school. Under a heading that names schooling
    alone nothing moves: a `Leaving Certificate` or a `Postgraduate Certificate` is schooling."""
    if not CERT_CUES.search(heading):
        return [], lines
    items: list[list[int]] = []
    kinds: list[bool] = []
    for i, ln in enumerate(lines):
        if not ln.text.strip():
            continue
        if kinds and kinds[-1] and lines[items[-1][0]].bullet and _goes_on(ln):
            items[-1].append(i)  # the wrapped rest of a credential's list item
        else:
            above = lines[items[-1][-1]] if items and not kinds[-1] else None
            items.append([i])
            kinds.append(_credential(ln) and not _degree_closes(above, ln))
    last = next((k for k, c in enumerate(reversed(kinds)) if not c), len(kinds))  # credentials at the end
    first = next((k for k, c in enumerate(kinds) if not c), len(kinds))  # at the start
    ends = items[len(items) - last :] if last else items[:first]
    taken = {i for item in ends for i in item}
    rest = [ln for i, ln in enumerate(lines) if i not in taken]
    if not taken or not any(DEGREE_RE.search(ln.text) or INSTITUTION_WORDS.search(ln.text) for ln in rest):
        return [], lines
    return [ln for i, ln in enumerate(lines) if i in taken], rest


def _degree_closes(above: Line | None, line: Line) -> bool:
    """Whether `line` closes the schooling line `above` it, still undated (`Master of Science`
    over `Computer Science, 2019`): with no credential's word or glyph of its own, a name beside
    one date under it is that degree's field or name with its year, not a credential."""
    if above is None or CERT_CUES.search(line.text) or line.bullet or line.list_item:
        return False
    return D.find_range(above.text) is None and bool(DEGREE_RE.search(above.text) or _school(above.text))


def _goes_on(ln: Line) -> bool:
    """A line that can be the wrapped rest of a list item: no glyph of its own, no degree, no range."""
    span = D.find_range(ln.text)
    return not (ln.bullet or ln.list_item or DEGREE_RE.search(ln.text) or (span is not None and span.start))
