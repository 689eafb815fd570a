"""A rank given as the level of the person's role ("in a director-level role", "a VP-level
position") is a title claim: kept where the source's own titles hold that rank, removed where not.
Generated over ranks, phrasings and domains."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

DOMAINS = [  # (a position without a rank, one with it, a task)
    ("Financial Analyst", "Finance Director", "Built the monthly forecasting model for 14 stores"),
    ("Staff Nurse", "Director of Nursing", "Cared for 6 patients per shift on a 32-bed unit"),
    ("Software Engineer", "Engineering Director", "Cut API latency by 40% with Redis caching"),
    ("Store Associate", "Store Director", "Ran the weekend floor for a 40-person team"),
]
PHRASINGS = [
    "{task} in a {rank}-level role",
    "{task} in a {rank}-level position",
    "In a {rank} level capacity, {low}",
]


def _kept(position: str, task: str, rewrite: str) -> bool:
    source = Resume.model_validate(
        {
            "basics": {"name": "Alex Doe"},
            "work": [{"name": "Acme", "position": position, "highlights": [task]}],
        }
    )
    return first_bullet_kept(source, rewrite)


@pytest.mark.parametrize("phrasing", PHRASINGS)
@pytest.mark.parametrize(("plain", "ranked", "task"), DOMAINS)
def test_a_rank_level_role_needs_the_rank_in_the_sources_titles(
    plain: str, ranked: str, task: str, phrasing: str
) -> None:
    rewrite = phrasing.format(task=task, low=task[0].lower() + task[1:], rank="director")
    assert not _kept(plain, task, rewrite), rewrite
    assert _kept(ranked, task, rewrite), rewrite


@pytest.mark.parametrize("rank", ["entry", "mid", "junior"])
def test_a_level_below_senior_claims_no_rank(rank: str) -> None:
    task = "Built the monthly forecasting model for 14 stores"
    assert _kept("Financial Analyst", task, f"{task} in an {rank}-level role")
