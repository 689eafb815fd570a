"""Round 18 (#10): lines of one degree set in one type, at one x, each of them short.

The rule that joins a school's name wrapped onto a second line (`_fills`) reads the page: the
line under starts where the name starts, in its type, and its first word would not have fitted
before the column's right edge. Where a theme sets every line of a degree in one type and every
line is short, that edge is only the section's widest line, and a school's line over its field,
its degree or its place passes all three tests:

    Universität Hamburg
    Informatik
    Master of Science
    2015 – 2017

A join must be proven by the page, and a line that reads as its own field (a degree, a date, a
place, a field of study) is never joined. Cases, written before the rule: every order of a
degree's lines under its school (field, degree, the language's `degree in field`, a place, the
dates last or first), plain or bold, in the page's column or a column just as wide as its widest
line, in every language the generator has, PDF and DOCX.

What today's parser still gets wrong is in `XFAIL` (strict).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.build import EDU_DETAILS
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, text_width
from tests.parsing.test_education_dates_last import _dates as _range
from tests.parsing.test_education_dates_last import _degrees, _page, cells

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

ORDERS: dict[str, tuple[str, ...]] = {
    "school-field-degree-dates": ("school", "field", "degree", "dates"),
    "school-degree-field-dates": ("school", "degree", "field", "dates"),
    "school-degree_in_field-dates": ("school", "degree_in_field", "dates"),
    "school-place-degree_in_field-dates": ("school", "place", "degree_in_field", "dates"),
    "dates-school-field-degree": ("dates", "school", "field", "degree"),
    "school-field-dates-degree": ("school", "field", "dates", "degree"),
}
"""A degree's lines, top to bottom, each a paragraph of its own in the section's one type."""

LOOKS = ("plain", "bold")
COLUMNS = ("page", "narrow")
"""`page`: the page's text column; `narrow`: a box as wide as the section's widest line (a grid's
cell, a sidebar), where no line wraps but none has room to spare."""


def _lines(code: str, order: tuple[str, ...], d: tuple[str, str, str, str, str]) -> list[str]:
    lang = LANGS[code]
    deg, area, school, _, _ = d
    text = {
        "school": school,
        "field": area,
        "degree": deg,
        "degree_in_field": lang.degree_forms[0].format(degree=deg, area=area),
        "place": EDU_DETAILS[code][0],
        "dates": _range(code, d),
    }
    return [text[k] for k in order]


def _document(fmt: str, code: str, order: str, look: str, column: str) -> bytes:
    degrees = _degrees(code, 2)
    bold = look == "bold"
    rows = [_lines(code, ORDERS[order], d) for d in degrees]
    cjk = code if LANGS[code].cjk else ""
    width = 0.0
    if column == "narrow":
        width = 2 + max(text_width(t, bold=bold, cjk=cjk) for r in rows for t in r)
    body: list[Block] = [
        Para([Run(t, bold=bold)], space_before=10 * (i == 0), width=width)
        for r in rows
        for i, t in enumerate(r)
    ]
    return _page(fmt, code, body)


def _combos() -> list[tuple[str, str, str, str, str]]:
    return [
        (order, look, column, fmt, code)
        for order in ORDERS
        for look in LOOKS
        for column in COLUMNS
        for fmt in ("pdf", "docx")
        for code in LANGS
        if fmt == "pdf" or column == "page"
    ]


# fmt: off
XFAIL: dict[tuple[str, str, str, str, str], str] = {
}
# fmt: on


@pytest.mark.parametrize(("order", "look", "column", "fmt", "code"), cells(_combos(), XFAIL))
def test_a_degree_in_one_type_keeps_its_lines_apart(
    order: str, look: str, column: str, fmt: str, code: str
) -> None:
    degrees = _degrees(code, 2)
    parsed = parse_document(_document(fmt, code, order, look, column), f"cv.{fmt}")
    got = [
        (e.get("institution"), e.get("studyType"), e.get("area"), e.get("startDate"), e.get("endDate"))
        for e in parsed.get("education") or []
    ]
    assert got == [(school, deg, area, start, end) for deg, area, school, start, end in degrees]
