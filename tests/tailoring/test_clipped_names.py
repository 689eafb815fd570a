"""Names and titles written with words cut short: "Mass General" for "Massachusetts General Hospital",
"Penn State" for "Pennsylvania State University", "Ops Supervisor" for "Operations Supervisor"; the same
cut with a word the source lacks ("Mass Eye and Ear", "Ops Manager") stays refused."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

BULLET = "Reduced patient falls on the unit by 27%"


def _resume(employer: str, position: str) -> Resume:
    job = {
        "name": employer,
        "position": position,
        "startDate": "2016-03",
        "highlights": [BULLET, "Charted care"],
    }
    return Resume.model_validate({"basics": {"name": "A. Person"}, "work": [job]})


@pytest.mark.parametrize(
    ("employer", "clipped", "other"),
    [
        ("Massachusetts General Hospital", "Mass General", "Mass Eye and Ear"),
        ("Pennsylvania State University", "Penn State", "Penn Medicine"),
        ("University of California Davis", "Univ of California Davis", "Univ of Texas"),
    ],
)
def test_an_employer_cut_short(employer: str, clipped: str, other: str) -> None:
    source = _resume(employer, "Registered Nurse")
    assert first_bullet_kept(source, f"{BULLET} at {clipped}")
    assert not first_bullet_kept(source, f"{BULLET} at {other}")


@pytest.mark.parametrize(
    ("position", "clipped", "other"),
    [
        ("Operations Supervisor", "Ops Supervisor", "Ops Manager"),
        ("Engineering Manager", "Eng Manager", "Eng Director"),
    ],
)
def test_a_title_cut_short(position: str, clipped: str, other: str) -> None:
    source = _resume("United Parcel Service", position)
    assert first_bullet_kept(source, f"As {clipped}, {BULLET[:1].lower()}{BULLET[1:]}")
    assert not first_bullet_kept(source, f"As {other}, {BULLET[:1].lower()}{BULLET[1:]}")
