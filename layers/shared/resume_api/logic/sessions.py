"""Creating, describing and revoking sessions.

A session id is shown once, at creation; only its hash is stored. The API key goes to KMS
before it reaches DynamoDB and is bound to the host it was given for.
"""

from __future__ import annotations

import time

from resume_api.auth.tokens import new_session_id, session_hash
from resume_api.data.conversation_store import ConversationStore
from resume_api.data.erasure import erase_session_data
from resume_api.data.secrets import encrypt_api_key
from resume_api.data.session_store import SessionStore
from resume_api.errors import Unauthorized
from resume_api.logic import quotas
from resume_api.logic.config_check import check_llm_base_url
from resume_api.models.llm_config import mask_key
from resume_api.models.session import (
    ConversationSummary,
    CreateSessionRequest,
    CreateSessionResponse,
    DeleteSessionResponse,
    SessionInfoResponse,
    SessionItem,
    SessionTimes,
    iso,
)

HOUR = 3600


def create_session(
    request: CreateSessionRequest, source_ip: str, store: SessionStore | None = None
) -> tuple[str, CreateSessionResponse]:
    """Mint a session; returns its hash (for the audit record) and the one response that shows the id."""
    check_llm_base_url(request.llm_config)
    quotas.session_creation(source_ip)
    store = store or SessionStore()
    token = new_session_id()
    token_hash = session_hash(token)
    now = int(time.time())
    config = request.llm_config
    key = config.api_key.get_secret_value() if config.api_key else None
    ciphertext = encrypt_api_key(token_hash, key) if key else None
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
    store.create(item, ciphertext)
    return token_hash, CreateSessionResponse(
        session_id=token, expires_at=iso(item.expires_at) or "", llm_config=config.public()
    )


def load_session(token_hash: str, store: SessionStore | None = None) -> SessionItem:
    """The live session, re-checked here: the item may outlive its expiry until TTL sweeps it."""
    session = (store or SessionStore()).get(token_hash)
    if session is None or session.revoked_at is not None:
        raise Unauthorized("The session does not exist or was revoked.", code="invalid_session")
    if session.expires_at <= time.time():
        raise Unauthorized("The session has expired; create a new one.", code="session_expired")
    return session


def list_conversations(token_hash: str) -> list[ConversationSummary]:
    return [
        ConversationSummary(
            conversation_id=r.conversation_id,
            kind=r.kind,
            status=r.status,
            created_at=iso(r.created_at) or "",
            resume_id=r.resume_id,
        )
        for r in ConversationStore().list_all(token_hash)
    ]


def session_info(token_hash: str, store: SessionStore | None = None) -> SessionInfoResponse:
    """The session, its resumes and its conversations."""
    from resume_api.logic.resumes import list_resumes

    session = load_session(token_hash, store)
    now = int(time.time())
    return SessionInfoResponse(
        session=SessionTimes(
            status="active",
            created_at=iso(session.created_at) or "",
            last_seen_at=iso(session.last_seen_at) or "",
            expires_at=iso(session.expires_at) or "",
            expires_in_s=max(0, session.expires_at - now),
        ),
        llm_config=session.public_config(),
        resumes=list_resumes(token_hash),
        conversations=list_conversations(token_hash),
    )


def delete_session(token_hash: str, store: SessionStore | None = None) -> DeleteSessionResponse:
    """Revoke at once (the next request with this id is refused), then erase what the session stored."""
    now = int(time.time())
    store = store or SessionStore()
    if not store.revoke(token_hash, now):
        raise Unauthorized("The session does not exist or was revoked.", code="invalid_session")
    erased = erase_session_data(token_hash, store)
    return DeleteSessionResponse(status="revoked", revoked_at=iso(now) or "", erased_objects=erased)
