"""The corpus split is stable, and the parse benchmarks measure through it."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from benchmarks import corpus_split, parse_preservation

from .conftest import CORPUS, corpus_files


def test_the_first_25_are_always_tuned_on() -> None:
    assert len(corpus_split.TUNED_EARLIER) == 25
    assert all(corpus_split.half(n) == "tune" for n in corpus_split.TUNED_EARLIER)


@pytest.mark.parametrize("name", [f"new-file-{i}.pdf" for i in range(16)])
def test_a_new_file_is_held_out_exactly_when_its_hash_is_odd(name: str) -> None:
    odd = hashlib.sha256(name.encode()).digest()[0] % 2 == 1
    assert corpus_split.held_out(name) is odd
    halves = corpus_split.split([name, "altacv__mmayer.pdf"])
    assert "altacv__mmayer.pdf" in halves["tune"]
    assert (name in halves["held_out"]) is odd


def test_the_corpus_splits_into_the_stated_halves() -> None:
    names = [p.name for p in corpus_files()]
    if len(names) < 58:
        pytest.skip("the grown corpus is not here")
    halves = corpus_split.split(names)
    assert len(halves["tune"]) + len(halves["held_out"]) == len(names)
    assert set(corpus_split.TUNED_EARLIER) <= set(halves["tune"])
    assert len(halves["held_out"]) >= 19


def test_preservation_benchmark_on_a_two_file_corpus(tmp_path: Path) -> None:
    if not (CORPUS / "preserve.py").exists() or shutil.which("pdftotext") is None:
        pytest.skip("corpus preserve.py or pdftotext not available")
    corpus = tmp_path / "corpus"
    (corpus / "resumes").mkdir(parents=True)
    shutil.copy(CORPUS / "preserve.py", corpus / "preserve.py")
    for name in ("soupboss__01-Accountant.pdf", "soupboss__01-Accountant.docx"):
        shutil.copy(CORPUS / "resumes" / name, corpus / "resumes" / name)
    result = parse_preservation.run(corpus)
    tune = result["halves"]["tune"]
    assert tune["files"] == 2 and result["halves"]["held_out"]["files"] == 0
    for key in ("parse", "docx", "pdf", "md", "e2e"):
        median, worst = tune[key]
        assert 0.9 <= worst <= median <= 1.0
    assert "end to end" in result["table"]


def test_speed_figures_never_name_a_held_out_file() -> None:
    """The slowest document and the largest ratio are named only when they are tune files."""
    from benchmarks import parse_speed

    held = next(n for n in (f"resume-{i}.pdf" for i in range(100)) if corpus_split.held_out(n))
    tune = next(n for n in (f"resume-{i}.pdf" for i in range(100)) if not corpus_split.held_out(n))
    timing = {"median_s": 0.1, "max_s": 0.2, "plain_median_s": 0.1, "ratio": 1.0, "error": None}
    figures = {
        "timings": [{**timing, "file": tune}, {**timing, "file": held, "max_s": 3.0, "ratio": 9.0}],
        "median_ratio": 1.0,
        "score": 0.5,
    }
    summary = parse_speed.summarize(figures)
    table = parse_speed.table(summary)
    assert held not in table and "a held-out file" in table
    assert parse_speed.shown_name(tune) == tune
