""" "Across every station" is the universal the source's "on every station" says, not a claim of the
whole organisation; a past verb after "and" opens a second predicate, not a member of the list
("across every station and developed 3 of them"). Both ways: "across every station" from "on most
stations", a member the source never names, and the organisation's own units stay claims."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

OBJECTS = ["station", "shift", "ward", "route", "line"]


@pytest.mark.parametrize("thing", OBJECTS)
@pytest.mark.parametrize("quantifier", ["every", "all", "each"])
def test_across_the_sources_universal(thing: str, quantifier: str) -> None:
    plural = f"{thing}s"
    noun = thing if quantifier != "all" else plural
    source = one_job(
        f"Trained cooks on every {thing} and promoted 3 to lead",
        "Harbor Grill",
        "Chef",
        "2019-04",
        "Ran the pass",
    )
    assert first_bullet_kept(
        source, f"Trained cooks across {quantifier} {noun} and developed 3 of them into leads"
    )
    assert not first_bullet_kept(source, f"Trained cooks across {quantifier} {noun} and every department")
    most = one_job(
        f"Trained cooks on most {plural} and promoted 3 to lead",
        "Harbor Grill",
        "Chef",
        "2019-04",
        "Ran the pass",
    )
    if quantifier != "each":  # "each" is distributive: it widens nothing (claims.EACH)
        assert not first_bullet_kept(
            most, f"Trained cooks across {quantifier} {noun} and developed 3 of them into leads"
        )


def test_the_organisations_units_stay_claims() -> None:
    source = one_job("Trained cooks on every station", "Harbor Grill", "Chef", "2019-04", "Ran the pass")
    for text in (
        "Trained cooks across the company",
        "Trained cooks across all departments",
        "Trained cooks across every site",
    ):
        assert not first_bullet_kept(source, text), text
