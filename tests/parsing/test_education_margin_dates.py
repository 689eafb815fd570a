"""Round 19 (#10): schools whose dates print in a margin column, halfway down the entry.

The `paper` theme prints each school in bold over `studyType: area` with the dates in a narrow
left column, smaller and set halfway down the entry (between the school and its degree, or
beside the degree's wrapped line), and schools the person gave no range for alone, with no dates
at all. Read in page order, the date line falls inside the entry it belongs to and sits close to
the line above it, so the section read as `dates last`: a school's dates went to the school
above it, undated schools ran into the dated one and fell out of the section, and a degree
wrapped around the dates lost its school. Cases: three schools, each in a row of a two-column
table (the dates' cell set in the middle of the row), the degree printed `Degree: Field` or in
the generator's own words, each school with a range, only the first with a range, or an end
year each (`2018`: no start invented), the second and third with their degree or alone, in
every language the layout generator has, PDF and DOCX (Word reads the dates' cell first),
written before the rule.

What today's parser still gets wrong is in `XFAIL` (strict).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Page, Para, Run, Table
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

DATES = {
    "ranges": ("2015 – 2018", "2012 – 2015", "2008 – 2012"),
    "first": ("2015 – 2018", None, None),
    "end-years": ("2018", "2015", "2012"),
}
"""What each of the three schools prints as its dates (None: nothing)."""


def _page(code: str, dates: str, form: str, tail: str) -> tuple[Page, list[tuple[str | None, ...]]]:
    """The page and the (school, start, end) to read back, in order. `form` `colon`: the degree
    printed `Degree: Field`, else in the language's first degree form; `tail` `bare`: the second
    and third schools print alone, as themes print a school whose degree the person left out."""
    lang = LANGS[code]
    colon = "：" if code in ("zh", "ja") else ": "
    body: list[Block] = [
        Para([Run(" ".join(lang.people[0]), bold=True, size=16)]),
        Para([Run("someone@example.com")]),
        Para([Run(lang.headings["education"][0], bold=True, size=13)], rule=True),
    ]
    want: list[tuple[str | None, ...]] = []
    for i, when in enumerate(DATES[dates]):
        school = lang.institutions[i]
        deg, areas = lang.degrees[i % len(lang.degrees)]
        degree = (
            f"{deg}{colon}{areas[0]}"
            if form == "colon"
            else lang.degree_forms[0].format(degree=deg, area=areas[0])
        )
        content: list[Block] = [Para([Run(school, bold=True)])]
        if not (tail == "bare" and i):
            content.append(Para([Run(degree)], indent=12))
        margin: list[Block] = [Para([Run(when, bold=True, size=7.5)])] if when else []
        body.append(Table([[margin, content]], [0.2, 0.8], label="middle"))
        start, _, end = (when or "").rpartition(" – ")
        want.append((school, start or None, end or None))
    return Page(body=body, cjk=code if code in ("zh", "ja") else ""), want


def _cells() -> list[object]:
    out: list[object] = []
    for tail in ("degrees", "bare"):
        for dates in DATES:
            for form in ("colon", "words"):
                for fmt in ("pdf", "docx"):
                    for code in LANGS:
                        key = (tail, dates, form, fmt, code)
                        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[key])] if key in XFAIL else []
                        out.append(pytest.param(*key, id="-".join(key), marks=marks))
    return out


# fmt: off
XFAIL: dict[tuple[str, ...], str] = {
}
# fmt: on


@pytest.mark.parametrize(("tail", "dates", "form", "fmt", "code"), _cells())
def test_schools_dated_in_a_margin_column_read_back(
    tail: str, dates: str, form: str, fmt: str, code: str
) -> None:
    page, want = _page(code, dates, form, tail)
    data = write_pdf(page) if fmt == "pdf" else write_docx(page)
    parsed = parse_document(data, f"cv.{fmt}")
    got = [
        (e.get("institution"), e.get("startDate"), e.get("endDate")) for e in parsed.get("education") or []
    ]
    assert got == want
