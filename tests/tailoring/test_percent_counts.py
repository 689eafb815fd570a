"""A percent of a stated whole restated as the count it is ("90% of the 40 beds" as "36 of the 40
beds"), and back; a count one step off is a new claim. Written before the rule."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

FACTS = (
    # (verb, percent, whole, object)
    ("Kept", 90, 40, "beds staffed through flu season"),
    ("Closed", 75, 120, "service tickets within a day"),
    ("Passed", 95, 60, "fire doors at the annual inspection"),
    ("Filled", 80, 25, "open shifts from the float pool"),
)


@pytest.mark.parametrize(("verb", "percent", "whole", "obj"), FACTS)
def test_a_percent_of_a_whole_is_its_count(verb: str, percent: int, whole: int, obj: str) -> None:
    count = percent * whole // 100
    source = one_job(
        f"{verb} {percent}% of the {whole} {obj}", "Mercy Clinic", "Charge Nurse", "2016-01", "Ran huddles"
    )
    assert first_bullet_kept(source, f"{verb} {count} of the {whole} {obj}")
    assert not first_bullet_kept(source, f"{verb} {count - 2} of the {whole} {obj}")
    counted = one_job(
        f"{verb} {count} of the {whole} {obj}", "Mercy Clinic", "Charge Nurse", "2016-01", "Ran huddles"
    )
    assert first_bullet_kept(counted, f"{verb} {percent}% of the {whole} {obj}")
