"""Session requests and responses, and the session as the handlers see it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_api.errors import Unauthorized
from resume_api.models.listing import ResumeSummary
from resume_api.models.llm_config import LlmConfigIn, LlmConfigPublic, LlmConfigStored


class CreateSessionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    llm_config: LlmConfigIn
    ttl_hours: int = Field(24, ge=1, le=168, description="Session lifetime, 1 to 168 hours.")


class CreateSessionResponse(BaseModel):
    session_id: str = Field(description="Send as X-Session-ID or Authorization: Bearer. Shown once.")
    expires_at: str
    llm_config: LlmConfigPublic


class TestConfigRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    llm_config: LlmConfigIn


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

    def public_config(self) -> LlmConfigPublic:
        return LlmConfigPublic(**self.llm_config.model_dump(), api_key_masked=self.api_key_hint)

    def ensure_live(self, now: float) -> SessionItem:
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


class SessionTimes(BaseModel):
    status: Literal["active"]
    created_at: str
    last_seen_at: str
    expires_at: str
    expires_in_s: int


class ConversationSummary(BaseModel):
    conversation_id: str
    kind: str
    status: str
    created_at: str
    resume_id: str | None = None


class SessionInfoResponse(BaseModel):
    session: SessionTimes
    llm_config: LlmConfigPublic
    resumes: list[ResumeSummary]
    conversations: list[ConversationSummary]


class DeleteSessionResponse(BaseModel):
    status: Literal["revoked"]
    revoked_at: str
    erased_objects: int = Field(description="Stored files of the session erased with it.")
