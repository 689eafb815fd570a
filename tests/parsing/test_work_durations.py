"""Round 20 (#10): a duration printed beside a job's dates is computed, never a field.

Themes and LinkedIn print the length of each job beside its dates (`7 years, 3 months`,
`2 Jahre und 3 Monate`, `(1 an et 6 mois)`); the census of the tune themes found it read as the
employer or the title wherever its two parts were joined by a comma or an `and`. Cases: every
generated language, PDF and DOCX, the parts joined by a comma or the language's `and` (CJK: none),
the duration after the range on the dates' line, in parentheses there, or on a line of its own
under the employer's. Asserted: employer, title and start of each job exact, and no field holds
the duration. Written before the rule; what fails today is in `XFAIL` (strict): nothing.
"""

from __future__ import annotations

import functools

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import cells
from tests.parsing.test_entries_title_qualifier import section_page

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

AND = {
    "en": "and",
    "fr": "et",
    "de": "und",
    "es": "y",
    "pt": "e",
    "it": "e",
    "nl": "en",
    "pl": "i",
    "ru": "и",
}
"""Each language's `and` between a duration's years and months."""
UNITS = {"en": ("year", "years", "month", "months"), "ru": ("год", "года", "месяц", "месяца")}
"""Units spelled out where the generator's own are short (`yrs`, `г.`)."""
YEARS = (("2021", "2023", 2, 3), ("2017", "2021", 4, 1), ("2013", "2017", 3, 11))
JOINS = ("comma", "and")
PLACES = ("after", "parenthesis", "own-line")


def duration(code: str, join: str, years: int, months: int) -> str:
    lang = LANGS[code]
    yr, yrs, mo, mos = UNITS.get(code, lang.duration)
    if lang.cjk:
        return f"{years}{yrs}{months}{mos}"
    sep = ", " if join == "comma" else f" {AND[code]} "
    return f"{years} {yr if years == 1 else yrs}{sep}{months} {mo if months == 1 else mos}"


def _document(fmt: str, code: str, join: str, place: str) -> bytes:
    lang = LANGS[code]
    jobs: list[Block] = []
    for k, (start, end, years, months) in enumerate(YEARS):
        length = duration(code, join, years, months)
        when = f"{start} – {end}"
        if place == "after":
            when = f"{when} · {length}"
        elif place == "parenthesis":
            when = f"{when} ({length})"
        jobs.append(Para([Run(lang.employers[k], bold=True, size=11)], right=[Run(when, size=9)]))
        if place == "own-line":
            jobs.append(Para([Run(length, size=9)]))
        jobs.append(Para([Run(lang.titles[k], italic=True)]))
        jobs.append(Para([Run(lang.highlights[k])], bullet="•"))
    return section_page(fmt, code, jobs)


@functools.cache
def _parsed(fmt: str, code: str, join: str, place: str) -> list[tuple[str | None, ...]]:
    parsed = parse_document(_document(fmt, code, join, place), f"cv.{fmt}")
    return [
        (e.get("name"), e.get("position"), e.get("startDate"), e.get("location"))
        for e in parsed.get("work") or []
    ]


COMBOS = [
    (f, c, j, p)
    for f in ("pdf", "docx")
    for c in LANGS
    for j in (JOINS[:1] if LANGS[c].cjk else JOINS)
    for p in PLACES
]

XFAIL: dict[tuple[str, ...], str] = {}


@pytest.mark.parametrize(("fmt", "code", "join", "place"), cells(COMBOS, XFAIL))
def test_a_duration_beside_the_dates_is_no_field(fmt: str, code: str, join: str, place: str) -> None:
    lang = LANGS[code]
    want = [(lang.employers[k], lang.titles[k], YEARS[k][0], None) for k in range(len(YEARS))]
    assert _parsed(fmt, code, join, place) == want
