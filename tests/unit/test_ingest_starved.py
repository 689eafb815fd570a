"""The ingest's parse on a busy machine: bounded by its CPU time, waited for until the invocation's deadline.

A Lambda starved of CPU stretches an honest parse's wall time; a wall-clock bound failed such
uploads (`parse_timeout`). The sandbox child is bounded by its own CPU time (`RLIMIT_CPU`,
PARSE_TIMEOUT_S) and waited for until the invocation's deadline (the handler binds it to the
real parser, as here), so through `logic.ingest.ingest` with the real bounded parser:

- a parse that spins (what a hostile file that loops the parser does) is stopped once it has
  computed its CPU bound, long before a distant deadline, and the resume ends `failed`;
- an honest parse pinned to one core beside busy loops takes longer on the wall clock than its
  CPU bound, and is read.

The CPU bound is 1 s here (the least `RLIMIT_CPU` holds), so each case costs about a second.
"""

from __future__ import annotations

import contextlib
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest

from resume_api.logic import ingest
from resume_api.logic.ingest import S3Object
from resume_api.logic.presign import presign_upload
from resume_api.models.presign import PresignRequest
from resume_api.parsing import document
from resume_api.settings import limits
from resume_api.web.parser import parser_until
from tests.fakes import HASH, World
from tests.parsing import builders

CPU_BOUND_S = 1
PATIENCE_S = 120.0
"""The invocation's remaining time in these cases: the wall limit, far above what either needs."""
COMPETITORS = 8
"""Busy loops sharing the parse's core: an honest parse of ~0.2 s CPU takes ≥ 1.8 s of wall."""


@pytest.fixture(autouse=True)
def cpu_bound(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("PARSE_TIMEOUT_S", str(CPU_BOUND_S))
    limits.cache_clear()
    yield
    monkeypatch.undo()
    limits.cache_clear()


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _ingest(world: World, data: bytes) -> tuple[str, Any]:
    """Presign, store the object, ingest it as the handler does (the parse bound to the deadline)."""
    request = PresignRequest(filename="cv.pdf", content_type="application/pdf", size=len(data))
    presigned = presign_upload(world.session(), request, **world.ports("resumes", "quotas", "clock"))
    record = world.resumes.get(HASH, presigned.resume_id)
    assert record is not None
    world.objects.put(record.source_key, data, "application/pdf")
    deadline = time.time() + PATIENCE_S
    outcome = ingest.ingest(
        S3Object("bucket", record.source_key, len(data)),
        "req",
        **world.ports("resumes", "sessions", "clock"),
        parse=parser_until(deadline),
        deadline=deadline,
    )
    return outcome, world.resumes.get(HASH, presigned.resume_id)


def _spin(*_: Any, **__: Any) -> dict[str, Any]:
    while True:
        pass


def test_a_parse_that_spins_is_stopped_by_its_cpu_time(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document, "parse_document", _spin)  # inherited by the forked child
    cpu, started = _children_cpu_s(), time.monotonic()
    outcome, record = _ingest(world, builders.two_column_pdf())
    wall, used = time.monotonic() - started, _children_cpu_s() - cpu
    assert outcome == "failed" and record.status == "failed"
    assert record.error is not None and record.error.code == "parse_timeout"
    # the kernel checks the limit on its ticks; rusage counts a little differently
    assert CPU_BOUND_S - 0.2 <= used < CPU_BOUND_S + 1.5, f"the child computed {used:.2f} s"
    assert wall < PATIENCE_S / 2, f"stopped after {wall:.0f} s: the wall limit, not the CPU bound"


@contextlib.contextmanager
def _one_core_shared_with(competitors: int) -> Iterator[None]:
    """This thread (and so the sandbox child it forks) pinned to one core beside `competitors` busy loops."""
    before = os.sched_getaffinity(0)
    core = {min(before)}
    loops = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL)
        for _ in range(competitors)
    ]
    try:
        for loop in loops:
            os.sched_setaffinity(loop.pid, core)
        os.sched_setaffinity(0, core)
        yield
    finally:
        os.sched_setaffinity(0, before)
        for loop in loops:
            loop.kill()
        for loop in loops:
            loop.wait(10)


def _honest_pdf() -> bytes:
    """Two pages of 40 dated jobs: ~0.2 s of the parse's CPU, a fifth of its bound."""
    items: list[builders.Text] = [(50, 40, "Maria Lopez", "B", 20), (50, 70, "EXPERIENCE", "B", 13)]
    pages, y = [], 90.0
    for page in range(2):
        for i in range(40):
            items.append((50, y, f"Engineer, Company {page}-{i} Inc.", "B", 9))
            items.append((400, y, f"{1990 + i % 30} - {1991 + i % 30}", "R", 9))
            y += 16
        pages.append(items)
        items, y = [], 40.0
    return builders.pdf_bytes(pages)


def test_an_honest_parse_starved_of_cpu_is_read(world: World) -> None:
    data = _honest_pdf()
    with _one_core_shared_with(COMPETITORS):
        cpu, started = _children_cpu_s(), time.monotonic()
        outcome, record = _ingest(world, data)
        wall, used = time.monotonic() - started, _children_cpu_s() - cpu
    assert outcome == "ready", record.error
    assert used < CPU_BOUND_S, f"the honest parse computed {used:.2f} s"
    # the point: it waited on the wall clock longer than its CPU bound, which a wall-clock bound
    # of PARSE_TIMEOUT_S would have failed
    assert wall > CPU_BOUND_S, f"not starved ({wall:.2f} s): the case proves nothing"
    parsed = world.resumes.document(record)
    assert parsed.basics.name == "Maria Lopez" and len(parsed.work) == 80
