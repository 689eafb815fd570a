"""Round 15 (#10): `Degree Field at School` one-line headers, whatever the degree's name holds.

Themes (stackoverflow) print each degree as `{degree} {field} at {school}`, its dates at the right:
`High School Diploma at Whetstone High School`, `Bachelor of Science in Nursing (BSN) Nursing at
The Ohio State University`. Where the degree's own name holds a school's word (`High School
Diploma`, `Diploma di liceo scientifico`, `Ausbildung ... Berufsschule`), the school was cut at
that word, inside the degree. Cases: every kind of schooling the generator has (school-leaving,
vocational, university, exchange; schools with a school's word and without), the linking word of
each language that has one, PDF and DOCX, written before the rule.

What today's parser still gets wrong is in `XFAIL` (strict).
"""

from __future__ import annotations

import functools

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf
from tests.parsing.layouts.schooling import KINDS
from tests.parsing.test_education_dates_last import cells
from tests.parsing.test_education_round12 import SCHOOL_AT

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

YEARS = ("2019", "2017", "2015", "2013", "2011")


def _document(fmt: str, code: str) -> bytes:
    lang = LANGS[code]
    body: list[Block] = [
        Para([Run(" ".join(lang.people[0]), bold=True, size=18)]),
        Para([Run("someone@example.com")]),
        Para([Run(lang.headings["education"][0], bold=True, size=14)], space_before=12),
    ]
    for (deg, area, school), year in zip(KINDS[code], YEARS, strict=True):
        text = " ".join(p for p in (deg, area, SCHOOL_AT[code], school) if p)
        body.append(Para([Run(text, size=12)], right=[Run(f"{int(year) - 2} – {year}")], space_before=8))
    page = Page(body=body, cjk=code if lang.cjk else "")
    return write_pdf(page) if fmt == "pdf" else write_docx(page)


@functools.cache
def _parsed(fmt: str, code: str) -> list[tuple[str | None, str, str | None]]:
    parsed = parse_document(_document(fmt, code), f"cv.{fmt}")
    return [
        (
            e.get("institution"),
            " ".join(p for p in (e.get("studyType"), e.get("area")) if p),
            e.get("endDate"),
        )
        for e in parsed.get("education") or []
    ]


_INZYNIER = "`Inżynier` is a degree only before a comma (else a job title): no degree named, no link cut"

# fmt: off
XFAIL: dict[tuple[str, str, int], str] = {
    ("pdf", "pl", 0): _INZYNIER,
    ("docx", "pl", 0): _INZYNIER,
}
# fmt: on


@pytest.mark.parametrize(
    ("fmt", "code", "k"),
    cells(((f, c, k) for f in ("pdf", "docx") for c in SCHOOL_AT for k in range(5)), XFAIL),
)
def test_the_school_after_at_is_the_school(fmt: str, code: str, k: int) -> None:
    """The `k`th of five degrees printed on a page: its school, its degree and field, its end year."""
    got = _parsed(fmt, code)
    deg, area, school = KINDS[code][k]
    assert len(got) == 5
    assert got[k] == (school, " ".join(p for p in (deg, area) if p), YEARS[k])
