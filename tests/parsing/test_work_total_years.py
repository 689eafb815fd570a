"""Round 21 (#10): a total of years printed by the work heading is no heading of its own.

Themes print the length of a whole career beside the work heading, in the heading's look
(`WORK EXPERIENCE   14 YEARS`), or under it on a line of its own. The opened themes' census found
the total read as one more heading (`other`): the work section kept no line, every job was lost
(one theme, every PDF). Cases: every generated language, PDF and DOCX, the total beside the heading
at the right margin (smaller), on the next line, or with the heading in capitals and the total
beside it in capitals of the heading's size; the jobs stacked employer / dates / title (as that theme prints them), title / employer
/ dates, or employer with its dates beside it over the title; an education section after them.
Asserted: work holds exactly the three jobs (employer, title, start), and the school after them is
the education. Written before the rule (99 strict xfails then); what fails today is in `XFAIL` (strict): nothing.
"""

from __future__ import annotations

import functools

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf
from tests.parsing.test_education_dates_last import cells

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

YEARS = (("2021", "2024"), ("2017", "2021"), ("2013", "2017"))
PLACES = ("right", "below", "caps")
ORDERS = ("employer-dates-title", "title-employer-dates", "employer+dates-title")
TOTAL = 14


def total(code: str) -> str:
    lang = LANGS[code]
    return f"{TOTAL}{lang.years_word}" if lang.cjk else f"{TOTAL} {lang.years_word}"


def _job(code: str, k: int, order: str) -> list[Block]:
    lang = LANGS[code]
    start, end = YEARS[k]
    when = [Run(f"{start} – {end}", size=9)]
    employer = [Run(lang.employers[k], bold=True, size=11)]
    title = Para([Run(lang.titles[k], italic=True)])
    bullet = Para([Run(lang.highlights[k])], bullet="•")
    if order == "employer-dates-title":
        return [Para(employer), Para(when), title, bullet]
    if order == "title-employer-dates":
        return [
            Para([Run(lang.titles[k], bold=True, size=11)]),
            Para([Run(lang.employers[k])]),
            Para(when),
            bullet,
        ]
    return [Para(employer, right=when), title, bullet]


def _document(fmt: str, code: str, place: str, order: str) -> bytes:
    lang = LANGS[code]
    heading = lang.headings["work"][0]
    length = total(code)
    if place == "caps":
        heading, length = heading.upper(), length.upper()
    head = Para([Run(heading, bold=True, size=14)], space_before=12)
    blocks: list[Block] = [head]
    if place == "below":
        blocks.append(Para([Run(length, bold=True, size=10)]))
    else:
        head.right = [Run(length, bold=True, size=14 if place == "caps" else 11)]
    for k in range(len(YEARS)):
        blocks += _job(code, k, order)
    body: list[Block] = [
        Para([Run(" ".join(lang.people[0]), bold=True, size=18)]),
        Para([Run("someone@example.com")]),
        *blocks,
        Para([Run(lang.headings["education"][0], bold=True, size=14)], space_before=12),
        Para([Run(lang.institutions[0], bold=True, size=11)], right=[Run("2009 – 2013", size=9)]),
        Para([Run(lang.degrees[0][0])]),
    ]
    page = Page(body=body, cjk=code if lang.cjk else "")
    return write_pdf(page) if fmt == "pdf" else write_docx(page)


@functools.cache
def _parsed(
    fmt: str, code: str, place: str, order: str
) -> tuple[list[tuple[str | None, ...]], list[str | None]]:
    parsed = parse_document(_document(fmt, code, place, order), f"cv.{fmt}")
    work: list[tuple[str | None, ...]] = [
        (e.get("name"), e.get("position"), e.get("startDate")) for e in parsed.get("work") or []
    ]
    return work, [e.get("institution") for e in parsed.get("education") or []]


COMBOS = [(f, c, p, o) for f in ("pdf", "docx") for c in LANGS for p in PLACES for o in ORDERS]

XFAIL: dict[tuple[str, ...], str] = {}


@pytest.mark.parametrize(("fmt", "code", "place", "order"), cells(COMBOS, XFAIL))
def test_a_total_of_years_by_the_work_heading_loses_no_job(
    fmt: str, code: str, place: str, order: str
) -> None:
    lang = LANGS[code]
    want = [(lang.employers[k], lang.titles[k], YEARS[k][0]) for k in range(len(YEARS))]
    work, schools = _parsed(fmt, code, place, order)
    assert work == want
    assert schools == [lang.institutions[0]]
