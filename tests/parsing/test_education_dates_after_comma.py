"""Round 16 (#10): a one-line degree header ending on a comma, its dates on the next line.

A header of pieces joined by commas, dates last, wraps before its dates when the line is full
(the base matrix's `pdf-education-field-degree-in-parentheses`, ru):

    Санкт-Петербургский политехнический университет, Прикладная математика (Бакалавр),
    (2006 — 2009)

The dates were read as the opening of an entry of their own, the degree above them as part of
the previous entry (two degrees read as one). Cases: the pieces in three orders, the dates with
or without parentheses, three degrees (the middle one wrapped), every language the generator
has, PDF and DOCX (a typed line break).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import _dates, _degrees, _page, cells

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

FORMS = {
    "school-field(degree)": lambda deg, area, school: (school, f"{area} ({deg})"),
    "degree-field-school": lambda deg, area, school: (deg, area, school),
    "field-degree-school": lambda deg, area, school: (area, deg, school),
}
"""The header's pieces, in the order they print."""

PARENS = ("(dates)", "dates")


def _document(fmt: str, code: str, form: str, parens: str) -> bytes:
    lang = LANGS[code]
    comma = "，" if lang.cjk else ", "
    body: list[Block] = []
    for k, entry in enumerate(_degrees(code, 3)):
        deg, area, school, _, _ = entry
        when = _dates(code, entry)
        when = f"({when})" if parens == "(dates)" else when
        head = comma.join(FORMS[form](deg, area, school))
        if k == 1:  # the middle header wrapped before its dates
            body += [Para([Run(head + comma.strip())], space_before=8), Para([Run(when)])]
        else:
            body.append(Para([Run(head + comma + when)], space_before=8))
    return _page(fmt, code, body)


@pytest.mark.parametrize(
    ("form", "parens", "fmt", "code"),
    cells(((f, p, t, c) for f in FORMS for p in PARENS for t in ("pdf", "docx") for c in LANGS), {}),
)
def test_dates_wrapped_after_a_comma_stay_with_their_degree(
    form: str, parens: str, fmt: str, code: str
) -> None:
    parsed = parse_document(_document(fmt, code, form, parens), f"cv.{fmt}")
    got = [
        (e.get("institution"), e.get("studyType"), e.get("area"), e.get("startDate"), e.get("endDate"))
        for e in parsed.get("education") or []
    ]
    assert got == [(school, deg, area, start, end) for deg, area, school, start, end in _degrees(code, 3)]
