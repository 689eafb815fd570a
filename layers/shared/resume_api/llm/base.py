"""The provider interface every LLM backend implements (the errors they raise: llm/errors.py).

Callers build an `LlmRequest` (messages, the JSON schema the answer must follow, limits) and
get an `LlmResponse` (the raw text, which the caller validates, plus usage and timing). The
`context` carries the structured data the prompt was built from, so the offline provider can
work on the data itself instead of parsing a prompt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from resume_api.llm.errors import (
    LlmAuthFailed,
    LlmBadOutput,
    LlmError,
    LlmModelNotFound,
    LlmRateLimited,
    LlmResponseTooLarge,
    LlmTimeout,
    LlmUnreachable,
    UnsafeBaseUrl,
)
from resume_api.models.chat import ChatMessage

__all__ = [
    "ChatMessage",
    "LlmAuthFailed",
    "LlmBadOutput",
    "LlmError",
    "LlmModelNotFound",
    "LlmProvider",
    "LlmRateLimited",
    "LlmRequest",
    "LlmResponse",
    "LlmResponseTooLarge",
    "LlmTimeout",
    "LlmUnreachable",
    "ProbeResult",
    "UnsafeBaseUrl",
]


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
