"""A count written with a thousands comma is no year: "Closed 2,025 claims" is not supported by a job
that started in 2025 or a sentence "in 2025"; "2,000 claims" restates "2000 claims" and "2,000
claims", and a year still restates the source's year. Generated over counts of the years' range."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

VALUES = [1900, 1950, 2000, 2019, 2025, 2100]


def _resume(bullet: str, start: str) -> Resume:
    job = {
        "name": "Keystone Mutual",
        "position": "Adjuster",
        "startDate": start,
        "highlights": [bullet, "Set reserves"],
    }
    return Resume.model_validate({"basics": {"name": "A. Person"}, "work": [job]})


@pytest.mark.parametrize("value", VALUES)
def test_a_count_in_the_years_range(value: int) -> None:
    year = f"{value}-03" if value <= 2025 else "2019-03"
    other = _resume(f"Closed 1,300 property claims in {value if value <= 2025 else 2020}", year)
    assert not first_bullet_kept(other, f"Closed {value:,} property claims")
    for said in (f"{value}", f"{value:,}"):
        same = _resume(f"Closed {said} property claims", "2015-03")
        assert first_bullet_kept(same, f"Closed {value:,} property claims"), said
        assert first_bullet_kept(same, f"Closed {value} property claims"), said


def test_a_year_restates_the_year() -> None:
    source = _resume("Closed 1,300 property claims in 2021", "2019-03")
    assert first_bullet_kept(source, "In 2021, closed 1,300 property claims")
    assert not first_bullet_kept(source, "In 2022, closed 1,300 property claims")


@pytest.mark.parametrize(
    ("before", "after", "said"), [(2000, 4000, "Doubled"), (1950, 5850, "Tripled"), (2100, 1050, "Halved")]
)
def test_counts_in_the_years_range_make_changes(before: int, after: int, said: str) -> None:
    source = _resume(f"Raised batch throughput from {before:,} to {after:,}", "2015-03")
    assert first_bullet_kept(source, f"{said} batch throughput")
    wrong = {"Doubled": "Tripled", "Tripled": "Doubled", "Halved": "Tripled"}[said]
    assert not first_bullet_kept(source, f"{wrong} batch throughput")
