"""Round 14 (#10): what sits among a person's jobs without being one.

A teaching section lists the courses a person taught (`Advanced Statistical Computing`, TA and
lecturer): issue #10 keeps academic sections (teaching, grants, talks) whole as `other`, and the
corpus's label rules name no course as a job. Each language's usual teaching headings, written
from its academic CV conventions, not from any corpus file.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.entries import parse_work
from resume_api.parsing.sections import heading_key
from tests.parsing.test_entries_round13 import _line

TEACHING: dict[str, tuple[str, ...]] = {
    "en": ("Teaching Experience", "Teaching", "Teaching and Mentoring"),
    "fr": ("Expérience d'enseignement", "Enseignement", "Activités d'enseignement"),
    "de": ("Lehrerfahrung", "Lehrtätigkeit", "Lehre"),
    "es": ("Experiencia docente", "Docencia"),
    "pt": ("Experiência docente", "Docência"),
    "it": ("Esperienza didattica", "Attività didattica"),
    "nl": ("Onderwijservaring", "Onderwijsactiviteiten"),
    "pl": ("Doświadczenie dydaktyczne", "Działalność dydaktyczna"),
    "ru": ("Преподавательская деятельность", "Опыт преподавания"),
    "zh": ("教学经历", "教学经验"),
    "ja": ("教歴", "担当授業"),
}
"""Per language, the headings of a section of courses taught."""


@pytest.mark.parametrize(
    "heading",
    [pytest.param(h, id=f"{code}-{h}") for code, hs in TEACHING.items() for h in hs],
)
def test_a_teaching_section_is_other_not_work(heading: str) -> None:
    assert heading_key(heading) == "other"
    assert heading_key(heading.upper()) == "other"


PLACES_JOINED = [
    ("Palo Alto, CA & Ithaca, NY", "Globex"),
    ("Austin, TX and Denver, CO", "Initech LLC"),
    ("Lyon & Paris", "Lumière Conseil SAS"),
    ("München & Berlin", "Müller Logistik GmbH"),
    ("Madrid y Barcelona", "Solaris S.A."),
    ("Warszawa i Kraków", "Wisła Logistyka Sp. z o.o."),
]
"""Two places a job was at, joined as partners' names are (`Palo Alto, CA & Ithaca, NY`): a place."""


PLACES_NOT_READ = {"Austin, TX and Denver, CO", "Lyon & Paris", "Madrid y Barcelona"}
"""Two places the parser did not read as one before partnerships either (strict xfails): known gap."""


@pytest.mark.parametrize(
    ("place", "employer"),
    [
        pytest.param(
            p,
            e,
            marks=[pytest.mark.xfail(strict=True, reason="places joined: not read")] * (p in PLACES_NOT_READ),
        )
        for p, e in PLACES_JOINED
    ],
)
def test_two_places_joined_are_the_jobs_place_not_a_firm(place: str, employer: str) -> None:
    jobs = parse_work(
        [
            _line(f"Open Source Contributor | {employer} | {place}", bold=True),
            _line("Jan 2013 – May 2013"),
            _line("• Led the team of contributors"),
        ]
    )
    assert [(j["name"], j["position"], j["location"]) for j in jobs] == [
        (employer, "Open Source Contributor", place)
    ]
