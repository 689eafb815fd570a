"""Fixtures for parser tests: the labelled corpus (skipped where it is absent) and generated files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS, corpus_path
from tests.conftest import corpus_files as _corpus_files

RESUMES = CORPUS / "resumes"
LABELS = CORPUS / "labels"


def corpus_files() -> list[Path]:
    """The corpus resumes; one placeholder that skips (saying where to put the corpus) when absent."""
    return _corpus_files("resumes", ".pdf", ".docx")


def label(name: str) -> dict[str, Any]:
    return json.loads((LABELS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    corpus_path("resumes")
    return CORPUS


@pytest.fixture(scope="session")
def sample_pdf(corpus_dir: Path) -> bytes:
    return (corpus_dir / "resumes" / "soupboss__01-Accountant.pdf").read_bytes()


@pytest.fixture(scope="session")
def plain_docx() -> bytes:
    from . import builders

    return builders.docx_with_tables()
