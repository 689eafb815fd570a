"""Round 16 (#10): an honours line with no grade's word or number under a degree.

A degree's honours print on a line of their own, often with no `GPA`, `Note` or number in them:

    Université de Lyon                                  sept. 2015 – juin 2017
    Master en Informatique
    Mention très bien

The line names no school and no degree, so it was read as the degree's field (or the next
school). Cases, written before the rule: the honours under the degree, between the school and
the degree, or after the field on a line of its own, the dates beside the first line or on their
own line last, two degrees, in every language the generator has (each language's own honours),
PDF and DOCX. The honours are the degree's `score`.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import _dates, _degrees, _page, cells

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

HONOURS = {
    "en": ("Magna Cum Laude", "First Class Honours"),
    "fr": ("Mention très bien", "Avec félicitations du jury"),
    "de": ("Mit Auszeichnung", "Summa cum laude"),
    "es": ("Matrícula de Honor", "Premio Extraordinario"),
    "pt": ("Com louvor", "Summa cum laude"),
    "it": ("Con lode", "Cum laude"),
    "nl": ("Cum laude", "Met genoegen"),
    "pl": ("Dyplom z wyróżnieniem", "Z wyróżnieniem"),
    "ru": ("Красный диплом", "Диплом с отличием"),
    "zh": ("优秀毕业生", "荣誉学位"),
    "ja": ("学長賞", "首席卒業"),
}
"""Per language, two honours as resumes print them, with no grade's word or number."""

ORDERS: dict[str, tuple[str, ...]] = {
    "school-degree_in_field-honours": ("school", "degree_in_field", "honours"),
    "degree_in_field-school-honours": ("degree_in_field", "school", "honours"),
    "school-honours-degree_in_field": ("school", "honours", "degree_in_field"),
    "school-field-degree-honours": ("school", "field", "degree", "honours"),
}

DATES = ("beside", "last")


def _document(fmt: str, code: str, order: tuple[str, ...], dates: str) -> bytes:
    lang = LANGS[code]
    body: list[Block] = []
    for i, entry in enumerate(_degrees(code, 2)):
        deg, area, school, _, _ = entry
        text = {
            "school": school,
            "degree_in_field": lang.degree_forms[0].format(degree=deg, area=area),
            "field": area,
            "degree": deg,
            "honours": HONOURS[code][i],
        }
        lines = [text[k] for k in order]
        when = _dates(code, entry)
        for k, line in enumerate(lines):
            right = [Run(when)] if dates == "beside" and k == 0 else None
            body.append(Para([Run(line, bold=order[k] == "school")], right=right, space_before=12 * (k == 0)))
        if dates == "last":
            body.append(Para([Run(when)]))
    return _page(fmt, code, body)


@pytest.mark.parametrize(
    ("order", "dates", "fmt", "code"),
    cells(((o, d, f, c) for o in ORDERS for d in DATES for f in ("pdf", "docx") for c in LANGS), {}),
)
def test_an_honours_line_is_the_degrees_score(order: str, dates: str, fmt: str, code: str) -> None:
    parsed = parse_document(_document(fmt, code, ORDERS[order], dates), f"cv.{fmt}")
    got = [
        (
            e.get("institution"),
            e.get("studyType"),
            e.get("area"),
            e.get("startDate"),
            e.get("endDate"),
            e.get("score"),
        )
        for e in parsed.get("education") or []
    ]
    assert got == [
        (school, deg, area, start, end, HONOURS[code][i])
        for i, (deg, area, school, start, end) in enumerate(_degrees(code, 2))
    ]
