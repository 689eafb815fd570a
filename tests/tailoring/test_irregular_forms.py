"""A verb's irregular past is read as its base: a rewrite that changes a verb's tense ("saw" for
"seeing", "caught" for "catching") restates the source, and adds nothing new. Generated both ways over
verbs and sentence shapes: the same rewrite with an invented consequence is still refused."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from resume_api.tailoring.wording import stem
from tests.tailoring.guarded import first_bullet_kept, one_job

FORMS = [("saw", "seeing"), ("caught", "catching"), ("taught", "teaching"), ("brought", "bringing")]
FACTS = [
    # (source with the -ing form, rewrite with the past, rewrite with an invented consequence)
    (
        "Opened a weekend walk-in clinic with one other nurse, seeing 35 patients in its first month",
        "Co-founded a weekend walk-in clinic with a fellow nurse that saw 35 patients in its first month",
        "Co-founded a weekend walk-in clinic with a fellow nurse that saw 35 patients in its first month "
        "and won a county innovation grant",
    ),
    (
        "Reviewed vendor invoices each week, catching billing errors before payment",
        "Reviewed vendor invoices weekly and caught billing errors before payment",
        "Reviewed vendor invoices weekly and caught billing errors before payment, recovering a disputed "
        "freight settlement",
    ),
    (
        "Ran an evening literacy program, teaching adult learners to read job postings",
        "Ran an evening literacy program that taught adult learners to read job postings",
        "Ran an evening literacy program that taught adult learners to read job postings, later adopted "
        "by the county library system",
    ),
]


@pytest.mark.parametrize(("past", "ing"), FORMS)
def test_a_past_and_its_ing_form_share_a_stem(past: str, ing: str) -> None:
    assert stem(past) == stem(ing)


def _resume(bullet: str) -> Resume:
    return one_job(
        bullet, "Riverside Services", "Coordinator", "2019-04", "Kept the shared calendar up to date"
    )


@pytest.mark.parametrize(("source", "restated", "invented"), FACTS)
def test_a_tense_change_is_kept_and_an_added_consequence_is_not(
    source: str, restated: str, invented: str
) -> None:
    resume = _resume(source)
    assert first_bullet_kept(resume, restated)
    assert not first_bullet_kept(resume, invented)
