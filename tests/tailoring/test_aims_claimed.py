"""A change the source only aims at ("... to cut rework", "aimed at raising ...") is no result the person
had: a rewrite that claims it happened (", cutting rework", ", which cut rework", "Cut rework by ...")
is refused, one that keeps it an aim ("in order to cut rework") is kept; an aim with the figure
reached ("to cut costs by 10%") states the result. Written before the rule, over work of its own."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

AIMS = (
    # (the work, the aim's verb: base, -ing, past; what it changes)
    ("Built a sign-out sheet for the loaner tablets", ("reduce", "reducing", "reduced"), "lost tablets"),
    ("Drew a color code for the boiler valves", ("cut", "cutting", "cut"), "valve mix-ups"),
    ("Rewrote the intake form for new tenants", ("shorten", "shortening", "shortened"), "move-in delays"),
    ("Set up a swap board for weekend shifts", ("lower", "lowering", "lowered"), "unfilled shifts"),
)


@pytest.mark.parametrize(("work", "verb", "thing"), AIMS)
def test_an_aim_is_no_result(work: str, verb: tuple[str, str, str], thing: str) -> None:
    base, ing, past = verb
    for aim in (f"{work} to {base} {thing}", f"{work}, aimed at {ing} {thing}"):
        source = one_job(aim, "Maple Property Group", "Site Coordinator", "2018-05", "Kept the key log")
        assert first_bullet_kept(source, f"{work} in order to {base} {thing}")
        assert not first_bullet_kept(source, f"{work}, {ing} {thing}")
        assert not first_bullet_kept(source, f"{work}, which {past} {thing}")


@pytest.mark.parametrize(("work", "verb", "thing"), AIMS)
def test_an_aim_with_its_figure_is_a_result(work: str, verb: tuple[str, str, str], thing: str) -> None:
    base, ing, _ = verb
    source = one_job(
        f"{work} to {base} {thing} by 30%", "Maple Property Group", "Site Coordinator", "2018-05", "Kept logs"
    )
    assert first_bullet_kept(source, f"{work}, {ing} {thing} by 30%")
