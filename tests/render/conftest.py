"""Shared helpers for the renderer tests: corpus resumes parsed once, and the fields a round trip keeps."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from resume_api.models.resume import Resume
from tests.conftest import corpus_path
from tests.parsed import parse

from ..parsing.conftest import RESUMES

ROUND_TRIP = (
    "resume-matcher__john_doe.pdf",
    "soupboss__01-Accountant.docx",
    "rendercv__John_Doe_ClassicTheme_CV.pdf",
    "sb2nov-resume__sourabh_bajaj_resume.pdf",
)
"""Corpus resumes for the round trip: a plain one-column PDF, a Word file, a long multi-section
CV with non-ASCII names (`Boğaziçi`), and a dense one-page LaTeX resume."""


@functools.cache
def parsed_corpus(name: str) -> dict[str, Any]:
    path: Path = RESUMES / name
    return parse(path.read_bytes(), path.name)


@pytest.fixture
def corpus_resume(request: pytest.FixtureRequest) -> Resume:
    corpus_path("resumes", request.param)
    return Resume.model_validate(parsed_corpus(request.param))


def _end(job: dict[str, Any]) -> str | None:
    """A job's end; a started job without one is ongoing (JSON Resume's convention, which every
    template prints as `Present`), the same as `present`."""
    end = job.get("endDate")
    return "present" if end is None and job.get("startDate") else end


def summary(doc: dict[str, Any]) -> dict[str, Any]:
    """What a generated document must give back: the fields the issue names."""
    basics = doc.get("basics") or {}
    return {
        "name": basics.get("name"),
        "email": basics.get("email"),
        "phone": basics.get("phone"),
        "sections": Resume.model_validate(doc).sections_available(),
        "work": [(w.get("name"), w.get("position"), w.get("startDate"), _end(w)) for w in doc["work"]],
        "education": [
            (e.get("institution"), e.get("studyType"), e.get("area"), e.get("startDate"), e.get("endDate"))
            for e in doc["education"]
        ],
        "skills": {k for s in doc["skills"] for k in s.get("keywords", [])},
        "skill_groups": {s.get("name") for s in doc["skills"]},
    }
