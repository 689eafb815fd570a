"""How often a thing was done, in one normal form: times per day.

"Every 30 minutes", "every half hour", "twice an hour" and "48 times a day" are one rate; the claim
rules read each of them by its words (a number, a frequency, an "every"), so a true restatement in
another unit reads as a new figure. Here each frequency a sentence states is turned into times per day,
and the sentence's frequency claims are supported when a source sentence about the same work states the
same rate. A rate that differs ("every 15 minutes" for "every 30 minutes") is left to the claim rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resume_api.tailoring.lexicon import lexicon
from resume_api.tailoring.wording import tokens

_DAYS = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "min": 1 / 1440,
    "hour": 1 / 24,
    "hr": 1 / 24,
    "day": 1.0,
    "night": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 30.44,
    "quarter": 91.31,
    "year": 365.25,
}
_ADVERBS = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "monthly": "month"}
_ADVERBS |= {"quarterly": "quarter", "yearly": "year", "annually": "year", "biweekly": "fortnight"}
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_PER = frozenset({"a", "an", "per", "each", "every"})


def _unit(word: str) -> str | None:
    base = word[:-1] if word.endswith("s") and word[:-1] in _DAYS else word
    return base if base in _DAYS else None


def length_in_days(word: str) -> float | None:
    """A unit of time's length in days ("hours" is 1/24), or None for a word that is none."""
    unit = _unit(word)
    return _DAYS[unit] if unit is not None else None


def _count(word: str) -> float | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    units = lexicon().units
    return float(units[word]) if word in units else None


@lru_cache(maxsize=8192)
def rates(text: str) -> tuple[tuple[float, tuple[str, ...]], ...]:
    """Each frequency the text states, as (times per day, its words): "every 30 minutes" (48.0),
    "every half hour" (48.0), "twice an hour" (48.0), "3 times a week", "every other day", "hourly"."""
    toks = tokens(text)
    out: list[tuple[float, tuple[str, ...]]] = []
    i = 0
    while i < len(toks):
        word = toks[i]
        if word in _ADVERBS:
            out.append((1 / _DAYS[_ADVERBS[word]], (word,)))
        elif word == "every" and i + 1 < len(toks):
            nxt = toks[i + 1]
            size, at = 1.0, i + 1
            if nxt in ("half", "quarter") and i + 2 < len(toks) and _unit(toks[i + 2]):
                size, at = (0.5 if nxt == "half" else 0.25), i + 2  # "every half hour", "every quarter hour"
            elif nxt == "other":
                size, at = 2.0, i + 2
            elif _count(nxt) is not None:
                size, at = _count(nxt) or 1.0, i + 2
            unit = _unit(toks[at]) if at < len(toks) else None
            if unit is not None and size:
                out.append((1 / (size * _DAYS[unit]), tuple(toks[i : at + 1])))
                i = at
        else:
            times = _TIMES.get(word)
            at = i + 1
            if times is None and _count(word) is not None and i + 1 < len(toks) and toks[i + 1] == "times":
                times, at = _count(word), i + 2
            if times is not None and at + 1 < len(toks) and toks[at] in _PER:
                unit = _unit(toks[at + 1])
                if unit is not None:
                    out.append((times / _DAYS[unit], tuple(toks[i : at + 2])))
                    i = at + 1
        i += 1
    return tuple(out)


def same_rate(sentence: str, sources: list[str]) -> tuple[str, ...]:
    """The words of the sentence's frequencies that a source sentence states at the same rate (within 3%):
    what the claim rules need not read again."""
    theirs = [r for s in sources for r, _ in rates(s)]
    return tuple(
        w for rate, words in rates(sentence) if any(abs(rate - r) <= 0.03 * r for r in theirs) for w in words
    )
