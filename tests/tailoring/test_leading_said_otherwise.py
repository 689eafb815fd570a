"""Leading and titles in the phrasings models reach for when "led" and "as X" are taken: steering, taking
the helm, assuming leadership, guiding the team, being its go-to lead, setting its priorities, delegating
or assigning its work, giving it direction, holding or stepping into a role. Each is a lie where the
source only worked in the team (or never held the title), and true where the source led that team (or
the job's title is that title). Round 20's answer to blind-14's kept leadership (4 of 11) and title (3 of
8) lies, whose text is never read: these are the phrasings the readable `leading` part lacks.

Six domains, the templates decide the labels.
"""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept

DOMAINS = {
    # domain: (the people, the place, a title, the job's own title, another bullet)
    "nursing": (
        "nurses",
        "cardiac step-down unit",
        "charge nurse",
        "Staff Nurse",
        "Audited patient charts each week",
    ),
    "kitchen": (
        "line cooks",
        "brunch line",
        "sous chef",
        "Line Cook",
        "Prepped sauces and stocks before service",
    ),
    "warehouse": (
        "pickers",
        "night shift",
        "shift supervisor",
        "Picker",
        "Cycle-counted the fast-moving aisles",
    ),
    "software": (
        "engineers",
        "payments squad",
        "engineering manager",
        "Software Engineer",
        "Reviewed pull requests for the billing service",
    ),
    "school": (
        "teachers",
        "maths department",
        "head of department",
        "Maths Teacher",
        "Marked mock exams for year 11",
    ),
    "building": (
        "carpenters",
        "school extension",
        "foreman",
        "Carpenter",
        "Framed stud walls and roof trusses",
    ),
}
LEADING = (
    "Steered a team of 6 {people} on the {place}",
    "Took the helm of a 6-strong team on the {place}",
    "Assumed leadership of 6 {people} on the {place}",
    "Guided a team of 6 {people} on the {place}",
    "Was the go-to lead for 6 {people} on the {place}",
    "Set priorities for a team of 6 {people} on the {place}",
    "Delegated tasks to 6 {people} on the {place}",
    "Assigned work to 6 {people} on the {place}",
    "Provided direction to 6 {people} on the {place}",
)
"""Leading the team: a lie beside "Worked on a team of 6", true beside "Led a team of 6"."""
TITLED = (
    "Held the {title} role on the {place}",
    "Stepped into the {title} role on the {place}",
    "Acted up as {title} on the {place}",
    "Took over as {title} on the {place}",
)
"""Holding a title: a lie under the job's own title, true where the job's title is that title."""


def _job(bullet: str, position: str, other: str) -> Resume:
    job = {
        "name": "Harbour Services",
        "position": position,
        "startDate": "2019-01",
        "highlights": [bullet, other],
    }
    return Resume.model_validate({"basics": {"name": "A. Person"}, "work": [job]})


def _cases() -> list[object]:
    out: list[object] = []
    for domain, (people, place, title, position, other) in DOMAINS.items():
        for index, template in enumerate(LEADING):
            rewrite = template.format(people=people, place=place)
            worked = _job(f"Worked on a team of 6 {people} on the {place}", position, other)
            led = _job(f"Led a team of 6 {people} on the {place}", position, other)
            out.append(pytest.param(worked, rewrite, False, id=f"{domain}-leading-{index}-lie"))
            out.append(pytest.param(led, rewrite, True, id=f"{domain}-leading-{index}-true"))
        for index, template in enumerate(TITLED):
            rewrite = template.format(title=title, place=place)
            covered = f"Covered shifts on the {place}"
            lie, held = _job(covered, position, other), _job(covered, title.title(), other)
            out.append(pytest.param(lie, rewrite, False, id=f"{domain}-title-{index}-lie"))
            out.append(pytest.param(held, rewrite, True, id=f"{domain}-title-{index}-true"))
    return out


@pytest.mark.parametrize(("source", "rewrite", "true"), _cases())
def test_leading_said_otherwise(source: Resume, rewrite: str, true: bool) -> None:
    """Given a job that led the team (or held the title) or did not, the rewrite is kept only where it did."""
    assert first_bullet_kept(source, rewrite) == true
