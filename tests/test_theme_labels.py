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
    Accounting: IFRS, SAP FI/CO   Office
    Languages: Portuguese (Native)"""
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


SUMMARY = "Auditor with eight years in audit and IFRS reporting for listed companies in Brazil."
"""What each theme printed above `basics.summary`, checked by hand on 2026-12-07 for every tune
theme and every theme of the opened (first sealed) set: the heading the page shows, or none.

    tune    ace SUMMARY, caffeine ABOUT/SUMMARY, class About, compact Profile (a label column),
            cora ABOUT (icon), elegant ABOUT, eloquent ABOUT, jacrys ABOUT, macchiato Summary,
            minyma Summary, onepage-plus SUMMARY, stackoverflow S U M M A RY: headed;
            autumn, even, slick, straightforward, tachyons-clean: under the name, no heading;
            paper: no summary printed
    opened  classy ABOUT (icon), crisp About, fresh SUMMARY, moon ABOUT (icon), papirus S U M M A RY
            (overprinted, often cut), rocketspacer About, sceptile ABOUT (icon), spartan About: headed;
            actual, boilerplate, direct, github (an `Overview` tab), mantra, material, msresume,
            onepageresume, projects, simple: under the name, no heading

The labeller agrees with that table on every theme: `summary` is listed only where a line of the
page is a summary heading, as the corpus's labels list only sections printed under a heading.
"""


@pytest.mark.parametrize(
    "heading",
    ["SUMMARY", "About", "Profile", "S U M M A RY", "\uf007 ABOUT", "About me:", "Professional Summary"],
)
def test_a_summary_under_a_heading_is_a_section(heading: str) -> None:
    page = f"Ana Souza\nana@example.org\n{heading}\n{SUMMARY}\nAcme Clerk"
    label = T.label({**RESUME, "basics": {**RESUME["basics"], "summary": SUMMARY}}, _printed(page))
    assert "summary" in {s["key"] for s in label["sections"]}


@pytest.mark.parametrize("above", ["", "Overview\nExperiences 8", "Profiles\nLinkedIn", "About Acme"])
def test_a_summary_under_the_name_alone_is_not_a_section(above: str) -> None:
    """The name/contact header block is not a section (the corpus README): its profile paragraph
    fills `basics.summary`, which preservation still counts, but `sections` does not list it."""
    page = f"Ana Souza\nana@example.org\n{above}\n{SUMMARY}\nAcme Clerk"
    label = T.label({**RESUME, "basics": {**RESUME["basics"], "summary": SUMMARY}}, _printed(page))
    assert "summary" not in {s["key"] for s in label["sections"]}


def _printed(page: str) -> T.Printed:
    return T.Printed(page, corpus_module(CORPUS, "score"))


CREDENTIALED: dict[str, Any] = {
    **RESUME,
    "certificates": [
        {"name": "CompTIA A+", "issuer": "CompTIA"},
        {"name": "Google IT Support", "issuer": "Google"},
        {"name": "Microsoft 365 Fundamentals", "issuer": "Microsoft"},
    ],
    "awards": [{"title": "Disputes Lawyer of the Year", "awarder": "The Lawyer Awards"}],
    "languages": [{"language": "Portuguese"}, {"language": "English"}],
}


def test_a_section_is_printed_where_its_items_names_are() -> None:
    """A theme that prints no certificates may still print an issuer (`Google`, an employer) or one
    certificate's name of three among the skills: that prints no section. Half the items' names do."""
    page = "Ana Souza\nAcme Google Clerk\nSkills\nIFRS, CompTIA A+\nThe Lawyer Awards"
    keys = {s["key"] for s in T.label(CREDENTIALED, _printed(page))["sections"]}
    assert not keys & {"certificates", "awards", "languages"}
    page = "Certificates\nCompTIA A+ 2023\nGoogle IT Support\nAwards\nD i s p u t e s L aw y e r o f t h e Y e a r\nThe Lawyer Awards"
    keys = {s["key"] for s in T.label(CREDENTIALED, _printed(page))["sections"]}
    assert {"certificates", "awards"} <= keys  # two names of three; a name letter-spaced


@pytest.mark.parametrize(
    ("page", "listed"),
    [
        ("Ana Souza\nana@example.org  Portuguese, English\nExperience", False),  # in the contact line
        ("Ana Souza\nLanguages\nPortuguese\nEnglish", True),
        ("Ana Souza\nL anguages\nPortuguese  English", True),  # small capitals, letter-spaced
        ("Ana Souza\n\ue605 LANGUAGES Portuguese\nEnglish", True),  # the first item on its row
        ("Ana Souza\nLanguages: Portuguese, English", True),
    ],
)
def test_spoken_languages_are_a_section_under_their_heading(page: str, listed: bool) -> None:
    """Spoken languages printed in the header block (an icon and a list beside the e-mail) fill
    `languages`, but the corpus's labels list only sections printed under a heading."""
    keys = {s["key"] for s in T.label(CREDENTIALED, _printed(page))["sections"]}
    assert ("languages" in keys) is listed
