"""A measure restated in another physical unit: "12 miles" as "about 19 km", "500 gallons" as "1,900
liters", "-10 °F" as "-23 °C", "900 kg" as "nearly 2,000 pounds".

A model that writes for another market converts units; the figure changes, the fact does not. The number
rule compares figures within a unit, so a converted figure reads as a new one. Here a figure followed by a
unit of length, mass, volume or temperature is converted to one base unit per dimension and compared with
the measures of the same dimension in the source's sentences: within 3% (or the rounding a hedge such as
"about" allows, 10%), one degree for a temperature. Units of time are the number rule's own (durations).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

LENGTH, MASS, VOLUME, TEMPERATURE = "length", "mass", "volume", "temperature"
_UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("mile", "miles", "mi"), (LENGTH, 1609.344)),
    **dict.fromkeys(("km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"), (LENGTH, 1000.0)),
    **dict.fromkeys(("m", "meter", "meters", "metre", "metres"), (LENGTH, 1.0)),
    **dict.fromkeys(("ft", "foot", "feet"), (LENGTH, 0.3048)),
    **dict.fromkeys(("inch", "inches"), (LENGTH, 0.0254)),
    **dict.fromkeys(("cm", "centimeter", "centimeters", "centimetre", "centimetres"), (LENGTH, 0.01)),
    **dict.fromkeys(("mm", "millimeter", "millimeters", "millimetre", "millimetres"), (LENGTH, 0.001)),
    **dict.fromkeys(("yard", "yards", "yd", "yds"), (LENGTH, 0.9144)),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds"), (MASS, 0.45359237)),
    **dict.fromkeys(("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"), (MASS, 1.0)),
    **dict.fromkeys(("tonne", "tonnes", "metric ton", "metric tons"), (MASS, 1000.0)),
    **dict.fromkeys(("gallon", "gallons", "gal"), (VOLUME, 3.785411784)),
    **dict.fromkeys(("l", "liter", "liters", "litre", "litres"), (VOLUME, 1.0)),
    **dict.fromkeys(("milliliter", "milliliters", "millilitre", "millilitres"), (VOLUME, 0.001)),
    **dict.fromkeys(
        ("cubic meter", "cubic meters", "cubic metre", "cubic metres", "m3", "m³"), (VOLUME, 1000.0)
    ),
    **dict.fromkeys(("cubic foot", "cubic feet", "cu ft"), (VOLUME, 28.316846592)),
    **dict.fromkeys(("cubic yard", "cubic yards", "cu yd"), (VOLUME, 764.554857984)),
    **dict.fromkeys(("°f", "degrees f", "degrees fahrenheit", "fahrenheit", "f"), (TEMPERATURE, -1.0)),
    **dict.fromkeys(("°c", "degrees c", "degrees celsius", "celsius", "c"), (TEMPERATURE, 1.0)),
}
_UNIT_WORDS = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_MEASURE = re.compile(
    rf"(?<![\w.])(?P<sign>[-−–]?)(?P<value>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>{_UNIT_WORDS})(?![\w])",
    re.IGNORECASE,
)
_HEDGES = ("about", "around", "roughly", "nearly", "almost", "approximately", "some", "over", "under")
_BARE_LETTERS = frozenset({"m", "l", "f", "c"})
"""Units of one letter count only glued to their figure or after a degree sign ("5m", "-10 °F")."""


_CURRENCY = "£$€¥"
_MONEY_WORDS = re.compile(
    r"\b(?:budgets?|revenues?|sales|savings|saved|saving|costs?|worth|funding|funds?|grants?|salar(?:y|ies)|"
    r"donations?|profits?|spend|spending|invoices?|invoiced|billing|billed|fees?|prices?|gbp|sterling|"
    r"fundraising|turnover|income|contracts?|deals?|pipeline|payroll|p&l)\b",
    re.IGNORECASE,
)


def _money(text: str, start: int, unit: str) -> bool:
    """A sum of money, not a measure: after a currency sign ("£5m" is five million, not five metres), or
    pounds in a sentence about money ("raised 40,000 pounds in donations")."""
    if text[:start].rstrip()[-1:] in _CURRENCY:
        return True
    return unit in ("pound", "pounds") and _MONEY_WORDS.search(text) is not None


def _base(value: float, unit: str) -> tuple[str, float]:
    dimension, factor = _UNITS[unit]
    if dimension == TEMPERATURE:
        return dimension, (value - 32) * 5 / 9 if factor < 0 else value
    return dimension, value * factor


@lru_cache(maxsize=8192)
def measures(text: str) -> tuple[tuple[float, str, float, bool], ...]:
    """Each figure with a physical unit: (the figure as written, its dimension, its value in the base
    unit, whether a hedge precedes it)."""
    out = []
    for match in _MEASURE.finditer(text):
        unit = match.group("unit").lower()
        gap = text[match.end("value") : match.start("unit")]
        if unit in _BARE_LETTERS and gap:
            continue
        if _money(text, match.start(), unit):
            continue
        figure = float(match.group("value").replace(",", ""))
        signed = -figure if match.group("sign") else figure
        before = text[: match.start()].lower().split()
        hedged = bool(before) and before[-1] in _HEDGES
        dimension, base = _base(signed, unit)
        out.append((figure, dimension, base, hedged))
    return tuple(out)


def _close(dimension: str, claimed: float, actual: float, hedged: bool, step: float) -> bool:
    """Within 3% (10% after a hedge), or within the rounding of the figure as written (`step`: half its
    last significant place, in the base unit: "10 km" for 9.7)."""
    if dimension == TEMPERATURE:
        return abs(claimed - actual) <= 1.0
    share = 0.10 if hedged else 0.03
    return abs(claimed - actual) <= max(share * abs(actual), step)


def _step(figure: float, base: float) -> float:
    digits = f"{figure:g}"
    zeros = len(digits) - len(digits.rstrip("0")) if "." not in digits and "e" not in digits else 0
    return 0.5 * 10**zeros * (abs(base / figure) if figure else 0.0)


_TO = re.compile(r"^\s*(?:down |up )?to\s*$", re.IGNORECASE)
_BY = re.compile(r"\bby(?:\s+(?:" + "|".join(_HEDGES) + r"|more than|less than))?\s*$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def changes(text: str) -> tuple[tuple[str, float, float], ...]:
    """Each change between two measures of one dimension ("from 400 kg to 100 kg"): (dimension, where it
    started, where it ended), in the base unit."""
    found = [m for m in _MEASURE.finditer(text) if not _money(text, m.start(), m.group("unit").lower())]
    out = []
    for a, b in pairwise(found):
        if _TO.match(text[a.end() : b.start()]):
            da, va = _base(float(a.group("value").replace(",", "")), a.group("unit").lower())
            db, vb = _base(float(b.group("value").replace(",", "")), b.group("unit").lower())
            if da == db and da != TEMPERATURE:
                out.append((da, va, vb))
    return tuple(out)


def _by(figure: float, sentence: str) -> bool:
    """The figure is the size of a change ("by 300 kg", "by about 660 pounds")."""
    return any(
        float(m.group("value").replace(",", "")) == figure and _BY.search(sentence[: m.start()])
        for m in _MEASURE.finditer(sentence)
    )


def converted(figure: float, sentence: str, sources: Iterable[str]) -> bool | None:
    """Whether `figure` in `sentence` is a measure one of `sources` states in a unit of its dimension:
    None when it is no measure or no source states one of its dimension (the number rule judges it);
    False when they do and one of its places converts to none ("3,000 meters" for "3,000 feet").
    A change between two measures ("from 400 kg to 100 kg") also states its size (300 kg); a claim of
    the size of a change ("by 300 kg") is that size, never where the change started or ended."""
    mine = [(d, b, h, _step(f, b)) for f, d, b, h in measures(sentence) if f == figure]
    sources = list(sources)
    moved = [(d, abs(a - b), a, b) for text in sources for d, a, b in changes(text)]
    ends = {(d, v) for d, _, a, b in moved for v in (a, b)} if _by(figure, sentence) else set()
    theirs = [(d, b) for text in sources for _, d, b, _ in measures(text) if (d, b) not in ends]
    theirs += [(d, size) for d, size, _, _ in moved]
    relevant = [(d, b, h, s) for d, b, h, s in mine if any(d == dt for dt, _ in theirs)]
    if not relevant:
        return None
    # each place the figure stands must convert: "2,000 pounds (2,000 kg)" repeats it in the wrong unit
    return all(any(d == dt and _close(d, b, bt, h, s) for dt, bt in theirs) for d, b, h, s in relevant)


def degree_sign(name: str, sentence: str) -> bool:
    """A letter that is a temperature's unit ("°C"), not a name or a skill (the C language)."""
    return name.upper() in ("C", "F") and re.search(rf"°\s*{name}\b", sentence) is not None
