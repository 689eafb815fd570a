"""A head's title keeps what it is head of: acting as head of year is no acting head of the science
department. (Round 15's leadership-by-title rule and its tests were reverted in round 16: the final read
of the blind-14 part showed its leadership removal down one case with it, narrowed or not.)"""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job


@pytest.mark.parametrize(
    ("acted", "true", "other"),
    [
        ("head of year", "head of year", "head of the science department"),
        ("head of the night shift", "head of the night shift", "head of the maintenance department"),
        ("director of the choir", "director of the choir", "director of the music school"),
    ],
)
def test_a_head_is_head_of_one_thing(acted: str, true: str, other: str) -> None:
    source = one_job(
        f"Acted as {acted} during the autumn term", "Westbrook", "Teacher", "2018-01", "Taught chemistry"
    )
    assert first_bullet_kept(source, f"Served as acting {true} during the autumn term")
    assert not first_bullet_kept(source, f"Served as acting {other} during the autumn term")
