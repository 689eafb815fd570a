"""Round 13 (#10): a section where only some schools print dates, in every language, PDF and DOCX.

A theme prints an entry's dates only where the person gave them (a range, or none: many give an
end year alone, and many themes print a range or nothing), so a dated school is followed or
preceded by undated ones. Entries are found from their dates: the undated schools after a dated
one fell into its details or ran into one entry (`Roadmaster Drivers School` / `CDL Training` /
`North Mesquite High School` / `High School Diploma` read as one school). Written from the layout
generator's language pools before any rule: the school over its degree or the degree over its
school (the school in bold), the dates beside the first line or on a line of their own under the
pair, and which entries are dated (the first, the first and the last, the middle one).

What today's parser still gets wrong is in `XFAIL` (strict).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf
from tests.parsing.layouts.schooling import COURSES
from tests.parsing.layouts.trades import TRADES

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

DATED = {"first": (True, False, False), "ends": (True, False, True), "middle": (False, True, False)}
"""Which of the three entries print their dates."""

RANGES = ("2015 – 2018", "2012 – 2015", "2008 – 2012")


def _entry(
    code: str, i: int, school_first: bool, dates: str | None, beside: bool, trade: bool = False
) -> list[tuple[str, bool]]:
    lang = LANGS[code]
    school = lang.institutions[i]
    deg, areas = lang.degrees[i % len(lang.degrees)]
    degree = TRADES[code][i] if trade else lang.degree_forms[0].format(degree=deg, area=areas[0])
    pair = [(school, True), (degree, False)] if school_first else [(degree, False), (school, True)]
    if dates is None:
        return pair
    if beside:
        return [(f"{pair[0][0]}\t{dates}", pair[0][1]), pair[1]]
    return [*pair, (dates, False)]


def _document(fmt: str, code: str, lines: list[tuple[str, bool]]) -> bytes:
    paras: list[Block] = []
    for text, bold in lines:
        left, _, right = text.partition("\t")
        paras.append(Para([Run(left, bold=bold)], right=[Run(right)] if right else None))
    page = Page(body=paras, cjk=code if code in ("zh", "ja") else "")
    return write_pdf(page) if fmt == "pdf" else write_docx(page)


def _cells(orders: tuple[str, ...], xfail: dict[tuple[str, ...], str]) -> list[object]:
    out: list[object] = []
    for dated in DATED:
        for order in orders:
            for place in ("beside", "under"):
                for fmt in ("pdf", "docx"):
                    for code in LANGS:
                        key = (
                            (dated, order, place, fmt, code) if len(orders) > 1 else (dated, place, fmt, code)
                        )
                        marks = [pytest.mark.xfail(strict=True, reason=xfail[key])] if key in xfail else []
                        out.append(
                            pytest.param(dated, order, place, fmt, code, id="-".join(key), marks=marks)
                        )
    return out


def _schools(dated: str, order: str, place: str, fmt: str, code: str, under: str = "") -> None:
    """Three schools printed in that shape, `under` each: `courses` (their label alone on a line,
    then one a line: `Courses` / `Pathophysiology`), or `trade` for a qualification no degree
    word names (`Stonemason`, `Boulanger`), else a degree; read back with their dates."""
    lang = LANGS[code]
    lines = [
        (" ".join(lang.people[0]), True),
        ("someone@example.com", False),
        (lang.headings["education"][0], True),
    ]
    want = []
    for i, has in enumerate(DATED[dated]):
        dates = RANGES[i] if has else None
        lines += _entry(code, i, order == "school-first", dates, place == "beside", trade=under == "trade")
        if under == "courses":
            label, _, items = COURSES[code][0].replace("：", ":").partition(":")
            lines += [
                (label.strip(), False),
                *((c.strip(), False) for c in items.replace("、", ",").split(",")),
            ]
        start, _, end = (dates or "").partition(" – ")
        want.append((lang.institutions[i], start or None, end or None))
    parsed = parse_document(_document(fmt, code, lines), f"cv.{fmt}")
    got = [
        (e.get("institution"), e.get("startDate"), e.get("endDate")) for e in parsed.get("education") or []
    ]
    assert got == want, [t for t, _ in lines[3:]]


# fmt: off
XFAIL: dict[tuple[str, ...], str] = {
}
XFAIL_COURSES: dict[tuple[str, ...], str] = {
}
XFAIL_TRADES: dict[tuple[str, ...], str] = {
}
# fmt: on

ARGS = ("dated", "order", "place", "fmt", "code")


@pytest.mark.parametrize(ARGS, _cells(("school-first", "degree-first"), XFAIL))
def test_undated_schools_beside_dated_ones_are_entries(
    dated: str, order: str, place: str, fmt: str, code: str
) -> None:
    _schools(dated, order, place, fmt, code)


@pytest.mark.parametrize(ARGS, _cells(("school-first",), XFAIL_COURSES))
def test_courses_under_each_school_stay_with_it(
    dated: str, order: str, place: str, fmt: str, code: str
) -> None:
    _schools(dated, order, place, fmt, code, under="courses")


@pytest.mark.parametrize(ARGS, _cells(("school-first",), XFAIL_TRADES))
def test_a_qualification_no_word_names_under_its_school(
    dated: str, order: str, place: str, fmt: str, code: str
) -> None:
    """`Roadmaster Drivers School` over `CDL Class A Training Program`: a vocational qualification
    printed in words no degree list holds, under its school in bold, some schools dated."""
    _schools(dated, order, place, fmt, code, under="trade")
