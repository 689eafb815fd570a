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


# Bullets of the hand-written resumes in other words, each faithful; and the same facts with an outcome
# added that the resume does not state (written as a model embellishes, not from a template).
FAITHFUL_BULLETS: dict[str, list[tuple[int, str]]] = {
    "software": [
        (0, "Reduced API latency 40% by introducing Redis caching into the Python checkout service"),
        (1, "Led five engineers through the billing migration from MySQL to PostgreSQL"),
        (2, "Developed fraud detection rules that now process 2 million transactions daily"),
        (3, "Moved the release pipeline to GitHub Actions, which doubled deployment frequency"),
        (4, "Mentored three junior engineers and authored the on-call runbooks"),
    ],
    "finance": [
        (0, "Built a monthly Excel forecasting model covering 14 stores"),
        (1, "Automated reconciliations to shorten the month-end close from 10 to 6 days"),
        (2, "Prepared variance reports for the CFO and the regional managers"),
        (3, "Uncovered $350K in annual savings through reviews of vendor contracts"),
        (4, "Partnered with the audit team on the yearly SOX review"),
    ],
    "nursing": [
        (0, "Provided care to five to six patients per shift on a 32-bed med-surg unit"),
        (1, "Documented assessments and medication administration in Epic"),
        (2, "Served as preceptor for four new graduate nurses during their orientation"),
        (3, "Helped reduce patient falls on the unit by 20% through hourly rounding"),
        (4, "Taught patients and their families about their discharge plans"),
    ],
    "teaching": [
        (0, "Taught science to 120 seventh- and eighth-grade students each year"),
        (1, "Created hands-on lab units covering ecosystems and energy"),
        (
            2,
            "Increased the share of students passing the state science test from 61% to 74%, a 13-point gain",
        ),
        (3, "Led the after-school robotics club"),
        (4, "Planned lessons jointly with the special education team"),
    ],
    "sales": [
        (0, "Generated $1.2M in new ARR in 2023"),
        (1, "Hit 112% of quota in both 2022 and 2023"),
        (2, "Signed 18 new mid-market healthcare accounts"),
        (3, "Managed a Salesforce pipeline of 60 opportunities"),
        (4, "Ran product demos in partnership with solutions engineers"),
    ],
    "trades": [
        (0, "Installed lighting and power systems for 30 commercial tenant fit-outs"),
        (1, "Diagnosed and repaired electrical faults on service calls throughout the county"),
        (2, "Interpreted blueprints and bent conduit up to 4 inches"),
        (3, "Trained two apprentices in safe lockout/tagout procedures"),
        (4, "Completed a 12-week warehouse project a week ahead of schedule"),
    ],
    "marketing": [
        (0, "Grew monthly organic blog visits from 20,000 to 45,000, more than doubling traffic"),
        (1, "Managed an 8,000-subscriber newsletter with a 41% open rate"),
        (2, "Co-wrote case studies with logistics and retail customers"),
        (3, "Oversaw a $90K freelance writing budget"),
        (4, "Collaborated with sales to repurpose webinars as lead magnets"),
    ],
    "logistics": [
        (0, "Led a night shift of 25 associates picking and packing orders"),
        (1, "Improved order accuracy to 99.6% by adding scan checks at packing"),
        (2, "Halved dock-to-stock time from 48 to 24 hours"),
        (3, "Built shift schedules and approved timesheets in Kronos"),
        (4, "Held daily safety huddles, with zero lost-time injuries in 2023"),
    ],
    "hospitality": [
        (0, "Ran the hot line for 180 covers on weekend nights"),
        (1, "Trained six line cooks on the pasta and sauce stations"),
        (2, "Reduced food cost from 34% to 29% by reworking prep lists and portion sizes"),
        (3, "Co-wrote the seasonal menu with the head chef twice yearly"),
        (4, "Maintained an A health-inspection grade for the kitchen"),
    ],
    "data": [
        (0, "Developed a Python churn model that flagged 70% of cancelling subscribers a month in advance"),
        (1, "Partnered with the growth team to run 25 pricing A/B tests"),
        (2, "Used dbt to cut the weekly reporting job from 3 hours to 20 minutes"),
        (3, "Presented model findings to the product and finance teams"),
        (4, "Cleaned and documented 40 data warehouse tables"),
    ],
}

ADDED_OUTCOMES: list[tuple[str, int, str]] = [
    (
        "software",
        0,
        "Cut API latency by 40% by adding Redis caching to the Python checkout service (later adopted by the payments platform team)",
    ),
    (
        "software",
        2,
        "Built fraud detection rules that processed 2 million transactions a day, paving the way for the company's real-time risk engine",
    ),
    (
        "software",
        3,
        "Doubled deployment frequency by moving the release pipeline to GitHub Actions; the approach became the engineering standard",
    ),
    (
        "software",
        4,
        "Mentored 3 junior engineers and wrote the on-call runbooks, and was asked to lead the platform guild",
    ),
    (
        "finance",
        1,
        "Reduced the month-end close from 10 days to 6 days by automating reconciliations — a result presented to the board",
    ),
    (
        "finance",
        3,
        "Identified $350K in annual savings from vendor contract reviews, ultimately funding two new analyst roles",
    ),
    (
        "finance",
        2,
        "Prepared variance reports for the CFO and regional managers, allowing them to reallocate budget mid-year",
    ),
    (
        "nursing",
        2,
        "Precepted 4 new graduate nurses during orientation, all of whom stayed on the unit after their first year",
    ),
    ("nursing", 4, "Educated patients and families on discharge plans, cutting readmissions"),
    (
        "teaching",
        2,
        "Raised the share of students passing the state science test from 61% to 74%, the largest gain in the district",
    ),
    ("teaching", 3, "Ran the after-school robotics club, which reached the state finals"),
    (
        "teaching",
        1,
        "Designed hands-on lab units on ecosystems and energy that other teachers in the district adopted",
    ),
    (
        "sales",
        2,
        "Won 18 new mid-market accounts in the healthcare vertical, opening a new revenue stream for the company",
    ),
    (
        "sales",
        4,
        "Partnered with solutions engineers on product demos that converted at twice the team average",
    ),
    ("sales", 3, "Managed a pipeline of 60 opportunities in Salesforce and trained peers on forecasting"),
    ("trades", 0, "Installed lighting and power for 30 commercial tenant fit-outs with zero callbacks"),
    (
        "trades",
        3,
        "Trained 2 apprentices on safe lockout/tagout procedures; both passed their journeyman exams",
    ),
    (
        "trades",
        1,
        "Troubleshot and repaired faults on service calls across the county, earning repeat business from property managers",
    ),
    (
        "marketing",
        0,
        "Grew organic blog traffic from 20,000 to 45,000 monthly visits, driving a surge in inbound demo requests",
    ),
    (
        "marketing",
        2,
        "Wrote case studies with customers in logistics and retail that sales used to close enterprise deals",
    ),
    (
        "marketing",
        4,
        "Worked with sales to turn webinars into lead magnets, generating hundreds of qualified leads",
    ),
    (
        "logistics",
        1,
        "Raised order accuracy to 99.6% with scan checks at packing, eliminating customer complaints",
    ),
    (
        "logistics",
        2,
        "Cut dock-to-stock time from 48 hours to 24 hours, which let the site absorb peak season without temps",
    ),
    (
        "logistics",
        4,
        "Ran daily safety huddles with zero lost-time injuries in 2023 and received the regional safety award",
    ),
    (
        "hospitality",
        0,
        "Ran the hot line for 180 covers on weekend nights while keeping ticket times under 12 minutes",
    ),
    (
        "hospitality",
        3,
        "Wrote the seasonal menu with the head chef twice a year, drawing coverage in the local press",
    ),
    (
        "hospitality",
        1,
        "Trained 6 line cooks on pasta and sauce stations, two of whom were promoted to sous chef",
    ),
    ("data", 1, "Ran 25 pricing A/B tests with the growth team, lifting average revenue per user"),
    (
        "data",
        3,
        "Presented model results to the product and finance teams, who used them to plan the roadmap",
    ),
    (
        "data",
        4,
        "Cleaned and documented 40 tables in the data warehouse, making self-serve analytics possible",
    ),
]


@pytest.mark.parametrize(
    ("domain", "bullet", "rewrite"),
    [(d, b, t) for d, items in FAITHFUL_BULLETS.items() for b, t in items],
    ids=lambda v: str(v)[:40],
)
def test_a_bullet_in_other_words_is_kept(domain: str, bullet: int, rewrite: str) -> None:
    assert judge(Case(domain, FAITHFUL, rewrite, 0, bullet))


@pytest.mark.parametrize(("domain", "bullet", "rewrite"), ADDED_OUTCOMES, ids=lambda v: str(v)[:40])
def test_an_added_outcome_is_refused(domain: str, bullet: int, rewrite: str) -> None:
    assert not judge(Case(domain, "other", rewrite, 0, bullet))
