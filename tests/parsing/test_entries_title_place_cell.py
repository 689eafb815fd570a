"""Round 17 (#10): a title line that prints its own place in a cell of its own and goes on after a
dash (`Graphic Designer e Webmaster - Consulenza` ... `Sanremo, Italia`), as the compact template
prints `title - terms` with the place right-aligned.

A line holds one place: where the title's line already prints one apart, a capitalised piece after
the title's dash is the title's words, not a second place (and not lost). Cases: every generated
language, PDF and DOCX, a dash or a slash, the dates beside the employer or on a line of their
own. Written before the rule; what fails today is in `XFAIL` (strict).
"""

from __future__ import annotations

import functools

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.jobs_page import dated_job
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import cells
from tests.parsing.test_entries_title_qualifier import QUALIFIERS, SEPS, YEARS, section_page

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))


def _document(fmt: str, code: str, sep: str, dates: str) -> bytes:
    lang = LANGS[code]
    jobs: list[Block] = []
    for k, (start, end) in enumerate(YEARS):
        title = Para(
            [Run(_title(code, sep, k), italic=True)], right=[Run(lang.cities[k], italic=True, size=9)]
        )
        body = [title, Para([Run(lang.highlights[k])], bullet="•")]
        jobs += dated_job(Para([Run(lang.employers[k], size=10)]), f"{start} – {end}", dates, body)
    return section_page(fmt, code, jobs)


def _title(code: str, sep: str, k: int) -> str:
    """The first job's title alone, the others' going on after their dash (the pattern the
    section sets is a title then a place)."""
    lang = LANGS[code]
    return lang.titles[k] if k == 0 else f"{lang.titles[k]}{SEPS[sep]}{QUALIFIERS[code][k]}"


@functools.cache
def _parsed(fmt: str, code: str, sep: str, dates: str) -> list[tuple[str | None, ...]]:
    parsed = parse_document(_document(fmt, code, sep, dates), f"cv.{fmt}")
    return [(e.get("name"), e.get("position"), e.get("location")) for e in parsed.get("work") or []]


COMBOS = [(f, c, s, d) for f in ("pdf", "docx") for c in QUALIFIERS for s in SEPS for d in ("right", "below")]

XFAIL: dict[tuple[str, ...], str] = {}


@pytest.mark.parametrize(("fmt", "code", "sep", "dates"), cells(COMBOS, XFAIL))
def test_what_the_title_goes_on_to_beside_its_place_is_the_title(
    fmt: str, code: str, sep: str, dates: str
) -> None:
    lang = LANGS[code]
    want = [(lang.employers[k], _title(code, sep, k), lang.cities[k]) for k in range(len(YEARS))]
    assert _parsed(fmt, code, sep, dates) == want
