"""S3-triggered ingest: once per object whatever S3 redelivers; every outcome decided in memory."""

from __future__ import annotations

from typing import Any

import pytest

from resume_api.errors import DocumentError, ServiceUnavailable
from resume_api.logic import ingest as ingest_logic
from resume_api.logic import sessions
from resume_api.logic.ingest import S3Object, objects_of
from resume_api.models.presign import PresignRequest
from resume_api.settings import Limits
from tests.fakes import HASH, World
from tests.unit.conftest import sample_resume

DATA = b"%PDF-1.7 presigned"


def _pending(world: World) -> S3Object:
    from resume_api.logic.presign import presign_upload

    presign = presign_upload(
        world.session(),
        PresignRequest(filename="cv.pdf", content_type="application/pdf", size=len(DATA)),
        **world.ports("resumes", "quotas", "clock"),
    )
    key = f"uploads/{HASH}/{presign.resume_id}/cv.pdf"
    world.objects.put(key, DATA, "application/pdf")
    world.parse.documents[DATA] = sample_resume()
    return S3Object("bucket", key, len(DATA))


def _ingest(world: World, obj: S3Object, **kwargs: Any) -> str:
    return ingest_logic.ingest(obj, "req", **world.ports("resumes", "sessions", "parse", "clock"), **kwargs)


def _record(world: World, obj: S3Object):
    return world.resumes.get(HASH, obj.key.split("/")[2])


def test_keys_are_url_decoded_as_s3_encodes_them() -> None:
    event = {
        "Records": [
            {"s3": {"bucket": {"name": "b"}, "object": {"key": "uploads/a/r/my+cv%C3%A9.pdf", "size": 3}}}
        ]
    }
    assert objects_of(event) == [S3Object("b", "uploads/a/r/my cvé.pdf", 3)]


def test_a_pending_upload_is_parsed_once_and_redeliveries_are_no_ops(world: World) -> None:
    obj = _pending(world)
    assert _ingest(world, obj) == "ready"
    record = _record(world, obj)
    assert record.status == "ready" and record.version == 1 and record.lease_until is None
    assert world.resumes.document(record).basics.name == "Jane Doe"
    assert _ingest(world, obj) == "skipped"
    assert world.parse.calls == 1


@pytest.mark.parametrize(
    "key",
    ["parsed/x/y/resume.json", f"uploads/{HASH}/r_123/cv.pdf", f"uploads/{HASH}/not-an-id/cv.pdf"],
)
def test_objects_without_a_pending_resume_are_ignored_or_skipped(world: World, key: str) -> None:
    assert _ingest(world, S3Object("bucket", key, 1)) in ("ignored", "skipped")
    assert world.parse.calls == 0


def test_a_concurrent_delivery_holding_the_claim_wins(world: World) -> None:
    obj = _pending(world)
    world.resumes.claim(HASH, _record(world, obj).resume_id, int(world.clock()), 90)
    assert _ingest(world, obj) == "skipped"
    world.clock.advance(91)  # the other attempt crashed: its lease ran out
    assert _ingest(world, obj) == "ready"


def test_an_unreadable_file_ends_failed_with_why(world: World) -> None:
    obj = _pending(world)
    world.parse.errors[DATA] = DocumentError("The PDF is encrypted.", code="encrypted_pdf")
    assert _ingest(world, obj) == "failed"
    record = _record(world, obj)
    assert record.status == "failed" and record.error is not None and record.error.code == "encrypted_pdf"


def test_a_session_expired_before_the_file_arrived_fails_the_resume_and_removes_the_file(
    world: World,
) -> None:
    obj = _pending(world)
    world.clock.advance(3601)
    assert _ingest(world, obj) == "removed"
    assert _record(world, obj).error.code == "session_gone"
    assert obj.key not in world.objects.data and world.parse.calls == 0


def test_a_presigned_post_used_after_delete_leaves_nothing(world: World) -> None:
    """docs/threats.md 33: the POST after DELETE (the signature still valid) is removed at once."""
    obj = _pending(world)
    world.objects.delete(obj.key)
    sessions.delete_session(HASH, **world.ports("sessions", "clock"))
    world.objects.put(obj.key, DATA, "application/pdf")  # the client's POST lands after the erasure
    assert _ingest(world, obj) == "removed"
    assert world.objects.data == {} and world.resumes.items.items == {} and world.parse.calls == 0


def test_a_revoked_session_whose_sweep_has_not_run_yet_keeps_nothing_either(world: World) -> None:
    obj = _pending(world)
    world.sessions.revoke(HASH, int(world.clock()))
    assert _ingest(world, obj) == "removed"
    assert obj.key not in world.objects.data
    assert _record(world, obj).status == "pending", "no write lands after the mark; the sweep takes it"


def test_a_missing_object_fails_the_resume(world: World) -> None:
    obj = _pending(world)
    world.objects.delete(obj.key)
    assert _ingest(world, obj) == "failed"
    assert _record(world, obj).error.code == "missing_object"


def test_an_oversized_object_is_refused_and_removed(world: World) -> None:
    obj = _pending(world)
    assert _ingest(world, obj, settings=Limits(max_presigned_bytes=4)) == "failed"
    assert _record(world, obj).error.code == "file_too_large"
    assert obj.key not in world.objects.data


def test_an_outage_hands_the_claim_back_and_raises_for_a_retry(world: World) -> None:
    obj = _pending(world)
    world.faults.fail.add("put:parsed/")
    with pytest.raises(ServiceUnavailable):
        _ingest(world, obj)
    record = _record(world, obj)
    assert record.status == "pending" and record.lease_until is None
    assert not [k for k in world.objects.data if k.startswith("parsed/")]
    world.faults.fail.clear()
    assert _ingest(world, obj) == "ready"


def test_losing_the_claim_while_parsing_keeps_the_winners_version_only(world: World) -> None:
    obj = _pending(world)
    resume_id = _record(world, obj).resume_id

    def someone_else_fails_it() -> None:
        world.resumes.items.items[(HASH, f"RESUME#{resume_id}")]["status"] = "failed"

    world.faults.before_write = someone_else_fails_it
    assert _ingest(world, obj) == "skipped"
    assert not [k for k in world.objects.data if k.startswith("parsed/")]
