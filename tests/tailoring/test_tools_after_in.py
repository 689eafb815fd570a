"""A lower-case tool after "in" ("deployed the services in kubernetes"): a claim where the word is a known
tool's name the resume never names, true where the person lists it, and ordinary words after "in" ("in
detail", "in person") stay words. Generated over six domains, each with its own tool and ordinary phrase."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

CASES = (
    # (a bullet, a known tool the job might ask for, its spelling in a skills list, an ordinary "in" phrase)
    ("Deployed the billing services for the checkout", "kubernetes", "Kubernetes", "in stages"),
    ("Wrote the month-end sales reports", "tableau", "Tableau", "in person"),
    ("Reconciled the supplier ledgers each month", "quickbooks", "QuickBooks", "in full"),
    ("Tracked the donor pledges for the spring appeal", "salesforce", "Salesforce", "in detail"),
    ("Logged the ward's equipment faults", "jira", "Jira", "in time"),
    ("Kept the stock counts for the warehouse", "excel", "Excel", "in bulk"),
)


def _resume(bullet: str, listed: str | None) -> Resume:
    job = {
        "name": "Harbor Works",
        "position": "Coordinator",
        "startDate": "2019-01",
        "highlights": [bullet, "Kept logs"],
    }
    skills = [{"name": "Tools", "keywords": [listed]}] if listed else []
    return Resume.model_validate({"basics": {"name": "A. Person"}, "work": [job], "skills": skills})


@pytest.mark.parametrize(("bullet", "tool", "listed", "ordinary"), CASES)
def test_a_known_tool_after_in(bullet: str, tool: str, listed: str, ordinary: str) -> None:
    assert not first_bullet_kept(_resume(bullet, None), f"{bullet} in {tool}")
    assert first_bullet_kept(_resume(bullet, listed), f"{bullet} in {tool}")
    assert first_bullet_kept(_resume(bullet, None), f"{bullet} {ordinary}")
