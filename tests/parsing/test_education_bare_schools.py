"""Round 17 (#10): schools printed bare (no degree, no dates) under a dated school.

A theme prints a school's degree and dates only where the person gave them: `paper` and `class`
print `Dallas College, Eastfield Campus` / its degree / `2015 to 2018`, then `Roadmaster Drivers
School` and `North Mesquite High School` each alone on its line. One such school after the dated
one was read (its look opens an entry); two in a row were not (two openers in a row read as one
name over two lines), and the dated entry's cut into schools wanted a degree in every piece, so
both fell out of the section. Cases: one or two bare schools after a dated school printed
school first or degree first, its dates beside its first line or on a line under it, in every
language the layout generator has, PDF and DOCX, written before the rule.

What today's parser still gets wrong is in `XFAIL` (strict).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_some_dated import _document

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

BARE = (1, 2)
"""How many bare schools print under the dated one."""


def _lines(code: str, bare: int, order: str, place: str) -> tuple[list[tuple[str, bool]], list[str]]:
    """The page's lines (text, bold) and the schools to read back, in order."""
    lang = LANGS[code]
    schools = lang.institutions
    deg, areas = lang.degrees[0]
    degree = lang.degree_forms[0].format(degree=deg, area=areas[0])
    pair = (
        [(schools[0], True), (degree, False)]
        if order == "school-first"
        else [(degree, False), (schools[0], True)]
    )
    dated = (
        [(f"{pair[0][0]}\t2015 – 2018", pair[0][1]), pair[1]]
        if place == "beside"
        else [*pair, ("2015 – 2018", False)]
    )
    lines = [
        (" ".join(lang.people[0]), True),
        ("someone@example.com", False),
        (lang.headings["education"][0], True),
    ]
    lines += dated + [(s, True) for s in schools[1 : 1 + bare]]
    return lines, list(schools[: 1 + bare])


def _cells() -> list[object]:
    out: list[object] = []
    for bare in BARE:
        for order in ("school-first", "degree-first"):
            for place in ("beside", "under"):
                for fmt in ("pdf", "docx"):
                    for code in LANGS:
                        key = (f"{bare}-bare", order, place, fmt, code)
                        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[key])] if key in XFAIL else []
                        out.append(pytest.param(bare, order, place, fmt, code, id="-".join(key), marks=marks))
    return out


# fmt: off
XFAIL: dict[tuple[str, ...], str] = {
}
# fmt: on


@pytest.mark.parametrize(("bare", "order", "place", "fmt", "code"), _cells())
def test_bare_schools_under_a_dated_one_are_entries(
    bare: int, order: str, place: str, fmt: str, code: str
) -> None:
    lines, want = _lines(code, bare, order, place)
    parsed = parse_document(_document(fmt, code, lines), f"cv.{fmt}")
    got = [e.get("institution") for e in parsed.get("education") or []]
    assert got == want, [t for t, _ in lines[3:]]
