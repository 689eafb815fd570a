"""Creating, describing and revoking sessions.

A session id is shown once, at creation; only its hash is stored. The API key goes to the
session repository, which encrypts it with KMS before anything reaches DynamoDB, bound to the
host it was given for.
"""

from __future__ import annotations

import time

from resume_api.auth.tokens import new_session_id, session_hash
from resume_api.data.quotas import Quotas
from resume_api.errors import Unauthorized
from resume_api.llm.ssrf import check_llm_base_url
from resume_api.models.listing import ResumeSummary
from resume_api.models.llm_config import mask_key
from resume_api.models.session import (
    ConversationSummary,
    CreateSessionRequest,
    CreateSessionResponse,
    DeleteSessionResponse,
    SessionInfoResponse,
    SessionItem,
    SessionTimes,
    live_session,
)
from resume_api.models.time import iso
from resume_api.ports import Clock, Conversations, ResumeIndex, Sessions

HOUR = 3600


def create_session(
    request: CreateSessionRequest,
    source_ip: str,
    *,
    sessions: Sessions,
    quotas: Quotas,
    clock: Clock = time.time,
) -> tuple[str, CreateSessionResponse]:
    """Mint a session; returns its hash (for the audit record) and the one response that shows the id."""
    check_llm_base_url(request.llm_config)
    quotas.session_creation(source_ip)
    token = new_session_id()
    token_hash = session_hash(token)
    now = int(clock())
    config = request.llm_config
    key = config.api_key.get_secret_value() if config.api_key else None
    item = SessionItem(
        token_hash=token_hash,
        created_at=now,
        expires_at=now + request.ttl_hours * HOUR,
        last_seen_at=now,
        llm_config=config.stored(),
        api_key_hint=mask_key(key) if key else None,
        api_key_host=config.host() if key else None,
        has_api_key=bool(key),
    )
    sessions.create(item, key)
    return token_hash, CreateSessionResponse(
        session_id=token, expires_at=iso(item.expires_at) or "", llm_config=config.public()
    )


def session_info(
    token_hash: str,
    *,
    sessions: Sessions,
    resumes: ResumeIndex,
    conversations: Conversations,
    clock: Clock = time.time,
) -> SessionInfoResponse:
    """The session, its resumes and its conversations."""
    now = clock()
    session = live_session(sessions.get(token_hash), now)
    return SessionInfoResponse(
        session=SessionTimes(
            status="active",
            created_at=iso(session.created_at) or "",
            last_seen_at=iso(session.last_seen_at) or "",
            expires_at=iso(session.expires_at) or "",
            expires_in_s=max(0, session.expires_at - int(now)),
        ),
        llm_config=session.public_config(),
        resumes=[ResumeSummary.of(r, now) for r in resumes.list_all(token_hash)],
        conversations=[
            ConversationSummary(
                conversation_id=r.conversation_id,
                kind=r.kind,
                status=r.shown(now)[0],
                created_at=iso(r.created_at) or "",
                resume_id=r.resume_id,
            )
            for r in conversations.list_all(token_hash)
        ],
    )


def delete_session(token_hash: str, *, sessions: Sessions, clock: Clock = time.time) -> DeleteSessionResponse:
    """Revoke at once (the next request with this id is refused), then erase what the session stored."""
    now = int(clock())
    if not sessions.revoke(token_hash, now):
        raise Unauthorized("The session does not exist or was revoked.", code="invalid_session")
    erased = sessions.erase(token_hash)
    return DeleteSessionResponse(status="revoked", revoked_at=iso(now) or "", erased_objects=erased)
