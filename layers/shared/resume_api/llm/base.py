"""The provider interface every LLM backend implements (the errors they raise: llm/errors.py).

Callers build an `LlmRequest` (messages, the JSON schema the answer must follow, limits) and
get an `LlmResponse` (the raw text, which the caller validates, plus usage and timing). The
`context` carries the structured data the prompt was built from, so the offline provider can
work on the data itself instead of parsing a prompt.
"""

from __future__ import annotations

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
from resume_api.models.slotted import Slotted

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


class LlmRequest(Slotted):
    __slots__ = (
        "context",
        "max_tokens",
        "messages",
        "schema",
        "schema_name",
        "task",
        "temperature",
        "timeout_s",
    )
    messages: list[ChatMessage]
    schema: dict[str, Any] | None
    schema_name: str
    temperature: float
    max_tokens: int
    timeout_s: float
    task: str
    context: dict[str, Any]

    def __init__(
        self,
        messages: list[ChatMessage],
        schema: dict[str, Any] | None = None,
        schema_name: str = "output",
        temperature: float = 0.2,
        max_tokens: int = 4096,
        timeout_s: float = 25.0,
        task: str = "chat",
        context: dict[str, Any] | None = None,
    ) -> None:
        self.messages = messages
        self.schema = schema
        self.schema_name = schema_name
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.timeout_s = timeout_s
        self.task = task
        self.context = {} if context is None else context


class LlmResponse(Slotted):
    __slots__ = ("latency_ms", "model", "provider", "text", "usage")
    text: str
    model: str
    provider: str
    usage: dict[str, int]
    latency_ms: float

    def __init__(
        self,
        text: str,
        model: str,
        provider: str,
        usage: dict[str, int] | None = None,
        latency_ms: float = 0.0,
    ) -> None:
        self.text = text
        self.model = model
        self.provider = provider
        self.usage = {} if usage is None else usage
        self.latency_ms = latency_ms


class ProbeResult(Slotted):
    """What a cheap call to the provider showed: reachable, and whether the model exists."""

    __slots__ = ("latency_ms", "model_available", "models")
    model_available: bool | None
    models: list[str] | None
    latency_ms: float

    def __init__(
        self, model_available: bool | None, models: list[str] | None = None, latency_ms: float = 0.0
    ) -> None:
        self.model_available = model_available
        self.models = models
        self.latency_ms = latency_ms


class LlmProvider(Protocol):
    name: str
    model: str

    def complete(self, request: LlmRequest) -> LlmResponse: ...

    def probe(self) -> ProbeResult: ...
