"""What the session routes answer about a session: its state (GET /session/info), its revocation."""

# No `from __future__ import annotations`: pydantic would compile each field's annotation string
# (an eval) while it builds these models, at every cold start.

from typing import Literal

from pydantic import BaseModel, Field

from resume_api.models.listing import ResumeSummary
from resume_api.models.llm_config_public import LlmConfigPublic


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
