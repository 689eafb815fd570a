"""A fact moved to another job: merging two bullets of one job is kept, merging in a bullet of another
job is refused (its words are the resume's, so only its place is wrong), and a duty both jobs list may
be merged into either. Generated over joiners and bullet pairs."""

from __future__ import annotations

import itertools

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

JOINERS = ["{a}, and {b}", "{a}; {b}", "{a}, while {b}"]
BULLETS = [
    (
        "Booked keynote speakers and managed their travel",
        "Ran vendor walkthroughs before each show",
        "Answered client calls about booking changes",
    ),
    (
        "Mounted racking on tile and metal roofs",
        "Walked homeowners through their monitoring app",
        "Pulled wire for panel upgrades in older homes",
    ),
    (
        "Weeded the adult nonfiction collection each spring",
        "Helped patrons apply for jobs online",
        "Shelved returns and kept the reading room tidy",
    ),
]


def _resume(now: list[str], before: list[str]) -> Resume:
    work = [
        {"name": "Bright Harbor", "position": "Producer", "startDate": "2020-01", "highlights": now},
        {
            "name": "Lakeside Center",
            "position": "Coordinator",
            "startDate": "2016-01",
            "endDate": "2019-12",
            "highlights": before,
        },
    ]
    return Resume.model_validate({"basics": {"name": "A. Person"}, "work": work})


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


@pytest.mark.parametrize(("bullets", "joiner"), list(itertools.product(BULLETS, JOINERS)))
def test_merges_keep_to_their_job(bullets: tuple[str, str, str], joiner: str) -> None:
    first, second, other = bullets
    source = _resume([first, second], [other, "Filed the event invoices"])
    assert first_bullet_kept(source, joiner.format(a=first, b=_lower(second)))
    assert not first_bullet_kept(source, joiner.format(a=first, b=_lower(other)))
    both = _resume([first, second, other], [other])
    assert first_bullet_kept(both, joiner.format(a=first, b=_lower(other)))
