"""An award or placing a source sentence names supports the same placing reworded: its words in any order
("a regional second-place finish" says "a second-place regional finish"), never another placing.
Generated both ways over placings and sentence orders."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept, one_job

PLACINGS = ["second-place", "third-place", "first-place"]
SOURCES = [
    "Coached the debate team to a regional {placing} finish in 2022",
    "Led the robotics club to a state {placing} finish at the 2021 championship",
]
KEPT = [
    "Guided the {team} to a {placing} regional finish (2022)",
    "Took the {team} to a {placing} finish at regionals in 2022",
]


def _resume(source: str) -> Resume:
    return one_job(source, "Lincoln High School", "Teacher", "2018-08", "Taught 5 sections of algebra")


@pytest.mark.parametrize("placing", PLACINGS)
@pytest.mark.parametrize("rewrite", KEPT)
def test_the_same_placing_reworded_is_kept(placing: str, rewrite: str) -> None:
    source = SOURCES[0].format(placing=placing)
    assert first_bullet_kept(_resume(source), rewrite.format(team="debate team", placing=placing))


@pytest.mark.parametrize(
    ("said", "claimed"), [("second-place", "first-place"), ("third-place", "second-place")]
)
def test_another_placing_is_not(said: str, claimed: str) -> None:
    for source in SOURCES:
        rewrite = KEPT[0].format(team="debate team", placing=claimed)
        assert not first_bullet_kept(_resume(source.format(placing=said)), rewrite)
