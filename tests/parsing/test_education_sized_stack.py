"""Round 15 (#10): a degree printed as a stack of lines in a size per role, its dates last.

Themes (slick) print each degree's lines in a size of their own, largest first: the school, the
field, the degree, the dates, then a grade under the dates, each line with space above it:

    Universidad de Guadalajara, CUCEA        (18 pt)
    Mercadotecnia                            (15.7 pt)
    Licenciatura                             (13.5 pt)
    2010 - 2014                              (11.5 pt)
    GPA: Promedio 8.9                        (10.5 pt)

From baseline to baseline, the small grade line sits closer under the dates than the dates sit
under the bigger degree line, which read as dates printed first, over the next degree: every
school became the previous degree's line. Cases: every order of the stack's lines, the grade
under the dates, above them or absent, two or three degrees, in every language the generator
has, PDF and DOCX, written before the rule.

What today's parser still gets wrong is in `XFAIL` (strict).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.build import EDU_DETAILS
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import _dates, _degrees, _lines, _page, cells

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

ORDERS: dict[str, tuple[str, ...]] = {
    "school-field-degree": ("school", "field", "degree"),
    "school-degree-field": ("school", "degree", "field"),
    "degree-field-school": ("degree", "field", "school"),
    "school-degree_in_field": ("school", "degree_in_field"),
    "degree_in_field-school": ("degree_in_field", "school"),
}
"""The lines of one degree over its dates, top to bottom."""

GRADE = ("under", "above", "none")
"""Where the grade line prints: under the dates, between the degree's lines and its dates, nowhere."""

SIZES = (18.0, 15.7, 13.5)
"""The size of a degree's first, second and third line; the dates print at 11.5, the grade at 10.5."""


def _document(fmt: str, code: str, order: tuple[str, ...], grade: str, n: int) -> bytes:
    body: list[Block] = []
    for entry in _degrees(code, n):
        lines = [(text, SIZES[i]) for i, text in enumerate(_lines(code, order, entry))]
        if grade == "above":
            lines.append((EDU_DETAILS[code][1], 10.5))
        lines.append((_dates(code, entry), 11.5))
        if grade == "under":
            lines.append((EDU_DETAILS[code][1], 10.5))
        body += [Para([Run(text, size=size)], space_before=6 + 8 * (i == 0)) for i, (text, size) in enumerate(lines)]
    return _page(fmt, code, body)


_BEFORE = "measured before the rule: the stack is cut at its dates, not at its biggest lines"

# fmt: off
XFAIL: dict[tuple[str, str, str, str, int], str] = {
    ('degree_in_field-school', 'under', 'docx', 'de', 2): _BEFORE,
    ('degree_in_field-school', 'under', 'docx', 'de', 3): _BEFORE,
    ('degree_in_field-school', 'under', 'docx', 'es', 2): _BEFORE,
    ('degree_in_field-school', 'under', 'docx', 'es', 3): _BEFORE,
    ('degree_in_field-school', 'under', 'docx', 'it', 2): _BEFORE,
    ('degree_in_field-school', 'under', 'docx', 'it', 3): _BEFORE,
    ('degree_in_field-school', 'under', 'pdf', 'de', 2): _BEFORE,
    ('degree_in_field-school', 'under', 'pdf', 'de', 3): _BEFORE,
    ('degree_in_field-school', 'under', 'pdf', 'es', 2): _BEFORE,
    ('degree_in_field-school', 'under', 'pdf', 'es', 3): _BEFORE,
    ('degree_in_field-school', 'under', 'pdf', 'it', 2): _BEFORE,
    ('degree_in_field-school', 'under', 'pdf', 'it', 3): _BEFORE,
    ('school-degree-field', 'under', 'docx', 'ru', 2): _BEFORE,
    ('school-degree-field', 'under', 'docx', 'ru', 3): _BEFORE,
    ('school-degree-field', 'under', 'pdf', 'ru', 2): _BEFORE,
    ('school-degree-field', 'under', 'pdf', 'ru', 3): _BEFORE,
    ('school-field-degree', 'above', 'docx', 'fr', 2): _BEFORE,
    ('school-field-degree', 'above', 'docx', 'fr', 3): _BEFORE,
    ('school-field-degree', 'above', 'docx', 'ru', 2): _BEFORE,
    ('school-field-degree', 'above', 'docx', 'ru', 3): _BEFORE,
    ('school-field-degree', 'above', 'pdf', 'fr', 2): _BEFORE,
    ('school-field-degree', 'above', 'pdf', 'fr', 3): _BEFORE,
    ('school-field-degree', 'above', 'pdf', 'ru', 2): _BEFORE,
    ('school-field-degree', 'above', 'pdf', 'ru', 3): _BEFORE,
    ('school-field-degree', 'under', 'docx', 'de', 2): _BEFORE,
    ('school-field-degree', 'under', 'docx', 'de', 3): _BEFORE,
    ('school-field-degree', 'under', 'docx', 'en', 2): _BEFORE,
    ('school-field-degree', 'under', 'docx', 'en', 3): _BEFORE,
    ('school-field-degree', 'under', 'docx', 'fr', 2): _BEFORE,
    ('school-field-degree', 'under', 'docx', 'fr', 3): _BEFORE,
    ('school-field-degree', 'under', 'docx', 'it', 2): _BEFORE,
    ('school-field-degree', 'under', 'docx', 'it', 3): _BEFORE,
    ('school-field-degree', 'under', 'docx', 'ru', 2): _BEFORE,
    ('school-field-degree', 'under', 'docx', 'ru', 3): _BEFORE,
    ('school-field-degree', 'under', 'pdf', 'de', 2): _BEFORE,
    ('school-field-degree', 'under', 'pdf', 'de', 3): _BEFORE,
    ('school-field-degree', 'under', 'pdf', 'en', 2): _BEFORE,
    ('school-field-degree', 'under', 'pdf', 'en', 3): _BEFORE,
    ('school-field-degree', 'under', 'pdf', 'fr', 2): _BEFORE,
    ('school-field-degree', 'under', 'pdf', 'fr', 3): _BEFORE,
    ('school-field-degree', 'under', 'pdf', 'it', 2): _BEFORE,
    ('school-field-degree', 'under', 'pdf', 'it', 3): _BEFORE,
    ('school-field-degree', 'under', 'pdf', 'ru', 2): _BEFORE,
    ('school-field-degree', 'under', 'pdf', 'ru', 3): _BEFORE,
}
# fmt: on


@pytest.mark.parametrize(
    ("order", "grade", "fmt", "code", "n"),
    cells(
        ((o, g, f, c, n) for o in ORDERS for g in GRADE for f in ("pdf", "docx") for c in LANGS for n in (2, 3)),
        XFAIL,
    ),
)
def test_a_stack_in_sizes_keeps_its_dates(order: str, grade: str, fmt: str, code: str, n: int) -> None:
    degrees = _degrees(code, n)
    parsed = parse_document(_document(fmt, code, ORDERS[order], grade, n), f"cv.{fmt}")
    got = [
        (e.get("institution"), e.get("studyType"), e.get("area"), e.get("startDate"), e.get("endDate"))
        for e in parsed.get("education") or []
    ]
    assert got == [(school, deg, area, start, end) for deg, area, school, start, end in degrees]
