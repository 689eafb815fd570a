"""Conversations: async optimizations queued for the worker, and what any conversation produced.

`?mode=async` stores the request in S3, records the conversation as `queued` and invokes the
worker function asynchronously with only the session hash and the conversation id. The worker
moves it to `running` (once: a conditional write), then `succeeded` or `failed`.
"""

from __future__ import annotations

import json
import time

from resume_api.auth.caller import Caller
from resume_api.data import keys
from resume_api.data.aws_errors import aws_call
from resume_api.data.clients import client
from resume_api.data.conversation_store import ConversationRecord, ConversationStore
from resume_api.data.objects import ObjectStore
from resume_api.data.resume_store import ConditionFailed
from resume_api.errors import ApiError, NotFound
from resume_api.logic import quotas
from resume_api.logic.optimize import new_conversation_id, optimize
from resume_api.logic.resumes import load_resume
from resume_api.models.optimize import ConversationView, OptimizeAccepted, OptimizeRequest
from resume_api.models.session import iso
from resume_api.observability import logger
from resume_api.settings import aws_resources


def enqueue_optimization(caller: Caller, request: OptimizeRequest) -> OptimizeAccepted:
    quotas.optimization(caller.token_hash)
    resume_id = None
    if request.parsed is None:
        record, _ = load_resume(caller.token_hash, request.resume_id)  # a bad id is a 404 now, not later
        resume_id = record.resume_id
        request = request.model_copy(update={"resume_id": resume_id})
    conversation_id = new_conversation_id()
    request_key = keys.conversation_prefix(caller.token_hash, conversation_id) + "request.json"
    ObjectStore().put_json(request_key, request.model_dump(mode="json"))
    now = int(time.time())
    store = ConversationStore()
    try:
        store.put(
            caller.token_hash,
            ConversationRecord(
                conversation_id=conversation_id,
                kind="optimize",
                status="queued",
                created_at=now,
                updated_at=now,
                resume_id=resume_id,
                request_key=request_key,
            ),
            caller.expires_at,
        )
    except Exception:
        ObjectStore().delete(request_key)  # no record points at it: do not leave it behind
        raise
    payload = {
        "token_hash": caller.token_hash,
        "conversation_id": conversation_id,
        "expires_at": caller.expires_at,
    }
    try:
        with aws_call("lambda"):
            client("lambda").invoke(
                FunctionName=aws_resources().optimize_worker_function,
                InvocationType="Event",
                Payload=json.dumps(payload).encode(),
            )
    except ApiError:
        store.transition(
            caller.token_hash,
            conversation_id,
            "queued",
            int(time.time()),
            status="failed",
            error={"code": "enqueue_failed", "message": "The job could not be started."},
        )
        raise
    return OptimizeAccepted(
        conversation_id=conversation_id,
        status="queued",
        poll=f"/api/v1/session/conversation/{conversation_id}",
    )


def run_queued(caller: Caller, conversation_id: str, deadline: float) -> str:
    """The worker's job: run one queued optimization; returns its final status."""
    store = ConversationStore()
    record = store.get(caller.token_hash, conversation_id)
    if record is None or record.status != "queued" or not record.request_key:
        return "skipped"
    try:
        store.transition(caller.token_hash, conversation_id, "queued", int(time.time()), status="running")
    except ConditionFailed:
        return "skipped"
    try:
        request = OptimizeRequest.model_validate(ObjectStore().get_json(record.request_key))
        optimize(caller, request, deadline=deadline, conversation_id=conversation_id)
    except ApiError as exc:
        return _failed(store, caller, conversation_id, exc.code, exc.message)
    except Exception:
        logger.exception("optimization failed")
        return _failed(store, caller, conversation_id, "internal_error", "The optimization failed.")
    return "succeeded"


def _failed(store: ConversationStore, caller: Caller, conversation_id: str, code: str, message: str) -> str:
    store.transition(
        caller.token_hash,
        conversation_id,
        "running",
        int(time.time()),
        status="failed",
        error={"code": code, "message": message},
    )
    return "failed"


def get_conversation(token_hash: str, conversation_id: str) -> ConversationView:
    record = ConversationStore().get(token_hash, conversation_id)
    if record is None:
        raise NotFound("No such conversation in this session.", code="conversation_not_found")
    result = (
        ObjectStore().get_json(record.result_key)
        if record.status == "succeeded" and record.result_key
        else None
    )
    return ConversationView(
        conversation_id=record.conversation_id,
        kind=record.kind,
        status=record.status,
        created_at=iso(record.created_at) or "",
        updated_at=iso(record.updated_at) or "",
        resume_id=record.resume_id,
        provider=record.provider,
        model=record.model,
        result=result,
        error=record.error,
    )
