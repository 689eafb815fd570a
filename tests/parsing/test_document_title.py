"""A document title printed above the name (`Resume`, `RÉSUMÉ`, `Резюме`, `Resumo`: words that also
head a summary in some language) is the document's title, not a summary heading: the name and the
contact under it stay the header, and a summary headed further down is still the summary. A line
in those words after the name, or over prose with no name under it, still heads a summary.

Generated before the rule: every ambiguous title word in caps and as written, over the name with
or without a contact line and with or without a summary heading of its own further down.
"""

from __future__ import annotations

import itertools

import pytest

from resume_api.parsing.lines import Line
from resume_api.parsing.sections import split_sections

TITLES = ("Resume", "Résumé", "Резюме", "Resumo", "Curriculum Vitae", "CV", "Lebenslauf")
NAMES = ("Emily Carter", "Иван Петров", "João Almeida", "Anna Schneider")
CONTACT = "emily.carter@example.com · (415) 555-0142 · San Francisco, CA"


def _ln(text: str, y: float, *, size: float = 9.5, bold: bool = False) -> Line:
    return Line(text=text, cells=[text], x0=50.0, x1=50.0 + 5 * len(text), y=y, size=size, bold=bold)


def _tail(y: float, summary: bool) -> list[Line]:
    lines = []
    if summary:
        lines += [_ln("SUMMARY", y, size=11, bold=True), _ln("Analyst with eight years in banking.", y + 16)]
        y += 40
    return [
        *lines,
        _ln("EXPERIENCE", y, size=11, bold=True),
        _ln("Data Analyst, Nordwind Analytics, 2019 - 2023", y + 16),
        _ln("Built the reporting pipeline in Python and SQL.", y + 30),
    ]


@pytest.mark.parametrize(
    ("title", "name", "contact", "summary", "caps"),
    list(itertools.product(TITLES, NAMES, (True, False), (True, False), (True, False))),
)
def test_a_title_over_the_name_is_no_heading(
    title: str, name: str, contact: bool, summary: bool, caps: bool
) -> None:
    lines = [_ln(title.upper() if caps else title, 40, size=12, bold=True), _ln(name, 66, size=20, bold=True)]
    if contact:
        lines.append(_ln(CONTACT, 86))
    lines += _tail(120, summary)
    split = split_sections(lines)
    assert [ln.text for ln in split.header][:2] == [lines[0].text, name]
    assert [s.key for s in split.sections] == [*(["summary"] if summary else []), "work"]


@pytest.mark.parametrize("title", ["Résumé", "RESUME", "Резюме", "Resumo"])
def test_the_word_after_the_name_heads_a_summary(title: str) -> None:
    lines = [_ln("Emily Carter", 40, size=20, bold=True), _ln(CONTACT, 60)]
    lines += [_ln(title, 90, size=11, bold=True), _ln("Analyst with eight years in banking.", 106)]
    lines += _tail(130, False)
    assert [s.key for s in split_sections(lines).sections] == ["summary", "work"]


@pytest.mark.parametrize("title", ["Résumé", "RESUME", "Резюме", "Resumo"])
def test_the_word_over_prose_heads_a_summary(title: str) -> None:
    lines = [
        _ln(title, 40, size=11, bold=True),
        _ln("Analyst with eight years in banking, now leading a team.", 56),
    ]
    lines += _tail(90, False)
    assert [s.key for s in split_sections(lines).sections] == ["summary", "work"]
