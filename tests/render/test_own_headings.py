"""A generated document keeps the person's own section headings, in their language, and reads back.

A French resume sent back under "Experience" and "Education" is not the person's resume any more.
The generated cases span the parser's vocabulary: every language it reads, several headings per
section (the key's heading chosen differently per template), every template, DOCX and PDF; each
document must parse back to the same sections, in the same order, under the printed headings,
with its entries whole.
"""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from resume_api.parsing import parse_document
from resume_api.parsing.lexicon import language_files
from resume_api.render import TEMPLATES, render
from resume_api.render.print_plan import HEADINGS, build

LANGUAGES = language_files()
KEYS = ("summary", "work", "education", "skills", "languages")


def _heading(code: str, key: str, pick: int) -> str:
    """One of the language's headings for `key`, written the way a person would (first letter up)."""
    names = LANGUAGES[code]["headings"][key]
    name = names[pick % len(names)]
    return name[:1].upper() + name[1:]


def _resume(code: str, pick: int) -> Resume:
    headings = {key: _heading(code, key, pick) for key in KEYS}
    return Resume.model_validate(
        {
            "basics": {
                "name": "Maria Kowalska",
                "email": "maria@example.com",
                "summary": "Engineer building data platforms for logistics companies.",
            },
            "work": [
                {
                    "name": "Nordlys Freight",
                    "position": "Data Engineer",
                    "startDate": "2021-03",
                    "endDate": "present",
                    "highlights": ["Built the pipeline that tracks shipments every day"],
                },
                {
                    "name": "Kobmand Retail",
                    "position": "Analyst",
                    "startDate": "2018-01",
                    "endDate": "2021-02",
                    "highlights": ["Reduced the daily sales load from four hours to 25 minutes"],
                },
            ],
            "education": [
                {"institution": "Warsaw University of Technology", "studyType": "MSc", "endDate": "2017"}
            ],
            "skills": [{"name": "Skills", "keywords": ["Python", "SQL", "Kafka"]}],
            "languages": [{"language": "Polish", "fluency": "Native"}],
            "sections": [{"heading": headings[key], "key": key, "text": "..."} for key in KEYS],
        }
    )


CASES = [
    pytest.param(code, template, fmt, id=f"{code}-{template}-{fmt}")
    for code in LANGUAGES
    for template in TEMPLATES
    for fmt in ("pdf", "docx")
]


@pytest.mark.parametrize(("code", "template", "fmt"), CASES)
def test_headings_in_the_persons_language_print_and_read_back(code: str, template: str, fmt: str) -> None:
    pick = sorted(TEMPLATES).index(template)
    resume = _resume(code, pick)
    want = [_heading(code, key, pick) for key in KEYS]
    assert [s.heading for s in build(resume).sections] == want
    back = parse_document(render(resume, fmt, template).data, f"generated.{fmt}")
    named = [(s["key"], s["heading"].casefold()) for s in back["sections"] if s["key"] in KEYS]
    assert named == [(key, heading.casefold()) for key, heading in zip(KEYS, want, strict=True)]
    assert [(w.get("name"), w.get("position")) for w in back["work"]] == [
        ("Nordlys Freight", "Data Engineer"),
        ("Kobmand Retail", "Analyst"),
    ]
    assert [e.get("institution") for e in back["education"]] == ["Warsaw University of Technology"]
    assert {k for group in back["skills"] for k in group.get("keywords", [])} == {"Python", "SQL", "Kafka"}


def _sections(*pairs: tuple[str, str]) -> Resume:
    return Resume.model_validate(
        {
            "work": [{"name": "Acme", "position": "Engineer"}],
            "skills": [{"name": "Skills", "keywords": ["Python"]}],
            "sections": [{"heading": h, "key": k, "text": "..."} for k, h in pairs],
        }
    )


def test_sections_joined_into_one_key_print_the_standard_heading() -> None:
    # "Research Experience" over the teaching entries would be untrue: no one heading names both.
    resume = _sections(("work", "Research Experience"), ("work", "Teaching Experience"), ("skills", "Outils"))
    assert [(s.key, s.heading) for s in build(resume).sections] == [
        ("work", HEADINGS["work"]),
        ("skills", "Outils"),
    ]


def test_a_section_without_a_heading_prints_the_standard_one() -> None:
    resume = _sections(("work", ""), ("skills", "Kompetenzen"))
    assert [(s.key, s.heading) for s in build(resume).sections] == [
        ("work", HEADINGS["work"]),
        ("skills", "Kompetenzen"),
    ]
    unnamed_twice = _sections(("work", ""), ("work", "Berufserfahrung"))
    assert build(unnamed_twice).sections[0].heading == HEADINGS["work"]


def test_a_resume_without_source_sections_prints_the_standard_headings() -> None:
    resume = Resume.model_validate({"work": [{"name": "Acme", "position": "Engineer"}]})
    assert [(s.key, s.heading) for s in build(resume).sections] == [("work", HEADINGS["work"])]
