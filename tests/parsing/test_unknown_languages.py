"""Resumes in languages the parser has no words for (tests/parsing/layouts/unknown_lang.py): their
headings stay unknown to every vocabulary, and the sections a reader needs first still come back,
read from the page's structure.

`python -m tests.parsing.layouts.unknown_report` draws the whole map (8 languages x 69 variants);
this test runs each variant in two of the languages, rotating, and keeps a floor per language and
section at what this round's last commit read.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.clean_text import normalize_key
from resume_api.parsing.dates import find_range
from resume_api.parsing.lexicon import language_files, lexicon
from resume_api.parsing.lines import Line
from resume_api.parsing.section_types import type_sections
from resume_api.parsing.sections import Section, heading_key
from tests.parsing.layouts import VARIANTS
from tests.parsing.layouts.unknown_lang import UNKNOWN
from tests.parsing.layouts.unknown_report import CORE, cell_verdicts


def _every_heading() -> list[tuple[str, str, str]]:
    return [(code, key, h) for code, lang in UNKNOWN.items() for key, hs in lang.headings.items() for h in hs]


def test_no_unknown_language_has_a_vocabulary_file() -> None:
    assert not set(UNKNOWN) & set(language_files())


@pytest.mark.parametrize(("code", "key", "heading"), _every_heading())
def test_no_heading_word_is_in_any_vocabulary(code: str, key: str, heading: str) -> None:
    lx = lexicon()
    norm = normalize_key(heading)
    assert norm not in lx.headings and norm.replace(" ", "") not in lx.headings, (code, heading)
    known = [w for w in norm.split() if w in lx.headings or w in lx.head_words]
    assert not known, (code, heading, known)
    assert heading_key(heading) is None and heading_key(heading.upper()) is None


def _cells(code: str) -> list[str]:
    """The variants a language runs in the test: each variant in two languages, rotating."""
    codes = list(UNKNOWN)
    mine = codes.index(code)
    return [v.name for i, v in enumerate(VARIANTS) if mine in (i % len(codes), (i + 3) % len(codes))]


FLOORS: dict[str, dict[str, int]] = {
    "sv": {"work": 17},  # of 18
    "da": {"basics": 17, "work": 15, "education": 17, "skills": 18},  # of 19
    "fi": {"basics": 16, "work": 15, "education": 16},  # of 18
    "cs": {"work": 17, "education": 17},  # of 20
    "tr": {"basics": 17, "education": 15},  # of 18
    "ro": {"basics": 17, "work": 16, "education": 16},  # of 18
    "hu": {"basics": 18, "work": 12, "education": 15, "skills": 18},  # of 19
    # of 16: the first drawn resume prints `Από Μάιος 2024`, a capitalised month we have no word
    # for after `since`, which `New York 2019` also is
    "el": {"work": 0, "education": 12},
}
"""Per language and section, how many of its cells gave the section back at this round's last
commit (cells the form has no wording for are not counted); a missing entry means all of them."""


@pytest.mark.parametrize("code", list(UNKNOWN))
def test_unknown_language_reads_back_by_structure(code: str) -> None:
    from tests.parsing.layouts import BY_NAME

    verdicts = {name: cell_verdicts(BY_NAME[name], code) for name in _cells(code)}
    judged = {name: v for name, v in verdicts.items() if v is not None}
    assert len(judged) >= 10, f"{code}: only {len(judged)} cells have a form"
    for section in CORE:
        passed = [name for name, v in judged.items() if section not in v]
        failing = [f"{name}: {v[section]}" for name, v in judged.items() if section in v]
        floor = FLOORS.get(code, {}).get(section, len(judged))
        assert len(passed) >= floor, f"{code} {section}: {len(passed)} < {floor}\n" + "\n".join(failing)


# -- the rules on their own ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Ocak 2019 – Mart 2021", "2019", "2021"),  # months we have no words for: the years
        ("leden 2018 – prosinec 2020", "2018", "2020"),
        ("augusti 2023 – april 2024", "2023-08", "2024-04"),  # plainly a known month's start
        ("maj 2023 – nu", "2023-05", "present"),  # a word for `present` we do not know
        ("2019 – Halen | İstanbul", "2019", "present"),
        ("05.2024 – dosud", "2024-05", "present"),
        ("2019. március – 2021. május", "2019", "2021"),  # year first (Hungarian)
        ("Sedan maj 2024", "2024-05", "present"),  # a word for `since` we do not know
        ("Din martie 2020", "2020-03", "present"),
        ("Jan 2019 – March 2020", "2019-01", "2020-03"),
        ("Sedan maj 2024 Mjukvaruutvecklare, Nordvik AB", "2024-05", "present"),  # dates lead the line
        ("05/2023 – nykyään Ohjelmistokehittäjä, Revontuli Oy", "2023-05", "present"),
    ],
)
def test_dates_in_words_we_do_not_know_keep_their_years(text: str, start: str, end: str) -> None:
    span = find_range(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "2019 – Acme Corp",  # a name after the dash is no word for `present`
        "Graduated May 2019",  # a known word before the date says something else than `since`
        "Technical University 2015",
        "Abschluss 2019",  # a year alone after a word is as often its end
        "2019 – and more",
        "Boston May 2019 Acme",  # a place, then the date
    ],
)
def test_an_unknown_word_beside_a_date_is_not_always_a_range(text: str) -> None:
    span = find_range(text)
    assert span is None or span.start is None


def _line(text: str) -> Line:
    return Line(text=text, cells=[text], size=10.0)


def _section(heading: str, *texts: str) -> Section:
    return Section(heading=heading, key="other", lines=[_line(t) for t in texts])


def test_dated_sections_are_work_and_the_older_bulletless_one_education() -> None:
    summary = _section("Περίληψη", "Αναλυτική οικονομολόγος με οκτώ χρόνια εμπειρίας στον τραπεζικό τομέα.")
    work = _section(
        "Επαγγελματική εμπειρία",
        "• Διοίκηση ομάδας έξι προγραμματιστών",
        "Αιγαίο Λογισμικό Α.Ε. | Μηχανικός λογισμικού | 2021 – 2024",
        "• Καθιέρωση μηνιαίων αναφορών",
        "Ιόνιος Ενέργεια Α.Ε. | Λογιστής | 2018 – 2021",
    )
    school = _section("Σπουδές", "Εθνικό Μετσόβιο Πολυτεχνείο | Πτυχίο, Πληροφορική | 2011 – 2015")
    skills = _section("Δεξιότητες", "Εργαλεία: Python, SQL, Excel", "Μέθοδοι: Scrum, Kanban")
    hobbies = _section("Ενδιαφέροντα", "Πεζοπορία")
    sections = [summary, work, school, skills, hobbies]
    type_sections(sections, heading_key)
    assert [s.key for s in sections] == ["summary", "work", "education", "skills", "other"]


def test_a_named_section_keeps_its_key_and_a_custom_one_among_named_stays_other() -> None:
    work = Section(heading="Experience", key="work", lines=[_line("Acme Inc. | Engineer | 2019 – 2021")])
    edu = Section(heading="Education", key="education", lines=[_line("MIT | BSc | 2015 – 2019")])
    talks = _section("A Day of My Life", "Spending time with family, reading, hiking")
    dated = _section("Research Stays", "ETH Zürich | Visiting researcher | 2018 – 2019")
    sections = [work, edu, talks, dated]
    type_sections(sections, heading_key)
    assert [s.key for s in sections] == ["work", "education", "other", "other"]
