"""An amount per week, month or year restated per day (five working days a week, or seven) is the same
fact; the same restatement with another figure is not (claims._per, extent.per_year)."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept, one_job

ACTS = (("Packed", "orders"), ("Answered", "tenant calls"), ("Inspected", "welds"))
WEEKLY = (35, 50, 70, 140)


def _source(source: str) -> Resume:
    return one_job(source, "Lakeside Supply", "Associate", "2021-03", "Kept the stockroom in order")


@pytest.mark.parametrize(("verb", "obj"), ACTS)
@pytest.mark.parametrize("weekly", WEEKLY)
@pytest.mark.parametrize("days", [5, 7])
def test_a_weekly_amount_per_day(verb: str, obj: str, weekly: int, days: int) -> None:
    source = _source(f"{verb} {weekly} {obj} a week")
    assert first_bullet_kept(source, f"{verb} about {round(weekly / days)} {obj} a day")
    assert not first_bullet_kept(source, f"{verb} about {round(weekly / days) * 3} {obj} a day")


@pytest.mark.parametrize(("verb", "obj"), ACTS)
@pytest.mark.parametrize("daily", [8, 20, 40])
def test_a_daily_amount_per_week_and_year(verb: str, obj: str, daily: int) -> None:
    source = _source(f"{verb} {daily} {obj} per day")
    assert first_bullet_kept(source, f"{verb} {daily * 5} {obj} a week")
    assert first_bullet_kept(source, f"{verb} over {daily * 250:,} {obj} a year")
    assert not first_bullet_kept(source, f"{verb} {daily * 12} {obj} a week")
