"""A failed write at each step of each synchronous use case, over the fakes: a clean retryable error,
nothing half-written, and the same call succeeds once the outage is over.

The same table as tests/test_faults.py's synchronous rows, each outage as the fakes fail a write
(`Faults.fail`). The runner keeps the steps only it can show (KMS, a DynamoDB transaction failing
in moto, the asynchronous ingest with Lambda's retries, its failure destination and the lease)
and the concurrent writers; every synchronous row runs here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from resume_api.data import keys
from resume_api.errors import ServiceUnavailable
from resume_api.logic import conversations, optimize, sections_patch, uploads
from resume_api.logic.presign import presign_upload
from resume_api.models.optimize import OptimizeRequest
from resume_api.models.presign import PresignRequest
from resume_api.models.sections_patch import PatchSectionsRequest
from tests.fakes import HASH, World
from tests.unit.conftest import JD, sample_resume

PDF = b"%PDF-1.7 jane"
UPLOAD_PORTS = ("resumes", "quotas", "parse", "sessions", "providers", "clock")
SYNC_PORTS = ("sessions", "resumes", "conversations", "quotas", "providers", "clock")
QUEUE_PORTS = ("resumes", "conversations", "quotas", "jobs", "clock")


def assert_consistent(world: World, token_hash: str = HASH) -> None:
    """tests/test_faults.py's `assert_consistent` over the fakes: no record points at a missing
    object, no object is without a record, no orphan version, no conversation without its result,
    the resume-slot counter holds exactly the resumes stored, nothing waits without a lease."""
    objects = {k for prefix in keys.session_prefixes(token_hash) for k in world.objects.under(prefix)}
    referenced: set[str] = set()
    problems: list[str] = []
    resumes = world.resumes.list_all(token_hash)
    for r in resumes:
        referenced.update([r.source_key, *r.version_keys, *([r.parsed_key] if r.parsed_key else [])])
        if r.status == "ready":
            missing = [k for k in [r.source_key, r.parsed_key, *r.version_keys] if k not in objects]
            if missing:
                problems.append(f"{r.resume_id} points at missing objects {missing}")
            if r.version != len(r.version_keys) or not r.version_keys or r.version_keys[-1] != r.parsed_key:
                problems.append(
                    f"{r.resume_id}: version {r.version}, {r.version_keys}, current {r.parsed_key}"
                )
        elif r.parsed_key or r.version_keys or r.version:
            problems.append(f"{r.resume_id} is {r.status} but has a version")
        if r.status == "processing" and not (r.lease_until and r.retry_until):
            problems.append(f"{r.resume_id} is processing without a lease and a retry deadline")
    for c in world.conversations.list_all(token_hash):
        for key in (c.request_key, c.result_key):
            if key:
                referenced.add(key)
                if key not in objects:
                    problems.append(f"{c.conversation_id} points at a missing object {key}")
        if c.status == "succeeded" and not c.result_key:
            problems.append(f"{c.conversation_id} succeeded without a result")
        if c.status in ("queued", "running") and not c.lease_until:
            problems.append(f"{c.conversation_id} is {c.status} without a lease")
        document = (c.summary or {}).get("document_id")
        if c.kind == "generate" and document:
            referenced.update(k for k in objects if k.startswith(f"generated/{token_hash}/{document}/"))
    orphans = sorted(objects - referenced)
    if orphans:
        problems.append(f"objects without a record: {orphans}")
    slots = world.counter.used.get((keys.session_pk(token_hash), "resumes", 0), 0)
    if slots != len(resumes):
        problems.append(f"{slots} resume slots held for {len(resumes)} resumes")
    assert not problems, "\n".join(problems)


def _upload(world: World) -> Any:
    return uploads.upload_resume(
        world.session(), "cv.pdf", PDF, "application/pdf", **world.ports(*UPLOAD_PORTS)
    )


def _presign(world: World) -> Any:
    request = PresignRequest(filename="cv.pdf", content_type="application/pdf", size=2000)
    return presign_upload(world.session(), request, **world.ports("resumes", "quotas", "clock"))


def _patch(world: World) -> Any:
    record = world.resumes.list_all(HASH)[0]
    request = PatchSectionsRequest.model_validate(
        {
            "resume_id": record.resume_id,
            "version": record.version,
            "sections": {"interests": [{"name": f"after version {record.version}"}]},
        }
    )
    return sections_patch.patch_sections(world.session(), request, **world.ports("resumes", "clock"))


def _optimize(world: World) -> Any:
    resume_id = world.resumes.list_all(HASH)[0].resume_id
    return optimize.optimize(
        world.session(),
        OptimizeRequest(jd=JD, resume_id=resume_id),
        deadline=world.clock() + 25,
        **world.ports(*SYNC_PORTS),
    )


def _optimize_async(world: World) -> Any:
    resume_id = world.resumes.list_all(HASH)[0].resume_id
    accepted = optimize.enqueue_optimization(
        world.session(), OptimizeRequest(jd=JD, resume_id=resume_id), **world.ports(*QUEUE_PORTS)
    )
    run = world.ports("sessions", "resumes", "conversations", "quotas", "providers", "clock")
    ran = optimize.run_queued(world.session(), accepted.conversation_id, world.clock() + 200, **run)
    view = conversations.get_conversation(
        HASH, accepted.conversation_id, **world.ports("conversations", "clock")
    )
    assert ran == "succeeded" and view.status == "succeeded", view
    return accepted


@dataclass(frozen=True)
class FaultCase:
    failing: str
    """The write that fails (`Faults.fail`), as the runner's fault matches the AWS call."""
    act: Callable[[World], Any]
    needs_resume: bool = True
    commits_version: bool = False
    """The step comes after the version bump: the new version is kept (and complete)."""


FAULTS: dict[str, FaultCase] = {
    "upload: S3.PutObject of the original": FaultCase("put:originals/", _upload, needs_resume=False),
    "upload: S3.PutObject of the parsed JSON": FaultCase("put:parsed/", _upload, needs_resume=False),
    "upload: DynamoDB.TransactWriteItems of the record": FaultCase(
        "item:RESUME#", _upload, needs_resume=False
    ),
    "presign: DynamoDB.TransactWriteItems of the pending record": FaultCase(
        "item:RESUME#", _presign, needs_resume=False
    ),
    "patch: S3.PutObject of the new version": FaultCase("put:parsed/", _patch),
    "patch: DynamoDB.TransactWriteItems of the version bump": FaultCase("item:RESUME#", _patch),
    "optimize: S3.PutObject of the new version": FaultCase("put:parsed/", _optimize),
    "optimize: DynamoDB.TransactWriteItems of the version bump": FaultCase("item:RESUME#", _optimize),
    "optimize: S3.PutObject of the result": FaultCase("put:/result.json", _optimize, commits_version=True),
    "optimize: DynamoDB.TransactWriteItems of the conversation": FaultCase(
        "item:CONV#", _optimize, commits_version=True
    ),
    "optimize async: S3.PutObject of the request": FaultCase("put:/request.json", _optimize_async),
    "optimize async: DynamoDB.TransactWriteItems of the queued conversation": FaultCase(
        "item:CONV#", _optimize_async
    ),
}


def _state(world: World) -> tuple[list[tuple[str, str, int]], int]:
    resumes = sorted((r.resume_id, str(r.status), r.version) for r in world.resumes.list_all(HASH))
    return resumes, len(world.conversations.list_all(HASH))


@pytest.mark.parametrize("name", FAULTS)
def test_a_fault_at_each_step_leaves_nothing_half_written(world: World, name: str) -> None:
    case = FAULTS[name]
    world.parse.documents[PDF] = sample_resume()
    if case.needs_resume:
        _upload(world)
    resumes, conversations_before = _state(world)

    world.faults.fail.add(case.failing)
    with pytest.raises(ServiceUnavailable) as failed:
        case.act(world)
    world.faults.fail.clear()
    assert failed.value.status == 503 and failed.value.code == "backend_unavailable"
    assert_consistent(world)
    after, conversations_after = _state(world)
    assert conversations_after == conversations_before, "no conversation for a failed call"
    if case.commits_version:
        assert after == [(r, s, v + 1) for r, s, v in resumes], "the new version was kept whole"
    else:
        assert after == resumes, "nothing changed"

    case.act(world)
    assert_consistent(world)
