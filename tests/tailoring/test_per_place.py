"""A total spread over places ("360 hives across 6 yards") restated per place ("about 60 hives per yard",
"sixty hives a yard") is the source's figure; another figure per place is not. Written before the rule,
over counts and places of their own."""

from __future__ import annotations

import pytest

from tests.tailoring.claims_forms import words
from tests.tailoring.guarded import first_bullet_kept, one_job

SPREADS = (
    # (verb, per place, places, things, place, the word that spreads them)
    ("Inspected", 45, 4, "boilers", "plant", "across"),
    ("Stocked", 80, 5, "vending machines", "campus", "over"),
    ("Tuned", 12, 3, "pianos", "school", "among"),
    ("Audited", 30, 2, "pharmacies", "county", "in"),
)


@pytest.mark.parametrize(("verb", "per", "places", "things", "place", "spread"), SPREADS)
def test_a_total_per_place_is_the_source_figure(
    verb: str, per: int, places: int, things: str, place: str, spread: str
) -> None:
    plural = place + ("es" if place.endswith("s") else "s")
    source = one_job(
        f"{verb} {per * places} {things} {spread} {places} {plural}",
        "Northgate Services",
        "Field Technician",
        "2019-02",
        "Kept the logs",
    )
    assert first_bullet_kept(source, f"{verb} about {per} {things} per {place}")
    assert first_bullet_kept(source, f"{verb} {words(per)} {things} a {place}")
    assert not first_bullet_kept(source, f"{verb} about {per + per // 2 + 5} {things} per {place}")
    assert not first_bullet_kept(source, f"{verb} {words(per + 7)} {things} a {place}")
