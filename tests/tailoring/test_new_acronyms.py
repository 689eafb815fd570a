"""An acronym the resume neither writes nor spells out names a specific thing (a document, a system, a
practice): one is a claim on its own, where one new ordinary word is rewording. An acronym of words the
source writes in a row ("SOPs", "CSAT" for "customer satisfaction"), one the source writes, or one that
says what a named tool is ("the Salesforce CRM") is kept. Written before the rule, over facts of their own."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

CASES = (
    # (source bullet, faithful rewrite, the same with an acronym the resume does not have)
    (
        "Rewrote the standard operating procedures for the bottling line",
        "Rewrote the SOPs for the bottling line",
        "Rewrote the RFPs for the bottling line",
    ),
    (
        "Kept the customer satisfaction score above 90% for two years",
        "Kept CSAT above 90% for two years",
        "Kept NPS above 90% for two years",
    ),
    (
        "Logged every repair order in Fishbowl",
        "Logged every repair order in the Fishbowl ERP",
        "Logged every repair order in the CMMS",
    ),
    (
        "Moved the parts catalogue to a new inventory system",
        "Moved the parts catalogue to a new inventory system",
        "Moved the parts catalogue to a new WMS",
    ),
    (
        "Followed the confined space entry permit on every job",
        "Followed the confined space entry permit on each job",
        "Followed the LOTO procedure on every job",
    ),
)


@pytest.mark.parametrize(("source", "faithful", "invented"), CASES)
def test_an_acronym_the_resume_lacks_is_a_claim(source: str, faithful: str, invented: str) -> None:
    resume = one_job(source, "Northgate Bottling", "Maintenance Lead", "2018-04", "Trained two apprentices")
    assert first_bullet_kept(resume, faithful)
    assert not first_bullet_kept(resume, invented)
