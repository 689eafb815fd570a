"""Round 14 (#10): degrees whose dates print last, on a line under everything the entry names.

Published themes (tachyons-clean, slick, elegant, cora) print each degree as a stack of lines in
their own order, the school, the field, the degree, a grade, and only then its dates:

    KTH Royal Institute of Technology        Field, Degree, School
    Interactive Media Technology             GPA: 3.8/4.0
    Master of Science                        Jan 2015 – Jan 2017
    2015 – 2017

The dates close the entry they follow; the reader that cuts entries at dates took them for the
opening line of the next one (the school above them became an entry of its own with no degree;
the field became the school). Cases: every order of those lines (school, field and degree on
lines of their own or together, a grade line between them and the dates), two or three degrees,
in every language the generator has, PDF (the space before each school, as themes print it) and
DOCX, written before the rule. A skills section follows, as on any resume: a page whose only
named heading is `Education` lets the bold schools pass for headings.

What today's parser still gets wrong is in `XFAIL` (strict).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.build import EDU_DETAILS
from tests.parsing.layouts.content import fmt_date
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import LANGS, SKILLS
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf
from tests.parsing.layouts.schooling import COURSES

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

ORDERS: dict[str, tuple[str, ...]] = {
    "school-field-degree": ("school", "field", "degree"),
    "school-degree-field": ("school", "degree", "field"),
    "degree-field-school": ("degree", "field", "school"),
    "field-degree-school": ("field", "degree", "school"),
    "degree_in_field-school": ("degree_in_field", "school"),
    "school-degree_in_field-grade": ("school", "degree_in_field", "grade"),
    "field_degree_school-grade": ("field_degree_school", "grade"),
    "degree_in_field_school-grade": ("degree_in_field_school", "grade"),
}
"""The lines of one degree, top to bottom, before its dates: `degree_in_field` is the language's
own form (`Master en Informatique`, `计算机科学与技术 学士`), `field_degree_school` one line of
comma-separated pieces (elegant), `grade` the honours or grade line under a degree."""

SPANS = (("2015-09", "2017-06"), ("2011-09", "2015-06"), ("2009-09", "2011-06"))


def _degrees(code: str, n: int) -> list[tuple[str, str, str, str, str]]:
    """`n` degrees (degree, field, school, start, end), newest first, at distinct schools."""
    lang = LANGS[code]
    out = []
    for i in range(n):
        deg, areas = lang.degrees[i % len(lang.degrees)]
        out.append((deg, areas[0], lang.institutions[i % len(lang.institutions)], *SPANS[i]))
    return out


def _lines(code: str, order: tuple[str, ...], entry: tuple[str, str, str, str, str]) -> list[str]:
    lang = LANGS[code]
    deg, area, school, _, _ = entry
    comma = "，" if lang.cjk else ", "
    form = lang.degree_forms[0].format(degree=deg, area=area)
    text = {
        "school": school,
        "field": area,
        "degree": deg,
        "degree_in_field": form,
        "field_degree_school": comma.join((area, deg, school)),
        "degree_in_field_school": comma.join((form, school)),
        "grade": EDU_DETAILS[code][1],
    }
    return [text[k] for k in order]


def cells(combos: Iterable[tuple[Any, ...]], xfail: dict[Any, str]) -> list[object]:
    """One test case per combination, named by its parts; those in `xfail` strict xfails."""
    return [
        pytest.param(
            *combo,
            id="-".join(map(str, combo)),
            marks=[pytest.mark.xfail(strict=True, reason=xfail[combo])] if combo in xfail else [],
        )
        for combo in combos
    ]


def _page(fmt: str, code: str, degrees: list[Block]) -> bytes:
    """A resume: a name, an email, the education heading over `degrees`, then a skills section."""
    lang = LANGS[code]
    body: list[Block] = [
        Para([Run(" ".join(lang.people[0]), bold=True, size=18)]),
        Para([Run("someone@example.com")]),
        Para([Run(lang.headings["education"][0], bold=True, size=14)], space_before=12),
        *degrees,
        Para([Run(lang.headings["skills"][0], bold=True, size=14)], space_before=12),
        Para([Run(", ".join(SKILLS[:4]))]),
    ]
    page = Page(body=body, cjk=code if lang.cjk else "")
    return write_pdf(page) if fmt == "pdf" else write_docx(page)


def _dates(code: str, entry: tuple[str, str, str, str, str]) -> str:
    lang = LANGS[code]
    month = "cjk" if lang.cjk else "short"
    return f"{fmt_date(entry[3], lang, month)} – {fmt_date(entry[4], lang, month)}"


def _document(
    fmt: str, code: str, order: tuple[str, ...], degrees: list[tuple[str, str, str, str, str]]
) -> bytes:
    body: list[Block] = []
    for entry in degrees:
        for i, text in enumerate(_lines(code, order, entry)):
            school = "school" in order[i]
            body.append(
                Para([Run(text, bold=school, size=12 if school else None)], space_before=12 * (i == 0))
            )
        body.append(Para([Run(_dates(code, entry), italic=True)]))
    return _page(fmt, code, body)


_WRAPPED = (
    "the one-line header wraps, the school's last words on a line of their own in the same bold look "
    "(`de Madrid`, `университет`), and that line is read as the school"
)

# fmt: off
XFAIL: dict[tuple[str, str, str, int], str] = {
    ('degree_in_field_school-grade', 'pdf', 'es', 2): _WRAPPED,
    ('degree_in_field_school-grade', 'pdf', 'es', 3): _WRAPPED,
    ('degree_in_field_school-grade', 'pdf', 'ru', 2): _WRAPPED,
    ('degree_in_field_school-grade', 'pdf', 'ru', 3): _WRAPPED,
    ('field_degree_school-grade', 'pdf', 'es', 2): _WRAPPED,
    ('field_degree_school-grade', 'pdf', 'es', 3): _WRAPPED,
    ('field_degree_school-grade', 'pdf', 'ru', 2): _WRAPPED,
    ('field_degree_school-grade', 'pdf', 'ru', 3): _WRAPPED,
}
# fmt: on


@pytest.mark.parametrize(
    ("order", "fmt", "code", "n"),
    cells(((o, f, c, n) for o in ORDERS for f in ("pdf", "docx") for c in LANGS for n in (2, 3)), XFAIL),
)
def test_dates_printed_last_close_their_degree(order: str, fmt: str, code: str, n: int) -> None:
    degrees = _degrees(code, n)
    parsed = parse_document(_document(fmt, code, ORDERS[order], degrees), f"cv.{fmt}")
    got = [
        (e.get("institution"), e.get("studyType"), e.get("area"), e.get("startDate"), e.get("endDate"))
        for e in parsed.get("education") or []
    ]
    assert got == [(school, deg, area, start, end) for deg, area, school, start, end in degrees]


UNDER: dict[str, tuple[str, ...]] = {
    "bullets": ("bullet", "bullet"),
    "grade": ("grade",),
    "courses": ("courses", "advisor"),
}
"""What a degree prints under its dates when the dates close its header, not the entry: bullets
(a course, a project), a grade line, a courses line and an advisor line."""

HEADS: dict[str, tuple[str, ...]] = {
    "degree_in_field_school": ("degree_in_field_school",),
    "school-degree_in_field": ("school", "degree_in_field"),
}


def _under_document(fmt: str, code: str, head: tuple[str, ...], under: tuple[str, ...], n: int) -> bytes:
    """Degrees printed header, dates, then what `under` names; the last degree with nothing under
    its dates (the section ends on a date)."""
    courses, advisor = COURSES[code]
    text = {"grade": EDU_DETAILS[code][1], "courses": courses, "advisor": advisor, "bullet": courses}
    body: list[Block] = []
    degrees = _degrees(code, n)
    for k, entry in enumerate(degrees):
        for i, line in enumerate(_lines(code, head, entry)):
            body.append(Para([Run(line, bold="school" in head[i])], space_before=12 * (i == 0)))
        body.append(Para([Run(_dates(code, entry))]))
        if k < len(degrees) - 1:
            body += [Para([Run(text[u])], bullet="•" if u == "bullet" else None) for u in under]
    return _page(fmt, code, body)


# fmt: off
XFAIL_UNDER: dict[tuple[str, str, str, str], str] = {
}
# fmt: on


@pytest.mark.parametrize(
    ("head", "under", "fmt", "code"),
    cells(((h, u, f, c) for h in HEADS for u in UNDER for f in ("pdf", "docx") for c in LANGS), XFAIL_UNDER),
)
def test_lines_under_the_dates_stay_with_the_degree_above(head: str, under: str, fmt: str, code: str) -> None:
    """The section ends on a date as a dates-last one does; what prints under each other degree's
    dates is that degree's, not the opening of the next."""
    degrees = _degrees(code, 3)
    parsed = parse_document(_under_document(fmt, code, HEADS[head], UNDER[under], 3), f"cv.{fmt}")
    got = [
        (e.get("institution"), e.get("studyType"), e.get("area"), e.get("startDate"), e.get("endDate"))
        for e in parsed.get("education") or []
    ]
    assert got == [(school, deg, area, start, end) for deg, area, school, start, end in degrees]
