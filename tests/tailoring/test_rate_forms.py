"""A rate restated: its initials ("110 to 140 units per hour (UPH)"; not "UPM", a rate the source
lacks) and its adverb ("nightly" for "a night", "per night", "every night"; not for "a week").
Generated over counted things and periods."""

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


@pytest.mark.parametrize("said", ["a night", "per night", "every night", "each night"])
def test_nightly_is_a_night(said: str) -> None:
    resume = one_job(
        f"Edited about 15 local news stories {said}",
        "Daily Ledger",
        "Night Editor",
        "2019-04",
        "Wrote headlines",
    )
    assert first_bullet_kept(resume, "Edited roughly 15 local news stories nightly")
    assert not first_bullet_kept(resume, "Edited roughly 15 local news stories weekly")
    weekly = one_job(
        "Edited about 15 local news stories a week", "Daily Ledger", "Editor", "2019-04", "Wrote headlines"
    )
    assert not first_bullet_kept(weekly, "Edited roughly 15 local news stories nightly")


@pytest.mark.parametrize(
    ("said", "right", "wrong"),
    [
        ("per second", "per second", "per minute"),
        ("per minute", "a minute", "per second"),
        ("per hour", "hourly", "per minute"),
        ("a day", "daily", "hourly"),
        ("an hour", "per hour", "per day"),
    ],
)
def test_a_rate_in_its_own_period(said: str, right: str, wrong: str) -> None:
    source = f"Raised throughput from 80 to 110 frames {said}"
    resume = one_job(source, "Northlight Games", "Programmer", "2019-04", "Wrote the save system")
    assert first_bullet_kept(resume, f"Raised throughput from 80 to 110 frames {right}")
    assert not first_bullet_kept(resume, f"Raised throughput from 80 to 110 frames {wrong}")


@pytest.mark.parametrize(("low", "high"), [(3, 5), (40, 60), (110, 140), (8, 12)])
def test_a_change_by_its_difference(low: int, high: int) -> None:
    source = f"Raised the install rate from {low} to {high} arrays per week"
    resume = one_job(source, "SunPath Energy", "Installer", "2019-04", "Mounted racking")
    assert first_bullet_kept(
        resume, f"Raised the install rate by {high - low} arrays per week, from {low} to {high}"
    )
    assert not first_bullet_kept(resume, f"Raised the install rate by {high} arrays per week")
    assert not first_bullet_kept(resume, f"Raised the install rate by {low} arrays per week")
    said = one_job(
        f"Raised the install rate by {high} arrays per week",
        "SunPath Energy",
        "Installer",
        "2019-04",
        "Mounted racking",
    )
    assert first_bullet_kept(said, f"Raised the weekly install rate by {high} arrays")


@pytest.mark.parametrize(("low", "high"), [(40, 60), (8, 12), (20, 30)])
def test_up_to_is_the_highest(low: int, high: int) -> None:
    resume = one_job(
        f"Handled {low} to {high} open files a month", "Keystone", "Adjuster", "2019-04", "Set reserves"
    )
    assert first_bullet_kept(resume, f"Handled up to {high} open files a month")
    assert not first_bullet_kept(resume, f"Handled up to {high + 10} open files a month")
    assert not first_bullet_kept(resume, f"Handled up to {round(high * 1.15)} open files a month")
