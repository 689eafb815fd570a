"""Round 11 (#10): degrees and schools as resumes the parser was never tuned on print them.

`EDU11` prints education in the layouts real CVs use (one line `Degree, School, City, Year` in any
order and separator, the year first or in a left margin, the school over the degree or under it, a
table per entry, courses and an advisor under a degree) with what real CVs list beside a
university degree: school-leaving and vocational diplomas, bootcamps, apprenticeships, and schools
named by a short name with no school word, and degrees printed with no dates at all (`layouts/schooling.py`, written from what each country's
schooling calls them). Every variant runs in all eleven languages, judged on the education section;
what today's parser still gets wrong is in `XFAIL` (strict: a cell that starts passing fails until
its line goes).
"""

from __future__ import annotations

import pytest

from tests.parsing.layouts import language_cells, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.variants import D, E, L, T, Variant, line

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

EDU11: tuple[Variant, ...] = (
    # one line, the school's city a field of it, every order
    Variant(
        "pdf-edu-degree-school-city-year", "pdf", (line(T, E, L, D, sep=", "),), dates="field", edu="city"
    ),
    Variant(
        "docx-edu-school-degree-city-year-pipes",
        "docx",
        (line(E, T, L, D, bold=True),),
        dates="field",
        edu="city",
    ),
    # other kinds of schooling beside the degree, under every kind of header
    Variant(
        "pdf-edu-kinds-school-over-degree", "pdf", (line(E, bold=True), line(T, italic=True)), edu="kinds"
    ),
    Variant(
        "docx-edu-kinds-degree-over-school",
        "docx",
        (line(T, bold=True), line(E)),
        dates="own_line",
        edu="kinds",
    ),
    Variant(
        "pdf-edu-kinds-year-first-one-line",
        "pdf",
        (line(D, T, E, sep=("  ", ", ")),),
        dates="field",
        edu="kinds",
    ),
    Variant("docx-edu-kinds-year-margin", "docx", (line(E, bold=True), line(T)), dates="margin", edu="kinds"),
    Variant(
        "pdf-edu-kinds-table-per-entry",
        "pdf",
        (line(E, bold=True), line(T, italic=True)),
        table="entry",
        edu="kinds",
    ),
    # schools by a short name with no school word (`Ph.D., Physics, МФТИ, 2019`)
    Variant(
        "pdf-edu-acronym-degree-school-year", "pdf", (line(T, E, D, sep=", "),), dates="field", edu="acronym"
    ),
    Variant("docx-edu-acronym-school-over-degree", "docx", (line(E, bold=True), line(T)), edu="acronym"),
    # courses and an advisor under each degree
    Variant(
        "pdf-edu-courses-year-margin",
        "pdf",
        (line(T, bold=True), line(E, italic=True)),
        dates="margin",
        edu="courses",
    ),
    Variant(
        "docx-edu-courses-school-dash-degree",
        "docx",
        (line(E, T, sep=" — ", bold=True),),
        dates="own_line",
        edu="courses",
    ),
)
EDU11 += (
    # no dates at all: entry after entry, a school's line and a degree's line (grade, city and
    # courses lines under them), schools without a school's word among them
    Variant(
        "pdf-edu-undated-kinds-school-over-degree",
        "pdf",
        (line(E, bold=True), line(T, italic=True)),
        edu="kinds",
        edu_undated=True,
    ),
    Variant(
        "docx-edu-undated-details-degree-over-school",
        "docx",
        (line(T, bold=True), line(E)),
        edu="details",
        edu_undated=True,
    ),
    Variant(
        "pdf-edu-undated-acronym-school-over-degree",
        "pdf",
        (line(E, bold=True), line(T)),
        edu="acronym",
        edu_undated=True,
    ),
    Variant(
        "docx-edu-undated-kinds-one-line", "docx", (line(T, E, sep=", "),), edu="kinds", edu_undated=True
    ),
    Variant(
        "pdf-edu-undated-courses-school-over-degree",
        "pdf",
        (line(E, bold=True), line(T, italic=True)),
        edu="courses",
        edu_undated=True,
    ),
)
EDU11 += (
    # the school, its dates in parentheses, a colon, the degree (`Sciences Po (2015 – 2017): Master
    # in Public Policy`), one line per degree
    Variant(
        "pdf-edu-school-dates-colon-degree",
        "pdf",
        (line(E, D, T, sep=(" (", "): ")),),
        dates="field",
        edu="acronym",
    ),
    Variant(
        "docx-edu-school-dates-colon-degree-kinds",
        "docx",
        (line(E, D, T, sep=(" (", "): ")),),
        dates="field",
        edu="kinds",
    ),
)
BY = {v.name: v for v in EDU11}

# fmt: off
XFAIL: dict[tuple[str, str], str] = {}
# fmt: on


@pytest.mark.parametrize(("variant", "lang"), language_cells(EDU11, XFAIL))
def test_degrees_parse_back(variant: str, lang: str) -> None:
    __tracebackhide__ = True
    verdict = section_verdicts(BY[variant], lang).get("education")
    assert verdict is None, verdict
