"""No stuck states (issue #13 item 3; docs/threats.md 22): a claim or a job whose attempt died
without a word ends `failed` with its reason, or is retried, within 60 s of its lease."""

from __future__ import annotations

from resume_api.logic import conversations, ingest, optimize
from resume_api.models.leases import STALE_AFTER_S
from resume_api.models.optimize import OptimizeRequest
from resume_api.models.presign import PresignRequest
from resume_api.models.uploads import ParsedUpload
from tests.fakes import HASH, World
from tests.unit.conftest import JD, sample_resume

DATA = b"%PDF-1.7 leased"


def _pending(world: World) -> ingest.S3Object:
    from resume_api.logic.presign import presign_upload

    presign = presign_upload(
        world.session(),
        PresignRequest(filename="cv.pdf", content_type="application/pdf", size=len(DATA)),
        **world.ports("resumes", "quotas", "clock"),
    )
    key = f"uploads/{HASH}/{presign.resume_id}/cv.pdf"
    world.objects.put(key, DATA, "application/pdf")
    world.parse.documents[DATA] = sample_resume()
    return ingest.S3Object("bucket", key, len(DATA))


def _ingest(world: World, obj: ingest.S3Object) -> str:
    return ingest.ingest(obj, "req", **world.ports("resumes", "sessions", "parse", "clock"))


def _died_holding_the_claim(world: World, obj: ingest.S3Object) -> str:
    """An attempt that claims, then dies without `ready` and without handing the claim back."""
    resume_id = obj.key.split("/")[2]
    assert world.resumes.claim(HASH, resume_id, int(world.clock()), world.limits.ingest_lease_s)
    return resume_id


def test_an_abandoned_claim_is_retried_then_failed_within_60_s_of_its_lease(world: World) -> None:
    lease = world.limits.ingest_lease_s
    assert lease + lease <= lease + 60, "the retry window ends within 60 s of the lease"
    obj = _pending(world)
    resume_id = _died_holding_the_claim(world, obj)
    assert _ingest(world, obj) == "skipped", "a redelivery while the lease holds waits"
    world.clock.advance(lease + 1)
    assert _ingest(world, obj) == "ready", "a retry inside the window takes the claim over"

    second = _pending(world)
    second_id = _died_holding_the_claim(world, second)
    world.clock.advance(lease + 1)
    record = world.resumes.get(HASH, second_id)
    assert record is not None and record.shown_status(world.clock())[0] == "processing"
    world.clock.advance(lease)
    status, error = record.shown_status(world.clock())
    assert status == "failed" and error is not None and error.code == "processing_failed"
    assert _ingest(world, second) == "failed", "the next delivery stores what readers see"
    stored = world.resumes.get(HASH, second_id)
    assert stored is not None and stored.status == "failed" and stored.retry_until is None
    assert resume_id != second_id and world.parse.calls == 1


def test_a_slow_attempt_keeps_its_claim_until_its_invocation_ends(world: World) -> None:
    """An attempt that waits for a core past its lease and the retry window (a loaded machine, a slow
    Lambda) is still alive until its invocation's deadline: readers see `processing`, a redelivery
    waits, and the parse it finishes is the resume; a person's valid upload never reads failed."""
    lease = world.limits.ingest_lease_s
    obj = _pending(world)
    resume_id = obj.key.split("/")[2]
    deadline = world.clock() + 3 * lease  # the function's own timeout
    seen: list[str] = []

    def slow(data: bytes, filename: str) -> ParsedUpload:
        world.clock.advance(2 * lease + 1)
        record = world.resumes.get(HASH, resume_id)
        assert record is not None
        seen.append(record.shown_status(world.clock())[0])
        seen.append(_ingest(world, obj))
        return world.parse(data, filename)

    ports = world.ports("resumes", "sessions", "clock")
    assert ingest.ingest(obj, "req", parse=slow, deadline=deadline, **ports) == "ready"
    assert seen == ["processing", "skipped"]
    record = world.resumes.get(HASH, resume_id)
    assert record is not None and record.status == "ready" and world.parse.calls == 1


def test_a_claim_held_to_its_deadline_is_retried_then_failed_within_a_lease_of_it(world: World) -> None:
    """What the deadline holds it holds only as long as the invocation can live: an attempt that died
    is taken over once its deadline passed, and reads failed one lease later."""
    lease = world.limits.ingest_lease_s
    deadline = int(world.clock()) + 3 * lease
    obj = _pending(world)
    resume_id = obj.key.split("/")[2]
    claimed = world.resumes.claim(HASH, resume_id, int(world.clock()), lease, until=deadline)
    assert claimed is not None and claimed.lease_until == deadline
    assert claimed.retry_until == deadline + lease
    world.clock.advance(3 * lease)
    assert _ingest(world, obj) == "skipped", "the invocation may still be running"
    world.clock.advance(1)
    assert _ingest(world, obj) == "ready", "its deadline passed: a retry takes the claim over"

    second = _pending(world)
    second_id = second.key.split("/")[2]
    assert world.resumes.claim(
        HASH, second_id, int(world.clock()), lease, until=int(world.clock()) + 3 * lease
    )
    world.clock.advance(4 * lease)
    record = world.resumes.get(HASH, second_id)
    assert record is not None and record.shown_status(world.clock())[0] == "processing"
    world.clock.advance(1)
    assert record.shown_status(world.clock())[0] == "failed"


def test_a_job_whose_worker_died_reads_failed_after_its_lease(stored: World) -> None:
    caller = stored.session()
    accepted = optimize.enqueue_optimization(
        caller,
        OptimizeRequest(jd=JD, resume_id="r_1"),
        **stored.ports("resumes", "conversations", "quotas", "jobs", "clock"),
    )
    cid = accepted.conversation_id
    deadline = int(stored.clock()) + 300
    assert stored.conversations.start(HASH, cid, int(stored.clock()), deadline)  # then the worker dies
    view = conversations.get_conversation(HASH, cid, **stored.ports("conversations", "clock"))
    assert view.status == "running"
    stored.clock.advance(300 + STALE_AFTER_S + 1)
    view = conversations.get_conversation(HASH, cid, **stored.ports("conversations", "clock"))
    assert view.status == "failed" and view.error is not None and view.error["code"] == "processing_failed"


def test_a_queued_job_never_picked_up_ends_failed_and_cannot_start_late(stored: World) -> None:
    caller = stored.session()
    accepted = optimize.enqueue_optimization(
        caller,
        OptimizeRequest(jd=JD, resume_id="r_1"),
        **stored.ports("resumes", "conversations", "quotas", "jobs", "clock"),
    )
    stored.clock.advance(stored.limits.job_start_s + STALE_AFTER_S + 1)
    view = conversations.get_conversation(
        HASH, accepted.conversation_id, **stored.ports("conversations", "clock")
    )
    assert view.status == "failed"
    status = optimize.run_queued(
        caller,
        accepted.conversation_id,
        stored.clock() + 200,
        **stored.ports("sessions", "resumes", "conversations", "quotas", "providers", "clock"),
    )
    assert status == "skipped", "a job past its lease does not start after readers were told it failed"
