"""Every hostile file through both upload use cases in process: the same outcome both ways, nothing stored.

The per-file rules of `test_hostile_uploads.py`, without the runner: for each file in
`tests.hostile`, the direct upload (`logic.uploads.upload_resume`) and the presigned flow
(`presign_upload`, the object landing in storage, then `logic.ingest.ingest`) run against
in-memory repositories (`tests/fakes.py`) with the real bounded parser (`web/parser.py`, the
sandbox child process):

- a HOSTILE file is refused directly with its status and code within the direct bound, and
  nothing is stored; the presigned flow refuses it before any byte is stored, or ingest ends
  `failed` with the same code (PRESIGNED_CODE where the paths differ by design), once, with no
  parsed version;
- a PARSEABLE file is stored directly with the expected parse, and ingest makes it `ready` with
  the same document;
- every parse that runs grows the sandbox child's peak RSS by less than MEMORY_BOUND_MB and
  raises nothing but our own errors (the sandbox would turn a foreign exception into a plain
  `unreadable`, so the child itself reports it).

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
from collections.abc import Callable
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
from resume_api.web.parser import parse_upload
from tests.fakes import HASH, World
from tests.hostile import HOSTILE, PARSEABLE
from tests.test_hostile_uploads import DIRECT_BOUND_S, MEMORY_BOUND_MB, PRESIGNED_CODE, _check_parse, _payload

pytestmark = pytest.mark.slow
UPLOAD_PORTS = ("resumes", "quotas", "parse", "sessions", "providers", "clock")


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
    """In the sandbox child, instead of `parse_document`: the real parse, then its peak RSS growth
    and any exception that is not our own, written to `record` for the test to read."""
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
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        record.write_text(json.dumps({"growth_mb": (peak_kb - base_kb) / 1024, "foreign": foreign}))


@pytest.fixture
def parse_record(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Where the sandbox child writes the measures of the parse it runs (its `parse_document`, measured)."""
    record = tmp_path / "parse.json"
    monkeypatch.setattr(
        document, "parse_document", functools.partial(_measured, document.parse_document, record)
    )
    return record


@pytest.fixture
def world(parse_record: Path) -> World:
    """In-memory ports around the real bounded parser, whose child measures each parse."""
    world = World()
    world.parse = ParsedOnce()  # type: ignore[assignment]
    world.session()
    return world


def _parse_within_bounds(record: Path, name: str) -> bool:
    """The measured parse's bounds, if the file reached the parser (the type sniff and the
    handler's size and name checks refuse some before); whether it did."""
    if not record.exists():
        return False
    measured = json.loads(record.read_text())
    assert measured["growth_mb"] < MEMORY_BOUND_MB, f"{name}: peak RSS grew by {measured['growth_mb']:.0f} MB"
    assert measured["foreign"] is None, f"{name}: {measured['foreign']}"
    return True


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
    started = time.perf_counter()
    with pytest.raises(ApiError) as refused:
        uploads.upload_resume(world.session(), filename, data, content_type, **world.ports(*UPLOAD_PORTS))
    assert time.perf_counter() - started < DIRECT_BOUND_S, name
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
    started = time.perf_counter()
    direct = uploads.upload_resume(
        world.session(), case.filename, data, case.content_type, **world.ports(*UPLOAD_PORTS)
    )
    assert time.perf_counter() - started < DIRECT_BOUND_S, name
    assert _parse_within_bounds(parse_record, name), f"{name} never reached the parser"
    _check_parse(direct.resume.model_dump(mode="json"), case)

    assert _presigned(world, case.filename, case.content_type, data) == "ready"
    ingested = [r for r in world.resumes.list_all(HASH) if r.resume_id != direct.resume_id]
    assert [r.status for r in ingested] == ["ready"]
    assert world.resumes.document(ingested[0]) == direct.resume, "the presigned parse is the direct parse"
