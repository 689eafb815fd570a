"""Every real resume in the corpus parses, validates as `Resume`, and matches its label where it counts."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pytest

from resume_api.models.resume import Resume
from tests.parsed import parse

from .conftest import corpus_files, label

FILES = corpus_files()


def _norm(text: object) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _same(a: object, b: object) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    return (
        max(
            SequenceMatcher(None, a, b).ratio(),
            SequenceMatcher(None, a.replace(" ", ""), b.replace(" ", "")).ratio(),
        )
        >= 0.8
    )


_CACHE: dict[Path, dict[str, Any]] = {}


def _parsed(path: Path) -> dict[str, Any]:
    if path not in _CACHE:
        _CACHE[path] = parse(path.read_bytes(), path.name)
    return _CACHE[path]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_corpus_resume_parses_and_validates(path: Path) -> None:
    parsed = _parsed(path)
    resume = Resume.model_validate(parsed)
    assert resume.sections, "no section found"
    assert all(s.text or s.key == "other" for s in resume.sections if s.key in {"work", "education"})


@pytest.mark.parametrize(
    "name",
    [
        "awesome-cv__resume.pdf",
        "altacv__mmayer.pdf",
        "rendercv__John_Doe_ModerncvTheme_CV.pdf",
        "resume-matcher__john_doe.pdf",
        "soupboss__01-Accountant.docx",
        "deedy-resume__deedy_resume-openfont.pdf",
    ],
)
def test_fields_match_the_labels(corpus_dir: Path, name: str) -> None:
    parsed = _parsed(corpus_dir / "resumes" / name)
    truth = label(name)
    assert _same(parsed["basics"].get("name"), truth["basics"]["name"])
    assert parsed["basics"].get("email") == truth["basics"]["email"].lower()
    matched = [
        t
        for t in truth["work"]
        if any(
            _same(w.get("name"), t["name"]) and _same(w.get("position"), t["position"])
            for w in parsed["work"]
        )
    ]
    assert len(matched) >= max(1, len(truth["work"]) - 1), (
        f"{len(matched)}/{len(truth['work'])} work entries matched"
    )
    dated = [
        t
        for t in truth["work"]
        if any(
            _same(w.get("name"), t["name"])
            and w.get("startDate") == t["startDate"]
            and w.get("endDate") == t["endDate"]
            for w in parsed["work"]
        )
    ]
    assert len(dated) >= len(truth["work"]) - 1
    keys = {s["key"] for s in parsed["sections"]} - {"other"}
    assert keys == {s["key"] for s in truth["sections"]} - {"other"}


def test_two_column_reading_order_puts_the_main_column_first(corpus_dir: Path) -> None:
    parsed = _parsed(corpus_dir / "resumes" / "deedy-resume__deedy_resume-openfont.pdf")
    headings = [s["heading"] for s in parsed["sections"]]
    assert headings.index("EXPERIENCE") < headings.index("EDUCATION")
    assert headings.index("PUBLICATIONS") < headings.index("SKILLS")


def test_links_and_profiles_come_from_link_targets(corpus_dir: Path) -> None:
    parsed = _parsed(corpus_dir / "resumes" / "soupboss__devops-engineer-resume-example.pdf")
    networks = {p["network"]: p["username"] for p in parsed["basics"].get("profiles", [])}
    assert networks.get("LinkedIn") == "jared-richards"
    assert networks.get("GitHub") == "jaredrich"
