"""An aside after a lone verb ("Co-led, with two colleagues, the department's shift to ...") leaves the
object in the main clause: one new word there is rewording, as in any main clause. A clause added after
a whole sentence is still read as an addition, and two new words anywhere are still content."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

FACTS = [
    (
        "Co-led",
        "the math department's move to standards-based grading",
        "the department's shift to standards-based grading",
    ),
    ("Co-wrote", "the unit's plan for fall prevention", "the unit's roadmap for fall prevention"),
    ("Co-designed", "the branch's process for loan intake", "the branch's workflow for loan intake"),
]
ASIDES = ["with two colleagues", "alongside two colleagues", "together with 2 colleagues"]


@pytest.mark.parametrize(("verb", "source", "object_"), FACTS)
@pytest.mark.parametrize("aside", ASIDES)
def test_an_aside_after_a_lone_verb(verb: str, source: str, object_: str, aside: str) -> None:
    resume = one_job(
        f"{verb} {source} with 2 colleagues", "Westfield High", "Teacher", "2019-04", "Taught algebra"
    )
    assert first_bullet_kept(resume, f"{verb}, {aside}, {object_}")
    assert not first_bullet_kept(resume, f"{verb}, {aside}, {object_} across the county's charter schools")
    full = f"{verb} {source} with 2 colleagues"
    assert not first_bullet_kept(resume, f"{full}, the district's standard")
