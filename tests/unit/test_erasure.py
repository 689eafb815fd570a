"""Erasure that wins every race (docs/threats.md 33): each writer meets DELETE at its conditional
write, in memory. DELETE revokes (the mark every write of the session's items checks) and then
sweeps; a writer that commits first is swept, one that comes after loses and removes its objects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from resume_api.data.table import SessionErased
from resume_api.logic import generate, ingest, optimize, sections_patch, sessions, uploads
from resume_api.logic.presign import presign_upload
from resume_api.models.generate import GenerateRequest
from resume_api.models.optimize import OptimizeRequest
from resume_api.models.presign import PresignRequest
from resume_api.models.sections_patch import PatchSectionsRequest
from tests.fakes import HASH, World
from tests.unit.conftest import JD, sample_resume

PDF = b"%PDF-1.7 racing"


def _delete(world: World) -> None:
    sessions.delete_session(HASH, **world.ports("sessions", "clock"))


def assert_nothing_left(world: World) -> None:
    """Of the session only its revoked item remains: no object, resume, conversation or counter."""
    assert world.objects.data == {}
    assert [k for k in world.resumes.items.items if k[0] == HASH] == []
    assert [k for k in world.conversations.items.items if k[0] == HASH] == []
    assert [s for s in world.counter.used if s[0] == f"SESSION#{HASH}"] == []
    session = world.sessions.get(HASH)
    assert session is not None and session.revoked_at is not None


def _upload(world: World) -> Any:
    world.parse.documents[PDF] = sample_resume()
    return uploads.upload_resume(
        world.session(),
        "cv.pdf",
        PDF,
        "application/pdf",
        **world.ports("resumes", "quotas", "parse", "sessions", "providers", "clock"),
    )


def test_an_upload_whose_write_comes_after_delete_keeps_nothing(world: World) -> None:
    world.faults.before_write = lambda: _delete(world)  # DELETE lands while the upload parses
    with pytest.raises(SessionErased) as lost:
        _upload(world)
    assert lost.value.status == 401 and lost.value.code == "session_revoked"
    assert_nothing_left(world)


def test_an_upload_committed_before_delete_is_swept(world: World) -> None:
    _upload(world)
    _delete(world)
    assert_nothing_left(world)


def test_a_presign_after_delete_stores_nothing(world: World) -> None:
    caller = world.session()
    world.faults.before_write = lambda: _delete(world)
    with pytest.raises(SessionErased):
        presign_upload(
            caller,
            PresignRequest(filename="cv.pdf", content_type="application/pdf", size=len(PDF)),
            **world.ports("resumes", "quotas", "clock"),
        )
    assert_nothing_left(world)


def test_an_ingest_whose_version_comes_after_delete_removes_the_upload_too(world: World) -> None:
    caller = world.session()
    presigned = presign_upload(
        caller,
        PresignRequest(filename="cv.pdf", content_type="application/pdf", size=len(PDF)),
        **world.ports("resumes", "quotas", "clock"),
    )
    key = f"uploads/{HASH}/{presigned.resume_id}/cv.pdf"
    world.objects.put(key, PDF, "application/pdf")
    world.parse.documents[PDF] = sample_resume()

    def delete_after_the_claim() -> None:
        world.faults.before_write = lambda: _delete(world)  # the write after the claim: `ready`

    world.faults.before_write = delete_after_the_claim
    outcome = ingest.ingest(
        ingest.S3Object("b", key, len(PDF)), "req", **world.ports("resumes", "sessions", "parse", "clock")
    )
    assert outcome == "removed" and world.parse.calls == 1
    assert_nothing_left(world)


def _stored(world: World) -> str:
    return str(_upload(world).resume_id)


RACES: dict[str, Callable[[World, str], Any]] = {
    "patch": lambda world, rid: sections_patch.patch_sections(
        world.session(),
        PatchSectionsRequest.model_validate(
            {"resume_id": rid, "version": 1, "sections": {"interests": [{"name": "Chess"}]}}
        ),
        **world.ports("resumes", "clock"),
    ),
    "optimize": lambda world, rid: optimize.optimize(
        world.session(),
        OptimizeRequest(jd=JD, resume_id=rid),
        deadline=world.clock() + 20,
        **world.ports("sessions", "resumes", "conversations", "quotas", "providers", "clock"),
    ),
    "optimize async": lambda world, rid: optimize.enqueue_optimization(
        world.session(),
        OptimizeRequest(jd=JD, resume_id=rid),
        **world.ports("resumes", "conversations", "quotas", "jobs", "clock"),
    ),
    "generate": lambda world, rid: generate.generate(
        world.session(),
        GenerateRequest(resume_id=rid, format="md"),
        **world.ports("resumes", "documents", "clock"),
    ),
}


@pytest.mark.parametrize("name", RACES)
def test_every_writer_that_loses_to_delete_removes_what_it_wrote(world: World, name: str) -> None:
    resume_id = _stored(world)
    world.faults.before_write = lambda: _delete(world)
    with pytest.raises(SessionErased):
        RACES[name](world, resume_id)
    assert_nothing_left(world)


def test_a_queued_job_run_after_delete_keeps_nothing(world: World) -> None:
    resume_id = _stored(world)
    caller = world.session()
    accepted = optimize.enqueue_optimization(
        caller,
        OptimizeRequest(jd=JD, resume_id=resume_id),
        **world.ports("resumes", "conversations", "quotas", "jobs", "clock"),
    )

    def delete_before_the_result() -> None:  # `running` is written; DELETE comes before the result
        world.faults.before_write = lambda: _delete(world)

    world.faults.before_write = delete_before_the_result
    status = optimize.run_queued(
        caller,
        accepted.conversation_id,
        world.clock() + 200,
        **world.ports("sessions", "resumes", "conversations", "quotas", "providers", "clock"),
    )
    assert status == "erased"
    assert_nothing_left(world)


def test_delete_keeps_only_the_revoked_session_without_its_key_hints(world: World) -> None:
    _stored(world)
    world.sessions.keys[HASH] = "sk-secret"
    _delete(world)
    assert_nothing_left(world)
    assert HASH not in world.sessions.keys
    with pytest.raises(SessionErased):  # a request still running cannot read it either
        world.sessions.api_key(HASH)
