"""Each HTTP provider against its fake: the request on the wire, the answer taken out, usage, probes.

The fakes answer in the real services' formats, so these tests pin the wire contract: what
Ollama, OpenAI(-compatible) and Anthropic receive, and how their replies become an LlmResponse.
"""

from __future__ import annotations

import json

import pytest

from resume_api.llm.base import ChatMessage, LlmError, LlmModelNotFound, LlmRequest
from resume_api.llm.openai import OpenAiProvider, strict_compatible
from tests.llm.conftest import MakeFake, provider

OPEN_SCHEMA = {
    "type": "object",
    "properties": {"summary": {"type": "string"}, "skills": {"type": "array", "items": {"type": "string"}}},
    "required": ["summary"],
}
CLOSED_SCHEMA = {
    "type": "object",
    "properties": {
        "summary": {"type": "string"},
        "work": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"name": {"type": "string"}},
                "required": ["name"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["summary", "work"],
    "additionalProperties": False,
}
ANSWER = {"summary": "Engineer", "skills": ["python", "aws"]}


def ask(schema: dict | None = OPEN_SCHEMA, temperature: float = 0.3, max_tokens: int = 512) -> LlmRequest:
    return LlmRequest(
        messages=[ChatMessage("system", "You tailor resumes."), ChatMessage("user", "Tailor this.")],
        schema=schema,
        schema_name="tailored resume",
        temperature=temperature,
        max_tokens=max_tokens,
    )


# ----- Ollama -------------------------------------------------------------------------------------


def test_ollama_sends_the_schema_as_format_without_streaming(fake: MakeFake) -> None:
    server = fake("ollama", answer=ANSWER)
    response = provider(server).complete(ask())
    body = server.chat_requests()[0].body
    assert body["model"] == "fake-model"
    assert body["stream"] is False
    assert body["format"] == OPEN_SCHEMA
    assert body["options"] == {"temperature": 0.3, "num_predict": 512}
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "JSON schema" in body["messages"][0]["content"]
    assert json.loads(response.text) == ANSWER
    assert response.usage == {"input_tokens": 34, "output_tokens": 12}
    assert (response.provider, response.model) == ("ollama", "fake-model")


def test_ollama_probe_reads_the_tags_list(fake: MakeFake) -> None:
    server = fake("ollama", models=("llama3.1", "qwen2.5:7b"))
    found = provider(server, model="llama3.1").probe()
    assert found.model_available is True
    assert found.models == ["llama3.1:latest", "qwen2.5:7b"]
    assert provider(server, model="qwen2.5:7b").probe().model_available is True
    assert provider(server, model="mistral").probe().model_available is False
    assert {r.path for r in server.requests} == {"/api/tags"}


def test_ollama_unknown_model_on_chat_is_model_not_found(fake: MakeFake) -> None:
    server = fake("ollama")
    with pytest.raises(LlmModelNotFound):
        provider(server, model="nope").complete(ask())


def test_config_limits_cap_the_request(fake: MakeFake) -> None:
    server = fake("ollama")
    from resume_api.llm.registry import provider_for
    from resume_api.models.llm_config import LlmConfigStored
    from tests.llm.conftest import SETTINGS

    config = LlmConfigStored(provider="ollama", model_name="fake-model", base_url=server.url, max_tokens=100)
    provider_for(config, None, settings=SETTINGS).complete(ask(temperature=9.0, max_tokens=5000))
    options = server.chat_requests()[0].body["options"]
    assert options == {"temperature": 2.0, "num_predict": 100}


# ----- OpenAI and OpenAI-compatible ---------------------------------------------------------------


def test_openai_sends_a_json_schema_response_format(fake: MakeFake) -> None:
    server = fake("openai", api_key="sk-right", answer=ANSWER)
    response = provider(server, key="sk-right").complete(ask(CLOSED_SCHEMA))
    received = server.chat_requests()[0]
    assert received.headers["authorization"] == "Bearer sk-right"
    body = received.body
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "tailored_resume", "schema": CLOSED_SCHEMA, "strict": True},
    }
    assert body["max_completion_tokens"] == 512 and "max_tokens" not in body
    assert body["temperature"] == 0.3
    assert body["messages"][0] == {"role": "system", "content": "You tailor resumes."}
    assert json.loads(response.text) == ANSWER
    assert response.usage == {"input_tokens": 21, "output_tokens": 9}


def test_strict_is_only_asked_for_schemas_strict_mode_accepts() -> None:
    assert strict_compatible(CLOSED_SCHEMA) is True
    assert strict_compatible(OPEN_SCHEMA) is False
    nested_open = json.loads(json.dumps(CLOSED_SCHEMA))
    del nested_open["properties"]["work"]["items"]["additionalProperties"]
    assert strict_compatible(nested_open) is False


def test_openai_compatible_uses_max_tokens(fake: MakeFake) -> None:
    server = fake("openai")
    provider(server, kind="openai_compatible").complete(ask())
    body = server.chat_requests()[0].body
    assert body["max_tokens"] == 512 and "max_completion_tokens" not in body
    assert body["response_format"]["json_schema"]["strict"] is False
    assert "authorization" not in server.chat_requests()[0].headers


def test_json_schema_rejected_falls_back_to_json_object_and_remembers(fake: MakeFake) -> None:
    server = fake("openai", answer=ANSWER)
    server.reject_formats = {"json_schema"}
    chosen = provider(server, kind="openai_compatible")
    assert json.loads(chosen.complete(ask()).text) == ANSWER
    modes = [(r.body.get("response_format") or {}).get("type") for r in server.chat_requests()]
    assert modes == ["json_schema", "json_object"]
    assert "JSON schema" in server.chat_requests()[1].body["messages"][0]["content"]
    assert isinstance(chosen, OpenAiProvider) and chosen.mode == "json_object"

    chosen.complete(ask())
    modes = [(r.body.get("response_format") or {}).get("type") for r in server.chat_requests()]
    assert modes == ["json_schema", "json_object", "json_object"]


def test_then_plain_text_with_the_schema_in_the_prompt(fake: MakeFake) -> None:
    server = fake("openai", answer=ANSWER)
    server.reject_formats = {"json_schema", "json_object"}
    server.fence_text = True
    chosen = provider(server, kind="openai_compatible")
    response = chosen.complete(ask())
    assert json.loads(response.text) == ANSWER, "the code fence is removed"
    last = server.chat_requests()[-1].body
    assert "response_format" not in last
    assert json.dumps(OPEN_SCHEMA, separators=(",", ":")) in last["messages"][0]["content"]
    assert isinstance(chosen, OpenAiProvider) and chosen.mode == "text"
    assert len(server.chat_requests()) == 3


def test_when_every_mode_is_rejected_the_error_is_ours(fake: MakeFake) -> None:
    server = fake("openai")
    server.reject_formats = {"json_schema", "json_object", "text"}
    with pytest.raises(LlmError, match="HTTP 400") as caught:
        provider(server, kind="openai_compatible").complete(ask())
    assert "not supported" not in caught.value.message
    assert len(server.chat_requests()) == 3


def test_openai_probe_lists_models(fake: MakeFake) -> None:
    server = fake("openai", models=("gpt-4o-mini", "gpt-4o"), api_key="sk-right")
    found = provider(server, model="gpt-4o", key="sk-right").probe()
    assert (found.model_available, found.models) == (True, ["gpt-4o-mini", "gpt-4o"])
    assert provider(server, model="gpt-5", key="sk-right").probe().model_available is False
    assert {r.path for r in server.requests} == {"/v1/models"}


def test_a_compatible_server_without_a_model_list_gets_a_tiny_completion(fake: MakeFake) -> None:
    server = fake("openai", models=("local-model",))
    server.has_model_list = False
    assert provider(server, kind="openai_compatible", model="local-model").probe().model_available is True
    tiny = server.chat_requests()[0].body
    assert tiny["max_tokens"] == 16 and "response_format" not in tiny
    assert provider(server, kind="openai_compatible", model="other").probe().model_available is False


# ----- Anthropic ----------------------------------------------------------------------------------


def test_anthropic_forces_one_tool_and_returns_its_input(fake: MakeFake) -> None:
    server = fake("anthropic", api_key="sk-ant-right", answer=ANSWER)
    response = provider(server, key="sk-ant-right").complete(ask(temperature=1.7))
    received = server.chat_requests()[0]
    assert received.headers["x-api-key"] == "sk-ant-right"
    assert received.headers["anthropic-version"] == "2023-06-01"
    assert "authorization" not in received.headers
    body = received.body
    assert body["tools"] == [
        {
            "name": "tailored_resume",
            "description": body["tools"][0]["description"],
            "input_schema": OPEN_SCHEMA,
        }
    ]
    assert body["tool_choice"] == {"type": "tool", "name": "tailored_resume"}
    assert body["system"] == "You tailor resumes."
    assert body["messages"] == [{"role": "user", "content": "Tailor this."}]
    assert (body["max_tokens"], body["temperature"]) == (512, 1.0)
    assert json.loads(response.text) == ANSWER
    assert response.usage == {"input_tokens": 31, "output_tokens": 11}


def test_anthropic_without_schema_returns_the_text(fake: MakeFake) -> None:
    server = fake("anthropic", api_key="k", answer=ANSWER)
    response = provider(server, key="k").complete(ask(schema=None))
    assert "tools" not in server.chat_requests()[0].body
    assert json.loads(response.text) == ANSWER


def test_anthropic_probe_lists_models_and_resolves_aliases(fake: MakeFake) -> None:
    server = fake("anthropic", api_key="k", models=("claude-sonnet-4-20250514",))
    assert provider(server, key="k", model="claude-sonnet-4-20250514").probe().model_available is True
    assert provider(server, key="k", model="claude-sonnet-4-latest").probe().model_available is True
    assert provider(server, key="k", model="claude-nope").probe().model_available is False
    assert all(r.headers.get("x-api-key") == "k" for r in server.requests)
    assert "/v1/models/claude-sonnet-4-latest" in [r.path for r in server.requests]


def test_anthropic_unknown_model_is_model_not_found(fake: MakeFake) -> None:
    server = fake("anthropic", api_key="k")
    with pytest.raises(LlmModelNotFound):
        provider(server, key="k", model="claude-nope").complete(ask())
