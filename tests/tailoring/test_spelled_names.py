"""A name spelled the other side of the Atlantic ("Centre" for "Center", "Labour" for "Labor", "Saint"
for "St.") is the same name, both ways (wording._SPELLED); another name in the same spelling is not."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

NAMES = (
    ("Harborview Conference Center", "Harborview Conference Centre", "Bayside Conference Centre"),
    ("Department of Labor", "Department of Labour", "Department of Transport"),
    ("St. Anne's Hospital", "Saint Anne's Hospital", "Saint Luke's Hospital"),
    ("Ministry of Defence", "Ministry of Defense", "Ministry of Finance"),
    ("Riverside Youth Programme", "Riverside Youth Program", "Lakeside Youth Program"),
)


@pytest.mark.parametrize(("source", "spelled", "other"), NAMES)
@pytest.mark.parametrize("flip", [False, True])
def test_a_name_spelled_another_way(source: str, spelled: str, other: str, flip: bool) -> None:
    said, rewritten = (spelled, source) if flip else (source, spelled)
    bullet = "Coordinated volunteer shifts for the {x}"
    resume = one_job(bullet.format(x=said), "Civic Partners", "Coordinator", "2019-01", "Kept the rota")
    assert first_bullet_kept(resume, bullet.format(x=rewritten))
    assert not first_bullet_kept(resume, bullet.format(x=other))
