"""A body's name with a word contracted ("Dept.", "Ct.", "Natl.", "Mgmt.") or its head moved ("Natural
Resources Department" for "Department of Natural Resources", and back) is the source's name; the same
forms of another body's name are not. Written before the rule, over names of their own."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

NAMES = (
    # (the source's name, contracted, head moved, another body's name in the same forms)
    (
        "Department of Water Resources",
        "Dept. of Water Resources",
        "Water Resources Department",
        "Water Quality Department",
    ),
    ("Court of Federal Claims", "Ct. of Federal Claims", "Federal Claims Court", "Federal Tax Court"),
    ("Bureau of Land Management", "Bureau of Land Mgmt.", "Land Management Bureau", "Land Records Bureau"),
    ("National Park Service", "Natl. Park Service", "National Park Service", "Natl. Weather Service"),
    (
        "Board of Nursing Examiners",
        "Bd. of Nursing Examiners",
        "Nursing Examiners Board",
        "Dental Examiners Board",
    ),
)


@pytest.mark.parametrize(("name", "contracted", "moved", "other"), NAMES)
def test_a_name_contracted_or_turned_is_the_source_name(
    name: str, contracted: str, moved: str, other: str
) -> None:
    source = one_job(
        f"Filed permits with the {name}", "Cedar Engineering", "Project Engineer", "2017-03", "Drew plans"
    )
    assert first_bullet_kept(source, f"Filed permits with the {contracted}")
    assert first_bullet_kept(source, f"Filed permits with the {moved}")
    assert not first_bullet_kept(source, f"Filed permits with the {other}")
