"""A unit of an organisation a rewrite says the work was for or reached ("the company's forecast", "for
the restaurant group", "to senior leadership") must be named by the source sentence it rewrites: work
for one region, one team or one project meeting is not the company's, the group's or the executives'.
Generated both ways over units, phrasings and domains."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

TASKS = [  # (position, the source's task, its object, where the source says it happened)
    ("Financial Analyst", "Built", "the sales forecast", "for the Midwest region"),
    ("Paralegal", "Managed", "discovery", "for 15 commercial cases"),
    ("Sous Chef", "Ran", "banquet production", "for the hotel's ballroom"),
    ("Scientist", "Presented", "screening results", "at monthly project meetings"),
    ("Technician", "Cut", "repeat callbacks by 20%", "on my route"),
]
UNITS = ["company", "firm", "department", "division", "group", "executive team", "leadership"]
CLAIMS = [  # the unit as the scope of the work
    "{verb} {object} for the {unit}",
    "{verb} {object} across the {unit}",
    "{verb} {object} for the whole {unit}",
    "{verb} {object} and reported it to the {unit}",
]
POSSESSIVE = ["{verb} the {unit}'s {bare}", "{verb} the {unit}’s {bare}"]


def _resume(position: str, source: str) -> Resume:
    return Resume.model_validate(
        {
            "basics": {"name": "A. Person"},
            "work": [
                {
                    "name": "Harbor & Pike",
                    "position": position,
                    "startDate": "2019-01",
                    "highlights": [source, "Wrote the weekly status notes"],
                }
            ],
        }
    )


@pytest.mark.parametrize("task", TASKS, ids=[t[0] for t in TASKS])
@pytest.mark.parametrize("unit", UNITS)
def test_a_unit_the_source_does_not_name_is_refused(task: tuple[str, str, str, str], unit: str) -> None:
    position, verb, obj, where = task
    source = _resume(position, f"{verb} {obj} {where}")
    for claim in CLAIMS:
        assert not first_bullet_kept(source, claim.format(verb=verb, object=obj, unit=unit)), claim
    bare = obj.removeprefix("the ")
    for claim in POSSESSIVE:
        assert not first_bullet_kept(source, claim.format(verb=verb, unit=unit, bare=bare)), claim


@pytest.mark.parametrize("task", TASKS, ids=[t[0] for t in TASKS])
@pytest.mark.parametrize("unit", UNITS)
def test_the_unit_the_source_names_is_kept(task: tuple[str, str, str, str], unit: str) -> None:
    """The same rewrites when the source sentence names that unit, in another position ("across the X" is
    a claim of extent of its own, judged by the scope families)."""
    position, verb, obj, _ = task
    source = _resume(position, f"{verb} {obj} with the {unit} every month")
    rewrites = [CLAIMS[0].format(verb=verb, object=obj, unit=unit) + " every month"]
    bare = obj.removeprefix("the ")
    rewrites += [p.format(verb=verb, unit=unit, bare=bare) + " every month" for p in POSSESSIVE]
    for rewrite in rewrites:
        assert first_bullet_kept(source, rewrite), rewrite
