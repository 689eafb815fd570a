"""How far, how often and how fast a sentence says something happened: the claims of extent.

"Every inpatient unit" and "the entire restaurant" widen a scope; "every quarter" and "weekly" state a
frequency; "within a year" and "in under six weeks" a duration; "ahead of schedule" and "on the first
attempt" an outcome. Each is read from the sentence's structure (a quantifier, a time unit, a
preposition of time), never from a list of known sentences, and each must be said by the source
sentence the rewrite comes from: "in 5 of 7 quarters" does not support "every quarter", "in 2016"
does not support "in under a year", and "over 12 months" does support "within a year".
"""

from __future__ import annotations

import re

from resume_api.tailoring.lexicon import lexicon
from resume_api.tailoring.wording import stem

TIME_DAYS = {
    "day": 1,
    "days": 1,
    "night": 1,
    "nights": 1,
    "week": 7,
    "weeks": 7,
    "month": 30,
    "months": 30,
    "quarter": 91,
    "quarters": 91,
    "semester": 182,
    "semesters": 182,
    "term": 120,
    "terms": 120,
    "year": 365,
    "years": 365,
    "yr": 365,
    "yrs": 365,
    "shift": 1,
    "shifts": 1,
    "weekend": 2,
    "weekends": 2,
    "hour": 1 / 24,
    "hours": 1 / 24,
    "minute": 1 / 1440,
    "minutes": 1 / 1440,
    "seconds": 1 / 86400,
}
RATES = {"daily": "day", "nightly": "night", "weekly": "week", "monthly": "month", "quarterly": "quarter"}
RATES |= {"biweekly": "week", "hourly": "hour"}
_UNCHECKED_RATE = "year"
"""A yearly rate ("130 students a year", "annual sales") is a measure more often than how often something
was done, and is read with the numbers, not as a frequency."""
UNIVERSAL = frozenset({"every", "all", "entire", "whole", "always"})
_PLACES_OF_WORK = frozenset(
    {
        "site",
        "sites",
        "unit",
        "units",
        "location",
        "locations",
        "store",
        "stores",
        "state",
        "states",
        "region",
        "regions",
        "country",
        "countries",
        "facility",
        "facilities",
        "branch",
        "branches",
        "campus",
        "campuses",
        "hospital",
        "hospitals",
        "plant",
        "plants",
        "property",
        "properties",
        "restaurant",
        "restaurants",
        "market",
        "markets",
        "office",
        "offices",
        "clinic",
        "clinics",
        "school",
        "schools",
        "warehouse",
        "warehouses",
    }
)
_OFFSET = frozenset(
    {"ahead", "early", "earlier", "later", "before", "after", "ago", "sooner", "late", "behind"}
)
_SPAN_BEFORE = frozenset(
    {"in", "within", "under", "inside", "after", "over", "for", "during", "than", "just", "only"}
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "single": 1}
_OWNERS = ("the", "my", "his", "her", "their", "our")
_FRACTION_BEFORE = frozenset(
    {"by", "nearly", "almost", "about", "roughly", "around", "over", "than", "under", "some", "just", "only"}
) | {"of"}
RATE_UNITS = frozenset({"day", "week", "month", "quarter"})
_HEDGED = frozenset(
    {"over", "more", "than", "nearly", "almost", "about", "roughly", "around", "just", "under"}
)


def _changed_by(toks: list[str], i: int) -> bool:
    """The count at `i` follows "by", hedges between ("by over three quarters"): the size of a change."""
    j = i - 1
    while j >= 0 and toks[j] in _HEDGED:
        j -= 1
    return j >= 0 and toks[j] == "by" and j < i - 1


_LEVEL_BEFORE = frozenset({"to", "from", "at"})
"""Before "under 5 days": the level a measure reached, not how long the work took."""


_DETERMINERS = frozenset({"of", "the", "a", "an", "our", "my", "its", "their", "his", "her", "this", "these"})


def _object(toks: list[str], start: int) -> str:
    """What a universal quantifies ("every inpatient unit" → "inpatient"), stemmed: "each visit" restates
    "every visit", not "the entire agency"."""
    for word in toks[start : start + 4]:
        if word.isalpha() and word not in _DETERMINERS:
            return stem(word)
    return ""


def _unit_at(toks: list[str], i: int) -> tuple[str, int] | None:
    """A time unit at token i ("school year" counts as a year), with the tokens it spans."""
    school = i < len(toks) and toks[i] in ("school", "fiscal", "calendar", "academic")
    if school and i + 1 < len(toks) and toks[i + 1] in TIME_DAYS:
        return toks[i + 1], 2
    if i < len(toks) and toks[i] in TIME_DAYS:
        return toks[i], 1
    return None


def _value(word: str) -> float | None:
    lex = lexicon()
    if word in _COUNTS:
        return float(_COUNTS[word])
    if word in lex.units:
        return float(lex.units[word])
    try:
        return float(word)
    except ValueError:
        return None


def _months(count: float, unit: str) -> str:
    days = count * TIME_DAYS[unit]
    return f"{days:g}d" if days < 28 else f"{round(days / 30.4, 1):g}m"  # 6 weeks is 1.4 months, no 1


OWNERS_OF_WORK = frozenset(
    {
        "company",
        "firm",
        "organization",
        "organisation",
        "enterprise",
        "department",
        "division",
        "branch",
        "group",
        "network",
        "county",
        "district",
        "region",
        "executive",
        "executives",
        "leadership",
    }
)
"""Units of an organisation whose work a sentence may say it did ("the company's forecast", "for the
restaurant group", "to senior leadership"): the scope the work covered or reached."""
OWNER = "scope:owner:"
POSSESSOR = "scope:possessor:"
"""Any other owner a possessive names ("the utility's manual"): the job must name it somewhere."""


_NOUNS = "|".join(sorted(OWNERS_OF_WORK))
_OWNED = re.compile(
    rf"\b({_NOUNS})(?:\s+[a-z]+)?['’]s\b"
    rf"|\bthe\s+([a-z][a-z-]+)['’]s\b"
    rf"|\b(?:for|to|across|throughout)\s+(?:the\s+|our\s+|its\s+)?(?:(?!and\b|or\b|with\b|of\b)[\w-]+\s+){{0,2}}?({_NOUNS})\b",
    re.IGNORECASE,
)


def owners(sentence: str) -> list[tuple[str, str]]:
    """Units of an organisation a sentence does its work for or reports to, by structure: a possessive
    ("the firm's practice", "the executive team's plan", any "the library's handbook") or after for/to/across/throughout and at most two modifiers ("to the
    executive team", "for the restaurant group"); not one coordinated with another ("for sales and
    the company")."""
    return [
        (
            f"{POSSESSOR}{m.group(2).lower()}"
            if m.group(2)
            else f"{OWNER}{stem((m.group(1) or m.group(3)).lower())}",
            m.group(0),
        )
        for m in _OWNED.finditer(sentence)
    ]


PER_YEAR = {"week": 52.0, "month": 12.0, "quarter": 4.0, "year": 1.0}
"""Periods an amount is restated per ("$40K a month" is "$480K a year")."""
_DAYS_PER_YEAR = (260.0, 365.0)
"""A day's share of a year: five working days a week, or seven ("52 a week" is "about ten a day")."""
_PERIOD_WORDS = {"weekly": "week", "monthly": "month", "quarterly": "quarter", "annually": "year"}
_PERIOD_WORDS |= {"yearly": "year", "annual": "year", "annualized": "year", "daily": "day"}


def per_year(period: str) -> tuple[float, ...]:
    """How many of a period a year holds (a day: a working day or any day), or () for no period."""
    return _DAYS_PER_YEAR if period == "day" else (PER_YEAR[period],) if period in PER_YEAR else ()


def period(toks: list[str]) -> str:
    """The period a sentence's amounts are given per ("a year", "per month", "monthly"), or ""."""
    for i, word in enumerate(toks):
        if word in _PERIOD_WORDS:
            return _PERIOD_WORDS[word]
        nxt = toks[i + 1].rstrip("s") if i + 1 < len(toks) else ""
        if word in ("a", "an", "per", "each", "every") and (nxt in PER_YEAR or nxt == "day"):
            return nxt
    return ""


def extent_families(toks: list[str]) -> list[tuple[str, str]]:
    """(family, the words that make it) for each claim of extent in a token list."""
    lex = lexicon()
    text = f" {' '.join(toks)} "
    out: list[tuple[str, str]] = []
    for i, word in enumerate(toks):
        if word in RATES:
            out.append((f"frequency:{RATES[word]}", word))
            continue
        unit = _unit_at(toks, i + 1)
        if unit and unit[0].rstrip("s") == _UNCHECKED_RATE and word in ("per", "every", "each", "a", "an"):
            continue
        if word == "per" and toks[i + 1 : i + 2] == ["second"]:
            out.append(("frequency:second", "per second"))  # "a second" alone is mostly an ordinal
            continue
        if word in ("per", "every", "each") and unit:
            out.append((f"frequency:{unit[0].rstrip('s')}", f"{word} {unit[0]}"))
            continue
        counted = _unit_at(toks, i + 2) if i + 1 < len(toks) else None
        if word == "every" and counted and (toks[i + 1] == "other" or _value(toks[i + 1]) is not None):
            out.append(
                (f"frequency:{counted[0].rstrip('s')}", " ".join(toks[i : i + 3]))
            )  # "every two weeks"
            continue
        offset = unit is not None and (
            (i + 1 + unit[1] < len(toks) and toks[i + 1 + unit[1]] in _OFFSET)
            or toks[i + 1 + unit[1] : i + 3 + unit[1]] == ["in", "advance"]
        )  # "a week later", "a month in advance": how far before, not how often
        fraction = (
            unit is not None
            and unit[0] == "quarter"
            and ((toks[i - 1 : i] and toks[i - 1] in _FRACTION_BEFORE) or toks[i + 2 : i + 3] == ["of"])
        )
        if fraction:
            continue  # "by a quarter", "nearly a quarter of": a share, not how often
        if word in ("a", "an") and unit and not offset and i > 0 and toks[i - 1] not in _SPAN_BEFORE:
            out.append((f"frequency:{unit[0].rstrip('s')}", f"{word} {unit[0]}"))  # "130 students a year"
            continue
        if word == "end" and i > 0 and toks[i - 1] in RATE_UNITS:
            out.append((f"frequency:{toks[i - 1]}", f"{toks[i - 1]} end"))  # a month-end close is monthly
            continue
        if word == "each" and i + 1 < len(toks) and toks[i + 1].isalpha() and not unit:
            out.append((f"scope:each:{_object(toks, i + 1)}", word))  # supports "every", claims nothing
        elif word in UNIVERSAL and (not unit or (word == "all" and toks[i - 1 : i] == ["across"])):
            if i + 1 < len(toks) and _value(toks[i + 1]) is not None and toks[i + 1] not in ("a", "an"):
                out.append(
                    (f"scope:each:{_object(toks, i + 2)}", word)
                )  # "all 6 staff": a count, and all of them
                continue
            out.append((f"scope:universal:{_object(toks, i + 1)}", word))
        elif word in ("multi", "multiple") and i + 1 < len(toks) and toks[i + 1] in _PLACES_OF_WORK:
            out.append(
                ("scope:multi", f"{word} {toks[i + 1]}")
            )  # "multi-site", "multi-unit", "multiple stores"
        elif word == "wide" and i > 0 and toks[i - 1].isalpha() and toks[i - 1] not in ("a", "the", "very"):
            out.append(("scope:wide", f"{toks[i - 1]} wide"))  # "campus-wide", "hospital-wide"
        elif len(word) > 6 and word.endswith("wide") and word.isalpha():
            out.append(("scope:wide", f"{word[:-4]} wide"))  # written solid: "districtwide", "systemwide"
    for i, word in enumerate(toks):
        count = _value(word)
        if (
            count is None
            and word == "first"
            and i >= 2
            and toks[i - 1] in _OWNERS
            and toks[i - 2] in _SPAN_BEFORE
        ):
            count = 1.0  # "within the first month", "in her first year": a span of one unit
        if count is None or i == 0:
            continue
        at = i + 2 if toks[i + 1 : i + 2] == ["single"] else i + 1
        unit = _unit_at(toks, at)
        if unit is None:
            continue
        name, size = unit
        end = at + size
        if toks[end : end + 3] == ["and", "a", "half"]:
            count, end = count + 0.5, end + 3  # "a year and a half"
        after = toks[end] if end < len(toks) else ""
        if name.startswith("quarter") and after == "of":
            continue  # "for a quarter of the patients", "three-quarters of": a share, no length of time
        if name.startswith("quarter") and _changed_by(toks, i):
            continue  # "cut waits by over three quarters": a share of the change, no length of time
        if toks[end : end + 2] == ["in", "advance"]:
            after = "ahead"
        if after in ("early", "ahead", "sooner"):
            out.append(("outcome:schedule", " ".join(toks[i : end + 1])))  # "one week early"
            continue
        if after in _OFFSET or (TIME_DAYS[name] >= 365 and count > 1):
            continue  # "a week later" is no duration; "over 7 years" is tenure, read with the jobs' years
        start = i - 1
        while start > 0 and toks[start] in ("just", "only", "less", "than", "a", "first", *_OWNERS):
            start -= 1
        level = start > 0 and toks[start - 1] in _LEVEL_BEFORE  # "cut it to under 5 days": where it ended
        if toks[start] in _SPAN_BEFORE and not level and not (word in ("a", "an") and toks[i - 1] == "than"):
            out.append((f"duration:{_months(count, name)}", " ".join(toks[start:end])))
    if " around the clock " in text:
        out.append(("scope:clock", "around the clock"))  # cover at all hours, said by the source or not
    for phrase_ in lex.outcomes:
        if f" {phrase_} " in text:
            out.append(("outcome:schedule", phrase_))
    return out
