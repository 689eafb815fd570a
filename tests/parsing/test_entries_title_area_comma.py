"""Round 16 (#10): a one-line header `Title, Area, Employer` (themes print `{position}, {name}`).

Where the title goes on after its own comma (`OTR Driver, CDL Class A, Werner Enterprises`,
`Vendeur conseil, rayon photo, Fnac Montparnasse`), the employer is the last piece: the area is the
title's, not the employer's first words. The near miss: `Title, Employer, City`, a place the lists
know at the end, stays the place. Cases: every generated language, PDF and DOCX, the dates at the
right of the line, three jobs a page; written before the rule, what fails today is in `XFAIL`.
"""

from __future__ import annotations

import functools

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import cells
from tests.parsing.test_entries_title_qualifier import QUALIFIERS, YEARS, section_page

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

COMMA = {"zh": "，", "ja": "，"}
"""CJK writes the comma full width."""


def _header(code: str, k: int, place: bool) -> str:
    lang, comma = LANGS[code], COMMA.get(code, ", ")
    if place:
        return comma.join((lang.titles[k], lang.employers[k], lang.cities[k]))
    return comma.join((lang.titles[k], QUALIFIERS[code][k], lang.employers[k]))


def _document(fmt: str, code: str, place: bool) -> bytes:
    lang = LANGS[code]
    jobs: list[Block] = []
    for k, (start, end) in enumerate(YEARS):
        when = [Run(f"{start} – {end}", size=9)]
        jobs.append(Para([Run(_header(code, k, place), bold=True, size=11)], right=when))
        jobs.append(Para([Run(lang.highlights[k])], bullet="•"))
    return section_page(fmt, code, jobs)


@functools.cache
def _parsed(fmt: str, code: str, place: bool) -> list[tuple[str | None, ...]]:
    parsed = parse_document(_document(fmt, code, place), f"cv.{fmt}")
    return [(e.get("name"), e.get("position"), e.get("location")) for e in parsed.get("work") or []]


COMBOS = [(f, c, k) for f in ("pdf", "docx") for c in QUALIFIERS for k in range(3)]

_JOINED = "the area read as the employer's name, the employer as the place (Verde Mar Lda., Polderdata)"
_PARTNERS = "a firm named with an ampersand (Kessler & Söhne KG) keeps the area as its first words"
_LEGAL = "PDF: the legal form read apart from its name (B.V., S.p.A.), the name as the place"

XFAIL: dict[tuple[object, ...], str] = {
    **dict.fromkeys([("pdf", "de", 2), ("docx", "de", 2)], _PARTNERS),
    **dict.fromkeys([("pdf", "pt", 0)], _LEGAL),
    **dict.fromkeys([("pdf", "nl", 1), ("pdf", "nl", 2)], _LEGAL),
    **dict.fromkeys([("pdf", "pt", 1), ("pdf", "pt", 2), ("docx", "pt", 1), ("docx", "pt", 2)], _JOINED),
    ("docx", "nl", 1): _JOINED,
}


@pytest.mark.parametrize(("fmt", "code", "k"), cells(COMBOS, XFAIL))
def test_the_area_after_the_titles_comma_is_the_titles(fmt: str, code: str, k: int) -> None:
    """The `k`th of three jobs: `Title, Area, Employer`."""
    lang, comma = LANGS[code], COMMA.get(code, ", ")
    got = _parsed(fmt, code, False)
    assert len(got) == 3
    # the parser writes a field's comma as `, ` whatever its width: the pieces are the point
    title = f"{lang.titles[k]}{comma}{QUALIFIERS[code][k]}".replace("，", ", ")
    assert got[k] == (lang.employers[k], title, None)


PLACE_XFAIL: dict[tuple[object, ...], str] = {}


@pytest.mark.parametrize(("fmt", "code", "k"), cells(COMBOS, PLACE_XFAIL))
def test_a_city_after_the_employers_comma_on_the_line_stays_the_place(fmt: str, code: str, k: int) -> None:
    lang = LANGS[code]
    got = _parsed(fmt, code, True)
    assert len(got) == 3
    assert got[k] == (lang.employers[k], lang.titles[k], lang.cities[k])
