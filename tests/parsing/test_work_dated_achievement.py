"""Round 17 (#10): a description line that ends on a year (`Winnaar Effie Zilver 2020`, `Cobertura
das eleições de 2018`) under a job whose dates, like every job's in the section, are a range on a
line or in a cell of their own.

A dated row is an entry only where it repeats the section's shape: where the other jobs print
`start – end` apart from their words, a year closing a line of words is what the line tells (an
award, an event), not a job. Cases: every generated language, PDF and DOCX, the dates beside the
header or on a line of their own, the description printed without glyphs. Written before the rule;
what fails today is in `XFAIL` (strict).
"""

from __future__ import annotations

import functools

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.jobs_page import dated_job
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import cells
from tests.parsing.test_entries_title_qualifier import YEARS, section_page

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))


def _document(fmt: str, code: str, dates: str) -> bytes:
    lang = LANGS[code]
    jobs: list[Block] = []
    for k, (start, end) in enumerate(YEARS):
        head = Para([Run(lang.employers[k], bold=True, size=11)])
        body = [Para([Run(lang.titles[k], italic=True)]), Para([Run(lang.highlights[k])])]
        award = Para([Run(f"{lang.awards[k % len(lang.awards)]} {end}")])
        jobs += dated_job(head, f"{start} – {end}", dates, [*body, award])
    return section_page(fmt, code, jobs)


@functools.cache
def _parsed(fmt: str, code: str, dates: str) -> list[tuple[object, ...]]:
    parsed = parse_document(_document(fmt, code, dates), f"cv.{fmt}")
    return [(e.get("name"), e.get("startDate"), e.get("endDate")) for e in parsed.get("work") or []]


COMBOS = [(f, c, d) for f in ("pdf", "docx") for c in LANGS for d in ("right", "below")]

XFAIL: dict[tuple[str, ...], str] = {}


@pytest.mark.parametrize(("fmt", "code", "dates"), cells(COMBOS, XFAIL))
def test_a_year_closing_a_description_line_is_no_job(fmt: str, code: str, dates: str) -> None:
    lang = LANGS[code]
    assert _parsed(fmt, code, dates) == [(lang.employers[k], s, e) for k, (s, e) in enumerate(YEARS)]
