"""A tool or practice named where a sentence says how the work was done, or what the person is skilled
in, must be one the resume names (tools.py), in every place such a name stands: after "using",
"through", "via", "leveraged ... to", "applied ... while", leading the sentence, "skilled in",
"proficient in", "experience with". Both ways: a lower-case tool the resume never names is refused, the
same sentence with a tool the skills list names is kept, and so is a means the resume states in other
words ("using the new checklist").
"""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from resume_api.tailoring import tools
from resume_api.tailoring.claims import Scope
from tests.tailoring.guarded import first_bullet_kept

BULLET = "Mapped drainage for the new subdivision"
SKILLS = ("soil sampling", "stormwater modeling")
PLACES = (
    "{b} using {x}",
    "{b} through {x}",
    "{b} via {x}",
    "Using {x}, mapped drainage for the new subdivision",
    "Leveraged {x} to map drainage for the new subdivision",
    "Applied {x} while mapping drainage for the new subdivision",
    "{b}, skilled in {x}",
    "{b}; proficient in {x}",
    "{b} with experience in {x}",
)
ABSENT = ("lidar surveying", "hydrocad", "drone photogrammetry", "gis mapping")


def _source() -> Resume:
    return Resume.model_validate(
        {
            "basics": {"name": "A. Person"},
            "work": [
                {
                    "name": "Ridge Civil",
                    "position": "Drainage Technician",
                    "startDate": "2019-01",
                    "highlights": [BULLET, "Kept the field checklist for every site visit"],
                }
            ],
            "skills": [{"name": "Skills", "keywords": list(SKILLS)}],
        }
    )


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("absent", ABSENT)
def test_a_tool_the_resume_never_names_is_refused(place: str, absent: str) -> None:
    assert not first_bullet_kept(_source(), place.format(b=BULLET, x=absent))


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("listed", SKILLS)
def test_a_tool_the_skills_list_names_is_kept(place: str, listed: str) -> None:
    assert first_bullet_kept(_source(), place.format(b=BULLET, x=listed))


@pytest.mark.parametrize(
    "sentence",
    [
        f"{BULLET} using the field checklist",
        f"{BULLET} through every site visit",
        f"Using the field checklist, {BULLET.lower()}",
        f"{BULLET} using a checklist for each site",
    ],
)
def test_a_means_the_resume_states_is_no_new_tool(sentence: str) -> None:
    scope = Scope([BULLET, "Kept the field checklist for every site visit", *SKILLS], [])
    assert tools.unnamed(sentence, scope.vocabulary) == []
