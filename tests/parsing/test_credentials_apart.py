"""Certificates printed under a heading that joins them to the schooling, moved apart line by line.

`credentials_apart` takes from an education section the run of credentials at its end (or its
start) only where the heading names certificates too; what it must not take is as much the rule as
what it takes: a degree's place, grade, courses, a school-leaving certificate at a school, a line
naming a school, a wrapped date, and anything at all under a heading naming schooling alone (`Leaving
Certificate`, `Postgraduate Certificate` are schooling). Cases in several languages and both orders.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.lines import Line
from resume_api.parsing.section_types import credentials_apart

DEGREES = [
    "Master of Science in Computer Science, University of Michigan, 2015 – 2017",
    "Licence Informatique, Université de Lyon, 2012 – 2015",
]
CERTS = [
    "AWS Certified Security - Specialty, Amazon Web Services, 2021",
    "CFA Level II, CFA Institute, 2019",
    "ITIL 4 Foundation — Axelos (2020)",
]


def _moved(heading: str, texts: list[str]) -> list[str]:
    """The lines moved; every line is either moved or kept, each in its order."""
    moved, rest = credentials_apart(heading, [Line(text=t, cells=[t]) for t in texts])
    assert sorted(ln.text for ln in moved + rest) == sorted(texts)
    return [ln.text for ln in moved]


@pytest.mark.parametrize(
    "heading",
    [
        "Education & Certifications",
        "Formation et certifications",
        "Ausbildung & Zertifikate",
        "Образование и сертификаты",
        "学歴・資格",
        "证书与教育",
        "Certyfikaty i wykształcenie",
    ],
)
def test_the_certificates_after_the_degrees_move(heading: str) -> None:
    assert _moved(heading, [*DEGREES, *CERTS]) == CERTS


def test_the_certificates_before_the_degrees_move() -> None:
    assert _moved("Certifications & Education", [*CERTS, *DEGREES]) == CERTS


def test_nothing_moves_under_a_heading_naming_schooling_alone() -> None:
    texts = [*DEGREES, "Leaving Certificate, 2008", "Postgraduate Certificate in Practice Learning, 2019"]
    assert _moved("Education", texts) == []
    assert _moved("Education and Training", [*DEGREES, *CERTS]) == []


@pytest.mark.parametrize(
    "detail",
    [
        "Ann Arbor, MI",
        "GPA: 3.8/4.0, Magna Cum Laude",
        "Relevant coursework: Algorithms, Operating Systems, Econometrics",
        "Leaving Certificate, St Mary's College, 2008",
        "Brunel University, London (United Kingdom)",
        "— 2017",
    ],
)
def test_a_degrees_own_line_stays_and_ends_the_run(detail: str) -> None:
    assert _moved("Education & Certifications", [*DEGREES, detail]) == []
    assert _moved("Education & Certifications", [*DEGREES, detail, CERTS[0]]) == [CERTS[0]]


def test_a_wrapped_bullet_moves_whole() -> None:
    head, rest = "• AWS Certified Solutions Architect -", "Associate, Amazon Web Services, 2020"
    assert _moved("Education & Certifications", [*DEGREES, head, rest]) == [head, rest]


def test_a_section_of_certificates_alone_stays_whole() -> None:
    """Nothing names a degree or a school once they are gone: the heading misnamed the section,
    and typing it is not this rule's to do."""
    assert _moved("Education & Certifications", CERTS) == []
