"""What a section's parser could not place is kept, word for word (issue #10: nothing the person
wrote is lost): a line whose words mostly went nowhere is kept whole, and a word the parse holds
nowhere, inside a line it otherwise placed (`Valedictorian` after a degree, `10 months` after a
title), is kept as the stretch of the line it sits in. The words that only join fields (`at`,
`chez`, `für`, `in`), dates and month names are not kept: the fields and the normalised dates say
them. Cases span languages, the word's place in the line and the separators around it.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from resume_api.parsing.document import _unplaced
from resume_api.parsing.lines import Line

ITEM = {"name": "Globex Corporation", "position": "Data Engineer", "startDate": "2019-03"}
"""What the entry parser placed; the lines below hold these words and, sometimes, one more."""

EXTRA = {
    "en": "Valedictorian",
    "fr": "Majeure",
    "de": "Jahrgangsbester",
    "es": "Sobresaliente",
    "pt": "Bolsista",
    "it": "Lode",
    "nl": "Cum-laude",
    "pl": "Wyróżnienie",
    "ru": "Отличием",
    "zh": "优秀毕业生",
    "ja": "首席卒業",
    "acronym": "GPA",
}
"""A word of each language the parse left out, as a resume writes it."""

JOINERS = ["at", "chez", "für", "bei", "en", "para", "presso", "bij", "dla", "для", "in", "w", "в", "在"]
DATES = ["03/2019", "März 2019", "juli 2019", "2019年3月", "since 2019", "depuis 2019"]
SEPS = [" | ", ", ", " — ", "\t", " · "]


def _line(text: str) -> Line:
    return Line(text=text, cells=text.split("\t"))


def _kept(texts: list[str], items: list[dict[str, Any]] | None = None) -> str:
    return "\n".join(_unplaced([_line(t) for t in texts], items if items is not None else [ITEM]))


@pytest.mark.parametrize(
    ("lang", "place", "sep"),
    list(itertools.product(EXTRA, ("start", "middle", "end"), SEPS)),
)
def test_a_word_the_parse_holds_nowhere_is_kept(lang: str, place: str, sep: str) -> None:
    word = EXTRA[lang]
    parts = ["Data Engineer", "Globex Corporation", "03/2019"]
    parts.insert({"start": 0, "middle": 1, "end": 3}[place], word)
    kept = _kept([sep.join(parts)])
    assert word in kept, f"{word!r} lost from {sep.join(parts)!r}"
    assert "Globex" not in kept  # the stretch of the line, not the line


@pytest.mark.parametrize(("joiner", "date"), list(itertools.product(JOINERS, DATES)))
def test_joining_words_and_dates_are_not_kept(joiner: str, date: str) -> None:
    assert _kept([f"Data Engineer {joiner} Globex Corporation, {date}"]) == ""


def test_a_line_placed_whole_keeps_nothing() -> None:
    assert _kept(["Data Engineer | Globex Corporation | 03/2019 – present"]) == ""


def test_a_line_mostly_unplaced_is_kept_whole() -> None:
    line = "Trained volunteers in first aid at the regional hospital"
    assert _kept([line]) == line


def test_a_word_printed_twice_and_placed_once_is_kept_once() -> None:
    kept = _kept(["Data Engineer, Globex Corporation", "Globex Corporation Foundation"])
    assert kept.count("Foundation") == 1 and "Globex" in kept


def test_nothing_is_kept_when_nothing_was_placed_from_a_line_without_words() -> None:
    assert _kept(["2019 – 2021", "•", ""]) == ""


def test_a_number_goes_with_the_word_it_counts() -> None:
    assert _kept(["Data Engineer at Globex Corporation, 10 months"]) == "10 months"


@pytest.mark.parametrize("hyphen", ["-", "\u00ad", "\u2010", ""])
def test_a_word_broken_over_two_lines_and_joined_by_the_parse_is_placed(hyphen: str) -> None:
    item = {"name": "Globex", "highlights": ["Led the ontwikkeling of the platform"]}
    kept = _kept(["Globex", f"Led the ontwikkel{hyphen}", "ing of the platform"], [item])
    assert kept == ""


def test_a_word_broken_at_a_hyphen_inside_a_line_and_joined_by_the_parse_is_placed() -> None:
    item = {"name": "Globex", "highlights": ["Ran the operation"]}
    assert _kept(["Globex", "Ran the oper-ation"], [item]) == ""
