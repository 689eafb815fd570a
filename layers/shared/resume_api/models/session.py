"""The session as the service stores it and the handlers see it.

Every function that reads a session builds these; what the session routes receive and answer
lives apart (models/session_create.py, models/session_info.py), so that reading a session
builds neither the request forms nor the resume list.
"""

# No `from __future__ import annotations`: pydantic would compile each field's annotation string
# (an eval) while it builds these models, at every cold start.

from typing import Self

from pydantic import BaseModel

from resume_api.errors import Unauthorized
from resume_api.models.llm_config import LlmConfigStored


class SessionItem(BaseModel):
    """The session as stored (without the encrypted key bytes)."""

    token_hash: str
    created_at: int
    expires_at: int
    last_seen_at: int
    revoked_at: int | None = None
    llm_config: LlmConfigStored
    api_key_hint: str | None = None
    api_key_host: str | None = None
    has_api_key: bool = False

    def ensure_live(self, now: float) -> Self:
        """This session if it may still act: the item may outlive its expiry until TTL sweeps it."""
        if self.revoked_at is not None:
            raise Unauthorized("The session does not exist or was revoked.", code="invalid_session")
        if self.expires_at <= now:
            raise Unauthorized("The session has expired; create a new one.", code="session_expired")
        return self


def live_session(session: SessionItem | None, now: float) -> SessionItem:
    """The session a use case may act for, or 401 (unknown, revoked or expired)."""
    if session is None:
        raise Unauthorized("The session does not exist or was revoked.", code="invalid_session")
    return session.ensure_live(now)
