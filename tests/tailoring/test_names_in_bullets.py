"""Restatements through the resume's own names: a number that is part of a product the skills list
names ("DairyComp 305", "Office 365") is no quantity, while the same number as a count stays one; and
"every RBA" quantifies what "every room block agreement" does. Both ways."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

PRODUCTS = [("DC305", "DairyComp 305"), ("O365", "Office 365"), ("D365", "Dynamics 365")]


def _resume(bullet: str, skills: list[str]) -> Resume:
    job = {
        "name": "Green Valley",
        "position": "Manager",
        "startDate": "2019-03",
        "highlights": [bullet, "Fed calves"],
    }
    return Resume.model_validate(
        {"basics": {"name": "A. Person"}, "work": [job], "skills": [{"name": "Tools", "keywords": skills}]}
    )


@pytest.mark.parametrize(("short", "long"), PRODUCTS)
def test_a_number_in_a_listed_name(short: str, long: str) -> None:
    source = _resume(f"Tracked herd records in {short}", [long])
    number = long.rsplit(maxsplit=1)[-1]
    assert first_bullet_kept(source, f"Tracked herd records in {long}")
    assert not first_bullet_kept(source, f"Tracked {number} herd records in {short}")
    unlisted = _resume(f"Tracked herd records in {short}", ["Excel"])
    assert not first_bullet_kept(
        unlisted, f"Tracked herd records in {long.split(maxsplit=1)[0]} {int(number) + 1}"
    )


@pytest.mark.parametrize(
    ("phrase", "initials"),
    [("room block agreement", "RBA"), ("job hazard analysis", "JHA"), ("bill of lading", "BOL")],
)
def test_every_initialism(phrase: str, initials: str) -> None:
    source = _resume(f"Checked every {phrase} with the client", ["Excel"])
    assert first_bullet_kept(source, f"Checked every {initials} with the client")
    assert not first_bullet_kept(source, "Checked every SOW with the client")
