"""Creating a session (POST /session/create).

A session id is shown once, at creation; only its hash is stored. The API key goes to the
session repository, which encrypts it with KMS before anything reaches DynamoDB, bound to the
host it was given for.
"""

from __future__ import annotations

import time

from resume_api.auth.tokens import new_session_id, session_hash
from resume_api.data.quotas import Quotas
from resume_api.llm.ssrf import check_llm_base_url
from resume_api.models.llm_config import mask_key
from resume_api.models.session import SessionItem
from resume_api.models.session_create import CreateSessionRequest, CreateSessionResponse
from resume_api.models.time import iso
from resume_api.ports import Clock, Sessions

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
