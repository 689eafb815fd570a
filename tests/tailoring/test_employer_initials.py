"""The employer abbreviated as the resume writes it: "J.P. Morgan" is "JPM" and "JP Morgan",
"International Business Machines" is "IBM"; initials of other words ("PJM", "JPMC") or another
employer are refused. Generated over employers and the two places a bullet names them."""

from __future__ import annotations

import itertools

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

EMPLOYERS = [
    ("J.P. Morgan", ("JPM", "JP Morgan"), ("PJM", "JPMC", "Wells Fargo")),
    ("International Business Machines", ("IBM",), ("IBMC", "BMI", "Oracle")),
    ("U.S. Bank", ("USB", "US Bank"), ("USBC", "SUB", "Chase")),
]
PLACES = ["{fact} at {org}", "At {org}, {low}"]
FACT = "Reduced teller cash differences by 38%"


@pytest.mark.parametrize(("employer", "place"), list(itertools.product(EMPLOYERS, PLACES)))
def test_the_employer_abbreviated(employer: tuple[str, tuple[str, ...], tuple[str, ...]], place: str) -> None:
    name, same, other = employer
    resume = one_job(FACT, name, "Branch Manager", "2016-03", "Opened 25 to 30 new accounts per week")
    for org in same:
        rewrite = place.format(fact=FACT, org=org, low="reduced teller cash differences by 38%")
        assert first_bullet_kept(resume, rewrite), rewrite
    for org in other:
        rewrite = place.format(fact=FACT, org=org, low="reduced teller cash differences by 38%")
        assert not first_bullet_kept(resume, rewrite), rewrite
