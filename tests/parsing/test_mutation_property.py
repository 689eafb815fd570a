"""Mutated real resumes: the parser returns a valid Resume or one of our own errors, never anything else.

What this proves, with hypothesis generating the damage (deterministically: `derandomize=True`):

- the parser's public entry, `resume_api.parsing.parse_document` (what the sandboxed child of
  the upload and ingest functions runs), given a corpus resume whose bytes were flipped,
  inserted, deleted, truncated, overwritten or duplicated,
  - either returns a dict that validates as `Resume` (what the handlers store), or
  - raises an `ApiError` with a 4xx status, a one-line message and a classified code: never the
    catch-all `unreadable` code, which means a reader tripped over an exception nobody
    anticipated (a bug, even though the caller still gets a clean 422);
  - never raises any other exception, and never takes more than 5 s of CPU time (CPU, not the
    wall clock, which a loaded machine stretches: hypothesis's wall-clock deadline failed at load
    19 on a parse that took 3.3 s alone; a CPU-time alarm at 20 s turns a hang into a failure
    instead of a stuck test run);
- the same for DOCX files mutated inside their zip members' XML and re-zipped (so the damage
  reaches lxml and python-docx instead of stopping at the zip's CRC check), and for PDFs whose
  decoded page content streams were mutated and re-written (so the damage reaches the
  content-stream interpreter instead of stopping at zlib).
"""

from __future__ import annotations

import contextlib
import functools
import io
import signal
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from resume_api.errors import ApiError
from resume_api.models.resume import Resume
from resume_api.parsing import parse_document

from .conftest import corpus_files

FILES = [p for p in corpus_files() if p.is_file()]
PDFS = [p for p in FILES if p.suffix.lower() == ".pdf"]
DOCXS = [p for p in FILES if p.suffix.lower() == ".docx"]

pytestmark = pytest.mark.usefixtures("corpus_dir")

CPU_BOUND_S = 5.0
"""What one parse of a damaged file may cost; the sandbox allows 7 s of wall time in production."""
HARD_LIMIT_S = 20
PROPERTY = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,  # the bound is on CPU time, in check()
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

TOKENS = [
    # PDF syntax a mutation can usefully plant
    b"<<",
    b">>",
    b"[",
    b"]",
    b" 0 R ",
    b"obj\n",
    b"endobj\n",
    b"stream\n",
    b"endstream\n",
    b"/Length 99999999",
    b"/Filter /FlateDecode",
    b"%%EOF\n",
    b"xref\n0 1\n",
    b"BT /F1 12 Tf (x) Tj ET",
    b"q 1 0 0 1 0 0 cm",
    b"Q Q Q",
    b"1e308",
    b"-0",
    b"/Do",
    b"(\\",
    # XML a mutation can usefully plant
    b"<w:p>",
    b"</w:p>",
    b"<w:t>",
    b"</w:t>",
    b"<w:tbl><w:tr><w:tc>",
    b"&amp;",
    b"&#0;",
    b"&bogus;",
    b'<!DOCTYPE x [<!ENTITY a "b">]>',
    b'r:id="rId999"',
    b'w:val="-1"',
    b'w:val="999999999999"',
    b"\x00",
    b"\xff\xfe",
    "\u202e\u200b".encode(),
]

Mutation = tuple[str, int, int, bytes]
_OPS = ("flip", "insert", "delete", "truncate", "duplicate", "overwrite")
mutation = st.tuples(
    st.sampled_from(_OPS),
    st.integers(min_value=0, max_value=2**31),
    st.integers(min_value=1, max_value=4096),
    st.one_of(st.binary(min_size=1, max_size=64), st.sampled_from(TOKENS)),
)
mutations = st.lists(mutation, min_size=1, max_size=4)


def mutate(data: bytes, changes: list[Mutation]) -> bytes:
    """Apply each change at a position taken modulo the current length."""
    out = bytearray(data)
    for op, where, length, payload in changes:
        n = len(out)
        pos = where % (n + 1)
        if op == "flip" and n:
            for i in range(pos % n, min(pos % n + min(length, 16), n)):
                out[i] ^= payload[(i - pos) % len(payload)] or 0x55
        elif op == "insert":
            out[pos:pos] = payload * max(1, min(length, 2048) // len(payload))
        elif op == "delete":
            del out[pos : pos + length]
        elif op == "truncate":
            del out[pos:]
        elif op == "duplicate":
            out[pos + length : pos + length] = out[pos : pos + length]
        elif op == "overwrite":
            out[pos : pos + len(payload)] = payload
    return bytes(out)


class _Hang(BaseException):
    """Raised by the timer; a BaseException so that no `except Exception` in the parser hides it."""


@contextlib.contextmanager
def _hard_limit(seconds: float) -> Iterator[None]:
    """Interrupt the parse after `seconds` of CPU time.

    A CPU-time timer (SIGPROF), not SIGALRM: pytest-timeout owns the real-time alarm, and a hung
    parser spins the CPU anyway (it does no I/O).
    """

    def ring(signum: int, frame: FrameType | None) -> None:
        raise _Hang(f"the parse ran past {seconds}s of CPU time")

    previous = signal.signal(signal.SIGPROF, ring)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def check(data: bytes, filename: str) -> None:
    """The property: a Resume, or one of our errors with a classified code; nothing else, no hang."""
    error: ApiError | None = None
    started = time.process_time()
    try:
        with _hard_limit(HARD_LIMIT_S):
            parsed = parse_document(data, filename)
    except ApiError as exc:
        error = exc
    spent = time.process_time() - started
    assert spent < CPU_BOUND_S, f"the parse took {spent:.1f}s of CPU time"
    if error is None:
        event("parsed")
        Resume.model_validate(parsed)
        return
    event(f"refused: {error.code}")
    assert 400 <= error.status < 500, (error.status, error.code)
    assert error.message and "\n" not in error.message
    assert error.code != "unreadable", f"an unanticipated exception in a reader: {error.__cause__!r}"


@functools.cache
def _read(path: Path) -> bytes:
    return path.read_bytes()


# -- raw bytes ---------------------------------------------------------------------------------------


@PROPERTY
@given(path=st.sampled_from(FILES or [Path("missing.pdf")]), changes=mutations)
def test_mutated_file_bytes(path: Path, changes: list[Mutation]) -> None:
    check(mutate(_read(path), changes), path.name)


# -- DOCX: damage inside the package ---------------------------------------------------------------


@functools.cache
def _members(path: Path) -> tuple[tuple[str, bytes], ...]:
    with zipfile.ZipFile(io.BytesIO(_read(path))) as z:
        return tuple((i.filename, z.read(i)) for i in z.infolist())


def _rezip(members: tuple[tuple[str, bytes], ...], damaged: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members:
            z.writestr(name, damaged.get(name, content))
    return out.getvalue()


@PROPERTY
@given(
    path=st.sampled_from(DOCXS or [Path("missing.docx")]),
    part_changes=st.lists(
        st.tuples(st.sampled_from(["word/document.xml", "*"]), st.integers(0, 2**16), mutations),
        min_size=1,
        max_size=3,
    ),
)
def test_mutated_docx_parts(path: Path, part_changes: list[tuple[str, int, list[Mutation]]]) -> None:
    members = _members(path)
    xml_parts = [n for n, _ in members if n.endswith((".xml", ".rels"))]
    damaged: dict[str, bytes] = {}
    for part, pick, changes in part_changes:
        name = part if part != "*" else xml_parts[pick % len(xml_parts)]
        damaged[name] = mutate(damaged.get(name, dict(members).get(name, b"")), changes)
    check(_rezip(members, damaged), path.name)


# -- PDF: damage inside the page content streams -----------------------------------------------------


@functools.cache
def _content_streams(path: Path) -> tuple[bytes, ...]:
    from pypdf import PdfReader

    streams = []
    for page in PdfReader(io.BytesIO(_read(path))).pages:
        contents = page.get_contents()
        streams.append(contents.get_data() if contents is not None else b"")
    return tuple(streams)


def _with_contents(path: Path, page: int, content: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_read(path))))
    stream = DecodedStreamObject()
    stream.set_data(content)
    target: Any = writer.pages[page]
    target[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@PROPERTY
@given(path=st.sampled_from(PDFS or [Path("missing.pdf")]), page=st.integers(0, 2**8), changes=mutations)
def test_mutated_pdf_content_streams(path: Path, page: int, changes: list[Mutation]) -> None:
    streams = _content_streams(path)
    index = page % len(streams)
    check(_with_contents(path, index, mutate(streams[index], changes)), path.name)


def test_the_mutator_changes_what_it_is_given() -> None:
    """Guard against a property that passes because nothing was ever mutated."""
    data = bytes(range(256)) * 4
    for op in _OPS:
        assert mutate(data, [(op, 100, 10, b"xy")]) != data, op
