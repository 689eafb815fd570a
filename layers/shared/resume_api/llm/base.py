"""The provider interface every LLM backend implements, and the errors they raise.

Callers build an `LlmRequest` (messages, the JSON schema the answer must follow, limits) and
get an `LlmResponse` (the raw text, which the caller validates, plus usage and timing). The
`context` carries the structured data the prompt was built from, so the offline provider can
work on the data itself instead of parsing a prompt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from resume_api.errors import ApiError, GatewayTimeout, Unprocessable
from resume_api.models.chat import ChatMessage

__all__ = ["ChatMessage", "LlmProvider", "LlmRequest", "LlmResponse", "ProbeResult"]


@dataclass
class LlmRequest:
    messages: list[ChatMessage]
    schema: dict[str, Any] | None = None
    schema_name: str = "output"
    temperature: float = 0.2
    max_tokens: int = 4096
    timeout_s: float = 25.0
    task: str = "chat"
    context: dict[str, Any] = field(default_factory=dict)


@dataclass
class LlmResponse:
    text: str
    model: str
    provider: str
    usage: dict[str, int] = field(default_factory=dict)
    latency_ms: float = 0.0


@dataclass
class ProbeResult:
    """What a cheap call to the provider showed: reachable, and whether the model exists."""

    model_available: bool | None
    models: list[str] | None = None
    latency_ms: float = 0.0


class LlmProvider(Protocol):
    name: str
    model: str

    def complete(self, request: LlmRequest) -> LlmResponse: ...

    def probe(self) -> ProbeResult: ...


class LlmError(ApiError):
    """The provider failed; the message is ours (translated), never the provider's raw body."""

    status, code, default_message = 502, "llm_error", "The LLM provider failed."


class LlmUnreachable(LlmError):
    code, default_message = "llm_unreachable", "The LLM provider could not be reached."


class LlmAuthFailed(LlmError):
    code, default_message = "llm_auth_failed", "The LLM provider refused the API key."


class LlmRateLimited(LlmError):
    code, default_message = "llm_rate_limited", "The LLM provider is rate limiting; retry later."


class LlmModelNotFound(LlmError):
    code, default_message = "llm_model_not_found", "The LLM provider does not have this model."


class LlmBadOutput(LlmError):
    code, default_message = "llm_bad_output", "The LLM's answer was not usable."


class LlmResponseTooLarge(LlmError):
    code, default_message = "llm_response_too_large", "The LLM's answer was too large."


class LlmTimeout(GatewayTimeout):
    code, default_message = "llm_timeout", "The LLM provider took too long; for slow models use ?mode=async."


class UnsafeBaseUrl(Unprocessable):
    """base_url resolves somewhere the service must never call (loopback, metadata, private...)."""

    code, default_message = "unsafe_base_url", "base_url points to an address that is not allowed."
