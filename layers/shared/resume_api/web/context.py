"""Who is calling: the session the authorizer vouched for, the request id, the source address.

Handlers never parse tokens: API Gateway ran the authorizer and put its context into
`requestContext.authorizer`. A request without that context is refused, never trusted.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from fastapi import Request

from resume_api.auth.caller import Caller
from resume_api.deadline import lambda_deadline
from resume_api.errors import Unauthorized


def _event(request: Request) -> dict[str, Any]:
    return request.scope.get("aws.event") or {}


def request_id_of(request: Request) -> str:
    """API Gateway's request id, the same one its own error responses carry."""
    cached = request.scope.get("resume_api.request_id")
    if cached:
        return str(cached)
    rid = (_event(request).get("requestContext") or {}).get("requestId")
    if not rid:
        context = request.scope.get("aws.context")
        rid = getattr(context, "aws_request_id", None) or str(uuid.uuid4())
    request.scope["resume_api.request_id"] = rid
    return str(rid)


def source_ip_of(request: Request) -> str:
    identity = (_event(request).get("requestContext") or {}).get("identity") or {}
    return str(identity.get("sourceIp") or (request.client.host if request.client else "unknown"))


def authorizer_context(request: Request) -> dict[str, Any]:
    return (_event(request).get("requestContext") or {}).get("authorizer") or {}


__all__ = ["Caller", "current_caller", "deadline_of", "request_id_of", "source_ip_of"]


def deadline_of(request: Request, margin_s: float = 1.5, default_s: float = 25.0) -> float:
    """When this invocation must have answered (epoch seconds), from Lambda's remaining time."""
    return lambda_deadline(request.scope.get("aws.context"), margin_s, default_s)


def current_caller(request: Request) -> Caller:
    """FastAPI dependency for every route behind the authorizer."""
    auth = authorizer_context(request)
    token_hash = auth.get("session_hash")
    if not token_hash:
        raise Unauthorized("A valid session is required.", code="missing_token")
    expires_at = int(auth.get("expires_at") or 0)
    if expires_at <= time.time():
        raise Unauthorized("The session has expired; create a new one.", code="session_expired")
    return Caller(
        token_hash=str(token_hash),
        ref=str(auth.get("session_ref") or ""),
        expires_at=expires_at,
        request_id=request_id_of(request),
    )
