"""The theme set's labels ask the parser only for what a theme printed (`benchmarks.theme_accuracy`).

A published theme may print no employer, only a skill group's name, only years, or no "present":
the label must follow the page, or the figure blames the parser for the theme.
"""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks import theme_accuracy as T
from benchmarks.parse_accuracy import corpus_module

from .conftest import CORPUS

pytestmark = pytest.mark.skipif(
    not (CORPUS / "score.py").exists(), reason="the corpus's score.py (../shared/corpus) is needed"
)

RESUME: dict[str, Any] = {
    "basics": {"name": "Ana Souza", "email": "ana@example.org", "phone": "+55 11 91234-5678", "summary": ""},
    "work": [
        {"name": "Smith, Jones & Co.", "position": "Auditor", "startDate": "2019-03"},
        {"name": "Acme", "position": "Clerk", "startDate": "2016-09", "endDate": "2019-02"},
    ],
    "education": [{"institution": "Universidade de São Paulo", "startDate": "2012", "endDate": "2016"}],
    "skills": [{"name": "Accounting", "keywords": ["IFRS", "SAP FI/CO"]}, {"name": "Office"}],
    "languages": [{"language": "Portuguese", "fluency": "Native"}],
}


def _label(page: str) -> dict[str, Any]:
    return T.label(RESUME, T.Printed(page, corpus_module(CORPUS, "score")))


def test_what_the_page_shows_is_asked_at_the_granularity_it_shows() -> None:
    page = """Ana Souza  ana@example.org  +55 (11) 91234-5678
    Smith, Jones & Co. — Auditor   March 2019 – Present
    Acme   Clerk   09/2016 – 2019
    Universidade de São Paulo 2012 – 2016
    Accounting: IFRS, SAP FI/CO   Office   Portuguese (Native)"""
    label = _label(page)
    assert label["basics"] == {k: RESUME["basics"][k] for k in ("name", "email", "phone")}
    assert label["work"] == [
        {"name": "Smith, Jones & Co.", "position": "Auditor", "startDate": "2019-03", "endDate": "present"},
        {"name": "Acme", "position": "Clerk", "startDate": "2016-09", "endDate": "2019"},
    ]
    assert [s["institution"] for s in label["education"]] == ["Universidade de São Paulo"]
    assert label["skills"] == [{"name": "Accounting", "keywords": ["IFRS", "SAP FI/CO"]}, {"name": "Office"}]
    assert {s["key"] for s in label["sections"]} == {"work", "education", "skills", "languages"}


def test_what_a_theme_leaves_out_is_not_asked() -> None:
    page = """Ana Souza
    Auditor  2019 –
    Clerk  2016 – 2019
    Accounting  Office"""
    label = _label(page)
    assert label["basics"] == {"name": "Ana Souza"}
    assert label["work"] == []  # no employer printed: work is not scored for this page
    assert label["education"] == []
    assert label["skills"] == [{"name": "Accounting"}, {"name": "Office"}]  # the group names it printed
    assert {s["key"] for s in label["sections"]} == {"work", "skills"}


def test_themes_split_stably_into_two_halves() -> None:
    names = T.themes()
    measured = [t for t in names if T.measured(t)]
    assert 0 < len(measured) < len(names)
    assert measured == [t for t in sorted(names) if T.measured(t)]
