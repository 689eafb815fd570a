"""Ollama, the self-hosted provider: structured output through `format`, model list through /api/tags.

Wire format (ollama/ollama docs/api.md, "Generate a chat completion" and "List Local Models"):
POST /api/chat `{"model", "messages": [{"role", "content"}], "stream": false, "format": <JSON
schema or "json">, "options": {"temperature", "num_predict"}}` → `{"model", "message": {"role",
"content"}, "done": true, "done_reason", "prompt_eval_count", "eval_count", ...}`; GET /api/tags →
`{"models": [{"name": "llama3:latest", "model", ...}]}`. An unknown model is a 404.
No key is needed; one given (a proxy in front of Ollama) is sent as a bearer token.
"""

from __future__ import annotations

import time
from typing import Any

from resume_api.llm.base import (
    LlmBadOutput,
    LlmModelNotFound,
    LlmRequest,
    LlmResponse,
    ProbeResult,
)
from resume_api.llm.http import HttpProvider, schema_instruction, with_instruction
from resume_api.models.llm_config import DEFAULT_BASE_URLS


def _names(body: Any) -> list[str]:
    models = body.get("models") if isinstance(body, dict) else None
    if not isinstance(models, list):
        raise LlmBadOutput("The LLM provider's model list was not in the expected shape.")
    names: list[str] = []
    for item in models:
        if isinstance(item, dict):
            for key in ("name", "model"):
                value = item.get(key)
                if isinstance(value, str) and value not in names:
                    names.append(value)
    return names


def has_model(names: list[str], model: str) -> bool:
    """Ollama names default to the `latest` tag: `llama3` is `llama3:latest`."""
    wanted = {model, model if ":" in model else f"{model}:latest"}
    return any(name in wanted for name in names)


class OllamaProvider(HttpProvider):
    default_base_url = DEFAULT_BASE_URLS["ollama"]

    def complete(self, request: LlmRequest) -> LlmResponse:
        limits = self.limits(request)
        messages = request.messages
        if request.schema is not None:
            messages = with_instruction(messages, schema_instruction(request.schema))
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "stream": False,
            "options": {"temperature": limits.temperature, "num_predict": limits.max_tokens},
        }
        if request.schema is not None:
            body["format"] = request.schema
        started = time.perf_counter()
        reply = self.transport.request("POST", "/api/chat", json_body=body, timeout_s=limits.timeout_s)
        if reply.status == 404:
            raise LlmModelNotFound()
        self.reject_errors(reply.status)
        data = reply.json()
        message = data.get("message") if isinstance(data, dict) else None
        content = message.get("content") if isinstance(message, dict) else None
        if not isinstance(content, str):
            raise LlmBadOutput("The LLM provider's reply had no message content.")
        return self.response(content, data, started, data.get("prompt_eval_count"), data.get("eval_count"))

    def probe(self) -> ProbeResult:
        started = time.perf_counter()
        reply = self.transport.request("GET", "/api/tags")
        self.reject_errors(reply.status)
        names = _names(reply.json())
        return ProbeResult(
            model_available=has_model(names, self.model),
            models=names,
            latency_ms=(time.perf_counter() - started) * 1000,
        )
