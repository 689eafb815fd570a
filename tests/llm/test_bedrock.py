"""Bedrock through the Converse API, with botocore's Stubber on a real bedrock-runtime client.

The Stubber checks every call against botocore's service model, so the request shape asserted
here (`expected_params`) is one the real API accepts, and the canned replies are real shapes.
"""

from __future__ import annotations

import json
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from resume_api.llm.base import (
    ChatMessage,
    LlmAuthFailed,
    LlmError,
    LlmModelNotFound,
    LlmRateLimited,
    LlmRequest,
    LlmTimeout,
    LlmUnreachable,
)
from resume_api.llm.bedrock import BedrockProvider, bedrock_client
from resume_api.llm.http import schema_instruction
from resume_api.models.llm_config import LlmConfigStored

SCHEMA = {"type": "object", "properties": {"summary": {"type": "string"}}, "required": ["summary"]}
ANSWER = {"summary": "Engineer"}
AWS_MARKER = "AWS-RAW-MESSAGE-51c2"
MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0"


class Stubbed:
    """A stubbed bedrock-runtime client, handed to the provider through its client factory."""

    def __init__(self) -> None:
        self.client = boto3.client(
            "bedrock-runtime", region_name="eu-west-1", aws_access_key_id="test", aws_secret_access_key="test"
        )
        self.stubber = Stubber(self.client)
        self.stubber.activate()
        self.asked: list[tuple[str | None, int]] = []

    def factory(self, region: str | None, read_timeout_s: int) -> Any:
        self.asked.append((region, read_timeout_s))
        return self.client


@pytest.fixture
def stubbed() -> Any:
    stub = Stubbed()
    yield stub
    stub.stubber.deactivate()


def make(stub: Stubbed, *, region: str | None = "eu-west-1", timeout_s: float = 10) -> BedrockProvider:
    config = LlmConfigStored(provider="bedrock", model_name=MODEL, region=region, max_tokens=800)
    return BedrockProvider(config, timeout_s=timeout_s, client_factory=stub.factory)


def request() -> LlmRequest:
    return LlmRequest(
        messages=[ChatMessage("system", "You tailor resumes."), ChatMessage("user", "Tailor this.")],
        schema=SCHEMA,
        schema_name="tailored_resume",
        temperature=0.4,
        max_tokens=1000,
    )


def reply(content: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "output": {"message": {"role": "assistant", "content": content}},
        "stopReason": "tool_use",
        "usage": {"inputTokens": 55, "outputTokens": 21, "totalTokens": 76},
        "metrics": {"latencyMs": 420},
    }


def tool_params() -> dict[str, Any]:
    return {
        "modelId": MODEL,
        "messages": [{"role": "user", "content": [{"text": "Tailor this."}]}],
        "system": [{"text": "You tailor resumes."}],
        "inferenceConfig": {"maxTokens": 800, "temperature": 0.4},
        "toolConfig": {
            "tools": [
                {
                    "toolSpec": {
                        "name": "tailored_resume",
                        "description": "Record the answer. Its input is the whole answer, as the schema says.",
                        "inputSchema": {"json": SCHEMA},
                    }
                }
            ],
            "toolChoice": {"tool": {"name": "tailored_resume"}},
        },
    }


def test_converse_forces_the_tool_and_returns_its_input(stubbed: Stubbed) -> None:
    stubbed.stubber.add_response(
        "converse",
        reply([{"toolUse": {"toolUseId": "tooluse_1", "name": "tailored_resume", "input": ANSWER}}]),
        tool_params(),
    )
    response = make(stubbed).complete(request())
    assert json.loads(response.text) == ANSWER
    assert response.usage == {"input_tokens": 55, "output_tokens": 21}
    assert (response.provider, response.model) == ("bedrock", MODEL)
    assert stubbed.asked == [("eu-west-1", 10)]
    stubbed.stubber.assert_no_pending_responses()


def test_a_model_without_forced_tools_gets_a_json_instructed_prompt(stubbed: Stubbed) -> None:
    stubbed.stubber.add_client_error(
        "converse",
        service_error_code="ValidationException",
        service_message="This model doesn't support the toolConfig.toolChoice.tool field.",
        http_status_code=400,
    )
    plain = tool_params()
    del plain["toolConfig"]
    plain["system"] = [{"text": "You tailor resumes.\n\n" + schema_instruction(SCHEMA)}]
    stubbed.stubber.add_response(
        "converse", reply([{"text": "```json\n" + json.dumps(ANSWER) + "\n```"}]), plain
    )
    stubbed.stubber.add_response("converse", reply([{"text": json.dumps(ANSWER)}]), plain)
    provider = make(stubbed)
    assert json.loads(provider.complete(request()).text) == ANSWER
    assert provider.tool_mode is False
    assert json.loads(provider.complete(request()).text) == ANSWER, "the mode is remembered"
    stubbed.stubber.assert_no_pending_responses()


@pytest.mark.parametrize(
    ("code", "message", "error", "attempts"),
    [
        ("AccessDeniedException", "You don't have access to the model", LlmAuthFailed, 1),
        ("UnrecognizedClientException", "The security token is invalid", LlmAuthFailed, 1),
        ("ThrottlingException", "Too many requests", LlmRateLimited, 3),
        ("ResourceNotFoundException", "Model not found", LlmModelNotFound, 1),
        ("ValidationException", "The provided model identifier is invalid.", LlmModelNotFound, 1),
        ("ValidationException", "Malformed input request", LlmError, 1),
        ("ModelTimeoutException", "Model timed out", LlmTimeout, 1),
        ("ServiceUnavailableException", "Service is down", LlmUnreachable, 3),
        ("InternalServerException", "Something broke", LlmUnreachable, 3),
        ("ModelErrorException", "The model failed", LlmUnreachable, 1),
    ],
)
def test_errors_map_to_our_classes(
    stubbed: Stubbed, code: str, message: str, error: type[Exception], attempts: int
) -> None:
    for _ in range(attempts):
        stubbed.stubber.add_client_error(
            "converse", service_error_code=code, service_message=f"{message} {AWS_MARKER}"
        )
    provider = make(stubbed)
    with pytest.raises(error) as caught:
        provider.complete(request())
    assert AWS_MARKER not in str(caught.value) and message not in str(caught.value)
    assert provider.attempts == attempts
    stubbed.stubber.assert_no_pending_responses()


def test_probe_is_a_tiny_completion(stubbed: Stubbed) -> None:
    tiny = {
        "modelId": MODEL,
        "messages": [{"role": "user", "content": [{"text": "Reply with the single word: ok"}]}],
        "inferenceConfig": {"maxTokens": 16, "temperature": 0.0},
    }
    stubbed.stubber.add_response("converse", reply([{"text": "ok"}]), tiny)
    assert make(stubbed).probe().model_available is True
    stubbed.stubber.add_client_error(
        "converse", service_error_code="ResourceNotFoundException", service_message="nope"
    )
    assert make(stubbed).probe().model_available is False
    stubbed.stubber.add_client_error(
        "converse", service_error_code="AccessDeniedException", service_message="denied"
    )
    with pytest.raises(LlmAuthFailed):
        make(stubbed).probe()


def test_the_client_follows_the_region_and_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    client = bedrock_client("ap-southeast-2", 7)
    assert client.meta.region_name == "ap-southeast-2"
    assert client.meta.config.read_timeout == 7
    assert client.meta.config.retries["total_max_attempts"] == 1
    assert bedrock_client("ap-southeast-2", 7) is client
