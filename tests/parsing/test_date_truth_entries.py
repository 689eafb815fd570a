"""Session 22 (#10, date truth): every way a job's dates print reads back as the same start, end
and current flag, and nothing that only looks like a date makes one.

A job whose end is lost reads as a job the person still holds; one whose `present` is lost as a
job they left. The corpus and theme scores barely see either (`benchmarks.date_truth` counts them).
Cases, generated: every language of `layouts.lang`, PDF and DOCX, each range form (the language's
month forms, years, two-digit years, seasons, range words `from … to …`, `since`/`seit`/`depuis`/
`desde`/`с`/`od`/`起`, open ranges with every word the lexicon has for "present", en and em
dashes, hyphens, `to`, `until`), the range beside the employer, beside the title, on its own line,
in a margin column or split over two lines; and bullets and places holding things that look like
dates but are not ranges (`Python 3.11`, `ISO 9001`, a phone, `24/7`, a postcode, `Q3 2021`).
Written before the rules; what fails today is in `XFAIL` (strict).
"""

from __future__ import annotations

import functools

import pytest

from resume_api.parsing.document import parse_document
from resume_api.parsing.lexicon import language_files
from tests.parsing.layouts.content import fmt_date
from tests.parsing.layouts.lang import LANGS, Lang
from tests.parsing.layouts.model import Block, Para, Run, Table
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import cells
from tests.parsing.test_entries_title_qualifier import section_page

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

MONTHS = (("2021-03", "2024-06"), ("2017-10", "2021-02"), ("2014-01", "2017-09"))
YEARS = (("2021", "2024"), ("2017", "2021"), ("2014", "2017"))
PLACES = ("right", "title", "below", "margin", "split")
"""Where a job's range prints: beside its employer, beside its title, on a line of its own under
the employer, in a narrow column left of the entry, or over two lines (`03/2021 –` / `06/2024`)."""
DASHES = (" – ", " — ", " - ", "–")
CJK = {"zh", "ja"}


def _seps(code: str) -> tuple[str, ...]:
    return (*DASHES, " to ", " until ") if code == "en" else (" – ", "～", " - ") if code in CJK else DASHES


def _words(code: str) -> dict[str, list[str]]:
    return language_files()[code]


def forms(code: str) -> list[str]:
    """The range forms a language's resumes print (`open:<word>` and `since:<word>` per word)."""
    lang = LANGS[code]
    out = [*lang.month_forms, "year", "yy_end", "yy_num"]
    if code == "en":
        out.append("season")
    if _words(code).get("range_open") or code in CJK:
        out.append("worded")
    out += [f"since:{w}" for w in _words(code)["since"]]
    if code == "zh":
        out.append("since:起")
    return out


def _open_words(code: str) -> list[str]:
    return list(_words(code)["present"])


def _spans(form: str) -> tuple[tuple[str, str], ...]:
    return YEARS if form in {"year", "yy_end", "season"} else MONTHS


def _month_form(lang: Lang) -> str:
    return lang.month_forms[0]


def _printed(code: str, form: str, start: str, end: str, k: int) -> tuple[str, str]:
    """The range `start`-`end` as job `k` prints it, and the end as the parse must give it back."""
    lang = LANGS[code]
    seps = _seps(code)
    sep = seps[k % len(seps)]
    if form.startswith("open:"):
        text = fmt_date(start, lang, _month_form(lang))
        return f"{text}{sep}{form[5:]}", "present"
    if form.startswith("since:"):
        word, text = form[6:], fmt_date(start, lang, _month_form(lang))
        return (f"{text}{word}" if code in CJK else f"{word.capitalize()} {text}"), "present"
    if form == "yy_end":
        return f"{start}–{end[2:]}" if k % 2 else f"{start} – {end[2:]}", end
    if form == "yy_num":
        (sy, sm), (ey, em) = start.split("-"), end.split("-")
        return f"{sm}/{sy[2:]}{sep}{em}/{ey[2:]}", end
    if form == "season":
        seasons = ("Summer", "Spring", "Fall", "Winter")
        return f"{seasons[k % 4]} {start}{sep}{seasons[(k + 1) % 4]} {end}", end
    month = _month_form(lang) if form == "worded" else form
    a, b = (fmt_date(d, lang, "year" if form == "year" else month) for d in (start, end))
    if form == "worded":
        words = _words(code)
        if code in CJK:
            return f"{a}{words['range'][0]}{b}", end
        return f"{words['range_open'][0].capitalize()} {a} {words['range'][0]} {b}", end
    return f"{a}{sep}{b}", end


def _split(when: str) -> tuple[str, str]:
    """A range wrapped after its dash or range word (`03/2021 –` / `06/2024`), else at its last space."""
    for sep in (*DASHES, "～", " to ", " until "):
        if sep in when:
            i = when.index(sep) + len(sep)
            return when[:i].rstrip(), when[i:]
    first, _, last = when.rpartition(" ")
    return (first, last) if first else (when, "")


def _job(code: str, k: int, when: str, place: str, extra: list[Para]) -> list[Block]:
    lang = LANGS[code]
    head = Para([Run(lang.employers[k], bold=True, size=11)])
    title = Para([Run(lang.titles[k], italic=True)])
    bullets = [Para([Run(lang.highlights[k])], bullet="•"), *extra]
    printed = [Run(when, size=9)]
    if place == "right":
        head.right = printed
        return [head, title, *bullets]
    if place == "title":
        title.right = printed
        return [head, title, *bullets]
    if place == "below":
        return [head, Para(printed), title, *bullets]
    if place == "split":
        first, last = _split(when)
        return [head, Para([Run(first, size=9)]), Para([Run(last, size=9)]), title, *bullets]
    margin: list[Block] = [Para([Run(when, bold=True, size=8)])]
    return [Table([[margin, [head, title, *bullets]]], [0.22, 0.78], label="top")]


def _document(fmt: str, code: str, form: str, place: str, noise: tuple[str, ...]) -> tuple[bytes, list]:
    if form.startswith("since-"):
        return _since_document(fmt, code, form.removeprefix("since-"), place)
    jobs: list[Block] = []
    want = []
    for k, (start, end) in enumerate(_spans(form)):
        job_form = form if k == 0 or ":" not in form else _month_form(LANGS[code])
        when, got_end = _printed(code, job_form, start, end, k)
        extra = [Para([Run(noise[k])], bullet="•")] if k < len(noise) and noise[k] else []
        jobs += _job(code, k, when, place, extra)
        want.append((start, got_end))
    return section_page(fmt, code, jobs), want


def _since_document(fmt: str, code: str, kind: str, place: str) -> tuple[bytes, list]:
    """The newest job's start alone over the older jobs' ranges, a `since` role in its text."""
    lang = LANGS[code]
    jobs: list[Block] = []
    want: list[tuple[str, str | None]] = []
    for k, (start, end) in enumerate(MONTHS):
        when = fmt_date(start, lang, _month_form(lang))
        if k:
            when, _ = _printed(code, _month_form(lang), start, end, k)
        told = Para([Run(_since_in_a_bullet(code, k))], bullet="•" if kind == "bullet" else None)
        jobs += _job(code, k, when, place, [told] if k == 0 else [])
        want.append((start, None if k == 0 else end))
    return section_page(fmt, code, jobs), want


@functools.cache
def _read(fmt: str, code: str, form: str, place: str, noise: tuple[str, ...] = ()) -> tuple[list, list]:
    data, want = _document(fmt, code, form, place, noise)
    parsed = parse_document(data, f"cv.{fmt}")
    got = [(e.get("startDate"), e.get("endDate")) for e in parsed.get("work") or []]
    return got, want


def _place(i: int) -> str:
    return PLACES[i % len(PLACES)]


RANGES = [
    (fmt, code, form, _place(i + j))
    for i, code in enumerate(LANGS)
    for j, form in enumerate(forms(code))
    for fmt in ("pdf", "docx")
]
OPEN = [
    (("pdf", "docx")[j % 2], code, f"open:{word}", _place(i + j))
    for i, code in enumerate(LANGS)
    for j, word in enumerate(_open_words(code))
]

_YY = "`03/21 – 06/24` (month/two-digit year) is read as no date"
_SINCE_WRAPPED = "a `since` range wrapped after its month (`Since Mar` / `2021`) loses its present"
_QI = "`2021年3月起` (起: since) is not read as an open range"
_JA_TITLE = "`2021.03 – 2024.06` beside a Japanese title (PDF): no job is read"
_BOTH = {  # (language, form, place): why, in PDF and DOCX alike
    ("en", "yy_num", "title"): _YY,
    ("fr", "yy_num", "title"): _YY,
    ("de", "yy_num", "margin"): _YY,
    ("es", "yy_num", "margin"): _YY,
    ("pt", "yy_num", "split"): _YY,
    ("it", "yy_num", "right"): _YY,
    ("nl", "yy_num", "title"): _YY,
    ("pl", "yy_num", "below"): _YY,
    ("ru", "yy_num", "margin"): _YY,
    ("zh", "yy_num", "margin"): _YY,
    ("ja", "yy_num", "split"): _YY,
    ("en", "since:since", "split"): _SINCE_WRAPPED,
    ("nl", "since:vanaf", "split"): _SINCE_WRAPPED,
    ("pl", "since:od", "split"): _SINCE_WRAPPED,
    ("zh", "since:起", "right"): _QI,
}
XFAIL: dict[tuple[str, ...], str] = {
    **{(fmt, *key): why for key, why in _BOTH.items() for fmt in ("pdf", "docx")},
    ("pdf", "ja", "ym_dot", "title"): _JA_TITLE,
}


@pytest.mark.parametrize(("fmt", "code", "form", "place"), cells(RANGES, XFAIL))
def test_each_printed_range_reads_back_as_its_start_and_end(
    fmt: str, code: str, form: str, place: str
) -> None:
    got, want = _read(fmt, code, form, place)
    assert got == want


@pytest.mark.parametrize(("fmt", "code", "form", "place"), cells(OPEN, XFAIL))
def test_each_word_for_present_keeps_the_job_current(fmt: str, code: str, form: str, place: str) -> None:
    got, want = _read(fmt, code, form, place)
    assert got == want


NOT_RANGES = (
    "Upgraded the services to Python 3.11",
    "Certified the plant to ISO 9001",
    "Support line +49 30 1234 5678",
    "Ran the 24/7 on-call rota",
    "Moved the office to 10115 Berlin",
    "Shipped the Q3 2021 release",
    "Opened Building 42, Pune 411001",
)
"""A bullet that holds numbers like a date's (a version, a standard, a phone, a rota, a postcode,
a quarter, a place with a number): none is a range, none moves a job's dates."""

NOISY = [
    (("pdf", "docx")[(i + j) % 2], code, noise, _place(i + j))
    for i, code in enumerate(LANGS)
    for j, noise in enumerate(NOT_RANGES)
]


@pytest.mark.parametrize(("fmt", "code", "noise", "place"), cells(NOISY, XFAIL))
def test_what_only_looks_like_a_date_moves_no_jobs_dates(fmt: str, code: str, noise: str, place: str) -> None:
    form = _month_form(LANGS[code])
    got, want = _read(fmt, code, form, place, (noise, noise, noise))
    assert got == want


def _since_in_a_bullet(code: str, k: int) -> str:
    """`Type Rating Instructor since 2020`: a role taken on inside the job, told in one bullet."""
    lang, since = LANGS[code], _words(code)["since"]
    title = lang.titles[(k + 3) % len(lang.titles)]
    if not since:
        return f"{title}（2020年起）"
    return f"{title} {since[0]} 2020"


SINCE_BULLETS = [
    (fmt, code, kind, PLACES[(i + j) % 4])  # (a lone start is not split over two lines)
    for i, code in enumerate(LANGS)
    for j, kind in enumerate(("bullet", "line"))
    for fmt in ("pdf", "docx")
]


@pytest.mark.parametrize(("fmt", "code", "kind", "place"), cells(SINCE_BULLETS, XFAIL))
def test_a_since_inside_a_jobs_text_is_no_job_of_its_own(fmt: str, code: str, kind: str, place: str) -> None:
    """The newest job prints its start alone (as themes print a current job) and tells a later role
    with `since`: one job, still current, not a second one held since then."""
    got, want = _read(fmt, code, f"since-{kind}", place)
    assert got == want
