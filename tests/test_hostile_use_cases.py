"""Every hostile file through both upload use cases in process: the same outcome both ways, nothing stored.

The per-file rules of `test_hostile_uploads.py`, without the runner: for each file in
`tests.hostile`, the direct upload (`logic.uploads.upload_resume`) and the presigned flow
(`presign_upload`, the object landing in storage, then `logic.ingest.ingest`) run against
in-memory repositories (`tests/fakes.py`) with the real bounded parser (`web/parser.py`, the
sandbox child process):

- a HOSTILE file is refused directly with its status and code within the direct bound's CPU time
  (this process and the sandbox child together), and nothing is stored; the presigned flow refuses it before any byte is stored, or ingest ends
  `failed` with the same code (PRESIGNED_CODE where the paths differ by design), once, with no
  parsed version;
- a PARSEABLE file is stored directly with the expected parse, and ingest makes it `ready` with
  the same document;
- every parse that runs takes the sandbox child less CPU time than the parse timeout
  (PARSE_TIMEOUT_S, 7 s), grows its peak RSS by less than MEMORY_BOUND_MB and raises nothing but
  our own errors (the sandbox would turn a foreign exception into a plain `unreadable`, so the
  child itself reports it).

The bounds are CPU time, which other work on the machine does not stretch, so these run beside the
rest of the suite; the sandbox's wall-clock kill is tested by itself (`tests/parsing/test_sandbox.py`,
a hung parse), and here the parse gets PATIENCE_S of wall clock, against a hang.

Both use cases share the Parser port, so each file is parsed once (the first call, timed and
measured) and its outcome handed to the second use case. What crosses the gateway (status codes, the error
body, S3's POST policy, the event plumbing, warm workers surviving each file) stays in
`test_hostile_uploads.py`, on one file per distinct outcome.
"""

from __future__ import annotations

import functools
import json
import resource
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from resume_api.errors import ApiError
from resume_api.logic import ingest, uploads
from resume_api.logic.ingest import S3Object
from resume_api.logic.presign import presign_upload
from resume_api.models.presign import PresignRequest
from resume_api.models.uploads import ParsedUpload
from resume_api.parsing import document
from resume_api.settings import Limits, limits
from resume_api.web.parser import parse_upload
from tests.fakes import HASH, World
from tests.hostile import HOSTILE, PARSEABLE
from tests.test_hostile_uploads import (
    DIRECT_BOUND_S,
    MEMORY_BOUND_MB,
    PATIENCE_S,
    PRESIGNED_CODE,
    _check_parse,
    _payload,
)

pytestmark = pytest.mark.slow
UPLOAD_PORTS = ("resumes", "quotas", "parse", "sessions", "providers", "clock")
PARSE_BOUND_S = Limits().parse_timeout_s
"""The parse's own bound (7 s, PARSE_TIMEOUT_S), held as the child's CPU time."""


class ParsedOnce:
    """The real Parser adapter, called once per file; the second use case gets the same outcome."""

    def __init__(self, parse: Callable[[bytes, str], ParsedUpload] = parse_upload) -> None:
        self.parse = parse
        self.outcomes: dict[tuple[bytes, str], ParsedUpload | ApiError] = {}
        self.seconds = 0.0

    def __call__(self, data: bytes, filename: str) -> ParsedUpload:
        key = (data, filename)
        if key not in self.outcomes:
            started = time.perf_counter()
            try:
                self.outcomes[key] = self.parse(data, filename)
            except ApiError as exc:
                self.outcomes[key] = exc
            self.seconds = time.perf_counter() - started
        outcome = self.outcomes[key]
        if isinstance(outcome, ApiError):
            raise outcome
        return outcome


def _measured(real: Callable[..., Any], record: Path, data: bytes, filename: str, **kwargs: Any) -> Any:
    """In the sandbox child, instead of `parse_document`: the real parse, then its peak RSS growth,
    the CPU time the child has used since its fork (a child's usage starts at zero) and any exception
    that is not our own, written to `record` for the test to read."""
    with open("/proc/self/status") as fh:
        base_kb = next(int(ln.split()[1]) for ln in fh if ln.startswith("VmRSS:"))
    foreign = None
    try:
        return real(data, filename, **kwargs)
    except ApiError:
        raise
    except BaseException as exc:
        foreign = repr(exc)[:300]
        raise
    finally:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        measured = {
            "growth_mb": (usage.ru_maxrss - base_kb) / 1024,
            "cpu_s": usage.ru_utime + usage.ru_stime,
            "foreign": foreign,
        }
        record.write_text(json.dumps(measured))


@pytest.fixture
def parse_record(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Where the sandbox child writes the measures of the parse it runs (its `parse_document`, measured)."""
    record = tmp_path / "parse.json"
    monkeypatch.setattr(
        document, "parse_document", functools.partial(_measured, document.parse_document, record)
    )
    return record


@pytest.fixture
def patient_parse(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The sandbox's wall-clock timeout raised to PATIENCE_S for the test (its CPU limit follows it):
    the parse's own bound is checked as CPU time, which load on the machine does not stretch."""
    monkeypatch.setenv("PARSE_TIMEOUT_S", str(PATIENCE_S))
    limits.cache_clear()
    yield
    monkeypatch.undo()
    limits.cache_clear()


@pytest.fixture
def world(parse_record: Path, patient_parse: None) -> World:
    """In-memory ports around the real bounded parser, whose child measures each parse."""
    world = World()
    world.parse = ParsedOnce()  # type: ignore[assignment]
    world.session()
    return world


def _child_cpu_s(record: Path) -> float:
    """The CPU time of the parse's sandbox child, if the file reached the parser (0 if not)."""
    return float(json.loads(record.read_text())["cpu_s"]) if record.exists() else 0.0


def _parse_within_bounds(record: Path, name: str) -> bool:
    """The measured parse's bounds, if the file reached the parser (the type sniff and the
    handler's size and name checks refuse some before); whether it did."""
    if not record.exists():
        return False
    measured = json.loads(record.read_text())
    assert measured["cpu_s"] < PARSE_BOUND_S, f"{name}: the parse took {measured['cpu_s']:.1f} s of CPU"
    assert measured["growth_mb"] < MEMORY_BOUND_MB, f"{name}: peak RSS grew by {measured['growth_mb']:.0f} MB"
    assert measured["foreign"] is None, f"{name}: {measured['foreign']}"
    return True


def _within_the_direct_bound(started: tuple[float, float], record: Path, name: str) -> None:
    """The direct upload's bound (DIRECT_BOUND_S) as CPU time, this process's and the sandbox
    child's; its wall clock only against a hang (PATIENCE_S)."""
    wall, cpu = time.perf_counter() - started[0], time.process_time() - started[1]
    assert wall < PATIENCE_S, f"{name}: the upload hung for {wall:.0f} s"
    used = cpu + _child_cpu_s(record)
    assert used < DIRECT_BOUND_S, f"{name}: the upload took {used:.1f} s of CPU"


def _presigned(world: World, filename: str, content_type: str, data: bytes) -> str | None:
    """Presign, put the object where the POST would, ingest it; the ingest's outcome, or None if
    the request was refused before any byte was stored (as the API refuses it: 4xx)."""
    try:
        request = PresignRequest(filename=filename, content_type=content_type, size=len(data))
        presigned = presign_upload(world.session(), request, **world.ports("resumes", "quotas", "clock"))
    except (ValidationError, ApiError):
        assert world.objects.data == {} and world.resumes.list_all(HASH) == []
        return None
    record = world.resumes.get(HASH, presigned.resume_id)
    assert record is not None
    world.objects.put(record.source_key, data, content_type)
    return ingest.ingest(
        S3Object("bucket", record.source_key, len(data)),
        "req",
        **world.ports("resumes", "sessions", "parse", "clock"),
    )


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_the_same_way_by_both_use_cases(
    name: str, world: World, parse_record: Path
) -> None:
    _, filename, content_type, status, code = HOSTILE[name]
    data = _payload(name)
    started = (time.perf_counter(), time.process_time())
    with pytest.raises(ApiError) as refused:
        uploads.upload_resume(world.session(), filename, data, content_type, **world.ports(*UPLOAD_PORTS))
    _within_the_direct_bound(started, parse_record, name)
    assert refused.value.status == status, (name, refused.value.code, refused.value.message)
    if code:
        assert refused.value.code == code
    assert world.objects.data == {} and world.resumes.list_all(HASH) == []
    _parse_within_bounds(parse_record, name)

    outcome = _presigned(world, filename, content_type, data)
    if outcome is None:
        return
    assert outcome == "failed", name
    [record] = world.resumes.list_all(HASH)
    assert record.status == "failed" and record.error is not None
    assert record.error.code == PRESIGNED_CODE.get(name, refused.value.code), "the same reason both ways"
    assert not [k for k in world.objects.data if k.startswith("parsed/")], "no parsed version"


@pytest.mark.parametrize("name", sorted(PARSEABLE))
def test_hostile_looking_file_parses_the_same_by_both_use_cases(
    name: str, world: World, parse_record: Path
) -> None:
    case = PARSEABLE[name]
    data = _payload(name)
    started = (time.perf_counter(), time.process_time())
    direct = uploads.upload_resume(
        world.session(), case.filename, data, case.content_type, **world.ports(*UPLOAD_PORTS)
    )
    _within_the_direct_bound(started, parse_record, name)
    assert _parse_within_bounds(parse_record, name), f"{name} never reached the parser"
    _check_parse(direct.resume.model_dump(mode="json"), case)

    assert _presigned(world, case.filename, case.content_type, data) == "ready"
    ingested = [r for r in world.resumes.list_all(HASH) if r.resume_id != direct.resume_id]
    assert [r.status for r in ingested] == ["ready"]
    assert world.resumes.document(ingested[0]) == direct.resume, "the presigned parse is the direct parse"
