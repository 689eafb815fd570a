"""Round 16 (#10): the school's line under a dated degree line, its grade after it on that line.

Themes (eloquent) print the degree and its dates on one line, then the school with the grade the
person gave after a comma:

    Data Science and Analytics, Bachelor of Science (Hons)              2017 — 2021
    National University of Singapore (NUS), GPA: CAP 4.52 / 5.00

The school's line was read as a detail of the degree (a grade's line), the field taken for the
school. Cases, written before the rule: the degree line in the field-then-degree order and in the
language's own form, the school's line alone, with the language's grade after a comma, or with
its city and then the grade, two degrees, in every language the generator has, PDF and DOCX.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.build import EDU_DETAILS
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import _dates, _degrees, _page, cells

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

DEGREE_LINES = ("field-degree", "own-form")
"""The degree's line: `Field, Degree` (eloquent), or the language's form (`Master en Informatique`)."""

SCHOOL_LINES = ("alone", "grade", "city-grade")
"""The school's line: the school alone, the school then its grade, the school, its city, its grade."""


def _document(fmt: str, code: str, degree_line: str, school_line: str) -> bytes:
    lang = LANGS[code]
    comma = "，" if lang.cjk else ", "
    city, grade = EDU_DETAILS[code]
    body: list[Block] = []
    for deg, area, school, start, end in _degrees(code, 2):
        head = (
            comma.join((area, deg))
            if degree_line == "field-degree"
            else lang.degree_forms[0].format(degree=deg, area=area)
        )
        under = {"alone": [school], "grade": [school, grade], "city-grade": [school, city, grade]}[
            school_line
        ]
        body += [
            Para(
                [Run(head, bold=True)],
                right=[Run(_dates(code, (deg, area, school, start, end)))],
                space_before=12,
            ),
            Para([Run(comma.join(under))]),
        ]
    return _page(fmt, code, body)


@pytest.mark.parametrize(
    ("degree_line", "school_line", "fmt", "code"),
    cells(
        ((d, s, f, c) for d in DEGREE_LINES for s in SCHOOL_LINES for f in ("pdf", "docx") for c in LANGS),
        {},
    ),
)
def test_the_school_under_a_dated_degree_keeps_its_grade_apart(
    degree_line: str, school_line: str, fmt: str, code: str
) -> None:
    degrees = _degrees(code, 2)
    parsed = parse_document(_document(fmt, code, degree_line, school_line), f"cv.{fmt}")
    got = [
        (e.get("institution"), e.get("studyType"), e.get("area"), e.get("startDate"), e.get("endDate"))
        for e in parsed.get("education") or []
    ]
    assert got == [(school, deg, area, start, end) for deg, area, school, start, end in degrees]
