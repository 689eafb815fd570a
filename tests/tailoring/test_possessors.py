"""Whose work it was: "the library's volunteer handbook" restates "the volunteer handbook for the
library", and a possessive may name what the job names anywhere ("the newspaper's" at a paper); an
owner the job never names ("the county's handbook", "the publisher's input system") is refused.
Generated over owners, things and the source's forms."""

from __future__ import annotations

import itertools

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

FACTS = [
    ("Rewrote", "volunteer handbook", "library", "county"),
    ("Refactored", "input system", "studio", "publisher"),
    ("Rewrote", "storm response checklist", "branch", "carrier"),
    ("Updated", "calving protocol", "farm", "co-op"),
]


def _resume(bullet: str, employer: str) -> Resume:
    job = {
        "name": employer,
        "position": "Lead",
        "startDate": "2019-03",
        "highlights": [bullet, "Answered calls"],
    }
    return Resume.model_validate({"basics": {"name": "A. Person"}, "work": [job]})


@pytest.mark.parametrize(("fact", "form"), list(itertools.product(FACTS, ["for the {o}", "at the {o}"])))
def test_a_possessive_owner(fact: tuple[str, str, str, str], form: str) -> None:
    verb, thing, owner, other = fact
    source = _resume(f"{verb} the {thing} {form.format(o=owner)}", "Harbor Works")
    assert first_bullet_kept(source, f"{verb} the {owner}'s {thing}")
    assert not first_bullet_kept(source, f"{verb} the {other}'s {thing}")


def test_an_owner_the_job_names_elsewhere() -> None:
    source = _resume("Updated the paper's style guide with the research desk", "Lakeshore Newspaper Group")
    assert first_bullet_kept(source, "Revised the newspaper's style guide with the research desk")
    assert not first_bullet_kept(source, "Revised the magazine's style guide with the research desk")
