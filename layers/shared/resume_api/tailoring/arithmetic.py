"""What a source sentence's numbers imply, so a rewrite may restate them derived but never invent them.

"From 62 to 45 days" also says 17 days and a 27% cut; "from 61% to 74%" says 13 points; "6 tellers
and 3 bankers" says 9 people; "118% of quota" says 18% over it; "from 9 to 4" is more than halved;
"480 claims over 4 weeks" says 120 a week; "from 2 hours to 30 minutes" a 75% cut; "a $2M budget across
4 branches" $500K a branch; "grew revenue 25% to $5M" that it started at $4M.
A derived number is computed from the source's own numbers (pairs of the same unit in one sentence),
and supports a claim only within the claim's rounding: "nearly a third" is not 22%, "nearly
doubling" is not 1.8 to 2.3.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import pairwise

from resume_api.models.slotted import Slotted
from resume_api.tailoring.clauses import change_direction
from resume_api.tailoring.lexicon import lexicon
from resume_api.tailoring.quantities import TIME, Quantity, quantities
from resume_api.tailoring.wording import STOP, stem

CHANGE = "percent change"
"""A relative change between two numbers: supports a percent claim, never a count."""
POINTS = "points"
OTHERS = frozenset({"other", "others", "fellow"})
"""Words after a count that say it leaves the person out ("with 4 other engineers", "five fellow nurses")."""
PEERS = OTHERS | frozenset({"colleagues", "coworkers", "co-workers", "peers", "teammates"})
"""Words after a source's count of the people the person worked beside: the group is one more."""
WINDOWS = {"over": (1.0, 2.0), "under": (0.8, 1.0), "about": (0.9, 1.1), "below": (0.0, 1.0)}
"""The values a bounded claim allows, as shares of its own: "below" is a level under a ceiling ("cut it to
under 5 days"), "under" a value just short of it ("nearly 50%")."""
"""What a bounded claim allows, as multiples of its value: "over 500" is 500 to 1,000; "nearly 50%" is
40% to 50%; "about 300" is within 10%."""


_MONTHS = frozenset(m.lower() for m in lexicon().raw["months"])


def is_year(value: float) -> bool:
    return float(value).is_integer() and 1900 <= value <= 2100


def counted(value: float, text: str) -> bool:
    """A value in the years' range written with a thousands comma ("2,025 claims"): a count, no year."""
    return is_year(value) and f"{int(value):,}" in text


def close(claimed: float, actual: float) -> bool:
    """Equal up to the claim's rounding (half its last digit) and 1% of the actual value."""
    text = f"{claimed:g}"
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return abs(claimed - actual) <= 0.5 * 10**-decimals + 0.01 * abs(actual)


def window(value: float, bound: str) -> tuple[float, float]:
    low, high = WINDOWS.get(bound, (1.0, 1.0))
    return low * value, high * value


def factor_window(value: float, bound: str) -> tuple[float, float]:
    """The ratios a multiplier allows. A cut reads the other way: "more than halved" is a ratio below
    one half, "nearly halved" a little above it."""
    if bound == "":
        return 0.9 * value, 1.1 * value
    if value >= 1:
        return {"over": (value, 2 * value), "under": (0.8 * value, value)}.get(
            bound, (0.9 * value, 1.1 * value)
        )
    return {"over": (value / 2, value), "under": (value, 1.25 * value)}.get(bound, (0.9 * value, 1.1 * value))


class Figures(Slotted):
    """The numbers of one sentence: as stated (value → units), and as implied by pairs of the same unit."""

    __slots__ = (
        "bases",
        "bounded",
        "by_values",
        "counts",
        "derived",
        "differences",
        "durations",
        "endpoints",
        "factors",
        "moved",
        "others",
        "ranges",
        "ratios",
        "shared",
        "spans",
        "stated",
        "tenures",
        "totals",
    )
    stated: dict[float, set[str]]
    derived: list[tuple[float, str]]
    factors: set[float]
    ratios: set[float]
    ranges: set[tuple[float, float, str]]
    durations: set[float]
    """Counts of time, in days ("48 hours" is 2)."""
    bounded: set[float]
    """Values the sentence itself gives as a lower bound ("20+ servers", "more than 20")."""
    others: set[float]
    """Counts of the person's peers ("with 2 other planners"): the group is one more."""
    counts: set[float]
    endpoints: set[float]
    by_values: set[float]
    """Counts a change starts or ends at ("from 3 to 5"), and counts said as a change ("by 5")."""
    differences: set[float]
    """The amounts of its changes ("from 10 to 4 days" changed by 6): no level a measure reached."""
    moved: set[float]
    """The amounts its changes of a time moved, in days ("from 3 hours to 2" is an hour in any unit)."""
    spans: set[tuple[float, float, str]]
    """Ranges given by two figures ("80-100 calls", "between 80 and 100"): (low, high, unit)."""
    totals: list[tuple[float, str, float, float]]
    """Totals the sentence gives over a span ("480 claims over 4 weeks", "$2M in 2023"): (value, unit, the
    span in days, the span's own figure), which say a rate per any period."""
    shared: dict[float, str]
    """Amounts the sentence shares among counted things, and the things, stemmed ("a $2M budget across 4
    branches": 2e6 → branch): the whole is no amount of each."""
    bases: set[float]
    """Wholes the sentence takes a share of ("85% of the 400 residents", "200 of the 250 services"): no
    amount done, so only a claim that states a share itself may name them."""
    tenures: set[float]
    """Years the person states ("4 years designing"), in days: no project's length ("a 12-week rollout")."""
    """Values in the years' range written as counts ("2,000 claims", "2000 claims"), not as years."""

    def __init__(
        self,
        stated: dict[float, set[str]] | None = None,
        derived: list[tuple[float, str]] | None = None,
        factors: set[float] | None = None,
        ratios: set[float] | None = None,
        ranges: set[tuple[float, float, str]] | None = None,
        durations: set[float] | None = None,
        bounded: set[float] | None = None,
    ) -> None:
        self.stated = {} if stated is None else stated
        self.derived = [] if derived is None else derived
        self.factors = set() if factors is None else factors
        self.ratios = set() if ratios is None else ratios
        self.ranges = set() if ranges is None else ranges
        self.durations = set() if durations is None else durations
        self.bounded = set() if bounded is None else bounded
        self.others = set()
        self.counts = set()
        self.endpoints = set()
        self.by_values = set()
        self.differences = set()
        self.moved = set()
        self.spans = set()
        self.tenures = set()
        self.bases = set()
        self.totals = []
        self.shared = {}

    @classmethod
    def of(cls, found: list[Quantity], text: str = "") -> Figures:
        out = cls()
        for q in found:
            if q.kind in ("number", "years"):
                out.stated.setdefault(q.value, set()).add(q.unit)
                if q.days:
                    out.durations.add(q.days)
                elif q.kind == "years":
                    out.durations.add(q.value * 365.25)
                    out.tenures.add(q.value * 365.25)  # "4 years designing": the tenure the person states
                if q.bound == "over":
                    out.bounded.add(q.value)
                if counted(q.value, text) or (q.after.isalpha() and q.after not in STOP | _MONTHS):
                    out.counts.add(q.value)  # "2,000 claims", "2000 claims": not "in 2020"
                if q.after in PEERS:
                    out.others.add(q.value)
                    out.derived.append((q.value + 1, q.unit))  # "with 2 other planners": a group of 3
            elif q.kind == "factor":
                out.factors.add(q.value)
            elif q.kind == "range":
                out.ranges.add((q.value, q.high, q.unit))
        numbers = [
            q
            for q in found
            if q.kind == "number" and q.value > 0 and (not is_year(q.value) or counted(q.value, text))
        ]  # "from 2,000 to 4,000" is a change of counts; "in 2019 and 2020" no sum
        for q in numbers:
            if q.unit == "percent" and q.value > 100:
                out.derived.append((q.value - 100, "percent"))  # "118% of quota" is 18% over it
        changes, shares = _changes(numbers)
        out.bases = {
            whole.value for _, whole in shares if "of" in whole.before
        }  # not "1 in 4 referrals", nor "22 proposals, 14 of them funded": 22 written
        shares += _of_them(numbers, shares)
        for part, whole in shares:
            out.derived.append((part.value / whole.value * 100, "percent"))  # "5 of 7 quarters" is 71%
            out.derived.append((whole.value - part.value, part.unit))  # "18 of 20": all but two
            out.derived += [(v, part.unit) for v in _lowest_terms(part.value, whole.value)]  # "nine in ten"
        out.by_values = {q.value for q in numbers if _words(q.before)[-1:] == ("by",)}  # "by $40K"
        for a, b in changes:
            out.endpoints |= {a.value, b.value}
            first, last = (
                (a.days, b.days) if a.days and b.days else (a.value, b.value)
            )  # "from 2 hours to 30 minutes"
            out.ratios.add(last / first)
            out.derived.append((abs(last - first) / first * 100, CHANGE))
            out.derived.append((abs(b.value - a.value), POINTS if a.unit == "percent" else a.unit))
            if not a.unit:  # "from 72 to 90" on a scale: 18 points
                out.derived.append((abs(b.value - a.value), POINTS))
            out.differences.add(abs(b.value - a.value))
            if a.days and b.days:
                out.moved.add(abs(b.days - a.days))
        for a, b in pairwise(numbers):
            if a.unit == b.unit and a.value < b.value and _spanned(a, b):
                out.spans.add((a.value, b.value, a.unit))
        for a, b in pairwise(numbers):
            between = _words(b.before)
            if a.unit == "percent" and between[:1] == ("percent",):
                between = between[1:]  # "80 percent of the 250 services"
            if (
                a.unit == b.unit == ""
                and len(between) == 2
                and between[1] == "of"
                and between[0].endswith("s")
            ):
                out.derived.append((a.value * b.value, ""))  # "2 shifts of 6 nurses" are 12 nurses
            if a.unit == b.unit == "" and 2 <= len(between) <= 4 and between[-1] in _ACROSS and b.value > 1:
                out.derived.append((a.value / b.value, ""))  # "360 hives across 6 yards": 60 a yard
            if a.unit == "percent" and b.unit != "percent" and between == ("to",) and b.value > 0:
                out.derived += _started(a.value, b, text)  # "grew revenue 25% to $5M": from $4M, by $1M
            if a.unit == "money" and b.unit == "" and 1 <= len(between) <= 4 and between[-1] in _ACROSS:
                out.derived.append((a.value / b.value, "money"))  # "$2M across 4 branches": $500K each
                out.shared[a.value] = stem(b.after)
            if a.unit == "" and b.unit == "money" and 1 <= len(between) <= 3 and between[-1] in _WORTH:
                out.derived.append((b.value / a.value, "money"))  # "45 deals worth $1.35M" average $30K
                out.shared[b.value] = stem(a.after)
            if (
                a.unit == "percent"
                and b.unit in ("", "money")
                and between[:1] == ("of",)
                and set(between[1:]) <= _BASE
            ):
                out.derived.append((a.value * b.value / 100, b.unit))  # "90% of the 40 beds" are 36 beds
                if a.value < 100:
                    out.bases.add(b.value)
                if a.value > 100:
                    out.derived.append(
                        ((a.value - 100) * b.value / 100, b.unit)
                    )  # "112% of a $2M quota": $240K over
        for grouped in _EACH.finditer(text):
            out.derived.append(
                (float(grouped.group(1)) * float(grouped.group(2)), "")
            )  # "4 clinics with 10 staff each"
        for per in _PER_UNIT.finditer(text):
            out.derived.append(
                (_plain(per.group(1)) * _plain(per.group(3)), "")
            )  # "40 cars per sailing on 6 sailings a day": 240 cars a day
        items = _members(text)
        if items:
            out.derived.append((float(items), ""))  # "for Aetna, Cigna and Humana": 3 insurers
        for listed in _ARTICLED.finditer(text):
            out.derived.append(
                (float(len(_ARTICLE.findall(listed.group()))), "")
            )  # "an analyst and a coach": 2
        out.totals = _totals(found, text)
        parted = {(id(part), id(whole)) for part, whole in shares}
        for run in _listed(numbers):
            for i in range(len(run)):
                for j in range(i + 2, len(run) + 1):
                    if any((id(a), id(b)) in parted for a, b in pairwise(run[i:j])):
                        break  # "120 of the 160 accounts" are no 280
                    out.derived.append((sum(q.value for q in run[i:j]), run[0].unit))
        return out

    @property
    def percents(self) -> set[float]:
        return {value for value, units in self.stated.items() if "percent" in units}

    def supports_number(
        self,
        value: float,
        unit: str,
        bound: str,
        strict: bool = False,
        days: float = 0.0,
        derived: bool = True,
        counted: bool = False,
        by: bool = False,
        level: bool = False,
        per_days: float = 0.0,
        each: frozenset[str] = frozenset(),
        share: bool = False,
    ) -> bool:
        """A count, amount or percent the sentence states or implies (a bounded claim: within its window;
        "more than 9", `strict`, not 9). A bounded count of things is no count of time ("45 days" does not
        make "40+ customers"); a count of time may be said in other units (`days`: "48 hours" as "two
        days"). `derived`:
        whether numbers the sentence implies count (sums, differences: only the sentence rewritten).
        `per_days`: the length of the period the claim gives its value per ("a week": 7), which a total
        over a span says divided ("480 claims over 4 weeks" is 120 a week, never 480 a week). `each`: the
        things the claim gives its value per ("per branch"), of which an amount shared among them is none.
        `share`: the claim may name the whole a share is taken of (it is no amount its verb did)."""
        low, high = window(value, bound)

        def inside(actual: float) -> bool:
            return (not strict or actual > value) and low <= actual <= high

        plain = {POINTS, TIME} if bound else {POINTS}
        if by and days and self.moved and not self.by_values:
            return any(close(days, m) for m in self.moved)  # "by an hour" from 3 hours to 2, in any unit
        if bound == "about" and any(
            low_ <= value <= high_ and (unit == unit_ or not unit_) for low_, high_, unit_ in self.spans
        ):
            return True  # "about 90 calls" from "80-100 calls"  # "40+ customers" is no bound "45 days" satisfies
        spread = {
            figure
            for total, _, span, length in self.totals
            if per_days and abs(span - per_days) > 0.1 * per_days
            for figure in (total, length)
        }  # "48 houses over 2 years" is neither 48 nor 2 a year
        for stated, units in self.stated.items():
            if stated in spread or (each and self.shared.get(stated) in each):
                continue  # "$2M across 4 branches" is no $2M per branch
            if stated in self.bases and not share:
                continue  # "85% of the 400 residents" is neither 400 residents nor over 350
            if counted and is_year(stated) and stated not in self.counts:
                continue  # "2,025 claims" is no year the dates say
            if by and stated in self.endpoints and stated not in self.by_values:
                continue  # "raised it by 5" is no restatement of "from 3 to 5": the change is 2
            if is_year(stated) and not unit:
                if stated == value:
                    return True
                continue
            # "30 hours" is no "30 minutes": a count of time is matched in days, below
            read = units - {TIME} if unit == TIME and days else units
            same = (stated == value or (not bound and rounded(value, stated))) and (
                not strict or stated in self.bounded
            )
            matched = same or (bool(bound) and inside(stated))
            if matched and (unit in read or (not unit and read - plain)):
                return True
        if days and any(
            close(days, d) or (bool(bound) and inside_days(d, days, bound, strict)) for d in self.durations
        ):
            return True
        for found, kind in self.derived if derived else ():
            if not _compatible(unit, kind) or (level and found in self.differences and kind != CHANGE):
                continue  # "cut it to 4 days" is where it ended, not by how much
            if days and kind == TIME and self.moved:
                if any(close(days, m) for m in self.moved):
                    return True
                continue  # "1 day" is no difference of hours: the time it moved, in days
            if (close(value, found) and not strict) or (bool(bound) and inside(found)):
                return True
        for total, kind, span, _ in self.totals if derived and per_days else ():
            for length in (per_days, _WORKING_DAY) if per_days == 1.0 else (per_days,):
                rate = total * length / span
                if kind == unit and ((close(value, rate) and not strict) or (bool(bound) and inside(rate))):
                    return True  # "480 claims over 4 weeks": 120 a week, about 520 a year
        if unit == "percent":  # a ratio is implied, so only the sentence rewritten implies it (as `derived`)
            for f in self.factors | (self.ratios if derived else set()):
                change = abs(f - 1) * 100
                if close(value, change) or (bound and low <= change <= high):
                    return True
        return False

    def supports_factor(self, value: float, bound: str) -> bool:
        """A multiplier the sentence states or implies, or the same change stated as a percent."""
        low, high = factor_window(value, bound)
        ratios = self.factors | self.ratios
        if value >= 1:  # "2.5x faster" restates a time cut from 480 to 190 ms
            ratios = ratios | {1 / r for r in self.ratios if r > 0}
        if any(low <= f <= high for f in ratios):
            return True
        percent = abs(value - 1) * 100
        if any(close(percent, v) for v, units in self.stated.items() if "percent" in units):
            return True  # a stated percent may be a level ("112% of quota"), so only the same change
        plow, phigh = factor_window(percent, bound) if bound else (percent, percent)
        if bound and any(
            plow <= v <= phigh
            for v, units in self.stated.items()
            if "percent" in units and v in self.by_values
        ):
            return True  # "nearly doubled" for "by 95%": a change the sentence states, inside the bound
        return any(close(percent, c) or plow <= c <= phigh for c, kind in self.derived if kind == CHANGE)


_HEDGES = frozenset(
    {"over", "more", "than", "nearly", "almost", "about", "around", "roughly", "some", "just"}
)


@lru_cache(maxsize=4096)
def done_wholes(text: str) -> frozenset[float]:
    """The figures a sentence gives as what its leading verb did ("Vaccinated 400 residents", "Collected
    over $4.9M"), where it states no share of its own: no source's whole of a share may support them. A
    whole named any other way ("across 400 residents", "340 of 400", "400 residents, 85% of them") may."""
    found = quantities(text)
    figures = Figures.of(found, text)
    if figures.bases or any(v < 100 for v in figures.percents):
        return frozenset()
    out = set()
    for q in found:
        said = [w for w in _words(q.before) if w not in _HEDGES]
        if q.kind == "number" and len(said) == 1 and said[0] not in _PLACING | _ACROSS | {"of", "with"}:
            out.add(q.value)  # not "across 400 residents", "for 400 residents"
    return frozenset(out)


def rounded(claimed: float, actual: float) -> bool:
    """A figure of a thousand or more written to fewer digits ("$1.2M" for $1.23M, "1,200" for 1,180): two
    significant digits or more and two trailing zeros or more, within half its last digit. "40" for 38
    and "$2M" for $1.6M are other figures."""
    whole = round(claimed)
    if claimed < 1000 or abs(whole - claimed) > 1e-6 * claimed:  # "$4.1M" is 4099999.9999999995
        return False
    digits = str(whole)
    zeros = len(digits) - len(digits.rstrip("0"))
    return zeros >= 2 and len(digits) - zeros >= 2 and abs(claimed - actual) <= 0.5 * 10**zeros


def _spanned(a: Quantity, b: Quantity) -> bool:
    """Two figures that give a range: "80-100", "80 to 100", "between 80 and 100"."""
    between = _words(b.before)
    return (
        not between
        or between in (("to",), ("through",))
        or (between == ("and",) and a.before[-1:] == ("between",))
    )


_EACH = re.compile(
    r"\b(\d+)\s+[a-z]+s\s+(?:with|of|at)\s+(\d+)\s+[a-z]+(?:\s+[a-z]+)?\s+each\b", re.IGNORECASE
)
"""A count of groups of a count each: their product is a total."""
_PER_UNIT = re.compile(
    r"\b(\d[\d,]*(?:\.\d+)?)\s+(?:[a-z-]+\s+){1,3}?(?:per|each|a|an|every)\s+([a-z]+?)s?\b"
    r"[^.;:\d]{0,40}?\b(\d[\d,]*)\s+(?:[a-z-]+\s+){0,2}?\2s?\b",
    re.IGNORECASE,
)
"""A count per unit and the units counted ("14 wheels per shift over 5 shifts"): their product is a total."""


def _plain(figure: str) -> float:
    return float(figure.replace(",", ""))


_MEMBER_SPLIT = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")
_LIST_END_WORDS = re.compile(r"^\s*(?:and|or)\s+", re.IGNORECASE)


_ITEM = r"\b(?:an?|one)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?"
_ARTICLED = re.compile(rf"{_ITEM}(?:,\s+{_ITEM})*,?\s+(?:and|or)\s+{_ITEM}\b", re.IGNORECASE)
"""Things listed one by one, each with its article ("a pharmacist, a technician and a cashier")."""
_ARTICLE = re.compile(r"(?:^|,\s+|\s(?:and|or)\s+)(?:an?|one)\s", re.IGNORECASE)


def _members(text: str) -> int:
    """How many members a list in the text names ("for Millbrook, Ashton and Dale County" is 3): short
    pieces between commas, the last joined by "and" or "or"; 0 when there is no such list."""
    for segment in re.split(r"[;:()]", text):
        pieces = _MEMBER_SPLIT.split(segment)
        if len(pieces) < 2:
            continue
        last = pieces[-1]
        joined = _LIST_END_WORDS.match(last)
        tail = last[joined.end() :] if joined else re.split(r"\s+(?:and|or)\s+", last, maxsplit=1)
        if not joined and (isinstance(tail, list) and len(tail) < 2):
            continue
        final = tail if isinstance(tail, str) else tail[1]
        middle = pieces[1:-1]
        if len(final.split()) > 4 or any(len(p.split()) > 4 or not p.strip() for p in middle):
            continue
        return len(pieces) + (0 if joined else 1)
    return 0


def inside_days(actual: float, days: float, bound: str, strict: bool) -> bool:
    low, high = window(days, bound)
    return (not strict or actual > days) and low <= actual <= high


def _changes(
    numbers: list[Quantity],
) -> tuple[list[tuple[Quantity, Quantity]], list[tuple[Quantity, Quantity]]]:
    """Pairs of numbers a sentence says one became the other, (before, after): "from 62 to 45 days",
    "to 99.6% from 99.1%", "to 45 days, down from 62"; and parts of a whole ("5 of 7 quarters"). Numbers
    merely listed together are neither."""
    out: list[tuple[Quantity, Quantity]] = []
    shares: list[tuple[Quantity, Quantity]] = []
    for a, b in pairwise(numbers):
        if a.unit != b.unit or len(b.before) > 4:
            continue
        if "to" in b.before or {"vs", "versus", "compared"} & set(b.before):
            out.append((a, b))
        elif b.before[-1:] == ("of",) and len(b.before) <= 2:
            shares.append((a, b))
        elif len(b.before) == 2 and b.before[0] == "of" and b.before[1] in _THE and a.value < b.value:
            shares.append((a, b))  # "36 of the 40 beds"
        elif _words(b.before) == ("in",) and a.value < b.value and float(b.value).is_integer():
            shares.append((a, b))  # "1 in 4 referrals" is 25%
        elif "from" in b.before and "to" in a.before:
            out.append((b, a))
    return out, shares


def _of_them(
    numbers: list[Quantity], shares: list[tuple[Quantity, Quantity]]
) -> list[tuple[Quantity, Quantity]]:
    """Parts of the count before them ("22 proposals, 14 of them funded" is 64%; "9 apprentices; 3 of
    whom ..."): a count followed by "of" that no number after it completes."""
    parts = {id(p) for p, _ in shares}
    out = []
    for whole, part in pairwise(numbers):
        if (
            part.after == "of"
            and id(part) not in parts
            and whole.unit == part.unit
            and 0 < part.value < whole.value
        ):
            out.append((part, whole))
    return out


_ACROSS = frozenset({"across", "over", "among", "between", "in", "at"})
"""What spreads a count over places: "360 hives across 6 yards"."""
_THE = frozenset({"the", "its", "their", "our", "all"})
_BASE = _THE | {"a", "an"}
"""Words between a percent and the amount it is a share of ("96% of $5M", "112% of a $2M quota")."""
_WORTH = frozenset({"worth", "totalling", "totaling", "valued"})
"""Words between a count and the amount its things make together ("45 deals worth $1.35M")."""


def _words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words between two numbers, without the currency signs that stand before the second."""
    return tuple(t for t in tokens if any(c.isalnum() for c in t))


def _listed(numbers: list[Quantity]) -> list[list[Quantity]]:
    """Runs of counts (or amounts) listed one after another, which add up: "6 tellers, 3 bankers and
    2 analysts" are 11 people, "38 in 2019 and 41 in 2020" are 79 hires. Counts a clause apart do not:
    "hired 38 engineers and cut time-to-fill to 41 days" says nothing of 79."""
    runs: list[list[Quantity]] = []
    for q in numbers:
        countable = q.unit == "money" or (q.unit in ("", TIME) and float(q.value).is_integer())
        prev = runs[-1][-1] if runs and runs[-1] else None
        if (
            countable
            and prev is not None
            and prev.unit == q.unit
            and (_next_in_list(_words(q.before)) or _elided(prev, q))
        ):
            runs[-1].append(q)
        else:
            runs.append([q] if countable else [])
    return [run for run in runs if len(run) > 1]


_WORD = re.compile(r"[a-z]+")


def _started(percent: float, end: Quantity, text: str) -> list[tuple[float, str]]:
    """Where a change by a percent to a figure started, and by how much it moved ("grew revenue 25% to
    $5M": from $4M, by $1M; "cut overtime 40% to 300 hours": from 500, by 200), the way the sentence's
    words of change say; none where they say no way or both."""
    directions = {change_direction(w) for w in set(_WORD.findall(text.lower()))} - {None}
    if len(directions) != 1:
        return []
    grew = directions == {1}
    if not grew and percent >= 100:
        return []
    start = end.value / (1 + percent / 100) if grew else end.value / (1 - percent / 100)
    return [(start, end.unit), (abs(end.value - start), end.unit)]


_WORKING_DAY = 365.25 / 260
"""A working day's share of the calendar: five days a week ("480 claims over 4 weeks" is 24 a day too)."""
_SPREAD = frozenset({"over", "in", "across", "during", "within"})
"""Words that give a span a total took ("480 claims over 4 weeks", "12 houses in 6 months")."""


def _totals(found: list[Quantity], text: str) -> list[tuple[float, str, float, float]]:
    """Counts and amounts given over a span of time right after them ("480 claims over 4 weeks", "$2M over
    3 years", "1,200 invoices in 2023"): (value, unit, the span in days, the span's figure). The span
    follows the total's noun and one word of spread; anything longer is another clause ("48 releases and
    cut review time over 2 weeks")."""
    out = []
    for a, b in pairwise(found):
        if a.kind != "number" or a.unit not in ("", "money") or a.value <= 0 or a.bound:
            continue
        if is_year(a.value) and not counted(a.value, text):
            continue
        between = _words(b.before)
        if not between or between[-1] not in _SPREAD or len(between) > 4:
            continue
        if len(between) > 1 and between[0] != a.after:
            continue  # the total's own noun, then the spread: "claims over"
        if b.bound and not (b.bound == "over" and between[-1] == "over"):
            continue  # "over 6 months" after a total is the span it took; "in under 6 months" no length
        if b.kind == "years":
            span = b.value * 365.25
        elif b.kind == "number" and b.unit == TIME and b.days:
            span = b.days
        elif b.kind == "number" and is_year(b.value) and not counted(b.value, text) and between[-1] == "in":
            span = 365.25  # "in 2023": a calendar year
        else:
            continue
        out.append((a.value, a.unit, span, b.value))
    return out


def _next_in_list(between: tuple[str, ...]) -> bool:
    """The words between two counts of a list: the first one's noun and a joiner at most ("tellers",
    "bankers and", "new graduate nurses and"); a verb after the joiner starts a clause ("engineers and
    reduced time to fill to"), and two counts with nothing or "to" between are a range."""
    if not between or _RANGE_WORDS & set(between):
        return False  # "25 to 30 accounts", "8-10 patients": a range, no list
    return len(between) <= 2 or (len(between) <= 4 and between[-1] in _LIST_JOINS)


_LIST_JOINS = frozenset({"and", "plus"})
_PLACING = frozenset({"in", "at", "for", "on", "from", "across"})


def _elided(prev: Quantity, q: Quantity) -> bool:
    """A second count whose noun is the first's, said once ("24 students in the morning class and 26 in the
    afternoon class"): the same word of place after each, and "and" before the second. A count with its
    own noun after a clause ("hired 38 engineers and cut time-to-fill to 41 days") is none."""
    between = _words(q.before)
    if q.after not in _PLACING or between[-1:] != ("and",):
        return False
    if len(q.before) >= 5:  # the words kept before a quantity are its last five: the noun may be cut off
        return between[0] == q.after
    return between[:2] == (prev.after, q.after)


_RANGE_WORDS = frozenset({"to", "or", "through"})


def _lowest_terms(part: float, whole: float) -> tuple[float, ...]:
    """A share in lowest terms ("18 of 20" is "9 in 10"), where it is a whole-number share."""
    if part != int(part) or whole != int(whole) or not 0 < part < whole:
        return ()
    k = math.gcd(int(part), int(whole))
    return (part / k, whole / k) if k > 1 else ()


def _compatible(claimed: str, derived: str) -> bool:
    if claimed == "percent":
        return derived in (CHANGE, "percent")
    if claimed == POINTS:
        return derived == POINTS
    return claimed == derived
