"""A language's level in parentheses, wrapped by a narrow column, stays with its language.

LinkedIn's sidebar prints `Portuguese (Professional working proficiency)` in a column a few words
wide: `Portuguese (Professional` over `working proficiency)`, or `Português` over `(Nativo)`. An
open parenthesis is closed on a later line, and a line that opens with one is an aside to the line
above: neither is an item of its own. Generated from each language's names and levels, wrapped
before the parenthesis and after every word inside it, one language a line as LinkedIn prints them.
"""

from __future__ import annotations

from typing import Any

import pytest

from resume_api.parsing.lines import Line
from resume_api.parsing.lists import languages
from tests.parsing.layouts import LANGS


def _level(code: str, k: int) -> str:
    """A level of one word or several (`C1, Fluente`: a grade and its word, as people add one)."""
    lang = LANGS[code]
    word = lang.fluency[k % len(lang.fluency)]
    return word if len(word.split()) > 1 or k % 2 else f"C1, {word}"


def _cases() -> list[Any]:
    out = []
    for code in LANGS:
        for k in range(len(LANGS[code].fluency)):
            level = _level(code, k)
            for cut in range(len(level.split())):  # 0: before the parenthesis
                out.append(pytest.param(code, k, cut, id=f"{code}-{k}-{cut}"))
    return out


def _line(text: str, y: float) -> Line:
    return Line(text=text, cells=[text], x0=40.0, x1=40.0 + 5.5 * len(text), y=y, size=10.0)


@pytest.mark.parametrize(("code", "k", "cut"), _cases())
def test_a_wrapped_level_stays_with_its_language(code: str, k: int, cut: int) -> None:
    lang = LANGS[code]
    level = _level(code, k)
    name = lang.languages[k % len(lang.languages)]
    other = lang.languages[(k + 1) % len(lang.languages)]
    words = level.split()
    if cut == 0:
        wrapped = [name, f"({level})"]
    else:
        wrapped = [f"{name} ({' '.join(words[:cut])}", f"{' '.join(words[cut:])})".lstrip()]
    texts = [*wrapped, f"{other} ({lang.fluency[0]})"]
    lines = [_line(t, 100.0 + 12 * i) for i, t in enumerate(texts)]
    got = [(x["language"], x["fluency"]) for x in languages(lines)]
    assert got == [(name, level), (other, lang.fluency[0])], texts
