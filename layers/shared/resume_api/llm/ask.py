"""Asking a model for structured output: one call, repairs that show it its errors, then 502.

Every use case that asks a model (tailoring, refining a parse) goes through `ask`: it keeps the
call inside the caller's deadline, counts usage, and hands the answer to the caller's `parse`,
which reads the JSON (`json_object`) and validates it against the caller's schema.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from pydantic import ValidationError

from resume_api.llm.base import LlmBadOutput, LlmProvider, LlmRequest, LlmResponse, LlmTimeout
from resume_api.models.slotted import Slotted
from resume_api.models.usage import Usage
from resume_api.observability import count, milliseconds
from resume_api.tailoring.prompt import repair_messages

REPAIRS = 2
MIN_CALL_S = 3.0
"""Below this much time left, another LLM call cannot finish before the gateway gives up."""
T = TypeVar("T")


def json_object(text: str) -> Any:
    """The model's JSON, tolerating a code fence or prose around one JSON object."""
    body = text.strip()
    fenced = re.search(r"```(?:json)?\s*(\{.*\})\s*```", body, re.DOTALL)
    if fenced:
        body = fenced.group(1)
    elif not body.startswith("{"):
        start, end = body.find("{"), body.rfind("}")
        if start != -1 and end > start:
            body = body[start : end + 1]
    return json.loads(body)


class Run(Slotted, Generic[T]):
    """What asking produced: the parsed output, the last response and the usage of all calls."""

    __slots__ = ("last", "output", "usage")
    output: T
    last: LlmResponse
    usage: Usage

    def __init__(self, output: T, last: LlmResponse, usage: Usage) -> None:
        self.output = output
        self.last = last
        self.usage = usage


def ask(
    provider: LlmProvider,
    request: LlmRequest,
    deadline: float,
    parse: Callable[[str], T],
    repairs: int = REPAIRS,
    clock: Callable[[], float] = time.time,
) -> Run[T]:
    """One call, then up to `repairs` more that show the model its validation errors; 502 after.

    `deadline` is in the epoch seconds `clock` gives."""
    usage = Usage()
    messages = request.messages
    for attempt in range(repairs + 1):
        remaining = deadline - clock()
        if remaining < MIN_CALL_S:
            raise LlmTimeout()
        request.messages = messages
        request.timeout_s = min(request.timeout_s, remaining - 1.0)
        response = provider.complete(request)
        usage.llm_calls += 1
        usage.llm_ms += response.latency_ms
        usage.input_tokens += int(response.usage.get("input_tokens", 0))
        usage.output_tokens += int(response.usage.get("output_tokens", 0))
        milliseconds("llm.latency", response.latency_ms)
        try:
            return Run(parse(response.text), response, usage)
        except (ValueError, ValidationError) as exc:
            count("llm.bad_output")
            if attempt == repairs:
                break
            problems = str(exc) if isinstance(exc, ValidationError) else "the answer was not valid JSON"
            messages = repair_messages(request.messages, response.text, _short_errors(exc, problems))
    raise LlmBadOutput("The LLM did not return a usable answer after repair attempts.")


def _short_errors(exc: Exception, fallback: str) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:10])
    return fallback
