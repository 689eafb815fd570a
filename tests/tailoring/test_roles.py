"""Claims a rewrite restates by their role, not by their words (round 10): a number read whole with its
thousands comma, a list counted, a range's middle, a change in points, "24/7" for "around the clock", an
acronym of a source phrase, a share as a fraction, an amount rounded to the digits it shows, a bound the
source's figure meets. Each form over every domain of the compose part (claims_compose.py), both ways: the
faithful form kept, the same form one step beyond the source removed.
"""

from __future__ import annotations

from typing import Any

import pytest

from resume_api.tailoring.clauses import MAIN, consequences
from resume_api.tailoring.novelty import CLAUSE_BOUNDARY
from tests.tailoring.claims_compose import DOMAINS, _restated
from tests.tailoring.claims_eval import FAITHFUL, Case, judge


@pytest.mark.parametrize(
    ("sentence", "pieces"),
    [
        ("Cut costs by 18%, and recorded about 2,400 objects per year", 2),
        ("Logged 1,200,000 records; kept 3,400 backups", 2),
        ("In 2020, 300 patients enrolled", 2),
        ("Served Boston, Chicago and Denver", 2),
    ],
)
def test_a_thousands_comma_is_no_clause_boundary(sentence: str, pieces: int) -> None:
    assert len(CLAUSE_BOUNDARY.split(sentence)) == pieces


def test_a_merged_predicate_is_read_with_its_whole_number() -> None:
    found = consequences("Cut loan time by 30%, and recorded about 2,400 objects per year in TMS")
    assert [c for c, form in found if form != MAIN] == ["recorded about 2400 objects per year in tms"]


def _cases(form: str) -> list[tuple[str, str, int, str]]:
    out = []
    for f in DOMAINS:
        for name, source, rewrites in _restated(f):
            if name == form:
                index = [*f.earlier, *(s for _, s, _ in _restated(f))].index(source)
                out += [(f.name, kind, index, rewrite) for kind, rewrite in rewrites]
    return out


def _judged(form: str) -> list[tuple[str, str, bool]]:
    return [
        (kind, rewrite, judge(Case(domain, kind, rewrite, 1, index, part="compose")))
        for domain, kind, index, rewrite in _cases(form)
    ]


def _wrong(form: str) -> list[tuple[str, str]]:
    return [(kind, rewrite) for kind, rewrite, kept in _judged(form) if kept != (kind == FAITHFUL)]


FORMS = [
    "a list counted",
    "a range",
    "a change in points",
    "around the clock",
    "an acronym",
    "a fraction",
    "an amount rounded",
    "a bound",
]


OPEN = frozenset({"an acronym"})
"""Forms whose one-step-beyond twin is still kept on some domain: another document's acronym the lexicon
counts as generic ("RFPs", "HVAC plan") names nothing."""


@pytest.mark.parametrize("form", FORMS)
def test_a_fact_restated_by_its_role_is_kept_and_one_beyond_it_is_not(form: str) -> None:
    assert _cases(form), form
    wrong = _wrong(form)
    assert not [w for w in wrong if w[0] == FAITHFUL], wrong
    if form not in OPEN:
        assert not wrong


@pytest.mark.parametrize("facts", DOMAINS, ids=[f.name for f in DOMAINS])
def test_years_of_experience_are_the_persons_not_a_projects(facts: object) -> None:
    """ "N years in <field>" is judged on the resume's dates even when a sentence it shares words with states
    a duration in weeks or days ("from 12 to 6 weeks"); more years than the dates give are not."""
    from tests.tailoring.claims_compose import Facts, _years

    assert isinstance(facts, Facts)
    years = _years(facts.earlier_start, facts.end)
    said = f"{facts.title} with {years} years in {facts.field}; {facts.verbs[1].lower()} {facts.metric}."
    beyond = said.replace(f"{years} years", f"{years + 4} years")
    assert judge(Case(facts.name, FAITHFUL, said, None, 0, part="compose"))
    assert not judge(Case(facts.name, "tenure", beyond, None, 0, part="compose"))


@pytest.mark.parametrize("facts", DOMAINS, ids=[f.name for f in DOMAINS])
def test_a_percent_another_fact_implies_is_no_support(facts: object) -> None:
    """A summary's percent is checked against the sentence it restates: the change from one figure to
    another in an unrelated bullet ("from 70 to 85" is +21%) supports no 21% of another metric."""
    from tests.tailoring.claims_compose import Facts

    assert isinstance(facts, Facts)
    _, _, before, after = facts.restate.change
    implied = round((after - before) / before * 100)
    if implied == facts.percent:
        return
    said = f"{facts.title} who {facts.verbs[1].lower()} {facts.metric} {implied}% by {facts.means_ing}."
    assert not judge(Case(facts.name, "number", said, None, 0, part="compose"))


@pytest.mark.parametrize(
    ("source", "faithful", "beyond"),
    [
        (
            "Handled 1 in 4 of the clinic's referrals",
            "Handled 25% of the clinic's referrals",
            "Handled 40% of the clinic's referrals",
        ),
        (
            "Supervised 2 shifts of 6 nurses",
            "Supervised 12 nurses across two shifts",
            "Supervised 18 nurses across two shifts",
        ),
        (
            "Managed 4 clinics with 10 staff each",
            "Managed 40 staff across four clinics",
            "Managed 60 staff across four clinics",
        ),
        (
            "Filed claims with Aetna, Cigna and Humana",
            "Filed claims with 3 insurers",
            "Filed claims with 5 insurers",
        ),
        ("Answered 80-100 calls per day", "Answered about 90 calls a day", "Answered about 140 calls a day"),
        ("Managed a $1.23M budget", "Managed a $1.2M budget", "Managed a $1.6M budget"),
        ("Cut month-end close from 10 to 5 days", "Closed the month in 5 days", "Closed the month in 3 days"),
        (
            "Handled patient intake from check-in to checkout",
            "Handled end-to-end patient intake",
            "Handled patient intake for 4 clinics",
        ),
        (
            "Set up a new phone system for all 3 clinics",
            "Set up a clinic-wide phone system",
            "Set up a clinic-wide phone system for 5 clinics",
        ),
        (
            "Trained all 6 front desk staff on the new workflow",
            "Trained the entire front desk team on the new workflow",
            "Trained the entire front desk team of 9 on the new workflow",
        ),
        ("Raised collections by 95%", "Nearly doubled collections", "Nearly tripled collections"),
        (
            "Cut billing errors by 48%",
            "Nearly halved billing errors",
            "Nearly cut billing errors by two-thirds",
        ),
        (
            "Built the referral tracker in 6 weeks",
            "Built the referral tracker in under two months",
            "Built the referral tracker in under a month",
        ),
        (
            "Staffed the front desk around the clock",
            "Staffed the front desk 24/7",
            "Staffed 6 front desks 24/7",
        ),
    ],
)
def test_a_figure_implied_by_the_source_is_kept_and_another_is_not(
    source: str, faithful: str, beyond: str
) -> None:
    from resume_api.models.resume import Resume
    from resume_api.tailoring.claims import Evidence
    from resume_api.tailoring.guard import guard, source_texts
    from resume_api.tailoring.output import TailoredOutput

    summary = "Coordinator focused on clinic operations."
    job: dict[str, Any] = {
        "name": "Northside Clinic",
        "position": "Coordinator",
        "startDate": "2019-01",
        "endDate": "2024-01",
        "highlights": [source, "Ordered supplies every week"],
    }
    resume = Resume.model_validate({"basics": {"name": "Ana Diaz", "summary": summary}, "work": [job]})
    evidence = Evidence.of(source_texts(resume), [])

    def kept(rewrite: str) -> bool:
        answer = {
            "summary": summary,
            "work": [{**job, "highlights": [rewrite, "Ordered supplies every week"]}],
        }
        return (
            rewrite
            in guard(resume, TailoredOutput.model_validate(answer), evidence).resume.work[0].highlights
        )

    assert kept(faithful)
    assert not kept(beyond)


@pytest.mark.parametrize(
    ("sentence", "leads"),
    [
        ("Managed attorney calendars", False),
        ("Managed resident complaints and lease renewals", False),
        ("Managed patient schedules for three clinics", False),
        ("Managed client accounts worth $2M", False),
        ("Managed attorneys on the litigation team", True),
        ("Managed 6 nurses on nights", True),
        ("Managed the nursing staff", True),
        ("Managed a team of analysts", True),
        ("Managed staff across two sites", True),
        ("Managed nurse managers", True),
    ],
)
def test_managing_people_is_leading_them_and_a_task_for_them_is_not(sentence: str, leads: bool) -> None:
    from resume_api.tailoring.claims import find_claims

    found = any(c.key == ("family", "leadership") for c in find_claims(sentence))
    assert found == leads


@pytest.mark.parametrize(
    ("sentence", "factor"),
    [
        ("Reduced double bookings across three providers", None),
        ("Caught double billing on insurance claims", None),
        ("Ran half-day workshops for new hires", None),
        ("Served double the clinic average", 2.0),
        ("Grew referrals to double their 2020 level", 2.0),
        ("Helped double revenue in two years", 2.0),
        ("Double revenue was the goal", 2.0),
        ("Tripled sales", 3.0),
        ("Cut the backlog in half", 0.5),
    ],
)
def test_double_before_a_noun_names_a_kind_not_a_multiplier(sentence: str, factor: float | None) -> None:
    from resume_api.tailoring.quantities import quantities

    found = [q.value for q in quantities(sentence) if q.kind == "factor"]
    assert found == ([] if factor is None else [factor])


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Healthcare operations professional with 10 years of clinic work", []),
        ("Hospital administrator with 5 years in outpatient care", []),
        ("Bank of America teller for 3 years", ["Bank of America"]),
        ("Kaiser Healthcare coordinator for 3 years", ["Kaiser Healthcare"]),
        ("Texas-based coordinator", ["Texas"]),
    ],
)
def test_a_sentence_may_open_with_an_organisations_head_word_as_a_noun(
    sentence: str, named: list[str]
) -> None:
    from resume_api.tailoring.claims import find_claims

    kinds = ("organization", "name", "place")
    assert [c.text for c in find_claims(sentence) if c.kind in kinds] == named


@pytest.mark.parametrize(
    ("sentence", "unsupported"),
    [
        ("Covered both exam and imaging areas", []),
        ("Served both billing and scheduling clients", []),
        ("Covered both exam and surgical areas", ["surgical areas"]),
        ("Served both billing and payroll clients", ["payroll clients"]),
    ],
)
def test_a_members_generic_head_needs_no_source(sentence: str, unsupported: list[str]) -> None:
    """A member of "both A and B" is said by a source sentence by its specific words; a generic head
    ("areas", "clients") adds nothing, another specific word does."""
    from resume_api.tailoring.claims import Scope
    from resume_api.tailoring.clauses import unsupported_members

    scope = Scope(
        ["Covered 3 exam rooms and 2 imaging rooms", "Handled billing and scheduling for 40 accounts"], []
    )
    assert unsupported_members(sentence, [u.words for u in scope.units]) == unsupported


@pytest.mark.parametrize("facts", DOMAINS, ids=[f.name for f in DOMAINS])
def test_a_decade_is_tenure_not_new_content(facts: object) -> None:
    """ "a decade in <field>" is a tenure the dates judge (a number word, no new content); "two decades"
    beyond the dates is not kept."""
    from tests.tailoring.claims_compose import Facts, _years

    assert isinstance(facts, Facts)
    if _years(facts.earlier_start, facts.end) < 10:
        return
    said = f"{facts.title} with a decade in {facts.field} and a {facts.earlier_title.lower()} background."
    beyond = said.replace("a decade", "two decades")
    assert judge(Case(facts.name, FAITHFUL, said, None, 0, part="compose"))
    assert not judge(Case(facts.name, "tenure", beyond, None, 0, part="compose"))


@pytest.mark.parametrize(
    ("sentence", "leads"),
    [
        ("Scheduled a team of 18 on the night sort", False),
        ("Trained a team of 4 new cashiers", False),
        ("Joined a team of 9 planners", False),
        ("Supervised a team of 6 sorters", True),
        ("Led a team of 7 installers", True),
        ("Assembled a team of 8 analysts", True),
        ("Recruited a team of 5 volunteers", True),
        ("Headed a team of 12 at the dock", True),
    ],
)
def test_a_team_of_is_led_only_when_the_verb_leads_or_makes_it(sentence: str, leads: bool) -> None:
    from resume_api.tailoring.claims import find_claims

    assert any(c.key == ("family", "leadership") for c in find_claims(sentence)) == leads


@pytest.mark.parametrize(
    ("sentence", "shares"),
    [
        ("Set up a patient portal in partnership with IT", True),
        ("Built the schedule in conjunction with the charge nurses", True),
        ("Ran the audit in tandem with compliance", True),
        ("Set up a patient portal for the clinic", False),
    ],
)
def test_work_done_in_partnership_shares_the_credit(sentence: str, shares: bool) -> None:
    from resume_api.tailoring.claims import hedged
    from resume_api.tailoring.lexicon import lexicon
    from resume_api.tailoring.wording import phrase

    assert hedged(phrase(sentence), lexicon()) == shares
