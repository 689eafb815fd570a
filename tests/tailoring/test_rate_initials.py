"""A rate's initials restate it: "110 to 140 units per hour (UPH)" says what the source says; initials
of another rate ("UPM", "per minute" nowhere in the source) are a name the source lacks. Generated over
counted things and periods."""

from __future__ import annotations

import itertools

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

THINGS = ["units", "badges", "frames", "cows", "calls"]
PERIODS = ["hour", "second", "day", "shift"]


@pytest.mark.parametrize(("things", "per"), list(itertools.product(THINGS, PERIODS)))
def test_a_rate_and_its_initials(things: str, per: str) -> None:
    source = f"Raised the pick rate from 110 to 140 {things} per {per}"
    resume = one_job(source, "Harbor Works", "Lead", "2019-04", "Answered client calls")
    initials = f"{things[0]}P{per[0]}".upper()
    other = next(p for p in ("week", "month", "year") if p[0] != per[0])
    assert first_bullet_kept(resume, f"{source} ({initials})")
    assert first_bullet_kept(resume, f"Raised the pick rate from 110 {initials} to 140 {initials}")
    wrong = f"{things[0]}P{other[0]}".upper()
    assert not first_bullet_kept(resume, f"{source} ({wrong})")
