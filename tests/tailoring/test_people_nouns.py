"""People the guard must know as people, in every trade: managing or running them leads, working beside
them does not, and managing a thing is a task. Written before the rule, over people nouns of kitchens,
bars, breweries, docks, building sites, warehouses, farms, care homes, ships and pools (plural, and as a
two-word compound), each with a twin the source supports: people managed may be said supervised or led."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

PEOPLE = (
    ("brewers", "the brewhouse floor"),
    ("line cooks", "the dinner service"),
    ("sous chefs", "the banquet menu"),
    ("baristas", "the morning rush"),
    ("waiters", "the terrace"),
    ("dishwashers", "the night shift"),
    ("lashers", "the quayside"),
    ("riggers", "the crane lifts"),
    ("deckhands", "the ferry crossings"),
    ("pickers", "the peak season"),
    ("packers", "the dispatch line"),
    ("porters", "the hospital wards"),
    ("housekeepers", "the guest floors"),
    ("labourers", "the groundworks"),
    ("masons", "the chapel restoration"),
    ("roofers", "the school re-roof"),
    ("bakers", "the early shift"),
    ("butchers", "the meat counter"),
    ("caregivers", "the memory care wing"),
    ("lifeguards", "the summer season"),
)
"""(people, where they worked): none is a title or a tool."""

THINGS = ("containers", "pallets", "ledgers", "orders", "printers", "filters")
"""Plural things that are no people: managing them is a task."""


@pytest.mark.parametrize(("people", "where"), PEOPLE)
def test_managing_or_running_people_leads(people: str, where: str) -> None:
    source = one_job(
        f"Worked alongside the {people} on {where}", "Harbour Works", "Shift Worker", "2019-01", "x"
    )
    assert first_bullet_kept(source, f"Worked with the {people} on {where}")
    for lie in (f"Managed the {people} on {where}", f"Ran the {people} on {where}"):
        assert not first_bullet_kept(source, lie), lie


@pytest.mark.parametrize(("people", "where"), PEOPLE)
def test_people_managed_may_be_said_led(people: str, where: str) -> None:
    source = one_job(f"Managed 3 {people} on {where}", "Harbour Works", "Shift Worker", "2019-01", "x")
    assert first_bullet_kept(source, f"Supervised 3 {people} on {where}")
    assert first_bullet_kept(source, f"Led three {people} on {where}")
    assert not first_bullet_kept(source, f"Managed 5 {people} on {where}")


@pytest.mark.parametrize("thing", THINGS)
def test_managing_a_thing_is_a_task(thing: str) -> None:
    source = one_job(
        f"Handled the {thing} for the night shift", "Harbour Works", "Shift Worker", "2019-01", "x"
    )
    assert first_bullet_kept(source, f"Managed the {thing} for the night shift")
