"""A count restated with a synonym of what it counts ("140 staff" for "140 employees", "35 customers" for
"35 clients"), in a job whose other bullets share the rewrite's other words: round 20's refusal census
found the hidden parts' refused numbers mostly the job's own value with another counted noun. The number,
its frequency and its leading must tie to the source sentence through the synonym class
(claim_vocabulary "synonyms"); the lies are the same rewrites with another count, place count or period.

Six domains (payroll, a bistro, field sales, roofing, billing support, a hospital laundry), digits and
words. The templates, not the guard, decide the labels.
"""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

DOMAINS: dict[str, tuple[tuple[str, str, str], tuple[str, ...], tuple[str, ...]]] = {
    # domain: ((the counted bullet, two other bullets), faithful rewrites, one-claim lies)
    "payroll": (
        (
            "Handled payroll for 3 branches and 140 employees",
            "Reconciled branch ledgers each month",
            "Prepared branch budgets for the regional office",
        ),
        ("Processed pay for 140 staff across three locations", "Paid 140 workers"),
        ("Paid 150 workers", "Processed pay for 140 staff across four locations"),
    ),
    "bistro": (
        (
            "Seated and served 60 guests on each dinner shift at a harbour bistro",
            "Trained new servers on the wine list",
            "Closed out the till and tips after service",
        ),
        ("Handled 60 patrons per service", "Looked after sixty customers"),
        ("Looked after seventy customers", "Handled 90 patrons per service"),
    ),
    "sales": (
        (
            "Kept 35 clients in the northern territory ordering every quarter",
            "Ran product demos for new accounts",
            "Logged every call in the sales tracker",
        ),
        ("Held 35 customer accounts", "Looked after thirty-five customers"),
        ("Held 45 customer accounts", "Looked after fifty customers"),
    ),
    "roofing": (
        (
            "Coordinated 18 workers on a hospital roofing job",
            "Checked harnesses and anchors before each lift",
            "Ordered membrane and flashing from suppliers",
        ),
        ("Organised a crew of 18 employees", "Organised eighteen staff"),
        ("Organised a crew of 28 employees", "Organised eight staff"),
    ),
    "support": (
        (
            "Answered billing questions from 200 customers a week over chat",
            "Wrote help articles on refunds",
            "Flagged repeat billing faults to the product team",
        ),
        ("Helped 200 clients a week", "Helped two hundred patrons each week"),
        ("Helped 400 clients a week", "Helped two hundred patrons each day"),
    ),
    "laundry": (
        (
            "Supervised 9 staff in the hospital laundry",
            "Scheduled laundry shifts around ward demand",
            "Audited linen stock each week",
        ),
        ("Oversaw nine employees on linen", "Oversaw 9 workers"),
        ("Oversaw 19 workers", "Oversaw eleven employees on linen"),
    ),
}


def _source(bullets: tuple[str, str, str]) -> Resume:
    job = {
        "name": "Harbour Services",
        "position": "Coordinator",
        "startDate": "2019-01",
        "highlights": list(bullets),
    }
    return Resume.model_validate({"basics": {"name": "A. Person"}, "work": [job]})


CASES = [
    pytest.param(domain, rewrite, label, id=f"{domain}-{label}-{index}")
    for domain, (_, faithful, lies) in DOMAINS.items()
    for label, rewrites in (("faithful", faithful), ("lie", lies))
    for index, rewrite in enumerate(rewrites)
]


@pytest.mark.parametrize(("domain", "rewrite", "label"), CASES)
def test_counted_by_a_synonym(domain: str, rewrite: str, label: str) -> None:
    """Given a job whose counted bullet is rewritten, the faithful restatement is kept and the lie removed."""
    assert first_bullet_kept(_source(DOMAINS[domain][0]), rewrite) == (label == "faithful")
