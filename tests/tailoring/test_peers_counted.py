"""The person's peers, counted both ways: "one of 6 producers" is a group of 6, so 5 others; "with 2
other planners" is a group of 3. "With 5 fellow producers" and "as one of 3 planners" restate them;
"with 6 other producers" from "one of 6" does not (it was kept because 6 was in the source).
Generated over counts, peer nouns and the words that leave the person out."""

from __future__ import annotations

import itertools

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.claims_forms import words
from tests.tailoring.guarded import first_bullet_kept, one_job

COUNTS = [3, 4, 6, 9]
PEERS = ["producers", "nurses", "engineers", "adjusters"]
OTHERS = ["{n} other {p}", "{n} fellow {p}", "{w} other {p}", "{w} fellow {p}"]


def _resume(source: str) -> Resume:
    return one_job(source, "Harbor Works", "Coordinator", "2019-04", "Answered client calls")


def _form(form: str, n: int, peers: str) -> str:
    return form.format(n=n, w=words(n), p=peers)


@pytest.mark.parametrize(("count", "peers"), list(itertools.product(COUNTS, PEERS)))
def test_one_of_a_group(count: int, peers: str) -> None:
    source = _resume(f"Wrote the emergency plan as one of {count} {peers}")
    for form in OTHERS:
        right = f"Wrote the emergency plan with {_form(form, count - 1, peers)}"
        wrong = f"Wrote the emergency plan with {_form(form, count, peers)}"
        assert first_bullet_kept(source, right), right
        assert not first_bullet_kept(source, wrong), wrong


@pytest.mark.parametrize(("count", "peers"), list(itertools.product(COUNTS, PEERS)))
def test_others_make_a_group(count: int, peers: str) -> None:
    source = _resume(f"Co-led the venue search with {count} other {peers}")
    assert first_bullet_kept(source, f"Co-led the venue search as one of {count + 1} {peers}")
    assert first_bullet_kept(source, f"Co-led the venue search alongside {words(count)} fellow {peers}")
    assert not first_bullet_kept(source, f"Co-led the venue search as one of {count + 3} {peers}")
    assert not first_bullet_kept(source, f"Co-led the venue search with {count + 1} other {peers}")


@pytest.mark.parametrize("team", ["front office team", "night shift team", "team"])
def test_working_with_a_team_is_not_leading_it(team: str) -> None:
    source = _resume(f"Wrote the late check-out policy as one of 4 supervisors on the {team}")
    assert first_bullet_kept(
        source, f"Worked with the {team} of 4 supervisors to write the late check-out policy"
    )
    assert not first_bullet_kept(
        source, f"Led the {team} of 4 supervisors to write the late check-out policy"
    )
    assert not first_bullet_kept(
        source, f"Managed the {team} of 4 supervisors to write the late check-out policy"
    )
