"""Dates as resumes print them, normalised to JSON Resume's `YYYY`, `YYYY-MM` or `present`.

Resumes write `Sep. 2023 - Mar. 2024`, `06/2019 – present`, `2017 –` (with `Present` on the next
line), `Summer 2022`, `Expected Graduation: June 2016`, `seit 2019`, `janv. 2020 à aujourd'hui`.
One regular expression per shape is kept here so every other module asks the same question.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .clean_text import normalize_key
from .lexicon import lexicon

_LEX = lexicon()
_MONTHS: dict[str, int] = _LEX.months
"""Month names and abbreviations of every language file (`lang/*.json`)."""

DURATION_UNIT = (
    r"(?:years?|yrs?|months?|mos?|ans?|mois|jahre?|monate?|años?|anos?|meses|mes|mês|anni|anno|mesi|mese|"
    r"jaar|maanden|maand|lata?|rok|miesi\w*|mies\.?|лет|год\w*|г\.|мес\.?\w*|年|个月|ヶ月|か月)"
)
DURATION_AND = r"(?:\s*,\s*|\s+(?:and|und|et|y|e|i|en|и)\s+|\s*)"
"""What joins a duration's years to its months (`7 years, 3 months`, `2 Jahre und 3 Monate`)."""
DURATION = re.compile(
    rf"(?i)^\(?\s*\d{{1,2}}\+?\s*{DURATION_UNIT}(?:{DURATION_AND}\d{{1,2}}\s*{DURATION_UNIT})?\s*\)?$"
)
"""A computed duration (`3 yrs 10 mos`, `(9 mos)`, `2 Jahre`, `14 YEARS` by a heading): not an employer,
not a title, not a heading."""

_SEASONS = {
    "spring": 3,
    "summer": 6,
    "fall": 9,
    "autumn": 9,
    "winter": 12,
    "printemps": 3,
    "été": 6,
    "ete": 6,
    "automne": 9,
    "hiver": 12,
    "frühling": 3,
    "sommer": 6,
    "herbst": 9,
    "primavera": 3,
    "verano": 6,
    "otoño": 9,
    "invierno": 12,
}


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first; words of alphabetic scripts match whole only."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w)
        parts.append(esc if not w[:1].isalpha() or _cjk(w) else rf"\b{esc}(?!\w)")
    return "|".join(parts)


def _cjk(text: str) -> bool:
    return any("\u3040" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


PRESENT_WORDS = _alt(_LEX.present)
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_SEASON_ALT = "|".join(sorted(_SEASONS, key=len, reverse=True))
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_MM = r"(?:0?[1-9]|1[0-2])"
# Word edges for alphabetic scripts only: CJK text runs dates into words (`2019年3月入社`).
_B = r"(?<![0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF/])"
_E = r"(?![0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF/])"

# One date: dd.mm.yyyy | month/year | month-name year | season year | yyyy年mm月 | mm/yyyy | yyyy-mm | yyyy | present
_DATE = (
    rf"(?:(?:0?[1-9]|[12]\d|3[01])\s*[./]\s*{_MM}\s*[./]\s*{_YEAR}"
    rf"|{_YEAR}(?:-(?:0[1-9]|1[0-2])-|/{_MM}/|\.{_MM}\.)(?:0?[1-9]|[12]\d|3[01])(?!\d)"  # ISO `2019-04-01`
    rf"|(?:{_MONTH_ALT})\.?(?:\s*/\s*|-){_YEAR}"  # `Set/2021`, `May-2022` (Brazilian CVs)
    rf"|{_YEAR}[-/](?:{_MONTH_ALT})\.?(?![^\W\d_])"  # `2022-May`, `2019/Sep` (moment's `YYYY-MMM`)
    rf"|(?:\d{{1,2}}\.?\s+)?(?:{_MONTH_ALT})\.?,?\s*(?:\d{{1,2}},?\s+)?(?:de\s+|del\s+)?'?(?:{_YEAR}|\d{{2}}\b)"
    rf"(?:\s*(?:г\.|г\b|roku\b|r\.))?"
    rf"|(?:{_SEASON_ALT})\s+{_YEAR}"
    rf"|{_YEAR}\s*年(?:\s*{_MM}\s*月)?(?:\s*\d{{1,2}}\s*日)?"
    rf"|{_MM}\s*[/.]\s*{_YEAR}"
    rf"|{_YEAR}\s*[/.]\s*{_MM}(?!\d)"
    rf"|{_YEAR}\s*-\s*(?:0[1-9]|1[0-2])(?!\d)"
    rf"|{_YEAR}(?:\s*(?:г\.|г\b|roku\b|r\.))?"
    rf"|(?:{PRESENT_WORDS}))"
)
_RANGE_WORDS = _alt(w for w in _LEX.range_words if w not in {"and"})
_SEP = rf"\s*(?:[-–—~～〜－]+|{_RANGE_WORDS}|\band\b|\+)\s*|\s*(?=至今|现在|現在)"

DATE_RE = re.compile(rf"{_B}{_DATE}{_E}", re.IGNORECASE)
RANGE_RE = re.compile(rf"{_B}(?P<a>{_DATE})(?P<sep>{_SEP})(?P<b>{_DATE}){_E}", re.IGNORECASE)
OPEN_RANGE_RE = re.compile(rf"{_B}(?P<a>{_DATE})\s*[-–—~～〜]\s*$", re.IGNORECASE)
SINCE_RE = re.compile(rf"(?:{_alt(_LEX.since)})\s+(?P<a>{_DATE}){_E}", re.IGNORECASE)
MONTH_RANGE_RE = re.compile(
    rf"{_B}(?P<m>{_MONTH_ALT})\.?\s*[-–—]\s*(?P<b>(?:{_MONTH_ALT})\.?,?\s*{_YEAR}){_E}", re.IGNORECASE
)
_OPEN_ENDS = "-–—~～〜"
"""What OPEN_RANGE_RE's text ends with: only such a line is scanned for it."""
_DASH = re.compile(r"[-–—]")
CUT_TAIL = re.compile(
    rf"\s*(?:[{_OPEN_ENDS}]|{_RANGE_WORDS})\s*(?:(?:{_MONTH_ALT})\.?\s*(?:de\s*)?)?$", re.IGNORECASE
)
"""A text ending where a range goes on (`März 2021 –`, `2017年10月～`, `С 03.2021 по`, `bis Juni`):
a range cut by a line's end, its end on the next line."""
_CUT_WORD = re.compile(rf"\s*(?:{_RANGE_WORDS})\s*$", re.IGNORECASE)
"""`Von 03/2021 bis`: a range word and nothing after it (`Sep 2014 – Jun` keeps its one date)."""
_PRESENT_ONLY_RE = re.compile(rf"{_B}(?:{PRESENT_WORDS}){_E}", re.IGNORECASE)
"""What DATE_RE can match in a text without a digit: every other date form holds one."""


def blank_dates(text: str) -> str:
    """`text` with each date (DATE_RE) replaced by as many spaces, cheaply where it has no digit."""
    pattern = DATE_RE if _DIGIT.search(text) else _PRESENT_ONLY_RE
    return pattern.sub(lambda m: " " * len(m.group()), text)


PRESENT_RE = re.compile(rf"^(?:{PRESENT_WORDS})$", re.IGNORECASE)
PRESENT_START_RE = re.compile(rf"^\s*(?:{PRESENT_WORDS})\.?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: str | None
    end: str | None
    begin: int
    stop: int
    """Character offsets of the date text in the string it was found in."""


def _fold_table() -> dict[int, str]:
    """Characters that stand for another one, one for one: full-width digits and Latin letters
    (`２０１９年`), and the Kangxi and CJK radicals some PDF producers map ideographs to (`⽉`
    for `月`). Matching on the folded text keeps every offset valid in the original."""
    table: dict[int, str] = {}
    for cp in [*range(0x2E80, 0x2FE0), *range(0xFF01, 0xFF5F)]:
        folded = unicodedata.normalize("NFKC", chr(cp))
        if len(folded) == 1 and folded != chr(cp):
            table[cp] = folded
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """`text` with full-width forms and radicals replaced by what they stand for (same length)."""
    return text.translate(_FOLD)


def normalize(token: str) -> str | None:
    """`Sept. 2018` -> `2018-09`; `2016` -> `2016`; `Present` -> `present`; None if not a date."""
    return _normalize_cached(token) if len(token) <= 64 else _normalize(token)


@functools.lru_cache(maxsize=4096)
def _normalize_cached(token: str) -> str | None:
    """A document prints the same few dates on many lines, each read by several range forms."""
    return _normalize(token)


def _normalize(token: str) -> str | None:
    token = fold(token)
    t = token.strip().strip(".,;:()").strip()
    if not t:
        return None
    if PRESENT_RE.match(t) or PRESENT_RE.match(token.strip().strip(",;:()")):
        return "present"
    low = t.casefold()
    low = re.sub(r"\s*(?:г\.?|roku|r\.)$", "", low)
    m = re.fullmatch(r"(?:0?[1-9]|[12]\d|3[01])\s*[./]\s*(0?[1-9]|1[0-2])\s*[./]\s*(\d{4})", low)
    if m:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(\d{4})\s*[-./]\s*(0?[1-9]|1[0-2])\s*[-./]\s*(?:0?[1-9]|[12]\d|3[01])", low)
    if m:  # `2019-04-01`, `2019.4.1`: JSON Resume's own dates, printed as stored
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    m = re.fullmatch(r"(0?[1-9]|1[0-2])\s*[/.]\s*(\d{4})", low)
    if m:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(\d{4})\s*[/.-]\s*(0?[1-9]|1[0-2])", low)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    m = re.fullmatch(r"(\d{4})\s*年(?:\s*(\d{1,2})\s*月)?(?:\s*\d{1,2}\s*日)?", low)
    if m:
        month = int(m.group(2)) if m.group(2) else 0
        return f"{m.group(1)}-{month:02d}" if 1 <= month <= 12 else m.group(1)
    m = re.fullmatch(r"\d{4}", low)
    if m:
        return low
    m = re.fullmatch(r"(\d{4})\s*[-/]\s*([^\W\d_]+)\.?", low)
    if m and m.group(2) in _MONTHS:  # `2022-May`
        return f"{m.group(1)}-{_MONTHS[m.group(2)]:02d}"
    year_m = re.search(r"(\d{4})\s*$", low) or re.search(r"'(\d{2})\s*$", low)
    if year_m is None:
        year_m = re.search(r"\b(\d{2})\s*$", low)
        if year_m is None:
            return None
        year = int(year_m.group(1))
        year_s = str(2000 + year if year < 50 else 1900 + year)
    else:
        y = year_m.group(1)
        year_s = y if len(y) == 4 else str(2000 + int(y) if int(y) < 50 else 1900 + int(y))
    words = re.findall(r"[^\W\d_]+", low)
    for w in words:
        if w in _SEASONS:
            return year_s  # a season names no month: keep the year's granularity
        if w in _MONTHS:
            return f"{year_s}-{_MONTHS[w]:02d}"
        if len(w) > 3 and w[:4] in _MONTHS:
            return f"{year_s}-{_MONTHS[w[:4]]:02d}"
        if len(w) > 3 and w[:3] in _MONTHS:
            return f"{year_s}-{_MONTHS[w[:3]]:02d}"
    return year_s


def _year(value: str | None) -> int:
    return int(value[:4]) if value and value[:4].isdigit() else 0


def _month_only_start(text: str) -> DateSpan | None:
    """`Jun – Aug 2020`: the start month borrows the end's year."""
    m = MONTH_RANGE_RE.search(text)
    if m is None:
        return None
    end = normalize(m.group("b"))
    month = _MONTHS.get(m.group("m").casefold().rstrip("."))
    if end is None or len(end) != 7 or month is None or month > int(end[5:]):
        return None
    return DateSpan(f"{end[:4]}-{month:02d}", end, m.start(), m.end())


def find_range(text: str) -> DateSpan | None:
    """The first date range in `text` (a single date counts as a range of one)."""
    if len(text) > 300:
        return _find_range(fold(text))
    return _find_range_cached(text)


@functools.lru_cache(maxsize=4096)
def _find_range_cached(text: str) -> DateSpan | None:
    """Entry splitting asks about the same short lines many times: answer each once."""
    return _find_range(fold(text))


def forget() -> None:
    """Start a document with an empty cache (each parse pays for its own look-ups, and a
    benchmark that parses one file again measures a cold parse)."""
    _find_range_cached.cache_clear()
    _is_date_only.cache_clear()
    _normalize_cached.cache_clear()


_DIGIT = re.compile(r"\d")


def _find_range(text: str) -> DateSpan | None:
    if not _DIGIT.search(text):
        return None  # every date form holds a year (a present word alone is no date): skip the scan
    short = _month_only_start(text)
    if short is not None:
        return short
    for m in RANGE_RE.finditer(text):
        a, b = normalize(m.group("a")), normalize(m.group("b"))
        sep = m.group("sep").strip().casefold()
        if a is None or b is None or a == "present":
            continue
        if sep in {"and", "+"} and not (re.fullmatch(r"\d{4}", m.group("b").strip()) or b == "present"):
            continue
        if b != "present" and _year(b) < _year(a):
            continue
        loose = _loose_range(text)
        if loose is not None and loose.begin < m.start() < loose.stop:
            return loose  # `augusti 2023 – april 2024`: the range starts at the unknown month
        return DateSpan(a, b, _opening(text, m.start()), m.end())
    short = _short_end(text)
    if short is not None:
        return short
    loose = _loose_range(text)
    if loose is not None:
        return loose
    since = SINCE_RE.search(text)
    if since:
        a = normalize(since.group("a"))
        if a and a != "present":
            # `С 03.2021 по` (`from … to` cut by the line's end): a start, not `since … present`
            cut = CUT_TAIL.match(text, since.end()) is not None and text[since.end() :].strip() != ""
            return DateSpan(a, None if cut else "present", since.start(), since.end())
    loose_since = _loose_since(text) or _leading_loose(text)
    if loose_since is not None:
        return loose_since
    open_range = OPEN_RANGE_RE.search(text) if text.rstrip()[-1:] in _OPEN_ENDS else None
    if open_range:
        m = open_range
        a = normalize(m.group("a"))
        if a and a != "present":
            return DateSpan(a, None, m.start(), m.end())
    for m in DATE_RE.finditer(text):
        v = normalize(m.group(0))
        if v and v != "present" and _plausible_single(text, m.start(), m.end()):
            if _CUT_WORD.match(text, m.end()):
                return DateSpan(v, None, m.start(), m.end())  # `Von 03/2021 bis`: a start, cut
            return DateSpan(None, v, m.start(), m.end())
    return None


_OPENING_RE = re.compile(
    r"(?i)(?:^|(?<=[\s(|,;:]))(?:"
    + "|".join(re.escape(w) for w in sorted(_LEX.range_open, key=len, reverse=True))
    + r")\s*$"
)
"""A range's opening word closing the text before it (`from`, `de`, `dal`, `von`, `с`, `d'`)."""


def _opening(text: str, begin: int) -> int:
    """Where a range that starts at `begin` begins once its opening word is counted in: the word
    belongs to the date (`Verde Mar Lda. de 2019 a 2021`), not to the employer before it."""
    m = _OPENING_RE.search(text, max(0, begin - 12), begin) if begin else None
    return m.start() if m else begin


_SHORT_END_RE = re.compile(
    rf"{_B}(?P<a>(?:(?P<ma>{_MM})\s*[/.]\s*)?(?P<ya>{_YEAR}))\s*[-–—]\s*"
    rf"(?:(?P<mb>{_MM})\s*[/.]\s*)?(?P<yb>\d{{2}})(?![\d%]|[-./,]\d| ?[^\W\d_])"
)
"""`2019–21`, `09/2019 – 06/21`: a range whose end prints two digits of its year. Not the slashed
`2020/21`: a season or school year inside a sentence, wrapped onto a line of its own in a narrow
column, would read as an entry's dates (a tune theme's bullet became a job)."""


def _short_end(text: str) -> DateSpan | None:
    """A range ending in a two-digit year, read as the first year after the start that ends so, and
    only within ten years (`2019 – 15` is no range; `2019 – 21 people` a count)."""
    m = _SHORT_END_RE.search(text)
    if m is None or (m["ma"] is None) != (m["mb"] is None):
        return None
    start = int(m["ya"])
    end = start - start % 100 + int(m["yb"])
    if end <= start:
        end += 100
    if end - start > 10:
        return None
    if m["ma"] is None:
        return DateSpan(str(start), str(end), _opening(text, m.start()), m.end())
    return DateSpan(f"{start}-{int(m['ma']):02d}", f"{end}-{int(m['mb']):02d}", m.start(), m.end())


_WORD = r"[^\W\d_][^\W\d_.]{1,11}\.?"
_LOOSE_RANGE_RE = re.compile(
    rf"{_B}(?P<ma>{_WORD}\s+)?(?P<a>{_YEAR})\s*[-–—]\s*"
    rf"(?:(?P<mb>{_WORD}\s+)?(?P<b>{_YEAR}){_E}|(?P<open>{_WORD}(?:\s+{_WORD}){{0,2}})\s*(?=$|\t|\s{{2}}|\s*[|•·,;)]))"
)
"""`Ocak 2019 – Mart 2021`, `maj 2023 – nu`, `2019 – Halen`: a range whose month or `present`
words are in a language we have no words for. The years are plain, so the range is read."""


def _loose_month(word: str | None, year: str) -> str:
    """`year` with the month a word names where it is a month we know or plainly begins with one
    (`augusti`, `Mart`); any other word is ignored and the year kept alone."""
    if not word:
        return year
    w = word.strip().rstrip(".").casefold()
    month = _MONTHS.get(w)
    if month is None and 4 <= len(w) <= 8 and word.strip()[:1].islower():  # never a name: `Siemens`
        month = _MONTHS.get(w[:4]) or _MONTHS.get(w[:3])
    return f"{year}-{month:02d}" if month else year


_LOOSE_YEAR_FIRST_RE = re.compile(
    rf"{_B}(?P<a>{_YEAR})\.\s+(?P<ma>{_WORD})\s*[-–—]\s*"
    rf"(?:(?P<b>{_YEAR})\.\s+(?P<mb>{_WORD})(?!\w)|(?P<open>{_WORD}(?:\s+{_WORD}){{0,2}})\s*(?=$|\t|\s{{2}}|\s*[|•·,;)]))"
)
"""`2019. március – 2021. május` (Hungarian): the year first, then the month."""


_LOOSE_OPEN_RE = re.compile(
    rf"{_B}(?P<a>{_DATE})\s*[-–—]\s*(?P<open>{_WORD}(?:\s+{_WORD}){{0,2}})\s*(?=$|\t|\s{{2}}|\s*[|•·,;)])",
    re.IGNORECASE,
)
"""`03/2019 – nu`, `2019.03 – jelenleg`: a date we read, then a word for `present` we do not know."""


def _a_month(words: str | None) -> bool:
    """`2021-Sep`: the word after the dash names the year's month (a date), not `present`."""
    first = (words or "").split()[:1]
    return bool(first) and first[0].casefold().rstrip(".") in _MONTHS


def _loose_range(text: str) -> DateSpan | None:
    if not _DASH.search(text):
        return None  # each loose form has a dash: a line without one need not be scanned three times
    m = _LOOSE_RANGE_RE.search(text) or _LOOSE_YEAR_FIRST_RE.search(text)
    if m is not None and _a_month(m.group("open")):
        m = None
    if m is None or m.group("open") is not None:
        o = _LOOSE_OPEN_RE.search(text)
        if o is not None and _a_month(o.group("open")):
            o = None
        if o is not None and (m is None or o.start() <= m.start()):
            a = normalize(o.group("a"))
            words = o.group("open").split()
            named = len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper()
            named = named or bool({w.casefold() for w in words} & (_FILLERS | _JOINERS))
            named = named or _names(o.group("open"))
            if a and a != "present" and not named and len(o.group("open")) <= 20:
                return DateSpan(a, "present", o.start(), o.end())
    if m is None or (m.group("ma") is None and m.group("mb") is None and m.group("open") is None):
        return None
    if m.group("ma") is not None and m.group("mb") is None and m.group("open") is None:
        return None  # `Werkstudent 2022 – 2025`: a word before one year only is no month of a range
    words = (m.group("open") or "").split()
    if {w.casefold() for w in words} & (_FILLERS | _JOINERS):
        return None  # `2019 – and more`, `2019 – to date`: not one word for `present`
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper():
        return None  # `2019 – Acme Corp`: a name after the dash, not a word for `present`
    if _names(m.group("open")):
        return None  # `May 2019 – London`: the entry's place after its one date
    if len(m.group("open") or "") > 20:
        return None
    a = _loose_month(m.group("ma"), m.group("a"))
    if m.group("open") is not None:
        return DateSpan(a, "present", m.start(), m.end())
    b = _loose_month(m.group("mb"), m.group("b"))
    if _year(b) < _year(a):
        return None
    if len(a) != len(b):  # one side's month unknown: both at the year's granularity
        a, b = a[:4], b[:4]
    return DateSpan(a, b, m.start(), m.end())


_LOOSE_SINCE_RE = re.compile(
    rf"(?P<sep>^|[|•·,;\t]|\s{{2}})\s*(?P<w>[^\W\d_][^\W\d_]{{1,9}})\s+"
    rf"(?:(?P<m>[^\W\d_]{{3,12}}\.?)\s+(?P<y>{_YEAR})|(?P<a>{_DATE}))\s*$",
    re.IGNORECASE,
)
_FILLERS = frozenset(
    (
        *("expected", "exp", "graduation", "graduated", "graduating", "anticipated", "dates", "date"),
        *("period", "from", "until", "till", "by", "class", "completed", "attended", "due", "in", "of"),
        *("on", "and", "since"),
    )
)
"""Words before a date that say something else than `since` (`Graduated May 2019`)."""


_LEADING_LOOSE_RE = re.compile(
    rf"^\s*(?:(?P<w>[^\W\d_][^\W\d_]{{1,9}})\s+(?P<a>(?i:{_DATE}))"
    rf"|(?P<a2>(?i:{_DATE}))\s*[-–—]\s*(?P<open>[^\W\d_A-ZÀ-ÞΑ-ΩА-Я][^\W\d_]{{1,11}}(?:\s+[^\W\d_A-ZÀ-ÞΑ-ΩА-Я][^\W\d_]{{0,11}}){{0,2}}))"
    rf"\s+(?=[A-ZÀ-ÞΑ-ΩА-ЯĀ-Žİ])"
)
"""Dates leading a header line, in words we do not know: `Sedan maj 2024 Mjukvaruutvecklare, ...`,
`03/2023 – nykyään Ohjelmistokehittäjä, ...`: the title starts at the next capital."""


_JOINERS = frozenset(
    {"and", "und", "et", "y", "e", "og", "och", "ja", "és", "ve", "și", "a", "the", "to", "at"}
)


_CODE = re.compile(r"[A-ZÀ-ÞΑ-ΩА-Я]{2,3}\.?")
"""`MA`, `UK`, `NSW`, `РФ`: a state, province or country code."""


def _a_name(word: str, after_comma: bool, month: str | None) -> bool:
    """Whether the one word before a date names something (a place, a region's code, an employer, a
    role) rather than saying `since` in a language we have no words for: `Cambridge, MA  May 2019`,
    `Berlin, Germany 05/2021`, `Engineer, Google  May 2021`, `Google  May 2021` date an entry; they
    open no range. A capitalised word before a capitalised month we know is a name (`Sedan maj
    2024`, `Din martie 2020`, `København, Siden maj 2024` write the month lower-case), and so is one
    after a comma before a numeric date."""
    key = normalize_key(word)
    w = word.casefold()
    if _CODE.fullmatch(word) or key in _LEX.places or key in _LEX.countries:
        return True
    if w in _LEX.title_words or w in _LEX.company_suffixes:
        return True
    if not word[:1].isupper():
        return False
    if month is None:
        return after_comma  # `Berlin, Germany 05/2021`; `Από 05/2019` opens the text
    return month[:1].isupper() and month.casefold().rstrip(".") in _MONTHS


def _names(words: str | None) -> bool:
    """Whether the words after a date's dash name a place, a region, a role or a legal form (a known
    one): `May 2019 – London`, `2019 – Berlin`, `05/2021 – TX` are one date and where it was."""
    if not words:
        return False
    key = normalize_key(words)
    return key in _LEX.places or key in _LEX.countries or any(_a_name(w, False, None) for w in words.split())


def _leading_loose(text: str) -> DateSpan | None:
    m = _LEADING_LOOSE_RE.match(text)
    if m is None:
        return None
    if m.group("open") is not None:
        a = normalize(m.group("a2"))
        words = m.group("open").split()
        if a and a != "present" and m.group("open").islower() and not set(words) & (_FILLERS | _JOINERS):
            return DateSpan(a, "present", m.start("a2"), m.end("open"))
        return None
    w = m.group("w").casefold()
    if w in _MONTHS or w in _FILLERS or w in _LEX.range_words or w in _LEX.present or w in _LEX.since:
        return None
    if w in _LEX.places:
        return None  # `Boston May 2019 ...`: a place, then the date
    month = re.match(r"[^\W\d_]+\.?", m.group("a"))
    if _a_name(m.group("w"), False, month.group() if month else None):
        return None
    a = normalize(m.group("a"))
    if a is None or len(a) != 7:
        return None
    return DateSpan(a, "present", m.start("w"), m.end("a"))


def _loose_since(text: str) -> DateSpan | None:
    """`Sedan maj 2024`, `Din martie 2020`, `Από 05/2019`: one word we do not know before a date
    with its month, closing the text, reads as `since` (an open range), as the known ones do.
    A year alone (`Abschluss 2019`) is not read so: a word before a year is as often its end."""
    m = _LOOSE_SINCE_RE.search(text)
    if m is None:
        return None
    w = m.group("w").casefold()
    if w in _MONTHS or w in _FILLERS or w in _LEX.range_words or w in _LEX.present or w in _LEX.since:
        return None
    if _a_name(m.group("w"), m.group("sep") == ",", m.group("m")):
        return None
    if m.group("y"):  # `Din martie 2020`: a month word, maybe one we do not know
        start = _loose_month(m.group("m"), m.group("y"))
        if len(start) != 7 and not m.group("m").islower():
            return None  # `Technical University 2015`, `New York 2019`: no month before the year
        return DateSpan(start, "present", m.start("w"), m.end())
    a = normalize(m.group("a") or "")
    if a is None or len(a) != 7:
        return None
    return DateSpan(a, "present", m.start("w"), m.end())


def month_guessed(text: str) -> bool:
    """Whether the range read from `text` is a `since` whose month is a word we do not know
    (`Din ianuarie 2020`, but also `Premio innovazione 2023`): only the page can tell which."""
    span = find_range(text)
    m = _LOOSE_SINCE_RE.search(text)
    return (
        span is not None
        and m is not None
        and m.group("y") is not None
        and (span.begin, span.stop) == (m.start("w"), m.end())
        and len(span.start or "") == 4
    )


def unknown_month(text: str) -> bool:
    """Whether a range in `text` names its month by a word we do not know (`ianuarie 2018 –
    martie 2020`, `Ocak 2019 – Mart 2021`): the page prints months in a language we cannot read."""
    m = _LOOSE_RANGE_RE.search(text) or _LOOSE_YEAR_FIRST_RE.search(text)
    if m is None:
        return False
    return any(
        m.group(g) is not None
        and re.fullmatch(r"[^\W\d_]{3,12}\.?", m.group(g).strip()) is not None
        and not text[: m.start(g)].endswith(".")  # `S.p.A. 2021 – 2023`: a name's end, no month
        and len(_loose_month(m.group(g), m.group(y))) == 4
        for g, y in (("ma", "a"), ("mb", "b"))
    )


def _plausible_single(text: str, begin: int, end: int) -> bool:
    """A lone year inside a sentence (`in 2011`) is not an entry date; one in a short field is."""
    before = text[:begin].rstrip()
    if re.search(r"\d[.,]?$", before):
        return False
    return not re.search(
        r"\b(in|of|by|from|for|with|the|since|over|than|top|until)\s*$", before, re.IGNORECASE
    )


def has_range(text: str) -> bool:
    span = find_range(text)
    return span is not None and span.start is not None


def is_date_only(text: str) -> bool:
    """Whether `text` is nothing but a date or date range (plus filler like `Expected:`)."""
    if len(text) > 120:
        return False  # a range and its filler are short; a long line is more than a date
    return _is_date_only(text)


@functools.lru_cache(maxsize=4096)
def _is_date_only(text: str) -> bool:
    """Each line is asked about four times on average (sections, entries, education): answer once."""
    text = fold(text)
    span = find_range(text)
    if span is None:
        return False
    rest = (text[: span.begin] + text[span.stop :]).strip(" \t|,;:()–—-·•/")
    rest = re.sub(
        r"(?i)\b(expected|exp\.?|grad(uation|uated)?\.?|graduating|anticipated|since|dates?|period|"
        r"from|until|class of|completed|attended)\b",
        "",
        rest,
    )
    return not re.sub(r"[\W_]+", "", EXPECTED_LABEL.sub("", rest))


EXPECTED_LABEL = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in _LEX.expected) + r")(?!\w)\s*[:：]?"
)
"""`Expected graduation:`, `Obtention prévue en`, `卒業見込み：`: the label of a degree's date to come."""


_ARROW_CHARS = re.compile(r"->|=>|[→⟶➔➜➞⇒]")
_DATED_ARROW = re.compile(
    rf"{_B}(?P<a>{_DATE})(?P<s1>\s*)(?:->|=>|[→⟶➔➜➞⇒])(?P<s2>\s*)(?P<b>(?:{_DATE}){_E}|$)"
    rf"|^(?P<lead>\s*)(?:->|=>|[→⟶➔➜➞⇒])\s*(?=(?:{_DATE}){_E})",
    re.IGNORECASE,
)
_APART = re.compile(r"(?:^|\t|\s{2}|\s*[|,;(·•]|\s*[-–—]\s)\s*$")
"""What sets a range apart from the words before it (or, reversed, after it): a line's edge, a
tab, a wide gap, a separator."""


def arrows_as_dashes(text: str) -> str:
    """`2019-04 → Present` -> `2019-04 – Present`, `→ 2010` -> `2010`: an arrow between two dates
    (or after a date that ends the line, or before a line's first date) that stand apart from the
    line's words, as a header prints them, is a range's dash. An arrow anywhere else (`300 ms →
    120 ms`, `Python → Go`, `grew 2019 → 2021 by 40%`) is the person's and stays."""
    if not _ARROW_CHARS.search(text):
        return text

    def dash(m: re.Match[str]) -> str:
        if m.group("lead") is not None:
            return m.group("lead")
        before, after = text[: m.start()], text[m.end() :]
        if not (_APART.search(before) or _APART.search(after[::-1])):
            return m.group(0)
        return f"{m.group('a')}{m.group('s1') or ' '}–{m.group('s2') or ' '}{m.group('b')}"

    return _DATED_ARROW.sub(dash, text)
