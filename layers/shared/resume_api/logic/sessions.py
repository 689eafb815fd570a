"""Describing and revoking sessions (GET /session/info, DELETE /session).

Creating one is logic/session_create.py: neither route here builds the request forms, checks a
base URL or counts a quota.
"""

from __future__ import annotations

import time

from resume_api.errors import Unauthorized
from resume_api.models.listing import ResumeSummary
from resume_api.models.llm_config_public import public_config
from resume_api.models.session import live_session
from resume_api.models.session_info import (
    ConversationSummary,
    DeleteSessionResponse,
    SessionInfoResponse,
    SessionTimes,
)
from resume_api.models.time import iso
from resume_api.ports import Clock, Conversations, ResumeIndex, Sessions


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
        llm_config=public_config(session),
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
