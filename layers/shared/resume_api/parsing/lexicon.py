"""The parser's vocabularies, one data file per language (`lang/<code>.py`), loaded once.

Each file holds, for its language: section headings by JSON Resume key, month names (twelve
lists), words for "present", "since" and range separators, job-title nouns and phrases, and
company suffixes, places, heading head words, thesis labels, the words of a job told as a sentence, employment types and work modes, country names. Adding a language is adding a file; no code names a language. Everything is
merged into one `Lexicon`, because a resume mixes languages (an English title in a French CV).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .clean_text import normalize_key

LANG_DIR = Path(__file__).with_name("lang")
"""One module per language holding a single `VOCABULARY` dict literal: data, imported like code,
so reading it opens no file beside the package's own modules (a PDF render calls `heading_key`)."""


def language_files() -> dict[str, dict[str, Any]]:
    """Language code -> its vocabulary, English first."""
    codes = sorted(
        (m.name for m in pkgutil.iter_modules([str(LANG_DIR)]) if not m.ispkg),
        key=lambda c: (c != "en", c),
    )
    out: dict[str, dict[str, Any]] = {}
    for code in codes:
        data = importlib.import_module(f"{__package__}.lang.{code}").VOCABULARY
        out[code] = data
    return out


@dataclass(frozen=True, slots=True)
class Lexicon:
    languages: tuple[str, ...]
    headings: dict[str, str]
    """Normalised heading (and its spaceless form) -> section key, `contact` included."""
    months: dict[str, int]
    """Casefolded month name or abbreviation -> month number."""
    present: tuple[str, ...]
    since: tuple[str, ...]
    range_words: tuple[str, ...]
    title_words: frozenset[str]
    title_phrases: tuple[str, ...]
    company_suffixes: frozenset[str]
    places: frozenset[str]
    """Normalised names of cities (and `Remote`) as resumes print them."""
    head_words: dict[str, str]
    """Single words that give a longer heading its key (`Competencias lingüísticas` -> languages)."""
    thesis: tuple[str, ...] = ()
    """Labels of a thesis printed with a degree (`Thesis title:`, `Masterarbeit:`, `毕业论文：`)."""
    role_at: tuple[str, ...] = ()
    role_as: tuple[str, ...] = ()
    """A job told as a sentence: the words before the employer (`at`, `chez`, `en`, `在`) and before
    the role (`as`, `en tant que`, `como`, `担任`): `Trabajé en Xing, en Barcelona, como ...`."""
    role_at_after: tuple[str, ...] = ()
    role_as_after: tuple[str, ...] = ()
    """The same words where a language puts them after the employer and the role (`にて`, `として`)."""
    countries: frozenset[str] = frozenset()
    """Normalised country names as each language prints them (`Nederland`, `Polska`, `Россия`)."""
    expected: tuple[str, ...] = ()
    """Words before the date of a degree not yet taken (`Expected graduation`, `Obtention prévue en`,
    `Voraussichtlicher Abschluss`, `预计毕业`): a date's label, not a school or a degree."""
    honours: tuple[str, ...] = ()
    """Honours a degree is awarded with, as a line or piece of their own (`Magna Cum Laude`,
    `Mention très bien`, `Красный диплом`, `优秀毕业生`): the degree's score, never its field."""
    range_open: tuple[str, ...] = ()
    """Words that open a range joined by a range word (`from` 2019 to 2021, `dal` 2019 al 2021,
    `с` 2019 по 2021): part of the date's text, never the end of an employer or a title."""
    work_terms: frozenset[str] = frozenset()
    """Casefolded employment types and work modes (`Full-time`, `Freelance`, `Remote`, `CDI`,
    `Vollzeit`, `全职`): printed beside an employer, they are neither its name nor a place."""


@functools.cache
def lexicon() -> Lexicon:
    """Every language file merged (first file wins where two name the same heading differently)."""
    headings: dict[str, str] = {}
    months: dict[str, int] = {}
    present: list[str] = []
    since: list[str] = []
    range_words: list[str] = []
    range_open: list[str] = []
    title_words: set[str] = set()
    title_phrases: list[str] = []
    suffixes: set[str] = set()
    places: set[str] = set()
    head_words: dict[str, str] = {}
    thesis: list[str] = []
    expected: list[str] = []
    honours: list[str] = []
    work_terms: set[str] = set()
    countries: set[str] = set()
    role: dict[str, list[str]] = {"role_at": [], "role_as": [], "role_at_after": [], "role_as_after": []}
    codes = []
    for code, data in language_files().items():
        codes.append(code)
        for key, names in data.get("headings", {}).items():
            for name in names:
                norm = normalize_key(name)
                if norm:
                    headings.setdefault(norm, key)
                    headings.setdefault(norm.replace(" ", ""), key)
        for number, names in enumerate(data.get("months", []), start=1):
            for name in names:
                months.setdefault(name.casefold(), number)
        present += [w.casefold() for w in data.get("present", [])]
        since += [w.casefold() for w in data.get("since", [])]
        range_words += [w.casefold() for w in data.get("range", [])]
        range_open += [w.casefold() for w in data.get("range_open", [])]
        title_words.update(w.casefold() for w in data.get("title_words", []))
        title_phrases += [w.casefold() for w in data.get("title_phrases", [])]
        suffixes.update(w.casefold() for w in data.get("company_suffixes", []))
        places.update(normalize_key(w) for w in data.get("places", []))
        thesis += [w.casefold() for w in data.get("thesis", [])]
        expected += [w.casefold() for w in data.get("expected", [])]
        honours += [w.casefold() for w in data.get("honours", [])]
        work_terms.update(w.casefold() for w in data.get("work_terms", []))
        countries.update(normalize_key(w) for w in data.get("countries", []))
        for key, found in role.items():
            found += [w.casefold() for w in data.get(key, [])]
        for word, key in data.get("head_words", {}).items():
            head_words.setdefault(normalize_key(word), key)
    return Lexicon(
        languages=tuple(codes),
        headings=headings,
        months=months,
        present=tuple(dict.fromkeys(present)),
        since=tuple(dict.fromkeys(since)),
        range_words=tuple(dict.fromkeys(range_words)),
        range_open=tuple(dict.fromkeys(range_open)),
        title_words=frozenset(title_words),
        title_phrases=tuple(dict.fromkeys(title_phrases)),
        company_suffixes=frozenset(suffixes),
        places=frozenset(places),
        head_words=head_words,
        thesis=tuple(dict.fromkeys(thesis)),
        expected=tuple(sorted(dict.fromkeys(expected), key=len, reverse=True)),
        honours=tuple(sorted(dict.fromkeys(honours), key=len, reverse=True)),
        role_at=tuple(dict.fromkeys(role["role_at"])),
        role_as=tuple(dict.fromkeys(role["role_as"])),
        role_at_after=tuple(dict.fromkeys(role["role_at_after"])),
        role_as_after=tuple(dict.fromkeys(role["role_as_after"])),
        work_terms=frozenset(work_terms),
        countries=frozenset(countries),
    )
