"""Round 20 (#10): two dated roles under one employer are two jobs, each with that employer.

The census's merged jobs: themes that print a job's title over its employer print a second role at
the same employer by its title alone (even, paper, stackoverflow: `Tragwerksplaner, Technisches
Büro` under `Ed. Züblin AG`'s first role), and resumes print an employer once over its roles.
Cases: every generated language, PDF and DOCX, the dates beside the header or on a line of their
own; the shapes: an employer over two roles, then another job (`employer-roles`); title over
employer, the second role by its title alone (`title-only`) or its title with a department after a
comma (`title-dept`); and the first job without bullets (`no-bullets`). Asserted: each job's
employer and title. Written before the rule; what fails today is in `XFAIL` (strict).
"""

from __future__ import annotations

import functools

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import cells
from tests.parsing.test_entries_title_qualifier import QUALIFIERS, section_page

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

YEARS = (("2021", "2023"), ("2018", "2021"), ("2015", "2018"))
SHAPES = ("employer-roles", "title-only", "title-dept", "no-bullets")


def second_title(code: str, shape: str) -> str:
    lang = LANGS[code]
    comma = "，" if lang.cjk else ", "
    return f"{lang.titles[1]}{comma}{QUALIFIERS[code][1]}" if shape == "title-dept" else lang.titles[1]


def want(code: str, shape: str) -> list[tuple[str, str]]:
    lang = LANGS[code]
    same = shape != "no-bullets"
    return [
        (lang.employers[0], lang.titles[0]),
        (lang.employers[0 if same else 1], second_title(code, shape)),
        (lang.employers[2], lang.titles[2]),
    ]


def _document(fmt: str, code: str, shape: str, dates: str) -> bytes:
    lang = LANGS[code]
    blocks: list[Block] = []

    def dated(runs: list[Run], k: int) -> None:
        when = [Run(f"{YEARS[k][0]} – {YEARS[k][1]}", size=9)]
        blocks.append(Para(runs, right=when if dates == "right" else None))
        if dates != "right":
            blocks.append(Para(when))

    def bullet(k: int) -> None:
        blocks.append(Para([Run(lang.highlights[k])], bullet="•"))

    if shape == "employer-roles":
        for k in range(3):
            if k != 1:
                blocks.append(Para([Run(lang.employers[k], bold=True, size=11)]))
            dated([Run(lang.titles[k], italic=True)], k)
            bullet(k)
    elif shape in ("title-only", "title-dept"):
        for k in range(3):
            dated([Run(second_title(code, shape) if k == 1 else lang.titles[k], bold=True, size=11)], k)
            if k != 1:
                blocks.append(Para([Run(lang.employers[k], italic=True)]))
            bullet(k)
    else:
        for k in range(3):
            dated([Run(lang.employers[k], bold=True, size=11)], k)
            blocks.append(Para([Run(lang.titles[k], italic=True)]))
            if k:
                bullet(k)
    return section_page(fmt, code, blocks)


@functools.cache
def _parsed(fmt: str, code: str, shape: str, dates: str) -> list[tuple[str | None, ...]]:
    parsed = parse_document(_document(fmt, code, shape, dates), f"cv.{fmt}")
    return [(e.get("name"), e.get("position")) for e in parsed.get("work") or []]


COMBOS = [(f, c, s, d) for f in ("pdf", "docx") for c in LANGS for s in SHAPES for d in ("right", "below")]

_CJK_TITLE_OVER = "a CJK PDF's employer under the title, in the body's look, is read as a highlight"

# fmt: off
XFAIL: dict[tuple[str, ...], str] = {
    **{("pdf", c, s, d): _CJK_TITLE_OVER for c in ("zh", "ja") for s in ("title-only", "title-dept")
       for d in ("right", "below")},
}
# fmt: on


@pytest.mark.parametrize(("fmt", "code", "shape", "dates"), cells(COMBOS, XFAIL))
def test_roles_under_one_employer_are_jobs_of_that_employer(
    fmt: str, code: str, shape: str, dates: str
) -> None:
    assert _parsed(fmt, code, shape, dates) == want(code, shape)
