"""A one-word title the person never held is a title claim wherever it stands: before the summary, after
"as" at the end of a bullet, or leading it; the person's own title in the same places is true. Written
before the rule, over one-word titles of breweries, ships, schools, stores, hotels, ports, prisons,
museums, registries, restaurants, sites and depots."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept, summary_kept

TITLES = (
    # (a one-word title nobody gave the person, the title they held, a bullet of that job)
    ("Brewmaster", "Brewer", "Brewed lagers on the 20-barrel system"),
    ("Purser", "Deckhand", "Handled passenger tickets on the ferry"),
    ("Headmaster", "Teacher", "Taught Year 6 maths"),
    ("Quartermaster", "Storeman", "Issued kit to the crews"),
    ("Concierge", "Receptionist", "Booked taxis for hotel guests"),
    ("Harbourmaster", "Boatman", "Moored visiting yachts in the marina"),
    ("Warden", "Officer", "Escorted inmates to court hearings"),
    ("Curator", "Gallery Assistant", "Hung paintings for the spring show"),
    ("Registrar", "Records Clerk", "Entered births and deaths in the register"),
    ("Sommelier", "Server", "Recommended wines to guests"),
    ("Foreman", "Carpenter", "Framed walls for townhouses"),
    ("Dispatcher", "Driver", "Delivered parcels across town"),
)


def _source(held: str, bullet: str) -> Resume:
    job = {"name": "Acme", "position": held, "startDate": "2015-01", "highlights": [bullet, "Kept the logs"]}
    summary = f"{held} with ten years of experience. Reliable and punctual."
    return Resume.model_validate({"basics": {"name": "A. Person", "summary": summary}, "work": [job]})


def _forms(title: str, bullet: str) -> list[str]:
    lower = bullet[0].lower() + bullet[1:]
    return [f"As {title}, {lower}", f"{bullet} as {title.lower()}", f"{bullet} as the {title.lower()}"]


@pytest.mark.parametrize(("title", "held", "bullet"), TITLES)
def test_a_one_word_title_never_held_is_a_claim(title: str, held: str, bullet: str) -> None:
    source = _source(held, bullet)
    for rewrite in _forms(title, bullet):
        assert not first_bullet_kept(source, rewrite), rewrite
    assert not summary_kept(source, f"{title} with ten years of experience. Reliable and punctual.")


@pytest.mark.parametrize(("title", "held", "bullet"), TITLES)
def test_the_title_held_stays_true(title: str, held: str, bullet: str) -> None:
    source = _source(held, bullet)
    for rewrite in _forms(held, bullet):
        assert first_bullet_kept(source, rewrite), rewrite
    assert summary_kept(source, f"{held} with ten years of experience. Reliable and punctual.")
