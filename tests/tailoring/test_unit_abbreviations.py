"""A source that abbreviates its unit ("48hrs", "30 mins", "2 wks", "6 mos", "4pct", "12pp") states a
count of time, a percent or points, as the word in full does: a rewrite that spells the unit out keeps
the figure. Six domains, glued and spaced abbreviations, the figure in digits, in words and bounded,
each with a lie of another value and one of another unit.
"""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

DOMAINS = {
    # domain: (the source bullet with {u} for the figure and its abbreviated unit, the figure, the
    # abbreviation, the rewrite's frame, the unit in full, the figure in words, another value, another unit)
    "support": (
        "Answered priority tickets within {u} for key accounts",
        48,
        "hrs",
        "Answered priority tickets within {f} for key accounts",
        "hours",
        "forty-eight",
        36,
        "days",
    ),
    "clinic": (
        "Cut triage wait for walk-in patients to {u}",
        30,
        "mins",
        "Cut triage wait for walk-in patients to {f}",
        "minutes",
        "thirty",
        40,
        "hours",
    ),
    "freight": (
        "Shortened the customs clearance cycle to {u} per shipment",
        2,
        "wks",
        "Shortened the customs clearance cycle to {f} per shipment",
        "weeks",
        "two",
        3,
        "months",
    ),
    "bakery": (
        "Ran the seasonal menu trial for {u} across both shops",
        6,
        "mos",
        "Ran the seasonal menu trial for {f} across both shops",
        "months",
        "six",
        8,
        "weeks",
    ),
    "hospital": (
        "Kept 30-day readmissions at {u} across the surgical ward",
        4,
        "pct",
        "Kept 30-day readmissions at {f} across the surgical ward",
        "percent",
        "four",
        6,
        "percentage points",
    ),
    "school": (
        "Raised the maths pass rate by {u} with weekly mock exams",
        12,
        "pp",
        "Raised the maths pass rate by {f} with weekly mock exams",
        "percentage points",
        "twelve",
        15,
        "percent",
    ),
}


def _cases() -> list[object]:
    out: list[object] = []
    for domain, (bullet, value, abbr, frame, unit, words, other, other_unit) in DOMAINS.items():
        for spacing, said in (("glued", f"{value}{abbr}"), ("spaced", f"{value} {abbr}")):
            source = bullet.format(u=said)
            true = {
                "digits": f"{value} {unit}",
                "words": f"{words} {unit}",
                "bounded": f"about {value} {unit}",
            }
            for form, figure in true.items():
                out.append(
                    pytest.param(source, frame.format(f=figure), True, id=f"{domain}-{spacing}-{form}")
                )
            out.append(
                pytest.param(
                    source, frame.format(f=f"{other} {unit}"), False, id=f"{domain}-{spacing}-lie-value"
                )
            )
            out.append(
                pytest.param(
                    source, frame.format(f=f"{value} {other_unit}"), False, id=f"{domain}-{spacing}-lie-unit"
                )
            )
    return out


@pytest.mark.parametrize(("bullet", "rewrite", "true"), _cases())
def test_unit_abbreviations(bullet: str, rewrite: str, true: bool) -> None:
    """The figure with its unit spelled out is kept; another value or another unit is removed."""
    source = one_job(bullet, "Harbour Services", "Coordinator", "2019-01", "Kept the rota for the team")
    assert first_bullet_kept(source, rewrite) == true
