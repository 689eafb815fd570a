"""A schooling heading built on the word `academic` (`Академический путь`, `Akademische Laufbahn`,
`Ścieżka akademicka`) or holding a word of the heading vocabulary that looks like a school's
(`Szkolenia`, `Parcours universitaire`) is a heading, not a school's name (#10): the adjective
names a kind of schooling, a school is named by the noun (`Академия`, `Akademie`, `Academy`).

Generated per language and inflection, written before the rule; every education heading of every
language's vocabulary (`parsing/lang/*.py`) goes through the same check, and school names built on
the same stems (the guard) must still be read as names, never as headings.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.lexicon import language_files
from resume_api.parsing.lines import Line
from resume_api.parsing.sections import _plain_heading, find_headings

OWN_WORDS: tuple[str, ...] = (
    "Academic Path",
    "Academic Journey",
    "Akademischer Weg",
    "Akademische Laufbahn",
    "Akademisches Profil",
    "Академический путь",
    "Академическое образование",
    "Академическая подготовка",
    "Академические успехи",
    "Академический опыт",
    "Ścieżka akademicka",
    "Wykształcenie akademickie",
    "Przebieg akademicki",
    "Akademisk bakgrund",
    "Akademická příprava",
    "Akademické vzdělání",
    "Akademik Geçmiş",
    "Percorso accademico",
    "Trayectoria académica",
    "Academische loopbaan",
    "Parcours académique",
    "Percurso académico",
    "Szkolenia",
    "Kursy i szkolenia",
    "Parcours universitaire",
)
"""Headings a person writes with `academic` in their own language and inflection, and vocabulary
words that share a school's stem."""

VOCABULARY = sorted(
    {
        h
        for data in language_files().values()
        for k in ("education", "certificates")
        for h in data["headings"].get(k, [])
    }
)
"""Every language's schooling and certificate headings."""

SCHOOLS: tuple[str, ...] = (
    "Академия народного хозяйства",
    "Российская академия музыки",
    "Академический университет",
    "Akademie der Bildenden Künste",
    "Akademisches Gymnasium",
    "Akademia Górniczo-Hutnicza",
    "Royal Academy of Music",
    "Académie de Paris",
    "Accademia di Belle Arti",
    "Academia de Artes",
    "Kungliga Akademien",
    "Akademie múzických umění",
)
"""School names on the same stems: never a heading by look."""


XFAIL: frozenset[str] = frozenset({"Accademia di Belle Arti"})
"""What today's parser gets wrong (strict: a case that starts passing fails until it goes)."""

HEADS_XFAIL = XFAIL - {
    "Академическое образование",
    "Академический опыт",
    "Wykształcenie akademickie",
    *OWN_WORDS[22:],
}


def _cases(texts: tuple[str, ...] | list[str], xfail: frozenset[str]) -> list[object]:
    mark = pytest.mark.xfail(strict=True, reason="#10: a heading on a school's stem")
    return [pytest.param(t, marks=mark) if t in xfail else t for t in texts]


@pytest.mark.parametrize("text", _cases(OWN_WORDS + tuple(VOCABULARY), XFAIL))
def test_an_academic_heading_is_no_school(text: str) -> None:
    assert _plain_heading(text, before_first=False, index=9)


@pytest.mark.parametrize("text", _cases(SCHOOLS, XFAIL))
def test_a_school_named_on_the_stem_is_no_heading(text: str) -> None:
    assert not _plain_heading(text, before_first=False, index=9)


def _ln(text: str, size: float = 10.0, *, bold: bool = False) -> Line:
    return Line(text=text, cells=[text], size=size, bold=bold, font="Body")


@pytest.mark.parametrize("text", _cases(OWN_WORDS, HEADS_XFAIL))
def test_an_academic_heading_heads_its_section(text: str) -> None:
    lines = [
        _ln("Jane Roe", 22.0, bold=True),
        _ln("jane.roe@example.com | +1 415 555 0142"),
        _ln("Experience", 14.0, bold=True),
        _ln("Data Analyst, Nordwind Analytics, 2019 - 2023"),
        _ln("Built the reporting pipeline in Python and SQL."),
        _ln(text, 14.0, bold=True),
        _ln("University of Leeds, 2015 - 2019"),
        _ln("BSc Mathematics"),
        _ln("Skills", 14.0, bold=True),
        _ln("Python, SQL, Docker"),
    ]
    assert 5 in find_headings(lines)
