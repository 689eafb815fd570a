"""A title the source gives someone else ("wrote the menu with the head chef", "reported to our
CFO") is no evidence that the person held it; a rewrite may still name that other person's title.
Generated both ways over roles, phrasings and domains."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

ROLES = [  # (the person's title, a task, someone else's title in the domain)
    ("Sous Chef", "Ran the hot line for 180 covers", "head chef"),
    ("Staff Nurse", "Cared for 6 patients per shift", "nurse manager"),
    ("Financial Analyst", "Built the monthly forecast model", "CFO"),
    ("Electrician", "Installed lighting for 30 tenant fit-outs", "site superintendent"),
    ("Teacher", "Taught 8th grade science to 120 students", "department head"),
    ("Account Executive", "Closed $1.2M in new revenue", "sales director"),
]
MENTIONS = [  # how the source names the other person's title
    "Worked closely with the {other} on weekly plans",
    "Reported to the {other} every month",
    "Prepared the briefing for our {other}",
    "Covered shifts under the {other}",
]
"""Not covered, by choice: a title coordinated after another phrase ("drafted reports for regional
leads and the CFO") still counts as evidence; reading the source narrowly errs towards keeping."""
OWN_CLAIMS = [  # a rewrite that makes that title the person's own
    "As {other}, {task}",
    "{task} as the {other}",
    "{task} while serving as {other}",
]
KEPT = [  # a rewrite that merges the two facts and keeps the title someone else's
    "{task}; {mention}",
    "{task}, and {mention}",
]


def _resume(position: str, task: str, mention: str) -> Resume:
    return Resume.model_validate(
        {
            "basics": {"name": "Alex Doe"},
            "work": [
                {"name": "Acme", "position": position, "startDate": "2020-01", "highlights": [task, mention]}
            ],
        }
    )


@pytest.mark.parametrize("mention", MENTIONS)
@pytest.mark.parametrize(("position", "task", "other"), ROLES)
def test_a_title_the_source_gives_someone_else_is_not_the_persons(
    position: str, task: str, other: str, mention: str
) -> None:
    source = _resume(position, task, mention.format(other=other))
    for template in OWN_CLAIMS:
        rewrite = template.format(
            other=other, task=task[0].lower() + task[1:] if template[0] != "{" else task
        )
        rewrite = rewrite[0].upper() + rewrite[1:]
        assert not first_bullet_kept(source, rewrite), rewrite
    said = mention.format(other=other)
    for template in KEPT:
        rewrite = template.format(task=task, mention=said[0].lower() + said[1:])
        assert first_bullet_kept(source, rewrite), rewrite
