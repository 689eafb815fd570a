"""Optimization (sync, queued, the worker), conversations and the ATS score, against in-memory ports."""

from __future__ import annotations

from typing import Any

import pytest

from resume_api.errors import Conflict, NotFound, ServiceUnavailable, TooManyRequests
from resume_api.llm.base import LlmBadOutput
from resume_api.logic import ats, conversations, optimize
from resume_api.models.ats import AtsRequest
from resume_api.models.optimize import OptimizeRequest
from resume_api.settings import Limits
from tests.fakes import HASH, ScriptedProvider, World
from tests.unit.conftest import JD, sample_resume

SYNC_PORTS = ("sessions", "resumes", "conversations", "quotas", "providers", "clock")
QUEUE_PORTS = ("resumes", "conversations", "quotas", "jobs", "clock")


def _optimize(world: World, **request: Any):
    return optimize.optimize(
        world.session(),
        OptimizeRequest.model_validate({"jd": JD, **request}),
        deadline=world.clock() + 25,
        **world.ports(*SYNC_PORTS),
    )


def test_sync_stores_a_new_version_and_a_conversation_with_its_result(stored: World) -> None:
    response = _optimize(stored)
    assert response.resume_id == "r_1" and response.version == 2 and response.provider == "offline"
    assert response.removed_claims == [] and response.ats.before <= response.ats.after
    assert {g.keyword for g in response.gaps} >= {"PostgreSQL"}
    record = stored.conversations.get(HASH, response.conversation_id)
    assert record is not None and record.status == "succeeded" and record.summary["version"] == 2
    result = stored.conversations.result(record)
    assert result is not None and result["version"] == 2


def test_a_given_resume_is_optimized_without_storing_a_version(stored: World) -> None:
    response = _optimize(stored, parsed=sample_resume("Other Person").model_dump(mode="json"))
    assert response.resume_id is None and response.version is None
    assert stored.resumes.get(HASH, "r_1").version == 1  # type: ignore[union-attr]


def test_optimizations_are_counted_per_session(stored: World) -> None:
    stored.quotas.settings = Limits(optimizations_per_hour=1)
    _optimize(stored)
    with pytest.raises(TooManyRequests):
        _optimize(stored)


def test_a_version_stored_meanwhile_is_409_and_nothing_of_the_loser_stays(stored: World) -> None:
    def concurrent_patch() -> None:
        stored.resumes.put_version(HASH, "r_1", 1, sample_resume("Patched"), int(stored.clock()))

    stored.faults.before_write = concurrent_patch
    with pytest.raises(Conflict) as lost:
        _optimize(stored)
    assert lost.value.code == "version_conflict"
    assert stored.conversations.list_all(HASH) == []
    record = stored.resumes.get(HASH, "r_1")
    assert record is not None and sorted(k for k in stored.objects.data if k.startswith("parsed/")) == sorted(
        record.version_keys
    )


def test_a_model_that_never_answers_in_schema_is_502_after_two_repairs(stored: World) -> None:
    stored.provider = ScriptedProvider("no json", "still not", "nope")
    with pytest.raises(LlmBadOutput):
        _optimize(stored)
    assert len(stored.provider.requests) == 3
    assert stored.conversations.list_all(HASH) == [] and stored.resumes.get(HASH, "r_1").version == 1  # type: ignore[union-attr]


def _enqueue(world: World):
    return optimize.enqueue_optimization(
        world.session(), OptimizeRequest(jd=JD, resume_id="r_1"), **world.ports(*QUEUE_PORTS)
    )


def test_async_queues_the_request_and_the_worker_runs_it_once(stored: World) -> None:
    accepted = _enqueue(stored)
    assert accepted.status == "queued" and accepted.poll.endswith(accepted.conversation_id)
    job = stored.jobs.submitted[0]
    assert job == {
        "token_hash": HASH,
        "conversation_id": accepted.conversation_id,
        "expires_at": job["expires_at"],
    }
    view = conversations.get_conversation(
        HASH, accepted.conversation_id, **stored.ports("conversations", "clock")
    )
    assert view.status == "queued" and view.result is None
    run = stored.ports("sessions", "resumes", "conversations", "quotas", "providers", "clock")
    assert (
        optimize.run_queued(stored.session(), accepted.conversation_id, stored.clock() + 200, **run)
        == "succeeded"
    )
    assert (
        optimize.run_queued(stored.session(), accepted.conversation_id, stored.clock() + 200, **run)
        == "skipped"
    )
    view = conversations.get_conversation(
        HASH, accepted.conversation_id, **stored.ports("conversations", "clock")
    )
    assert view.status == "succeeded" and view.result is not None and view.result["version"] == 2
    assert view.provider == "offline"


def test_async_for_an_unknown_resume_is_404_before_anything_is_queued(stored: World) -> None:
    with pytest.raises(NotFound):
        optimize.enqueue_optimization(
            stored.session(), OptimizeRequest(jd=JD, resume_id="r_nope"), **stored.ports(*QUEUE_PORTS)
        )
    assert stored.jobs.submitted == [] and stored.conversations.list_all(HASH) == []


def test_a_queue_outage_marks_the_conversation_failed_and_is_503(stored: World) -> None:
    stored.jobs.down = True
    with pytest.raises(ServiceUnavailable):
        _enqueue(stored)
    [record] = stored.conversations.list_all(HASH)
    assert record.status == "failed" and record.error == {
        "code": "enqueue_failed",
        "message": "The job could not be started.",
    }


def test_a_failing_job_ends_failed_with_its_code(stored: World) -> None:
    accepted = _enqueue(stored)
    stored.provider = ScriptedProvider("x", "y", "z")
    run = stored.ports("sessions", "resumes", "conversations", "quotas", "providers", "clock")
    assert (
        optimize.run_queued(stored.session(), accepted.conversation_id, stored.clock() + 200, **run)
        == "failed"
    )
    record = stored.conversations.get(HASH, accepted.conversation_id)
    assert record is not None and record.error is not None and record.error["code"] == "llm_bad_output"


def test_an_unknown_conversation_is_404(world: World) -> None:
    with pytest.raises(NotFound):
        conversations.get_conversation(HASH, "c_nope", **world.ports("conversations"))


def test_ats_scores_a_stored_or_a_given_resume(stored: World) -> None:
    stored_score = ats.score_resume(stored.session(), AtsRequest(jd=JD), **stored.ports("resumes"))
    given = ats.score_resume(
        stored.session(), AtsRequest(jd=JD, parsed=sample_resume()), **stored.ports("resumes")
    )
    assert (stored_score.resume_id, stored_score.version) == ("r_1", 1)
    assert given.resume_id is None and given.score == stored_score.score
