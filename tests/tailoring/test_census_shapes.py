"""The shapes where the hidden parts' faithful refusals concentrate (round 19's refusal census,
benchmarks/refusal_census.py: by check, numbers 16 and factors 4, added clauses 12, names 12 of 73), generated
both ways: a source bullet, the forms a model restates it in, and one-claim lies in the same forms.

- crew: a count of people across a count of places, in words, "over"/"in" for "across"; lies: another
  count of places or people;
- daily: "three times a day" as "3x daily", "three times daily", "thrice daily"; lies: 4x, an hour;
- rate: "300 a week" as per/each/every week, in words; lies: another figure, another period;
- took: a time cut "from 3 hours to 2" restated as the hour it saved; lies: another end, two hours saved;
- saved: the same cut as the amount alone, in minutes, "an hour less"; lies: a day, two hours, 90 minutes;
- approved: ", approved by X" as a clause of gaining, earning, "that X approved"; lies: another body, an
  adoption nobody states;
- reply: "with a 28% reply rate" as achieving or earning a response rate; lies: another rate, doubled;
- budget: "$1,200,000" as "$1.2M", "$1.2 million", "1.2 million dollars"; lies: another sum;
- about: "about 3,000" as roughly, around, some, approximately; lies: another figure;
- sized: "a 40-bed ward" as "a ward of 40 beds", "forty-bed", "with 40 beds"; lies: another size.

Over six domains no other part's wording comes from. The templates, not the guard, decide the labels.
"""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

DOMAINS = {
    "dairy": {
        "staff": "milkers",
        "sites": "shifts",
        "item": "calves",
        "period": "week",
        "check": "herd walks",
        "approver": "the herd vet",
        "other_approver": "the county board",
        "protocol": "calving protocols",
        "thing": "breeds",
        "task": "milking",
        "clients": "buyers",
        "whole": "barn",
        "unit": "stall",
    },
    "nursing": {
        "staff": "nurses",
        "sites": "wards",
        "item": "admissions",
        "period": "shift",
        "check": "wound audits",
        "approver": "the quality committee",
        "other_approver": "the hospital board",
        "protocol": "fall-prevention protocols",
        "thing": "units",
        "task": "handover",
        "clients": "families",
        "whole": "ward",
        "unit": "bed",
    },
    "freight": {
        "staff": "drivers",
        "sites": "depots",
        "item": "deliveries",
        "period": "day",
        "check": "vehicle inspections",
        "approver": "the safety board",
        "other_approver": "the regional director",
        "protocol": "route plans",
        "thing": "regions",
        "task": "loading",
        "clients": "shippers",
        "whole": "fleet",
        "unit": "truck",
    },
    "banking": {
        "staff": "tellers",
        "sites": "branches",
        "item": "loan files",
        "period": "month",
        "check": "cash audits",
        "approver": "the credit committee",
        "other_approver": "the audit committee",
        "protocol": "loan checklists",
        "thing": "products",
        "task": "approval",
        "clients": "borrowers",
        "whole": "portfolio",
        "unit": "account",
    },
    "school": {
        "staff": "tutors",
        "sites": "campuses",
        "item": "students",
        "period": "term",
        "check": "reading checks",
        "approver": "the curriculum committee",
        "other_approver": "the school board",
        "protocol": "reading plans",
        "thing": "grades",
        "task": "marking",
        "clients": "parents",
        "whole": "cohort",
        "unit": "pupil",
    },
    "electric": {
        "staff": "electricians",
        "sites": "job sites",
        "item": "panels",
        "period": "week",
        "check": "panel tests",
        "approver": "the county inspector",
        "other_approver": "the fire marshal",
        "protocol": "wiring checklists",
        "thing": "buildings",
        "task": "inspection",
        "clients": "landlords",
        "whole": "crew",
        "unit": "van",
    },
}
FAMILIES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    # name: (the source bullet, faithful forms, one-claim lies)
    "crew": (
        "Supervised 8 {staff} across three {sites}",
        (
            "Supervised eight {staff} over three {sites}",
            "Supervised eight {staff} across 3 {sites}",
            "Supervised a team of 8 {staff} over 3 {sites}",
            "Oversaw 8 {staff} in three {sites}",
        ),
        (
            "Supervised eight {staff} over four {sites}",
            "Supervised twelve {staff} over three {sites}",
            "Supervised 8 {staff} across more than five {sites}",
        ),
    ),
    "daily": (
        "Ran {check} three times a day",
        (
            "Ran {check} 3x daily",
            "Ran {check} three times daily",
            "Ran {check} 3 times per day",
            "Ran {check} thrice daily",
        ),
        ("Ran {check} 4x daily", "Ran {check} three times an hour"),
    ),
    "rate": (
        "Handled 300 {item} a {period}",
        (
            "Handled 300 {item} per {period}",
            "Handled 300 {item} each {period}",
            "Handled 300 {item} every {period}",
            "Handled three hundred {item} a {period}",
        ),
        ("Handled 400 {item} per {period}", "Handled 300 {item} per hour"),
    ),
    "took": (
        "Cut {task} time from 3 hours to 2",
        (
            "Cut {task} time from 3h to 2h",
            "Cut {task} time by an hour, from 3 hours to 2",
            "Cut {task} time from 180 to 120 minutes",
            "Made {task} take an hour less (3 hours to 2)",
        ),
        ("Cut {task} time from 3 hours to 1", "Cut {task} time by two hours"),
    ),
    "saved": (
        "Cut {task} time from 3 hours to 2",
        (
            "Cut {task} time by 60 minutes",
            "Made {task} one hour faster, from 3 hours to 2",
            "Cut an hour from {task}, taking it from 3 hours to 2",
            "Made {task} take an hour less",
            "Saved 60 minutes on {task}",
        ),
        (
            "Cut {task} time by a day",
            "Made {task} take two hours less",
            "Cut {task} time by 90 minutes",
            "Cut a day from {task}",
            "Made {task} take 1 day",
        ),
    ),
    "approved": (
        "Wrote {protocol} for 6 {thing}, approved by {approver}",
        (
            "Wrote {protocol} for six {thing}, gaining approval from {approver}",
            "Wrote {protocol} for 6 {thing}, earning approval from {approver}",
            "Wrote {protocol} for six {thing} that {approver} approved",
            "Developed {protocol} for 6 {thing}, approved by {approver}",
        ),
        (
            "Wrote {protocol} for 6 {thing}, approved by {other_approver}",
            "Wrote {protocol} for 6 {thing}, later adopted statewide",
        ),
    ),
    "reply": (
        "Contacted 200 {clients} with a 28% reply rate",
        (
            "Contacted 200 {clients}, achieving a 28% response rate",
            "Contacted 200 {clients}, earning a 28% reply rate",
            "Reached 200 {clients} at a 28% reply rate",
            "Contacted two hundred {clients} with a 28% response rate",
        ),
        (
            "Contacted 200 {clients}, achieving a 35% response rate",
            "Contacted 200 {clients}, doubling the reply rate",
        ),
    ),
    "budget": (
        "Managed a budget of $1,200,000",
        (
            "Managed a $1.2M budget",
            "Managed a $1.2 million budget",
            "Managed a budget of 1.2 million dollars",
            "Oversaw a $1.2M budget",
        ),
        ("Managed a $1.5M budget", "Managed a $12M budget"),
    ),
    "about": (
        "Kept records for about 3,000 {clients}",
        (
            "Kept records for roughly 3,000 {clients}",
            "Kept records for around 3,000 {clients}",
            "Kept records for some 3,000 {clients}",
            "Kept records for approximately 3,000 {clients}",
        ),
        ("Kept records for about 5,000 {clients}", "Kept records for about 30,000 {clients}"),
    ),
    "sized": (
        "Ran a 40-{unit} {whole}",
        (
            "Ran a {whole} of 40 {unit}s",
            "Ran a forty-{unit} {whole}",
            "Ran the 40-{unit} {whole}",
            "Ran a {whole} with 40 {unit}s",
        ),
        ("Ran a {whole} of 60 {unit}s", "Ran a 400-{unit} {whole}"),
    ),
}
ALL = frozenset(DOMAINS)
XFAIL: dict[tuple[str, str, int], tuple[frozenset[str], str]] = {
    ("crew", "faithful", 0): (frozenset({"dairy"}), "'over three shifts' is read as a time, not as 'across'"),
    ("crew", "faithful", 2): (frozenset({"dairy"}), "'over 3 shifts' is read as a time, not as 'across'"),
    ("crew", "faithful", 3): (frozenset({"dairy"}), "'in three shifts' is read as a time, not as 'across'"),
    ("crew", "lie", 2): (ALL, "'more than five <places>' is satisfied by the 8 people the sentence counts"),
    ("crew", "lie", 0): (
        ALL - {"dairy"},
        "'over four <places>' is checked against any larger count of the sentence (a veto by the counted noun cost "
        "b18-measure its floor: reverted)",
    ),
    ("approved", "lie", 0): (
        ALL - {"electric"},
        "another lower-case body as the approver is no claim",
    ),
}


def _cells(direction: str) -> list[object]:
    out: list[object] = []
    for family, (_, faithful, lies) in FAMILIES.items():
        forms = faithful if direction == "faithful" else lies
        for index, _form in enumerate(forms):
            for domain in DOMAINS:
                marks = []
                failing = XFAIL.get((family, direction, index))
                if failing and domain in failing[0]:
                    marks.append(pytest.mark.xfail(strict=True, reason=failing[1]))
                out.append(pytest.param(family, index, domain, id=f"{family}-{index}-{domain}", marks=marks))
    return out


def _kept(family: str, direction: str, index: int, domain: str) -> bool:
    source, faithful, lies = FAMILIES[family]
    fill = DOMAINS[domain]
    rewrite = (faithful if direction == "faithful" else lies)[index].format(**fill)
    resume = one_job(
        source.format(**fill), "Northline Services", "Coordinator", "2019-02", "Kept the shared logs"
    )
    return first_bullet_kept(resume, rewrite)


@pytest.mark.parametrize(("family", "index", "domain"), _cells("faithful"))
def test_faithful_restatement_kept(family: str, index: int, domain: str) -> None:
    assert _kept(family, "faithful", index, domain)


@pytest.mark.parametrize(("family", "index", "domain"), _cells("lie"))
def test_one_claim_lie_removed(family: str, index: int, domain: str) -> None:
    assert not _kept(family, "lie", index, domain)
