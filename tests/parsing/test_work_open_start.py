"""Round 17 (#10): the current job printed with its start alone among ranges (`Sep 2024` over `Sep
2022 — Jun 2024`), as JSON Resume themes print a job that has no end date.

What the section repeats decides: where the other jobs print `start – end`, the newest job's lone
date is where it began, and it has not ended (no end date, not `present`: nothing says so). The
near misses stay as printed: an older job's lone date is a point in time (a one-month contract),
and a section whose jobs all print one date is a list of points. Cases: every generated language,
PDF and DOCX, each language's month forms and years alone, the dates beside the employer or on a
line of their own. Written before the rule; what fails today is in `XFAIL` (strict).
"""

from __future__ import annotations

import functools

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.jobs_page import dated_job
from tests.parsing.layouts.content import fmt_date
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import cells
from tests.parsing.test_entries_title_qualifier import section_page

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

MONTHS = (("2024-09", None), ("2021-03", "2024-06"), ("2017-10", "2021-02"))
YEARS = (("2024", None), ("2020", "2023"), ("2016", "2019"))


def _when(code: str, form: str, start: str, end: str | None) -> str:
    lang = LANGS[code]
    text = fmt_date(start, lang, form)
    return f"{text} – {fmt_date(end, lang, form)}" if end else text


def _document(fmt: str, code: str, form: str, dates: str, spans: tuple[tuple[str, str | None], ...]) -> bytes:
    lang = LANGS[code]
    jobs: list[Block] = []
    for k, (start, end) in enumerate(spans):
        head = Para([Run(lang.employers[k], bold=True, size=11)])
        body = [Para([Run(lang.titles[k], italic=True)]), Para([Run(lang.highlights[k])], bullet="•")]
        jobs += dated_job(head, _when(code, form, start, end), dates, body)
    return section_page(fmt, code, jobs)


@functools.cache
def _dates(
    fmt: str, code: str, form: str, dates: str, spans: tuple[tuple[str, str | None], ...]
) -> list[tuple]:
    parsed = parse_document(_document(fmt, code, form, dates, spans), f"cv.{fmt}")
    return [(e.get("startDate"), e.get("endDate")) for e in parsed.get("work") or []]


def _spans(form: str) -> tuple[tuple[str, str | None], ...]:
    return YEARS if form == "year" else MONTHS


def _forms(code: str) -> tuple[str, ...]:
    return (*LANGS[code].month_forms[:2], "year")


COMBOS = [(f, c, m, d) for f in ("pdf", "docx") for c in LANGS for m in _forms(c) for d in ("right", "below")]

XFAIL: dict[tuple[str, ...], str] = {}


@pytest.mark.parametrize(("fmt", "code", "form", "dates"), cells(COMBOS, XFAIL))
def test_the_newest_jobs_lone_date_among_ranges_is_its_open_start(
    fmt: str, code: str, form: str, dates: str
) -> None:
    spans = _spans(form)
    assert _dates(fmt, code, form, dates, spans) == list(spans)


@pytest.mark.parametrize(("fmt", "code", "form", "dates"), cells(COMBOS[::3], {}))
def test_an_older_jobs_lone_date_stays_a_point(fmt: str, code: str, form: str, dates: str) -> None:
    (s0, _), (s1, e1), (s2, _) = _spans(form)
    # the newest job ended (a range), an older one printed by one date: a short job, not open
    spans = ((s0, "2025" if form == "year" else "2025-02"), (e1 or s1, None), (s2, s1))
    want = [spans[0], (spans[1][0], spans[1][0]), spans[2]]
    assert _dates(fmt, code, form, dates, spans) == want


@pytest.mark.parametrize(("fmt", "code", "form", "dates"), cells(COMBOS[::3], {}))
def test_a_section_of_lone_dates_stays_as_printed(fmt: str, code: str, form: str, dates: str) -> None:
    spans = tuple((s, None) for s, _ in _spans(form))
    assert _dates(fmt, code, form, dates, spans) == [(s, s) for s, _ in spans]
