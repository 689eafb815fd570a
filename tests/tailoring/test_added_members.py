"""One more thing the work was done to ("Migrated the billing and payroll systems" where the job migrated
the billing system) is a claim the source does not make; the same sentence naming only what the source
names is kept, and so is a merge of things the job names in two sentences. Written before the rule,
over work of its own."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

OBJECTS = (
    # (verb, what the source names, its head, one more, the rest of the sentence)
    ("Migrated", "billing", "system", "payroll", "to a new vendor"),
    ("Repainted", "lobby", "walls", "stairwell", "over two weekends"),
    ("Audited", "pharmacy", "logs", "narcotics", "every quarter"),
    ("Rewired", "kitchen", "circuits", "garage", "for the new panel"),
)


def _job(bullets: list[str]) -> Resume:
    job = {
        "name": "Ashford Trades",
        "position": "Lead Technician",
        "startDate": "2017-01",
        "highlights": bullets,
    }
    return Resume.model_validate({"basics": {"name": "A. Person"}, "work": [job]})


@pytest.mark.parametrize(("verb", "named", "head", "more", "rest"), OBJECTS)
def test_one_more_object_is_a_claim(verb: str, named: str, head: str, more: str, rest: str) -> None:
    source = _job([f"{verb} the {named} {head} {rest}", "Kept the tool crib in order"])
    assert first_bullet_kept(source, f"{rest[:1].upper()}{rest[1:]}, {verb.lower()} the {named} {head}")
    assert not first_bullet_kept(source, f"{verb} the {named} and {more} {head} {rest}")
    assert not first_bullet_kept(source, f"{verb} the {more} and {named} {head} {rest}")


@pytest.mark.parametrize(("verb", "named", "head", "more", "rest"), OBJECTS)
def test_a_merge_of_what_the_job_names_is_kept(
    verb: str, named: str, head: str, more: str, rest: str
) -> None:
    source = _job([f"{verb} the {named} {head} {rest}", f"{verb} the {more} {head} {rest}"])
    assert first_bullet_kept(source, f"{verb} the {named} and {more} {head} {rest}")
