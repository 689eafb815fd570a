"""A scope the source states over all of its places ("at all 4 depots") said as "at every depot" or
"across all depots" is the source's scope, though those phrases read as organisation-wide; the same
phrase over a sentence about one place ("at the Dover depot") is refused. Written before the rule,
over places of their own."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

PLACES = (
    # (work, count, place, plural, one place)
    ("Ran fire drills", 4, "depot", "depots", "the Dover depot"),
    ("Calibrated the scales", 5, "store", "stores", "the Elm Street store"),
    ("Checked the backflow valves", 3, "site", "sites", "the Ridge site"),
    ("Trained the cashiers", 6, "branch", "branches", "the Main Street branch"),
)


@pytest.mark.parametrize(("work", "count", "place", "plural", "one"), PLACES)
def test_every_place_restates_all_of_them(work: str, count: int, place: str, plural: str, one: str) -> None:
    every = one_job(
        f"{work} at all {count} {plural}", "Cobalt Retail", "Operations Lead", "2018-03", "Kept logs"
    )
    assert first_bullet_kept(every, f"{work} at every {place}")
    assert first_bullet_kept(every, f"{work} across all {plural}")
    single = one_job(f"{work} at {one}", "Cobalt Retail", "Operations Lead", "2018-03", "Kept logs")
    assert not first_bullet_kept(single, f"{work} at every {place}")
    assert not first_bullet_kept(single, f"{work} across all {plural}")
