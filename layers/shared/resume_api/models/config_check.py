"""What probing an LLM configuration found (POST /session/test-config); never the provider's raw body."""

# No `from __future__ import annotations`: pydantic would compile each field's annotation string
# (an eval) while it builds these models, at every cold start.

from pydantic import BaseModel, Field

from resume_api.models.llm_config import Provider


class ProbeError(BaseModel):
    code: str
    message: str


class TestConfigResponse(BaseModel):
    """What probing a configuration found; never the provider's raw body."""

    ok: bool
    provider: Provider
    model: str
    endpoint: str | None = Field(None, description="What the service calls for this configuration.")
    model_available: bool | None = None
    latency_ms: float | None = None
    error: ProbeError | None = None
