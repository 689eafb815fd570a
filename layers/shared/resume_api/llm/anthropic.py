"""Anthropic's Messages API, with the answer's schema enforced by forcing one tool call.

Wire format (Anthropic API reference, "Messages", "Tool use", "List Models" / "Get a Model"):
POST /v1/messages with headers `x-api-key` and `anthropic-version: 2023-06-01`, body `{"model",
"max_tokens", "temperature" (0 to 1), "system", "messages": [{"role", "content"}], "tools":
[{"name", "description", "input_schema"}], "tool_choice": {"type": "tool", "name"}}` → `{"type":
"message", "content": [{"type": "tool_use", "id", "name", "input": {...}}], "stop_reason",
"usage": {"input_tokens", "output_tokens"}}`. The answer is the tool_use block's `input`,
returned as JSON text. GET /v1/models → `{"data": [{"type": "model", "id", "display_name"}],
"has_more", "first_id", "last_id"}`; GET /v1/models/{id} also resolves aliases (404 if unknown).
"""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import quote

from resume_api.llm.base import (
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
    split_system,
    strip_fences,
    tool_name,
    with_instruction,
)
from resume_api.models.llm_config import DEFAULT_BASE_URLS

ANTHROPIC_VERSION = "2023-06-01"


class AnthropicProvider(HttpProvider):
    default_base_url = DEFAULT_BASE_URLS["anthropic"]

    def auth_headers(self, api_key: str | None) -> dict[str, str]:
        headers = {"anthropic-version": ANTHROPIC_VERSION}
        if api_key:
            headers["x-api-key"] = api_key
        return headers

    def complete(self, request: LlmRequest) -> LlmResponse:
        limits = self.limits(request, max_temperature=1.0)
        schema = request.schema
        use_tool = isinstance(schema, dict) and schema.get("type") == "object"
        messages = request.messages
        if schema is not None and not use_tool:
            messages = with_instruction(messages, schema_instruction(schema))
        system, turns = split_system(messages)
        body: dict[str, Any] = {
            "model": self.model,
            "max_tokens": limits.max_tokens,
            "temperature": limits.temperature,
            "messages": [{"role": m.role, "content": m.content} for m in turns],
        }
        if system:
            body["system"] = system
        name = tool_name(request.schema_name)
        if use_tool:
            body["tools"] = [
                {
                    "name": name,
                    "description": "Record the answer. Its input is the whole answer, as the schema says.",
                    "input_schema": schema,
                }
            ]
            body["tool_choice"] = {"type": "tool", "name": name}
        started = time.perf_counter()
        reply = self.transport.request("POST", "/v1/messages", json_body=body, timeout_s=limits.timeout_s)
        if reply.status == 404:
            raise LlmModelNotFound()
        self.reject_errors(reply.status)
        data = reply.json()
        content = data.get("content") if isinstance(data, dict) else None
        if not isinstance(content, list):
            raise LlmBadOutput("The LLM provider's reply had no content.")
        text = self._answer(content, name if use_tool else None)
        usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
        return self.response(text, data, started, usage.get("input_tokens"), usage.get("output_tokens"))

    @staticmethod
    def _answer(content: list[Any], tool: str | None) -> str:
        blocks = [block for block in content if isinstance(block, dict)]
        if tool is not None:
            for block in blocks:
                if block.get("type") == "tool_use" and block.get("name") == tool:
                    return json.dumps(block.get("input"), ensure_ascii=False)
        texts = [b["text"] for b in blocks if b.get("type") == "text" and isinstance(b.get("text"), str)]
        if not texts:
            raise LlmBadOutput("The LLM provider's reply had no answer.")
        return strip_fences("".join(texts))

    def probe(self) -> ProbeResult:
        """The model list; a name not in it (an alias) is asked about directly."""
        started = time.perf_counter()
        reply = self.transport.request("GET", "/v1/models?limit=1000")
        if reply.status >= 400 and reply.status != 404:
            raise LlmError(f"The LLM provider rejected the request (HTTP {reply.status}).")
        ids: list[str] | None = None
        if reply.status < 400:
            data = reply.json()
            items = data.get("data") if isinstance(data, dict) else None
            if not isinstance(items, list):
                raise LlmBadOutput("The LLM provider's model list was not in the expected shape.")
            ids = [i["id"] for i in items if isinstance(i, dict) and isinstance(i.get("id"), str)]
            if self.model in ids:
                return ProbeResult(True, ids, (time.perf_counter() - started) * 1000)
        one = self.transport.request("GET", f"/v1/models/{quote(self.model, safe='')}")
        if one.status >= 400 and one.status != 404:
            raise LlmError(f"The LLM provider rejected the request (HTTP {one.status}).")
        return ProbeResult(one.status < 400, ids, (time.perf_counter() - started) * 1000)
