"""What session create and test-config receive, and what create answers (the id, shown once)."""

# No `from __future__ import annotations`: pydantic would compile each field's annotation string
# (an eval) while it builds these models, at every cold start.

from pydantic import BaseModel, ConfigDict, Field

from resume_api.models.llm_config_in import LlmConfigIn
from resume_api.models.llm_config_public import LlmConfigPublic


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
