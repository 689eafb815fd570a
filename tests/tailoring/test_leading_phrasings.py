"""Leading in the phrasings models use (round 17): "took charge of", "took ownership of", "championed",
"spearheaded", "built and led", "ran the crew", "ran a team of", "mentored a team of". Each is a lie where
the source says the person only worked on the thing or in the team, and true where the source says they
led it (led, supervised a crew, managed direct reports). Leading is supported only by what the source
says the person led: a team the source only names ("worked in a team of 4") leads nobody. Generated over
six domains no other part uses."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

TASKS = {
    # (employer, the task as a noun phrase, the task as an -ing phrase)
    "piano tuning": (
        "Keys & Strings Ltd",
        "retuning of the recital hall pianos",
        "retuning the recital hall pianos",
    ),
    "bicycle repair": ("Spoke Street Cycles", "rebuild of the rental fleet", "rebuilding the rental fleet"),
    "audiology": ("ClearSound Audiology", "rollout of online hearing tests", "running online hearing tests"),
    "arboriculture": (
        "Green Canopy Tree Care",
        "survey of the city's street trees",
        "surveying street trees",
    ),
    "ferry operations": (
        "Harbor Ferry Company",
        "refit of the car deck ramps",
        "refitting the car deck ramps",
    ),
    "bookbinding": (
        "Oak Leaf Bindery",
        "rebinding of the parish registers",
        "rebinding the parish registers",
    ),
}
OF_A_THING = (
    "Took charge of the",
    "Took ownership of the",
    "Championed the",
    "Spearheaded the",
    "Built and led the",
)
OF_A_TEAM = ("Ran the crew", "Ran a team of 4", "Mentored a team of 4", "Took charge of a crew of 4")
"""Phrasings of leading a thing, and of leading the people doing it."""


def _cases(phrasings: tuple[str, ...]) -> list[object]:
    return [
        pytest.param(*task, said, id=f"{name}-{said}") for name, task in TASKS.items() for said in phrasings
    ]


@pytest.mark.parametrize(("employer", "thing", "doing", "said"), _cases(OF_A_THING))
def test_leading_a_thing(employer: str, thing: str, doing: str, said: str) -> None:
    worked = one_job(f"Worked on the {thing}", employer, "Technician", "2019-02", "Kept logs")
    led = one_job(f"Led the {thing}", employer, "Technician", "2019-02", "Kept logs")
    assert not first_bullet_kept(worked, f"{said} {thing}")
    assert first_bullet_kept(led, f"{said} {thing}")


@pytest.mark.parametrize(("employer", "thing", "doing", "said"), _cases(OF_A_TEAM))
def test_leading_the_people(employer: str, thing: str, doing: str, said: str) -> None:
    within = one_job(f"Worked in a team of 4 {doing}", employer, "Technician", "2019-02", "Kept logs")
    crew = one_job(f"Supervised a crew of 4 {doing}", employer, "Technician", "2019-02", "Kept logs")
    assert not first_bullet_kept(within, f"{said} {doing}")
    assert first_bullet_kept(crew, f"{said} {doing}")
