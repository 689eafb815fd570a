"""OpenAI and OpenAI-compatible servers (vLLM, llama.cpp, LM Studio, gateways): Chat Completions.

Wire format (OpenAI API reference, "Create chat completion", "Structured Outputs", "List models"):
POST /v1/chat/completions `{"model", "messages": [{"role", "content"}], "temperature",
"max_completion_tokens" (OpenAI; `max_tokens` is deprecated there but is what compatible servers
take), "response_format": {"type": "json_schema", "json_schema": {"name", "schema", "strict"}}}`
→ `{"choices": [{"message": {"role", "content", "refusal"}, "finish_reason"}], "usage":
{"prompt_tokens", "completion_tokens"}}`; GET /v1/models → `{"object": "list", "data": [{"id"}]}`.
Auth is `Authorization: Bearer <key>`.

Many compatible servers reject `json_schema` with a 400. Then the same call is retried with
`{"type": "json_object"}`, then as plain text with the schema in the prompt; the mode that worked
is remembered for the life of the provider instance. `strict` is only asked for when the schema
meets strict mode's rules (closed objects, every property required), which OpenAI otherwise
refuses.
"""

from __future__ import annotations

import time
from typing import Any

from resume_api.llm.base import (
    ChatMessage,
    LlmBadOutput,
    LlmError,
    LlmModelNotFound,
    LlmRequest,
    LlmResponse,
    ProbeResult,
)
from resume_api.llm.http import (
    HttpProvider,
    schema_instruction,
    strip_fences,
    tool_name,
    with_instruction,
)
from resume_api.models.llm_config import DEFAULT_BASE_URLS

MODES = ("json_schema", "json_object", "text")
FALLBACK_STATUSES = frozenset({400, 422})
PROBE_PROMPT = "Reply with the single word: ok"


def strict_compatible(schema: Any) -> bool:
    """Whether OpenAI's strict mode takes the schema: every object closed, every property required."""
    if not isinstance(schema, dict):
        return True
    properties = schema.get("properties")
    if schema.get("type") == "object" or isinstance(properties, dict):
        props = properties if isinstance(properties, dict) else {}
        if schema.get("additionalProperties") is not False or set(schema.get("required") or []) != set(props):
            return False
        if not all(strict_compatible(sub) for sub in props.values()):
            return False
    for key in ("items", "anyOf", "oneOf", "allOf", "prefixItems", "$defs", "definitions"):
        value = schema.get(key)
        if isinstance(value, dict):
            subs = list(value.values()) if key in ("$defs", "definitions") else [value]
        else:
            subs = value if isinstance(value, list) else []
        if not all(strict_compatible(sub) for sub in subs):
            return False
    return True


class OpenAiProvider(HttpProvider):
    """Serves `openai` and `openai_compatible`."""

    default_base_url = DEFAULT_BASE_URLS["openai"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.mode = MODES[0]
        self.token_field = "max_completion_tokens" if self.name == "openai" else "max_tokens"

    def _body(self, request: LlmRequest, mode: str, temperature: float, max_tokens: int) -> dict[str, Any]:
        messages = request.messages
        if request.schema is not None and mode != "json_schema":
            messages = with_instruction(messages, schema_instruction(request.schema))
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "temperature": temperature,
            self.token_field: max_tokens,
        }
        if request.schema is not None and mode == "json_schema":
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {
                    "name": tool_name(request.schema_name),
                    "schema": request.schema,
                    "strict": strict_compatible(request.schema),
                },
            }
        elif request.schema is not None and mode == "json_object":
            body["response_format"] = {"type": "json_object"}
        return body

    def complete(self, request: LlmRequest) -> LlmResponse:
        limits = self.limits(request)
        started = time.perf_counter()
        deadline = time.monotonic() + limits.timeout_s
        modes = MODES[MODES.index(self.mode) :] if request.schema is not None else ("text",)
        for position, mode in enumerate(modes):
            body = self._body(request, mode, limits.temperature, limits.max_tokens)
            remaining = deadline - time.monotonic()
            reply = self.transport.request(
                "POST", "/v1/chat/completions", json_body=body, timeout_s=max(0.001, remaining)
            )
            if reply.status in FALLBACK_STATUSES and position + 1 < len(modes):
                continue
            if reply.status == 404:
                raise LlmModelNotFound()
            self.reject_errors(reply.status)
            if request.schema is not None:
                self.mode = mode
            return self._response(reply.json(), mode, started)
        raise LlmError("The LLM provider rejected every structured-output mode.")  # pragma: no cover

    def _response(self, data: Any, mode: str, started: float) -> LlmResponse:
        choices = data.get("choices") if isinstance(data, dict) else None
        first = choices[0] if isinstance(choices, list) and choices else None
        message = first.get("message") if isinstance(first, dict) else None
        if not isinstance(message, dict):
            raise LlmBadOutput("The LLM provider's reply had no message.")
        content = message.get("content")
        if not isinstance(content, str):
            if message.get("refusal"):
                raise LlmBadOutput("The model refused to answer.")
            raise LlmBadOutput("The LLM provider's reply had no message content.")
        usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
        return self.response(
            strip_fences(content) if mode != "json_schema" else content,
            data,
            started,
            usage.get("prompt_tokens"),
            usage.get("completion_tokens"),
        )

    def probe(self) -> ProbeResult:
        """The model list; a server without one gets a tiny completion instead."""
        started = time.perf_counter()
        reply = self.transport.request("GET", "/v1/models")
        if reply.status == 404:
            return self._probe_by_completion(started)
        self.reject_errors(reply.status)
        data = reply.json()
        items = data.get("data") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise LlmBadOutput("The LLM provider's model list was not in the expected shape.")
        ids = [item["id"] for item in items if isinstance(item, dict) and isinstance(item.get("id"), str)]
        return ProbeResult(
            model_available=self.model in ids,
            models=ids,
            latency_ms=(time.perf_counter() - started) * 1000,
        )

    def _probe_by_completion(self, started: float) -> ProbeResult:
        try:
            self.complete(
                LlmRequest(messages=[ChatMessage("user", PROBE_PROMPT)], temperature=0.0, max_tokens=16)
            )
        except LlmModelNotFound:
            return ProbeResult(model_available=False, latency_ms=(time.perf_counter() - started) * 1000)
        return ProbeResult(model_available=True, latency_ms=(time.perf_counter() - started) * 1000)
