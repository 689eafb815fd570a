"""Fixtures for parser tests: the labelled corpus (skipped where it is absent) and generated files."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("RESUME_CORPUS", ROOT.parent / "shared" / "corpus"))
RESUMES = CORPUS / "resumes"
LABELS = CORPUS / "labels"


def corpus_files() -> list[Path]:
    if not RESUMES.is_dir():
        return []
    return sorted(p for p in RESUMES.iterdir() if p.suffix.lower() in {".pdf", ".docx"})


def label(name: str) -> dict[str, Any]:
    return json.loads((LABELS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not RESUMES.is_dir():
        pytest.skip(f"resume corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def sample_pdf(corpus_dir: Path) -> bytes:
    return (corpus_dir / "resumes" / "soupboss__01-Accountant.pdf").read_bytes()


@pytest.fixture(scope="session")
def plain_docx() -> bytes:
    from . import builders

    return builders.docx_with_tables()
