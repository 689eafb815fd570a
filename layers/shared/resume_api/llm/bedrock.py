"""Amazon Bedrock through the Converse API: one request shape for every model, schema as a forced tool.

Wire format (botocore's bedrock-runtime service model, operation Converse, and the boto3
reference for `BedrockRuntime.Client.converse`): `converse(modelId, messages=[{"role",
"content": [{"text"}]}], system=[{"text"}], inferenceConfig={"maxTokens", "temperature"},
toolConfig={"tools": [{"toolSpec": {"name", "description", "inputSchema": {"json": schema}}}],
"toolChoice": {"tool": {"name"}}})` → `{"output": {"message": {"content": [{"toolUse": {"name",
"input"}} | {"text"}]}}, "stopReason", "usage": {"inputTokens", "outputTokens"}}`. Errors are
botocore ClientErrors whose codes are mapped to our classes.

Not every model takes a forced tool or a system prompt: a ValidationException that says so
switches this provider instance to a JSON-instructed prompt (or folds the system text into the
first turn) and the call is made again. Bedrock has no model list in the runtime API, so `probe`
makes a tiny completion.

The client is not the shared `data.clients.client("bedrock-runtime")`: that one reads for at most
10 s and retries 3 times by itself, which does not fit an LLM call bounded by one deadline. This
module's clients take the endpoint from the same environment (AWS_ENDPOINT_URL), read for as long
as the call's deadline allows, and leave retries to the loop here.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from resume_api.errors import ApiError
from resume_api.llm.base import (
    ChatMessage,
    LlmAuthFailed,
    LlmBadOutput,
    LlmError,
    LlmModelNotFound,
    LlmRateLimited,
    LlmRequest,
    LlmResponse,
    LlmTimeout,
    LlmUnreachable,
    ProbeResult,
)
from resume_api.llm.http import (
    CONNECT_TIMEOUT_S,
    MAX_RETRIES,
    call_limits,
    int_or_zero,
    metric,
    pause_before_retry,
    schema_instruction,
    split_system,
    strip_fences,
    tool_name,
    with_instruction,
)
from resume_api.models.llm_config import LlmConfigStored
from resume_api.observability import count, logger, milliseconds

ClientFactory = Callable[[str | None, int], Any]

AUTH_CODES = frozenset(
    {
        "AccessDeniedException",
        "UnrecognizedClientException",
        "ExpiredTokenException",
        "InvalidSignatureException",
        "IncompleteSignature",
        "MissingAuthenticationToken",
    }
)
RATE_CODES = frozenset({"ThrottlingException", "ServiceQuotaExceededException", "TooManyRequestsException"})
RETRY_CODES = frozenset(
    {
        "ThrottlingException",
        "InternalServerException",
        "ServiceUnavailableException",
        "ModelNotReadyException",
    }
)
PROBE_PROMPT = "Reply with the single word: ok"


class _Unsupported(Exception):
    """Internal: the model refused a feature of the request (forced tool, system prompt)."""

    def __init__(self, feature: str) -> None:
        self.feature = feature
        super().__init__(feature)


@lru_cache(maxsize=16)
def bedrock_client(region: str | None, read_timeout_s: int) -> Any:
    """A bedrock-runtime client per (region, read timeout), made once per container."""
    import boto3
    from botocore.config import Config

    config = Config(
        connect_timeout=CONNECT_TIMEOUT_S,
        read_timeout=read_timeout_s,
        retries={"mode": "standard", "total_max_attempts": 1},
    )
    return boto3.client("bedrock-runtime", region_name=region, config=config)


def _validation_kind(message: str) -> str:
    text = message.lower()
    if "toolchoice" in text or "tool_choice" in text or "tool use" in text or "toolconfig" in text:
        return "tool"
    if "system message" in text or "system prompt" in text:
        return "system"
    if "model identifier" in text or "model id" in text or "model_id" in text:
        return "model"
    return "other"


def translate_client_error(code: str, message: str) -> Exception:
    """A botocore ClientError, as one of our errors (AWS's message is only inspected, never kept)."""
    if code in AUTH_CODES:
        return LlmAuthFailed(
            "Bedrock refused the request: check the function's model access and IAM permissions."
        )
    if code in RATE_CODES:
        return LlmRateLimited()
    if code == "ResourceNotFoundException":
        return LlmModelNotFound()
    if code == "ModelTimeoutException":
        return LlmTimeout()
    if code == "ValidationException":
        kind = _validation_kind(message)
        if kind in ("tool", "system"):
            return _Unsupported(kind)
        if kind == "model":
            return LlmModelNotFound()
        return LlmError("The Bedrock model rejected the request.")
    return LlmUnreachable(f"Bedrock failed ({code}).")


class BedrockProvider:
    def __init__(
        self, config: LlmConfigStored, *, timeout_s: float, client_factory: ClientFactory | None = None
    ) -> None:
        self.config = config
        self.name = "bedrock"
        self.model = config.model_name
        self.timeout_s = timeout_s
        self._client_factory = client_factory or bedrock_client
        self.tool_mode = True
        self.system_ok = True
        self.attempts = 0

    def __repr__(self) -> str:
        return f"BedrockProvider(model={self.model!r})"

    def _converse(self, kwargs: dict[str, Any], deadline: float) -> dict[str, Any]:
        started = time.monotonic()
        metric(count, "llm.calls")
        try:
            return self._converse_with_retries(kwargs, deadline)
        except ApiError as exc:
            metric(count, "llm.errors")
            logger.warning("LLM call failed", extra={"llm_provider": self.name, "llm_error": exc.code})
            raise
        finally:
            metric(milliseconds, "llm.latency", (time.monotonic() - started) * 1000)

    def _converse_with_retries(self, kwargs: dict[str, Any], deadline: float) -> dict[str, Any]:
        from botocore.exceptions import (
            BotoCoreError,
            ClientError,
            ConnectionError,
            NoCredentialsError,
            NoRegionError,
            ReadTimeoutError,
        )

        attempt = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LlmTimeout()
            self.attempts += 1
            try:
                client = self._client_factory(self.config.region, max(1, math.ceil(remaining)))
                response: dict[str, Any] = client.converse(**kwargs)
                return response
            except ClientError as exc:
                error = exc.response.get("Error", {})
                code = str(error.get("Code", ""))
                logger.warning(
                    "Bedrock answered with an error", extra={"llm_provider": self.name, "code": code}
                )
                if (
                    code in RETRY_CODES
                    and attempt < MAX_RETRIES
                    and pause_before_retry(attempt, None, deadline)
                ):
                    attempt += 1
                    continue
                raise translate_client_error(code, str(error.get("Message", ""))) from None
            except ReadTimeoutError:
                raise LlmTimeout() from None
            except ConnectionError:
                if attempt < MAX_RETRIES and pause_before_retry(attempt, None, deadline):
                    attempt += 1
                    continue
                raise LlmUnreachable("Bedrock could not be reached.") from None
            except NoCredentialsError:
                raise LlmAuthFailed("No AWS credentials are available for Bedrock.") from None
            except NoRegionError:
                raise LlmUnreachable("No AWS region is configured for Bedrock.") from None
            except BotoCoreError:
                raise LlmUnreachable("Bedrock could not be reached.") from None

    def _kwargs(self, request: LlmRequest, temperature: float, max_tokens: int) -> dict[str, Any]:
        schema = request.schema
        use_tool = self.tool_mode and isinstance(schema, dict) and schema.get("type") == "object"
        messages = request.messages
        if schema is not None and not use_tool:
            messages = with_instruction(messages, schema_instruction(schema))
        system, turns = split_system(messages)
        if system and not self.system_ok:
            if turns and turns[0].role == "user":
                turns = [ChatMessage("user", f"{system}\n\n{turns[0].content}"), *turns[1:]]
            else:
                turns = [ChatMessage("user", system), *turns]
            system = ""
        kwargs: dict[str, Any] = {
            "modelId": self.model,
            "messages": [{"role": m.role, "content": [{"text": m.content}]} for m in turns],
            "inferenceConfig": {"maxTokens": max_tokens, "temperature": temperature},
        }
        if system:
            kwargs["system"] = [{"text": system}]
        if use_tool:
            name = tool_name(request.schema_name)
            kwargs["toolConfig"] = {
                "tools": [
                    {
                        "toolSpec": {
                            "name": name,
                            "description": "Record the answer. Its input is the whole answer, as the schema says.",
                            "inputSchema": {"json": schema},
                        }
                    }
                ],
                "toolChoice": {"tool": {"name": name}},
            }
        return kwargs

    def complete(self, request: LlmRequest) -> LlmResponse:
        limits = call_limits(
            request, max_tokens=self.config.max_tokens, timeout_s=self.timeout_s, max_temperature=1.0
        )
        started = time.perf_counter()
        deadline = time.monotonic() + limits.timeout_s
        while True:
            kwargs = self._kwargs(request, limits.temperature, limits.max_tokens)
            try:
                response = self._converse(kwargs, deadline)
            except _Unsupported as exc:
                if exc.feature == "tool" and "toolConfig" in kwargs:
                    self.tool_mode = False
                    continue
                if exc.feature == "system" and "system" in kwargs:
                    self.system_ok = False
                    continue
                raise LlmError("The Bedrock model rejected the request.") from None
            return self._response(response, kwargs, started)

    def _response(self, response: dict[str, Any], kwargs: dict[str, Any], started: float) -> LlmResponse:
        message = (response.get("output") or {}).get("message") or {}
        content = message.get("content")
        if not isinstance(content, list):
            raise LlmBadOutput("The LLM provider's reply had no content.")
        tool = kwargs.get("toolConfig", {}).get("toolChoice", {}).get("tool", {}).get("name")
        text: str | None = None
        if tool:
            for block in content:
                use = block.get("toolUse") if isinstance(block, dict) else None
                if isinstance(use, dict) and use.get("name") == tool:
                    text = json.dumps(use.get("input"), ensure_ascii=False)
                    break
        if text is None:
            texts = [b["text"] for b in content if isinstance(b, dict) and isinstance(b.get("text"), str)]
            if not texts:
                raise LlmBadOutput("The LLM provider's reply had no answer.")
            text = strip_fences("".join(texts))
        usage = response.get("usage") or {}
        return LlmResponse(
            text=text,
            model=self.model,
            provider=self.name,
            usage={
                "input_tokens": int_or_zero(usage.get("inputTokens")),
                "output_tokens": int_or_zero(usage.get("outputTokens")),
            },
            latency_ms=(time.perf_counter() - started) * 1000,
        )

    def probe(self) -> ProbeResult:
        """No model list in the runtime API: a 16-token completion shows access and the model."""
        started = time.perf_counter()
        kwargs = {
            "modelId": self.model,
            "messages": [{"role": "user", "content": [{"text": PROBE_PROMPT}]}],
            "inferenceConfig": {"maxTokens": 16, "temperature": 0.0},
        }
        try:
            self._converse(kwargs, time.monotonic() + self.timeout_s)
        except LlmModelNotFound:
            return ProbeResult(model_available=False, latency_ms=(time.perf_counter() - started) * 1000)
        except _Unsupported:
            raise LlmError("The Bedrock model rejected the request.") from None
        return ProbeResult(model_available=True, latency_ms=(time.perf_counter() - started) * 1000)
