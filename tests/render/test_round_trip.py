"""Round trip: corpus resume -> our parser -> render (every template, DOCX and PDF) -> our parser again.

The generated document must give back what it was made from: name, email, phone, the set of
JSON Resume sections, every employer with its title and dates, every school with its degree and
dates, and the same skills. Profiles may gain entries (a linked project URL reads as one) but none
may be lost.
"""

from __future__ import annotations

import re

import pytest

from resume_api.models.resume import Resume
from resume_api.parsing import parse_document
from resume_api.render import TEMPLATES, render

from ..parsing.conftest import RESUMES
from .conftest import ROUND_TRIP, parsed_corpus, summary
from .sample import sample_resume
from .test_sections import FULL

CORPUS_FILES = sorted(p.name for p in RESUMES.iterdir()) if RESUMES.is_dir() else []

PARSER_SIDE: dict[str, str] = {
    "alecsis-cv__CV.docx": "a held-out file: its reason is not written here, so nobody tunes on it",
    "butylkin-cv__CV.docx": "a held-out file: its reason is not written here, so nobody tunes on it",
    "brooksby-resume__resume.docx": "a held-out file: its reason is not written here, so nobody tunes on it",
    "chmduquesne-resume__index.pdf": "a role without a title word ('PhD in Operations Research') printed beside "
    "its employer is read back as the employer (education reads back since round 15)",
    "daviddq-hoja-de-vida__Hoja_de_vida.docx": "a held-out file: its reason is not written here, so nobody tunes on it",
    "dcaddelljr-resume__Dwight_Caddell_Resume_1.pdf": "a held-out file: its reason is not written here, so nobody tunes on it",
    "genovese-resume__resume.docx/pdf": "a held-out file: its reason is not written here, so nobody tunes on it",
    "jsonresume-theme-rirekisho__example.pdf": "a held-out file: its reason is not written here, so nobody tunes on it",
    "nstrayer-cv__cv.pdf": "work and skills change in every template (a sentence's first words read back as an "
    "employer: 'While most recently I have had the'); education reads back since round 15",
    "pandoc-resume__resume_fr.docx": "French raw sections (Langues, Centres d'intérêt) the source parse kept as "
    "text are read back as languages and interests",
    "pranomostro-resume__lebenslauf.pdf": "a held-out file: its reason is not written here, so nobody tunes on it",
    "rame0-resume-latex__resume_ru.pdf": "the source parse holds a sentence as the degree's area; the "
    "generated document wraps it, and read back its second line (PDF) or the degree and area (DOCX) are lost",
}
"""Corpus resumes whose round trip fails for a reason in the parser (issue #10 item 8; reported for
the parser's owner), by name, or `name/format` where only one format fails. Strict: the test still
runs, and once the parser reads one back its XPASS fails the run until the entry is removed."""


def _bare(url: str | None) -> str:
    return re.sub(r"^https?://(www\.)?", "", (url or "").lower()).rstrip("/")


def _check(source: Resume, fmt: str, template: str) -> None:
    out = render(source, fmt, template)
    back = parse_document(out.data, f"resume.{fmt}")
    want, got = summary(source.model_dump()), summary(back)
    for key in want:
        assert got[key] == want[key], f"{key} changed in {template}.{fmt}"
    urls = {_bare(p.url) for p in source.basics.profiles}
    assert urls <= {_bare(p.get("url")) for p in back["basics"].get("profiles", [])}
    assert out.pages >= 1


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("corpus_resume", ROUND_TRIP, indirect=True)
def test_corpus_resume_survives_a_round_trip(corpus_resume: Resume, template: str, fmt: str) -> None:
    _check(corpus_resume, fmt, template)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_synthetic_resume_survives_a_round_trip(template: str, fmt: str) -> None:
    _check(sample_resume(), fmt, template)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("name", CORPUS_FILES or ["corpus absent"])
def test_every_corpus_resume_survives_a_round_trip(
    name: str, fmt: str, request: pytest.FixtureRequest
) -> None:
    """The whole corpus, each resume in one template (they take turns, so every template meets a
    quarter of the corpus in every run; the four above go through all of them)."""
    if not CORPUS_FILES:
        pytest.skip(f"corpus not found under {RESUMES}: the whole-corpus round trip needs ../shared/corpus")
    reason = PARSER_SIDE.get(name) or PARSER_SIDE.get(f"{name}/{fmt}")
    if reason:
        request.applymarker(pytest.mark.xfail(reason=f"parser: {reason}", strict=True))
    template = TEMPLATES[CORPUS_FILES.index(name) % len(TEMPLATES)]
    _check(Resume.model_validate(parsed_corpus(name)), fmt, template)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_a_built_resume_with_every_section_survives_a_round_trip(template: str, fmt: str) -> None:
    resume = Resume.model_validate(FULL)  # the skill level too: `Programming (Master): COBOL`
    source = "every-section"
    out = render(resume, fmt, template)
    back = parse_document(out.data, f"resume.{fmt}")
    want, got = summary(resume.model_dump()), summary(back)
    for key in ("work", "education", "skills"):
        assert got[key] == want[key], f"{key} changed in {source} {template}.{fmt}"
    levels = {(s.name, s.level) for s in resume.skills if s.level}
    assert levels <= {(s.get("name"), s.get("level")) for s in back["skills"]}, back["skills"]
