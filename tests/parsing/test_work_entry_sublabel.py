"""Round 18 (#10): a label over some jobs' bullets (`HIGHLIGHTS`, `Réalisations`) right under the
job's dates, in a bold type of its own, is no line of the job's header.

Published themes print each job as `Title, Employer` (or the employer over the title), the dates
on a line below or beside it, maybe a line of description, then a label over the bullets, in some
jobs and not in others (cora, jacrys): the label, bold and alone after the dates, was read as the
job's employer, and the title line, then the whole header, as its position. Cases: every
generated language, PDF and DOCX, the header on one line (`Title, Employer`, not for CJK) or two,
the dates beside the header or below it, the label over every job's bullets or over the first and
last only, capitals or as written, with and without a description before it. Written before the
rule; what fails today is in `XFAIL` (strict).
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
from tests.parsing.test_entries_title_qualifier import YEARS, section_page

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

LABELS = {
    "en": "Highlights",
    "fr": "Réalisations",
    "de": "Erfolge",
    "es": "Logros",
    "pt": "Destaques",
    "it": "Risultati",
    "nl": "Resultaten",
    "pl": "Osiągnięcia",
    "ru": "Достижения",
    "zh": "主要成就",
    "ja": "主な実績",
}
"""A label over a job's bullets, in each generated language."""


def _header(code: str, k: int, head: str) -> list[Para]:
    lang = LANGS[code]
    if head == "comma":
        return [Para([Run(f"{lang.titles[k]}, {lang.employers[k]}", bold=True, size=11)])]
    return [Para([Run(lang.employers[k], bold=True, size=11)]), Para([Run(lang.titles[k], italic=True)])]


def _document(fmt: str, code: str, head: str, over: str, dates: str) -> bytes:
    lang = LANGS[code]
    label = LABELS[code].upper() if over == "some" else LABELS[code]
    jobs: list[Block] = []
    for k, (start, end) in enumerate(YEARS):
        first, *rest = _header(code, k, head)
        body: list[Para] = [*rest]
        if k == 1:
            body.append(Para([Run(lang.summaries[0])]))
        if over == "every" or k != 1:
            body.append(Para([Run(label, bold=True, size=9)], space_before=4))
        body += [Para([Run(lang.highlights[k])], bullet="•"), Para([Run(lang.highlights[k + 1])], bullet="•")]
        if head == "two" and dates == "below":
            # the dates under the whole header, as the themes print them
            jobs += [first, *body[:1], Para([Run(f"{start} – {end}", size=9)]), *body[1:]]
        else:
            jobs += dated_job(first, f"{start} – {end}", dates, body)
    school = [  # a second section: the page's headings share one look, as every theme's do
        Para([Run(lang.headings["education"][0], bold=True, size=14)], space_before=12),
        Para([Run(lang.institutions[0], bold=True, size=11)]),
        Para([Run("2010 – 2014", size=9)]),
    ]
    return section_page(fmt, code, [*jobs, *school])


@functools.cache
def _parsed(fmt: str, code: str, head: str, over: str, dates: str) -> list[tuple[object, ...]]:
    parsed = parse_document(_document(fmt, code, head, over, dates), f"cv.{fmt}")
    return [
        (e.get("name"), e.get("position"), e.get("startDate"), e.get("endDate"))
        for e in parsed.get("work") or []
    ]


COMBOS = [
    (f, c, h, o, ("below", "right")[(i + j) % 2])
    for i, f in enumerate(("pdf", "docx"))
    for j, c in enumerate(LANGS)
    for h in ("comma", "two")
    for o in ("every", "some")
    if not (h == "comma" and LANGS[c].cjk)
]

XFAIL: dict[tuple[str, ...], str] = {}


@pytest.mark.parametrize(("fmt", "code", "head", "over", "dates"), cells(COMBOS, XFAIL))
def test_a_label_over_a_jobs_bullets_is_no_header_line(
    fmt: str, code: str, head: str, over: str, dates: str
) -> None:
    lang = LANGS[code]
    want = [(lang.employers[k], lang.titles[k], s, e) for k, (s, e) in enumerate(YEARS)]
    assert _parsed(fmt, code, head, over, dates) == want


def _one_employer_twice(fmt: str, code: str) -> bytes:
    """The title over the employer in a smaller type, the last two roles at one employer printed
    again over each: a line repeated under headers is not always a label."""
    lang = LANGS[code]
    jobs: list[Block] = []
    for k, (start, end) in enumerate(YEARS):
        title = Para([Run(lang.titles[k], bold=True, size=11)], right=[Run(f"{start} – {end}", size=9)])
        employer = Para([Run(lang.employers[min(k, 1)], italic=True, size=9)])
        jobs += [title, employer, Para([Run(lang.highlights[k])], bullet="•")]
    return section_page(fmt, code, jobs)


@pytest.mark.parametrize(("fmt", "code"), [(f, c) for f in ("pdf", "docx") for c in LANGS])
def test_an_employer_printed_over_each_of_its_roles_stays_their_employer(fmt: str, code: str) -> None:
    lang = LANGS[code]
    parsed = parse_document(_one_employer_twice(fmt, code), f"cv.{fmt}")
    got = [(e.get("name"), e.get("position")) for e in parsed.get("work") or []]
    assert got == [(lang.employers[min(k, 1)], lang.titles[k]) for k in range(len(YEARS))]
