"""A result stated first with the source's fact as its means ("Raised guest satisfaction by rewriting
the plating sequence") claims the result: the source must say it (clauses.RESULT). The source's own
result led the same way is kept, participles of the result included ("time spent on")."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

CASES = (
    # (the means the source states, its own result, an invented result)
    (
        "Rewrote the plating sequence for seated dinners",
        "Shortened the wait between courses",
        "Raised guest loyalty",
    ),
    (
        "Moved reorder points into the warehouse system",
        "Cut stockouts at the north depot",
        "Boosted picker morale",
    ),
    ("Rebuilt the intake form for new patients", "Reduced time spent on check-in", "Improved clinic ratings"),
)
ING = {"Rewrote": "rewriting", "Moved": "moving", "Rebuilt": "rebuilding"}


@pytest.mark.parametrize(("means", "result", "invented"), CASES)
def test_a_result_led_by_its_means(means: str, result: str, invented: str) -> None:
    source = one_job(means, "Harbor Group", "Supervisor", "2021-06", result)
    verb, rest = means.split(" ", 1)
    by = f"by {ING[verb]} {rest[:1].lower()}{rest[1:]}"
    assert first_bullet_kept(source, f"{result} {by}")
    assert not first_bullet_kept(source, f"{invented} {by}")
