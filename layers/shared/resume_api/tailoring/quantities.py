"""Quantities a sentence asserts, in digits or in words, normalized to values that can be compared.

"12", "twelve" and "a dozen" are the value 12; "$2.4M", "2.4 million" and "2,400,000" are 2.4e6;
"doubled", "2x", "two-fold" and "twice" are the factor 2 ("halved" is 0.5); "millions" or
"six-figure" assert a range of values; "10+ years" or "over a decade" a number of years. The same
function reads the source and the rewrite, so support is a comparison of values, never of words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from resume_api.models.slotted import Frozen
from resume_api.tailoring.lexicon import Lexicon, lexicon
from resume_api.tailoring.wording import STOP, tokens

_ISO_MONTH = re.compile(r"\b((?:19|20)\d{2})-(?:0[1-9]|1[0-2])(?:-\d{2})?\b")
_DIGITS = re.compile(r"(\d+(?:\.\d+)?)(k|m|mm|mn|b|bn|x)?(\+)?")
_DIGITS_UNIT = re.compile(r"(\d+(?:\.\d+)?)(?:st|nd|rd|th|[a-z]{1,3})")
"""A number with a unit or ordinal glued on ("480v", "8th", "3d", "10mg"): the value, the letters dropped."""
_SPAN = re.compile(
    r"\b(\d+(?:\.\d+)?|[a-z]+)-(year|yr|month|week|day|hour|minute|semester|quarter|term|session)s?\b(?!\s+of\b)",
    re.IGNORECASE,
)
"""A hyphenated span used as an adjective ("a 3-year contract", "12-week orientation"): a count, not tenure
(not a fraction of something: "three-quarters of the sites")."""
_ABBREVIATED = re.compile(r"\b(\d+(?:\.\d+)?) ?(hrs?|h|mins?|wks?|mos?|pct|pp)\b\.?", re.IGNORECASE)
_IN_FULL = {
    "h": "hours",
    "hr": "hours",
    "hrs": "hours",
    "min": "minutes",
    "mins": "minutes",
    "wk": "weeks",
    "wks": "weeks",
    "mo": "months",
    "mos": "months",
    "pct": "percent",
    "pp": "points",
}
"""A unit abbreviated after a figure ("48hrs", "30 mins", "6 mos", "4pct", "12pp"): the word in full, so the
figure counts time, a percent or points as "48 hours" does, not bare things."""
_TIME_UNITS = frozenset(
    {
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "quarter",
        "quarters",
        "year",
        "years",
        "shift",
        "shifts",
        "hour",
        "hours",
        "semester",
        "semesters",
        "term",
        "terms",
        "night",
        "nights",
        "session",
        "sessions",
    }
)
_RATE = frozenset({"per", "a", "an", "each", "every"})
_YEARS = frozenset({"year", "years", "yr", "yrs"})
_APPROX = frozenset({"over", "more", "nearly", "almost", "about", "approximately", "around", "roughly", "~"})
_ADJECTIVES = frozenset({"double", "triple", "quadruple"})
"""Multiplier words that, before a noun, name a kind of thing ("double bookings", "triple-net leases")."""
_NOT_NOUNS = frozenset({"the", "that", "its", "their", "our", "his", "her", "what", "a"}) | frozenset(
    {"in", "from", "to", "by", "and", "or", "over"}
)
"""Words after "double" that make it a multiplier of what follows ("double the average", "double in size")."""
_VERB_BEFORE = frozenset({"to", "will", "would", "can", "could", "helped", "help"})
_HALF_TIME = frozenset(
    {"day", "days", "time", "hour", "hours", "year", "years", "marathon", "an", "term", "point"}
)


class Quantity(Frozen):
    __slots__ = ("after", "before", "bound", "high", "in_words", "kind", "plus", "text", "unit", "value")
    kind: str
    """number | factor | range | years"""
    value: float
    high: float
    text: str
    in_words: bool
    plus: bool
    unit: str
    """money | percent | points | time (a count of days, weeks, months, hours) | "" (a count of anything
    else)"""
    bound: str
    """over ("over 500", "more than", "500+") | under ("nearly", "almost") | about ("about", "~") | ""."""
    before: tuple[str, ...]
    """The words between the previous quantity and this one ("to" in "from 62 to 45")."""
    after: str
    """The word after a number: what it counts ("customers" in "40+ customers", "days" in "45 days")."""

    def __init__(
        self,
        kind: str,
        value: float,
        high: float = 0.0,
        text: str = "",
        in_words: bool = False,
        plus: bool = False,
        unit: str = "",
        bound: str = "",
        before: tuple[str, ...] = (),
        after: str = "",
    ) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "high", high)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "in_words", in_words)
        object.__setattr__(self, "plus", plus)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "bound", bound)
        object.__setattr__(self, "before", before)
        object.__setattr__(self, "after", after)

    @property
    def strict(self) -> bool:
        """ "More than 9" and "above 9" are not 9 ("9+" and "over 9 semesters" may be)."""
        return (
            self.bound == "over"
            and not self.plus
            and (self.before[-2:] == ("more", "than") or self.before[-1:] in (("above",), ("exceeding",)))
        )

    @property
    def days(self) -> float:
        """A count of time in days ("48 hours" is 2), 0 for any other count."""
        if self.unit != TIME:
            return 0.0
        word = self.after.removesuffix("long")
        return self.value * _IN_DAYS.get(word, _IN_DAYS.get(word + "s", 0.0))


def _phrase_at(toks: list[str], i: int, table: Mapping[str, object] | frozenset[str]) -> str | None:
    """The longest phrase of `table` that starts at token i."""
    for size in (4, 3, 2, 1):
        candidate = " ".join(toks[i : i + size])
        if len(toks) - i >= size and candidate in table:
            return candidate
    return None


def _words_value(toks: list[str], i: int, lex: Lexicon) -> tuple[float, int] | None:
    """A number in words; "and" joins only after a scale ("two hundred and fifty"): "between thirty and
    forty" are two numbers."""
    total = current = 0.0
    seen = False
    j = i
    while j < len(toks):
        word = toks[j]
        nxt = toks[j + 1] if j + 1 < len(toks) else ""
        if word in lex.units:
            current += lex.units[word]
        elif word == "hundred":
            current = max(current, 1.0) * 100
        elif word in ("thousand", "million", "billion", "trillion"):
            total += max(current, 1.0) * lex.scales[word]
            current = 0.0
        elif word == "dozen":
            current = max(current, 1.0) * 12
        elif (word == "and" and seen and nxt in lex.units and (total or current >= 100)) or (
            word in ("a", "an") and not seen and nxt in lex.scales
        ):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    if toks[j : j + 3] == ["and", "a", "half"]:
        current += 0.5
        j += 3
        if j < len(toks) and toks[j] in ("thousand", "million", "billion", "trillion"):
            total += current * lex.scales[toks[j]]  # "one and a half million"
            current = 0.0
            j += 1
    return total + current, j


_CURRENCY = frozenset({"$", "€", "£", "usd", "eur", "gbp", "dollar", "dollars", "euro", "euros", "pounds"})


def _unit(toks: list[str], start: int, end: int) -> str:
    before = toks[start - 1] if start > 0 else ""
    after = toks[end] if end < len(toks) else ""
    if before in _CURRENCY or after in _CURRENCY:
        return "money"
    if after in ("%", "percent", "pct") or (
        after == "per" and end + 1 < len(toks) and toks[end + 1] == "cent"
    ):
        return "percent"
    if after in ("points", "point", "pts", "pp", "percentage"):
        return "points"
    return ""


TIME = "time"
_DURATIONS = _TIME_UNITS - {
    "year", "years", "shift", "shifts", "semester", "semesters", "term", "terms", "night", "nights",
    "session", "sessions",
} | {"minute", "minutes"}  # fmt: skip
"""Units a count of time is read in (years are tenure, shifts and sessions are counted events)."""
_DURATION_WORDS = _DURATIONS | {f"{u}long" for u in _DURATIONS}
_IN_DAYS = {
    "minutes": 1 / 1440,
    "hours": 1 / 24,
    "days": 1.0,
    "weeks": 7.0,
    "months": 30.44,
    "quarters": 91.3,
}
_QUALIFIED = frozenset({"business", "working", "calendar", "school", "full", "consecutive", "straight"})
_JOINS = frozenset({"to", "and", "or", "from", "between", "down", "up"})


def _counted(toks: list[str], j: int) -> str:
    """The word a count ending before token j counts ("10 business days": days)."""
    nxt = toks[j] if j < len(toks) else ""
    if nxt in _QUALIFIED and j + 1 < len(toks) and toks[j + 1] in _DURATION_WORDS:
        return toks[j + 1]
    return nxt


def _shared_time(found: list[Quantity]) -> list[Quantity]:
    """A count joined to a count of time ("8 to 10 days", "from 12 to 8 weeks", "45 days to 30") counts
    time too."""
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a.kind != "number" or b.kind != "number" or {a.unit, b.unit} != {"", TIME}:
            continue
        between = {t for t in b.before if any(c.isalnum() for c in t)} - _DURATION_WORDS
        timed = a if a.unit == TIME else b
        if between <= _JOINS | _RATE and not timed.after.endswith("long"):  # "2 12-hour shifts" counts shifts
            out[k - 1], out[k] = (
                a.replace(unit=TIME, after=timed.after),
                b.replace(unit=TIME, after=timed.after),
            )
    return out


_OVER = frozenset({"over", "above", "exceeding", "beyond"})
_UNDER = frozenset({"nearly", "almost", "approaching", "under", "below"})
_ABOUT = frozenset({"about", "around", "approximately", "roughly", "~", "circa", "some"})


def _bound(toks: list[str], i: int, plus: bool) -> str:
    if i > 0 and toks[i - 1] in _CURRENCY:
        i -= 1
    before = toks[i - 1] if i > 0 else ""
    two = " ".join(toks[max(0, i - 2) : i])
    if plus or before in _OVER or two in ("more than", "upwards of", "in excess of"):
        return "over"
    if before in _UNDER or two in ("just under", "close to", "less than"):
        return "under"
    if before in _ABOUT:
        return "about"
    return ""


_FRACTIONS = {
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_CHANGE_CONTEXT = frozenset(
    {
        "by",
        "nearly",
        "almost",
        "about",
        "roughly",
        "around",
        "approximately",
        "over",
        "than",
        "in",
        "cut",
        "cutting",
        "reduced",
        "reducing",
        "lowered",
        "grew",
        "increased",
        "raised",
        "boosted",
        "lifted",
        "dropped",
        "fell",
        "rose",
        "shrank",
        "trimmed",
        "up",
        "down",
        "some",
        "just",
        "under",
    }
)


def _fraction_at(toks: list[str], i: int) -> tuple[float, int] | None:
    """A fraction as a percent ("by a third" is 33.3%, "two-thirds of" 66.7%): a count and a fraction word,
    after a word of change or before "of" ("a third site" and "each quarter" are not fractions)."""
    if i + 1 >= len(toks) or toks[i] not in _COUNTS or toks[i + 1] not in _FRACTIONS:
        return None
    count, parts = _COUNTS[toks[i]], _FRACTIONS[toks[i + 1]]
    before = toks[i - 1] if i > 0 else ""
    after = toks[i + 2] if i + 2 < len(toks) else ""
    if count > parts or not (before in _CHANGE_CONTEXT or after == "of"):
        return None
    return count / parts * 100, 2


_BOUND_WORDS = _OVER | _UNDER | _ABOUT | frozenset({"more", "than", "just", "close", "to", "less"})


def _share_of_half(toks: list[str], i: int) -> bool:
    """ "(nearly) half of the patients": a share of a whole, 50%; not a change ("cut by half of", "in
    half") nor a part of a span ("half of the year" is read as time by extent.py)."""
    if toks[i + 1 : i + 2] != ["of"]:
        return False
    j = i
    while j > 0 and toks[j - 1] in _BOUND_WORDS:
        j -= 1
    before = toks[j - 1] if j > 0 else ""
    return before not in _CHANGE_CONTEXT and before not in _CHANGE_VERBS


_CHANGE_VERBS = frozenset({"halved", "cut", "by", "in", "slashed", "reduced", "dropped"})


def _factor_bound(toks: list[str], i: int) -> str:
    """The bound of a multiplier, read past "in", "by" and "a" ("nearly in half", "by more than half")."""
    j = i
    while j > 0 and toks[j - 1] in ("in", "by", "a", "an"):
        j -= 1
    return _bound(toks, j, False)


_RATE_ADVERBS = frozenset({"daily", "weekly", "monthly", "quarterly", "annually", "yearly", "nightly"})


def _rate_at(toks: list[str], i: int, closed: bool = False) -> bool:
    """A rate starts at token i ("a week", "per shift", "daily"): "3 times a day", "3x daily" and "twice a
    month" count how often, they multiply nothing. `closed`: an adverb counts only where no noun follows it
    ("3x quarterly pipeline coverage" multiplies the coverage)."""
    if i >= len(toks):
        return False
    if toks[i] in _RATE and i + 1 < len(toks) and toks[i + 1] in _TIME_UNITS:
        return True
    if toks[i] not in _RATE_ADVERBS:
        return False
    return not closed or i + 1 >= len(toks) or toks[i + 1] in STOP


def quantities(text: str) -> list[Quantity]:
    lex = lexicon()
    spelled = _ABBREVIATED.sub(lambda m: f"{m.group(1)} {_IN_FULL[m.group(2).lower()]}", text or "")
    toks = tokens(_SPAN.sub(r"\1 \2long", _ISO_MONTH.sub(r"\1", spelled)))
    money_context = any(t in lex.money_words for t in toks)
    out: list[Quantity] = []
    starts: list[int] = []

    def add(found: Quantity) -> None:
        out.append(found)
        starts.append(i)

    i = 0
    while i < len(toks):
        word = toks[i]
        idiom = _phrase_at(toks, i, lex.multiplier_idioms)
        magnitude = _phrase_at(toks, i, lex.magnitudes)
        if magnitude and (not idiom or len(magnitude) >= len(idiom)):
            low, high = lex.magnitudes[magnitude]
            figure = magnitude.endswith("figure")
            unit = _unit(toks, i, i + len(magnitude.split())) or ("money" if money_context or figure else "")
            add(Quantity("range", low, high, magnitude, in_words=True, unit=unit))
            i += len(magnitude.split())
            continue
        if idiom:
            i += len(idiom.split())
            continue
        if word in lex.decades:
            back = i - 2 if i > 1 and toks[i - 1] in ("a", "an") else i - 1
            approx = back >= 0 and toks[back] in _APPROX
            bound = _bound(toks, back + 1, False) if back >= 0 else ""
            add(
                Quantity(
                    "years", float(lex.decades[word]), text=word, in_words=True, plus=approx, bound=bound
                )
            )
            i += 1
            continue
        if word in ("twice", "thrice") and _rate_at(toks, i + 1):
            add(
                Quantity("number", lex.multipliers[word], text=word, in_words=True)
            )  # "twice a month": 2 a month
            i += 1
            continue
        if (
            word in _ADJECTIVES
            and i + 1 < len(toks)
            and toks[i + 1].isalpha()
            and toks[i + 1] not in _NOT_NOUNS
            and (i == 0 or toks[i - 1] not in _VERB_BEFORE)  # "to double revenue" doubles it
            and i > 0  # a sentence's first word is its verb: "Double revenue"
        ):
            i += 1  # "double bookings", "double billing": a kind of thing, no multiplier
            continue
        if word in lex.multipliers:
            bound = _factor_bound(toks, i)
            add(
                Quantity(
                    "factor", lex.multipliers[word], text=word, in_words=True, plus=bool(bound), bound=bound
                )
            )
            i += 1
            continue
        if word == "half" and i + 2 < len(toks) and toks[i + 1] in ("a", "an") and toks[i + 2].isalpha():
            scale = lex.scales.get(toks[i + 2])
            value = 0.5 * scale if scale else 0.5  # "half a million"; "half a point" is 0.5 points
            unit = "" if scale else _unit(toks, i, i + 2)
            add(Quantity("number", value, text=" ".join(toks[i : i + 3]), in_words=True, unit=unit))
            i += 3
            continue
        if word == "half" and toks[max(0, i - 2) : i] == ["and", "a"]:
            i += 1  # "a year and a half": part of a span
            continue
        if word == "half" and _share_of_half(toks, i):
            bound = _bound(toks, i, False) or "about"  # "half of" rounds a share, as "a third of" does
            add(Quantity("number", 50.0, text=word, in_words=True, unit="percent", bound=bound))
            i += 1
            continue
        if word == "half" and (i == 0 or toks[i - 1] not in {"first", "second", "back", "front"}):
            if not (i + 1 < len(toks) and toks[i + 1].removesuffix("long") in _HALF_TIME):  # "half-day"
                bound = _factor_bound(toks, i)
                add(Quantity("factor", 0.5, text=word, in_words=True, plus=bool(bound), bound=bound))
            i += 1
            continue
        fraction = _fraction_at(toks, i)
        if fraction is not None:
            value, size = fraction
            bound = _bound(toks, i, False) or "about"  # "a third" rounds a share: 33% is one
            add(
                Quantity(
                    "number",
                    value,
                    text=" ".join(toks[i : i + size]),
                    in_words=True,
                    unit="percent",
                    bound=bound,
                )
            )
            i += size
            continue
        parsed = _value_at(toks, i, lex)
        if parsed is None:
            i += 1
            continue
        value, j, in_words, plus, suffix = parsed
        raw = " ".join(toks[i:j])
        approx = i > 0 and toks[i - 1] in _APPROX
        nxt = toks[j] if j < len(toks) else ""
        if nxt == "+":
            plus, j = True, j + 1
            nxt = toks[j] if j < len(toks) else ""
        after = toks[j + 1] if j + 1 < len(toks) else ""
        rate = (nxt == "times" and _rate_at(toks, j + 1)) or (
            suffix == "x" and _rate_at(toks, j, closed=True)
        )
        if nxt in _YEARS and after in ("over", "on") and j + 2 < len(toks) and toks[j + 2] in _YEARS:
            nxt = ""  # "from 9 to 4 year over year": 4 is a count, the years are a comparison
        factored = toks[max(0, i - 2) : i] == ["factor", "of"]  # "by a factor of three": a multiplier
        if (suffix == "x" or nxt in ("times", "fold", "x") or factored) and not rate:
            bound = _factor_bound(toks, i)
            add(Quantity("factor", value, text=raw, in_words=in_words, plus=bool(bound), bound=bound))
            j += 0 if suffix == "x" or factored else 1
        elif nxt in _YEARS or nxt in lex.decades:
            scale = 10 if nxt in lex.decades else 1
            bound = _bound(toks, i, plus)
            add(
                Quantity(
                    "years", value * scale, text=raw, in_words=in_words, plus=plus or approx, bound=bound
                )
            )
            j += 1
        elif not (in_words and value == 1):
            counted = _counted(toks, j)
            unit = _unit(toks, i, j) or (TIME if counted in _DURATION_WORDS else "")
            bound = _bound(toks, i, plus)
            add(
                Quantity(
                    "number",
                    value,
                    text=raw,
                    in_words=in_words,
                    plus=plus,
                    unit=unit,
                    bound=bound,
                    after=counted,
                )
            )
        i = max(j, i + 1)
    return _shared_time(_with_gaps(out, starts, toks))


def _with_gaps(found: list[Quantity], starts: list[int], toks: list[str]) -> list[Quantity]:
    out = []
    previous_end = 0
    for q, start in zip(found, starts, strict=True):
        out.append(q.replace(before=tuple(toks[previous_end:start][-5:])))  # 5: "more than 4 apart"
        previous_end = start + max(1, len(q.text.split()))
    return out


def _value_at(toks: list[str], i: int, lex: Lexicon) -> tuple[float, int, bool, bool, str] | None:
    """(value, next index, written in words, has +, digit suffix) for a number starting at token i."""
    match = _DIGITS.fullmatch(toks[i])
    glued = None if match else _DIGITS_UNIT.fullmatch(toks[i])
    if glued:
        return float(glued.group(1)), i + 1, False, False, ""
    if match:
        value = float(match.group(1))
        suffix = match.group(2) or ""
        j = i + 1
        if suffix and suffix != "x":
            value *= lex.suffix_scales[suffix]
        elif j < len(toks) and toks[j] in lex.scales:
            value *= lex.scales[toks[j]]
            j += 1
        return value, j, False, bool(match.group(3)), suffix
    words = _words_value(toks, i, lex)
    if words is None:
        return None
    value, j = words
    return value, j, True, False, ""
