"""The bounded parse: hung and greedy children are killed, errors cross faithfully, nothing leaks."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from resume_api.errors import DocumentError, PayloadTooLarge
from resume_api.parsing import document
from resume_api.parsing.sandbox import parse_bounded

from . import builders


def test_a_hung_parse_is_killed_within_the_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    def hang(*_: Any, **__: Any) -> dict[str, Any]:
        time.sleep(60)
        return {}

    monkeypatch.setattr(document, "parse_document", hang)
    started = time.monotonic()
    with pytest.raises(DocumentError) as info:
        parse_bounded(b"%PDF-1.4", "a.pdf", timeout_s=1.0)
    assert info.value.code == "parse_timeout"
    # killed at its 1 s timeout, not waited out (60 s); the room above 1 s is for fork and kill on a
    # loaded machine (3 s failed once at load 14)
    assert time.monotonic() - started < 10


def test_a_child_that_runs_out_of_memory_is_too_complex(monkeypatch: pytest.MonkeyPatch) -> None:
    def greedy(*_: Any, **__: Any) -> dict[str, Any]:
        blocks = [bytearray(32 * 1024 * 1024) for _ in range(64)]
        return {"n": len(blocks)}

    monkeypatch.setattr(document, "parse_document", greedy)
    with pytest.raises(DocumentError) as info:
        parse_bounded(b"%PDF-1.4", "a.pdf", timeout_s=10, memory_mb=256)
    assert info.value.code == "too_complex"


def test_a_child_that_dies_is_too_complex(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*_: Any, **__: Any) -> dict[str, Any]:
        os._exit(9)

    monkeypatch.setattr(document, "parse_document", crash)
    with pytest.raises(DocumentError) as info:
        parse_bounded(b"%PDF-1.4", "a.pdf", timeout_s=5)
    assert info.value.code == "too_complex"


def test_child_errors_keep_their_class_code_and_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def too_big(*_: Any, **__: Any) -> dict[str, Any]:
        raise PayloadTooLarge("Custom message.", code="custom_code")

    monkeypatch.setattr(document, "parse_document", too_big)
    with pytest.raises(PayloadTooLarge) as info:
        parse_bounded(b"%PDF-1.4", "a.pdf")
    assert (info.value.code, info.value.message, info.value.status) == ("custom_code", "Custom message.", 413)


def test_an_unexpected_exception_becomes_a_fixed_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_: Any, **__: Any) -> dict[str, Any]:
        raise ValueError("file content that must not leak")

    monkeypatch.setattr(document, "parse_document", boom)
    with pytest.raises(DocumentError) as info:
        parse_bounded(b"%PDF-1.4", "a.pdf")
    assert "leak" not in info.value.message


_LEAK_CHECK = """
import multiprocessing, os
from resume_api.errors import DocumentError
from resume_api.parsing.sandbox import parse_bounded
from tests.parsing import builders

def fds():
    return len(os.listdir("/proc/self/fd"))

pdf = builders.two_column_pdf()
parse_bounded(pdf, "a.pdf")  # warm up imports and caches
before = fds()
for _ in range(8):
    assert parse_bounded(pdf, "a.pdf")["basics"]["name"] == "Maria Lopez"
try:
    parse_bounded(b"%PDF-1.4 broken", "a.pdf")
except DocumentError:
    pass
else:
    raise SystemExit("a broken PDF parsed")
after = fds()
assert after <= before, f"descriptors {before} -> {after}"
assert not multiprocessing.active_children(), multiprocessing.active_children()
"""


def test_repeated_parses_leak_no_processes_or_descriptors() -> None:
    """In a fresh interpreter: in a test worker, another file's runner or client may open a
    descriptor of its own while the parses run (it did once, 103 -> 104), which is no leak."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _LEAK_CHECK], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_large_results_cross_the_pipe() -> None:
    items: list[builders.Text] = [(50, 40, "Big Resume", "B", 20), (50, 70, "EXPERIENCE", "B", 13)]
    y = 90.0
    pages = []
    for p in range(12):
        for i in range(45):
            items.append((50, y, f"Engineer, Company {p}-{i} Inc.", "B", 9))
            items.append((400, y, "2001 - 2002", "R", 9))
            y += 15
        pages.append(items)
        items, y = [], 40.0
    parsed = parse_bounded(builders.pdf_bytes(pages), "big.pdf", timeout_s=20)
    assert len(parsed["work"]) >= 200 - 1 or len(parsed["work"]) == 200
