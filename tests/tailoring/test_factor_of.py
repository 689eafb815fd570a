"""A change said as "by a factor of N": the multiplier N, as "N-fold" or "N times" is, never a count of N
things. Six domains, the factor in digits and in words, each with a lie of another factor; the source
states the change as its from-to figures.
"""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

DOMAINS = {
    # domain: (the source bullet with its from-to figures, the rewrite's frame, the true factor)
    "gym": ("Raised weekly sign-ups from 40 to 120 with a referral card", "Boosted weekly sign-ups {f}", 3),
    "clinic": ("Cut average triage wait from 30 to 10 minutes", "Cut average triage wait {f}", 3),
    "bakery": ("Grew daily loaf output from 200 to 400 with a second oven", "Grew daily loaf output {f}", 2),
    "library": (
        "Raised monthly e-book loans from 150 to 600 after a catalogue rebuild",
        "Raised monthly e-book loans {f}",
        4,
    ),
    "freight": (
        "Cut damaged pallets from 60 to 20 a month with new wrapping",
        "Cut damaged pallets a month {f}",
        3,
    ),
    "support": (
        "Took resolved tickets per agent from 10 to 20 a day",
        "Lifted resolved tickets per agent a day {f}",
        2,
    ),
}
WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}


def _cases() -> list[object]:
    out: list[object] = []
    for domain, (bullet, frame, factor) in DOMAINS.items():
        for form in (str(factor), WORDS[factor]):
            rewrite = frame.format(f=f"by a factor of {form}")
            out.append(pytest.param(bullet, rewrite, True, id=f"{domain}-{form}"))
        other = WORDS[factor + 1]
        out.append(pytest.param(bullet, frame.format(f=f"by a factor of {other}"), False, id=f"{domain}-lie"))
    return out


@pytest.mark.parametrize(("bullet", "rewrite", "true"), _cases())
def test_by_a_factor_of(bullet: str, rewrite: str, true: bool) -> None:
    """Given a from-to change, 'by a factor of' its ratio is kept and another factor removed."""
    source = one_job(bullet, "Harbour Services", "Coordinator", "2019-01", "Kept the rota for the team")
    assert first_bullet_kept(source, rewrite) == true
