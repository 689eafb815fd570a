"""A summary that opens with a title followed by what the person does ("Senior account executive
selling commercial auto policies") claims that title: kept where the source's positions hold it,
reverted where the rewrite adds a rank. A name before the title ("President's Club account
executive") is no part of it. Generated over positions, ranks and verb phrases."""

from __future__ import annotations

import itertools

import pytest

from resume_api.models.resume import Resume
from resume_api.tailoring.claims import Evidence
from resume_api.tailoring.guard import guard, source_texts
from resume_api.tailoring.output import TailoredOutput

POSITIONS = [
    ("Account Executive", "selling commercial auto policies to small fleets"),
    ("Operations Supervisor", "running the night sort and scheduling package handlers"),
    ("Registered Nurse", "caring for post-operative patients"),
]
RANKS = ["Senior", "Lead", "Principal"]


def _summary_kept(position: str, doing: str, summary: str) -> bool:
    source = Resume.model_validate(
        {
            "basics": {
                "name": "Alex Doe",
                "summary": f"{position} with 6 years of experience. Experienced in {doing}.",
            },
            "work": [{"name": "Acme", "position": position, "highlights": [f"Worked on {doing}"]}],
            "awards": [{"title": "President's Club"}],
        }
    )
    data = source.model_dump(mode="json", exclude_none=True)
    output = TailoredOutput.model_validate({"summary": summary, "work": data["work"]})
    result = guard(source, output, Evidence.of(source_texts(source), []))
    return result.resume.basics.summary == summary


@pytest.mark.parametrize(("position", "rank"), list(itertools.product(POSITIONS, RANKS)))
def test_a_rank_added_before_a_verb_phrase_is_a_title(position: tuple[str, str], rank: str) -> None:
    title, doing = position
    added = f"{rank} {title.lower()} {doing}. {title} with 6 years of experience."
    assert not _summary_kept(title, doing, added), added
    own = f"{title} {doing}. {title} with 6 years of experience."
    assert _summary_kept(title, doing, own), own


@pytest.mark.parametrize("position", POSITIONS)
def test_a_name_before_the_title_is_no_part_of_it(position: tuple[str, str]) -> None:
    title, doing = position
    said = f"President's Club {title.lower()} {doing}. {title} with 6 years of experience."
    assert _summary_kept(title, doing, said), said
