"""Round 22 (#10): a one-word title with its date after it on one line (`Engineer 09/2024`) keeps
its title, and its lone date says nothing of `present`.

`Sedan maj 2024` (Swedish `since May 2024`) is read as an open range though no list knows
`sedan`: one unknown word before a month's date reads as `since`. A one-word title set beside its
date with a plain space (`Programista 03/2021`, `Engineer Sep 2024`) is no such word: it was read
the same way, the title swallowed into the date and the job made current. Cases: every generated
language that writes words apart (CJK titles have no space to split at), the language's own month
forms, three jobs each printing one date (points in time, as one-month contracts are), the title's
line under or over the employer's, PDF and DOCX. Asserted: work holds the three jobs with their
titles, their dates as printed and no end. Written at 9a6dec2, where all 72 cells failed; the rule
that a title word before a date is a name (`dates._a_name`, 35fcb70) makes every one pass.
"""

from __future__ import annotations

import functools

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.content import fmt_date
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import cells
from tests.parsing.test_entries_title_qualifier import section_page

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

TITLES: dict[str, tuple[str, str, str]] = {
    "en": ("Engineer", "Consultant", "Accountant"),
    "fr": ("Ingénieur", "Consultant", "Comptable"),
    "de": ("Softwareentwickler", "Projektleiterin", "Buchhalter"),
    "es": ("Programador", "Consultor", "Contable"),
    "pt": ("Programador", "Consultor", "Contador"),
    "it": ("Sviluppatore", "Consulente", "Contabile"),
    "nl": ("Ontwikkelaar", "Adviseur", "Boekhouder"),
    "pl": ("Programista", "Konsultant", "Księgowy"),
    "ru": ("Программист", "Консультант", "Бухгалтер"),
}
"""One-word titles, as each language names a role in one word."""

STARTS = ("2024-09", "2021-03", "2017-10")
ORDERS = ("employer-over-title", "title-over-employer")


def _forms(code: str) -> tuple[str, ...]:
    return tuple(f for f in LANGS[code].month_forms[:2] if f != "cjk")


def _document(fmt: str, code: str, form: str, order: str) -> bytes:
    lang = LANGS[code]
    jobs: list[Block] = []
    for k, start in enumerate(STARTS):
        employer = Para([Run(lang.employers[k], bold=True, size=11)])
        titled = Para([Run(f"{TITLES[code][k]} {fmt_date(start, lang, form)}", italic=True)])
        head = [employer, titled] if order == ORDERS[0] else [titled, employer]
        jobs += [*head, Para([Run(lang.highlights[k])], bullet="•")]
    return section_page(fmt, code, jobs)


@functools.cache
def _parsed(fmt: str, code: str, form: str, order: str) -> list[tuple[str | None, ...]]:
    parsed = parse_document(_document(fmt, code, form, order), f"cv.{fmt}")
    return [
        (e.get("name"), e.get("position"), e.get("startDate"), e.get("endDate"))
        for e in parsed.get("work") or []
    ]


COMBOS = [
    (fmt, code, form, order)
    for fmt in ("pdf", "docx")
    for code in TITLES
    for form in _forms(code)
    for order in ORDERS
]

XFAIL: dict[tuple[str, ...], str] = {}


@pytest.mark.parametrize(("fmt", "code", "form", "order"), cells(COMBOS, XFAIL))
def test_a_one_word_title_beside_its_date_keeps_its_title(fmt: str, code: str, form: str, order: str) -> None:
    lang = LANGS[code]
    want = [(lang.employers[k], TITLES[code][k], start, start) for k, start in enumerate(STARTS)]
    assert _parsed(fmt, code, form, order) == want
