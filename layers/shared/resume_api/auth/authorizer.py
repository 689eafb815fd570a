"""The REQUEST authorizer's logic: token → session item → Allow with context, or Deny with a reason.

API Gateway caches nothing (ReauthorizeEvery: 0), so a revoked session fails on the next call.
An expired session is denied even while its item still exists (TTL deletion lags by days).
A DynamoDB failure raises, which API Gateway answers as AUTHORIZER_FAILURE (503): never allow.
"""

from __future__ import annotations

import time
from typing import Any

from resume_api import audit
from resume_api.auth.tokens import TokenError, session_hash, session_ref, token_from_headers
from resume_api.data.session_lookup import SessionLookup
from resume_api.errors import ServiceUnavailable
from resume_api.observability import count, logger

LAST_SEEN_EVERY_S = 60

_DENY_MESSAGES = {
    "invalid_session": "The session does not exist.",
    "session_expired": "The session has expired; create a new one.",
    "session_revoked": "The session was revoked; create a new one.",
}


def _policy(effect: str, principal: str, method_arn: str, context: dict[str, Any]) -> dict[str, Any]:
    return {
        "principalId": principal,
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": effect, "Resource": method_arn}],
        },
        "context": context,
    }


def _deny(event: dict[str, Any], code: str, message: str, ref: str | None = None) -> dict[str, Any]:
    request_id = (event.get("requestContext") or {}).get("requestId")
    audit.emit("auth.authorize", "denied", session_ref=ref, request_id=request_id, status=401, reason=code)
    return _policy("Deny", "anonymous", event.get("methodArn", "*"), {"code": code, "message": message})


def _touch(sessions: SessionLookup, token_hash: str, now: int) -> None:
    """Record last-seen at most once a minute; losing a race or failing here denies nothing."""
    try:
        sessions.touch(token_hash, now, LAST_SEEN_EVERY_S)
    except ServiceUnavailable:
        logger.debug("last_seen not updated")


def authorize(event: dict[str, Any], sessions: SessionLookup | None = None) -> dict[str, Any]:
    """Decide one request. Raises on DynamoDB errors (API Gateway then denies with 503)."""
    try:
        token = token_from_headers(event.get("headers"), event.get("multiValueHeaders"))
    except TokenError as err:
        return _deny(event, err.code, err.message)

    sessions = sessions or SessionLookup()
    token_hash = session_hash(token)
    ref = session_ref(token_hash)
    status = sessions.status(token_hash)
    now = int(time.time())
    if status is None:
        return _deny(event, "invalid_session", _DENY_MESSAGES["invalid_session"], ref)
    if status.revoked_at is not None:
        return _deny(event, "session_revoked", _DENY_MESSAGES["session_revoked"], ref)
    if status.expires_at <= now:
        return _deny(event, "session_expired", _DENY_MESSAGES["session_expired"], ref)
    if now - status.last_seen_at >= LAST_SEEN_EVERY_S:
        _touch(sessions, token_hash, now)
    count("auth.authorize.allowed")
    return _policy(
        "Allow",
        ref,
        event.get("methodArn", "*"),
        {
            "session_hash": token_hash,
            "session_ref": ref,
            "expires_at": status.expires_at,
            "created_at": status.created_at,
        },
    )
