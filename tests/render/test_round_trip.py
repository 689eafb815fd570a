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

from .conftest import ROUND_TRIP, summary
from .sample import sample_resume


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
