"""The async optimization worker: invoked with {token_hash, conversation_id}, never with a session id.

A plain Powertools handler. It runs each queued conversation once and records the outcome on
the conversation, so it never raises for a failed optimization (a retry would bill the LLM again).
"""

from __future__ import annotations

from typing import Any

from resume_api import audit
from resume_api.auth.caller import Caller
from resume_api.auth.tokens import session_ref
from resume_api.deadline import lambda_deadline
from resume_api.logic.optimize import run_queued
from resume_api.observability import logger, metrics
from resume_api.web.wiring.conversations import conversation_repository
from resume_api.web.wiring.providers import providers
from resume_api.web.wiring.quotas import quota_counters
from resume_api.web.wiring.resumes import resume_repository
from resume_api.web.wiring.sessions import session_repository


@logger.inject_lambda_context(log_event=False, clear_state=True)
@metrics.log_metrics
def handler(event: dict[str, Any], context: Any) -> dict[str, str]:
    token_hash = str(event["token_hash"])
    conversation_id = str(event["conversation_id"])
    caller = Caller(token_hash, session_ref(token_hash), int(event["expires_at"]), context.aws_request_id)
    deadline = lambda_deadline(context, margin_s=5)
    with audit.operation("optimize_worker", session_ref=caller.ref, request_id=caller.request_id) as op:
        op.extra["conversation_id"] = conversation_id
        status = run_queued(
            caller,
            conversation_id,
            deadline,
            sessions=session_repository(),
            resumes=resume_repository(),
            conversations=conversation_repository(),
            quotas=quota_counters(),
            providers=providers,
        )
        if status != "succeeded":
            op.outcome = status
    return {"status": status}
