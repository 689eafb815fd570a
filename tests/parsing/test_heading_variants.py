"""Section headings as people write them beyond the usual few: the variants each language's resumes
use for a profile, skills, certificates, courses, volunteering, awards, interests and the rest, and
headings that join two sections (`Skills & Interests`, `Compétences et loisirs`), which take the key
of the section that holds structure the reader scores (the skills, the entries) before the other.

Written from each language's resume conventions (career sites' heading lists, Europass's labels,
templates), not from any corpus file; `heading_key` is the one place a heading is named.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_api.parsing.sections import heading_key

VARIANTS: dict[str, dict[str, list[str]]] = {
    code: table
    for code, table in json.loads(
        (Path(__file__).parent / "heading_variants.json").read_text(encoding="utf-8")
    ).items()
    if not code.startswith("_")
}
"""Heading variants by language and key (`heading_variants.json`, data kept apart from the test)."""

JOINED: dict[str, str] = {
    "Skills & Interests": "skills",
    "Interests & Skills": "skills",
    "Skills and Languages": "skills",
    "Languages & Skills": "skills",
    "Skills & Certifications": "skills",
    "Certifications & Skills": "skills",
    "Skills / Hobbies": "skills",
    "Compétences et centres d'intérêt": "skills",
    "Centres d'intérêt & compétences": "skills",
    "Langues et compétences": "skills",
    "Kenntnisse & Interessen": "skills",
    "Sprachen und Kenntnisse": "skills",
    "Idiomas y habilidades": "skills",
    "Habilidades e intereses": "skills",
    "Idiomas e competências": "skills",
    "Lingue e competenze": "skills",
    "Talen en vaardigheden": "skills",
    "Języki i umiejętności": "skills",
    "Навыки и языки": "skills",
    "Языки и навыки": "skills",
    "技能和语言": "skills",
    "语言与技能": "skills",
    "Education & Certifications": "education",
    "Certifications & Education": "education",
    "Formation et certifications": "education",
    "Ausbildung & Zertifikate": "education",
    "Work Experience & Volunteering": "work",
}
"""Headings that join two sections: skills beside languages, interests or certificates keep the
skills (a list of a person's skills is what the other parts are said of); schooling beside
certificates keeps the education entries; work beside volunteering keeps the jobs."""


CASES = [
    pytest.param(text, key, id=f"{code}-{key}-{text}")
    for code, table in VARIANTS.items()
    for key, texts in table.items()
    for text in texts
] + [pytest.param(text, key, id=f"joined-{text}") for text, key in JOINED.items()]


@pytest.mark.parametrize(("text", "key"), CASES)
def test_a_heading_variant_names_its_section(text: str, key: str) -> None:
    assert heading_key(text) == key
    assert heading_key(text.upper()) == key
