"""What a rewrite adds around a faithful fact (tailoring/clauses.py) and the readings round it.

Each case is one rewrite of a bullet (or, with no bullet, of the summary) of the generated part's
resumes, judged by the whole guard: kept as written, or reverted. Faithful restatements on one side,
added consequences, members, sentences and certifications on the other: one rule each, both ways.
"""

from __future__ import annotations

import pytest

from resume_api.tailoring import clauses
from resume_api.tailoring.extent import extent_families
from resume_api.tailoring.wording import tokens
from tests.tailoring.claims_eval import FAITHFUL, Case, judge

CASES = [
    # consequences: said by the resume, or not
    ("accounting", 0, "Automated vendor matching in NetSuite, reducing invoice processing time by 30%", True),
    (
        "accounting",
        0,
        "Reduced invoice processing time by 30% by automating vendor matching, which improved team morale",
        False,
    ),
    (
        "support",
        4,
        "Built a help center of 120 articles with the product team, resulting in higher client retention",
        False,
    ),
    (
        "retail",
        0,
        "Increased annual store sales by 12% by reworking the floor layout, and the layout was rolled out to the other stores",
        False,
    ),
    (
        "accounting",
        3,
        "Resolved vendor payment discrepancies worth $1.2M by auditing duplicate invoices and recovered the full amount",
        False,
    ),
    (
        "manufacturing",
        1,
        "Increased throughput of the anodizing cell from 340 to 410 parts per shift without adding headcount",
        False,
    ),
    (
        "support",
        0,
        "Reduced average first response time by 35% with Zendesk triage rules, lifting CSAT scores on the billing queue",
        False,
    ),
    # a list member, and a list that ends where a clause begins
    (
        "manufacturing",
        0,
        "Reduced scrap by 22% by redesigning fixture setups for both the CNC machining line and the stamping line",
        False,
    ),
    (
        "accounting",
        0,
        "Automated vendor matching in NetSuite across 3 regional offices, cutting invoice processing time 30%",
        True,
    ),
    # a sentence a summary adds whole
    (
        None,
        None,
        "Store manager with 10 years in specialty retail. Known for turning around underperforming teams.",
        False,
    ),
    (
        None,
        None,
        "Store manager with ten years in specialty retail, focused on sales growth, inventory control and coaching associates.",
        True,
    ),
    # times, shares and quantifiers
    (
        "accounting",
        2,
        "Standardized journal entry templates, shortening the monthly close from 8 days to 5",
        True,
    ),
    ("social work", 3, "Reduced no-show rates by a quarter with text message reminders", True),
    ("social work", 2, "Completed biweekly home visits and safety assessments", True),
    (
        "social work",
        4,
        "Documented case notes in the state child welfare system within 48 hours of each visit for the entire agency",
        False,
    ),
    ("accounting", 4, "Trained 4 new AP clerks on the expense policy within the first month", False),
    # certifications where the source speaks of certification
    ("analytics", 0, "Built 14 Tableau dashboards for the claims team, certified in SQL", False),
    (
        "analytics",
        1,
        "Reduced weekly reporting time by 60% by automating SQL extracts in Python; holds the Google Data Analytics credential",
        False,
    ),
    # a title's words, a name's words, a size that is no partner
    ("retail", 1, "Managed a staff of 18 sales associates on 2 shifts at the $4.5M flagship store", True),
    ("support", 2, "Ran a two-week shadowing program to train 9 new agents", True),
    (
        None,
        None,
        "Support lead with 5 years of SaaS support, agent training and ticket triage. Precise in writing and calm with frustrated customers.",
        True,
    ),
]
DOMAIN_OF_SUMMARY = {
    "Store manager": "retail",
    "Support lead": "support",
}


@pytest.mark.parametrize(("domain", "bullet", "rewrite", "kept"), CASES, ids=[c[2][:50] for c in CASES])
def test_one_rule_each_way(domain: str | None, bullet: int | None, rewrite: str, kept: bool) -> None:
    if domain is None:
        domain = next(d for head, d in DOMAIN_OF_SUMMARY.items() if rewrite.startswith(head))
    case = Case(domain, FAITHFUL, rewrite, None if bullet is None else 0, bullet or 0, part="generated")
    assert judge(case) is kept


def test_consequences_are_told_from_lists_and_second_verbs() -> None:
    forms = dict(clauses.consequences("Supervised 35 associates, and the county adopted the system"))
    assert forms == {" and the county adopted the system": clauses.CLAUSE}
    assert clauses.consequences("Wrote IEP notes, and precepted new nurses and aides") == [
        ("precepted new nurses and aides", clauses.PREDICATE)
    ]
    assert clauses.consequences("Identified and resolved $1.2M in discrepancies") == []


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("every two weeks", "frequency:week"),
        ("the month-end close", "frequency:month"),
        ("within the first month", "duration:1m"),
        ("within 48 hours", "duration:2d"),
    ],
)
def test_extent_read_from_structure(text: str, family: str) -> None:
    assert family in [name for name, _ in extent_families(tokens(text))]


def test_a_share_is_no_frequency() -> None:
    assert not [name for name, _ in extent_families(tokens("cut no-shows by a quarter")) if "quarter" in name]


SUMMARIES = [
    (
        "hospitality",
        "Sous chef at a busy Italian trattoria who runs the line, trains cooks, and controls food costs.",
    ),
    (
        "marketing",
        "B2B software content marketer who writes, edits, and measures campaigns from start to finish.",
    ),
    (
        "software",
        "Backend engineer specializing in Python services for payments, with a focus on reliability and clean API design. AWS Certified Developer.",
    ),
    (
        "sales",
        "Mid-market SaaS account executive known for hitting quota and building lasting customer relationships.",
    ),
]


@pytest.mark.parametrize(("domain", "summary"), SUMMARIES, ids=[d for d, _ in SUMMARIES])
def test_a_summary_restated_in_a_few_new_words_is_kept(domain: str, summary: str) -> None:
    """One more predicate (', and controls food costs'), an idiom ('from start to finish'), a few new
    words among many the resume says: the hand-written set's resumes."""
    assert judge(Case(domain, FAITHFUL, summary, None, 0))
