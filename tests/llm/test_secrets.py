"""The API key and the provider's raw body never leak (docs/threats.md 11, 12).

A canary key goes through every path of every HTTP provider (success, refused key, timeout, bad
output, rate limit, redirect). It must reach the configured host in the provider's auth header,
and nowhere else: not in an exception, a log record, stdout/stderr or a repr. A stored key is
handed out only while the configuration points at the host it was stored for.
"""

from __future__ import annotations

import json
import logging

import pytest

from resume_api.errors import ApiError
from resume_api.llm.base import ChatMessage, LlmRequest
from resume_api.llm.registry import key_for
from resume_api.models.llm_config import LlmConfigStored
from tests.conftest import CANARY_KEY
from tests.llm.conftest import MakeFake, provider
from tests.llm.fakes import RAW_MARKER, Step

SCHEMA = {"type": "object", "properties": {"summary": {"type": "string"}}}
PATHS = {
    "success": [],
    "refused key": "wrong key",
    "timeout": [Step(delay_s=3.0)],
    "bad output": [Step(body=b"<html>" + CANARY_KEY.encode() + b"</html>")],
    "rate limited": [Step(429, body={"error": {"message": CANARY_KEY}}, headers={"Retry-After": "60"})],
    "server error": [Step(500, body={"error": RAW_MARKER}) for _ in range(3)],
    "redirect": [Step(307, headers={"Location": f"http://example.com/?key={CANARY_KEY}"})],
}


@pytest.mark.parametrize("kind", ["ollama", "openai", "openai_compatible", "anthropic"])
def test_the_canary_key_never_leaks(
    fake: MakeFake, kind: str, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    wire_kind = "openai" if kind.startswith("openai") else kind
    outcomes: dict[str, str] = {}
    for path, steps in PATHS.items():
        server = fake(wire_kind, api_key="the-right-key" if steps == "wrong key" else CANARY_KEY)
        if isinstance(steps, list):
            server.script(*steps)
        # Only the timeout path is meant to run out of time: the others get room, so a loaded machine
        # (a 500 retried three times, a slow fake) cannot turn their outcome into llm_timeout.
        timeout_s = 0.8 if path == "timeout" else 10.0
        chosen = provider(server, kind=kind, key=CANARY_KEY, timeout_s=timeout_s)
        request = LlmRequest(messages=[ChatMessage("user", "hi")], schema=SCHEMA)
        try:
            chosen.complete(request)
            outcomes[path] = "ok"
        except ApiError as exc:
            outcomes[path] = exc.code
            shown = " ".join(
                [str(exc), repr(exc), exc.message, json.dumps(exc.details), json.dumps(exc.headers)]
            )
            assert CANARY_KEY not in shown, path
            assert RAW_MARKER not in shown, path
        assert CANARY_KEY not in repr(chosen) and CANARY_KEY not in repr(vars(chosen)), path
        sent = [r for r in server.requests if r.path == server.chat_path]
        assert sent, path
        if kind == "anthropic":
            assert all(r.headers.get("x-api-key") == CANARY_KEY for r in sent)
        else:
            assert all(r.headers.get("authorization") == f"Bearer {CANARY_KEY}" for r in sent)
    assert outcomes == {
        "success": "ok",
        "refused key": "llm_auth_failed",
        "timeout": "llm_timeout",
        "bad output": "llm_bad_output",
        "rate limited": "llm_rate_limited",
        "server error": "llm_unreachable",
        "redirect": "llm_unreachable",
    }
    captured = capsys.readouterr()
    for text in (caplog.text, captured.out, captured.err, repr([r.__dict__ for r in caplog.records])):
        assert CANARY_KEY not in text
        assert RAW_MARKER not in text


def test_a_stored_key_goes_only_to_the_host_it_was_stored_for(fake: MakeFake) -> None:
    stored_for, other = fake("openai", api_key=CANARY_KEY), fake("openai")
    host = f"127.0.0.1:{stored_for.port}"
    same = LlmConfigStored(provider="openai_compatible", model_name="fake-model", base_url=stored_for.url)
    moved = LlmConfigStored(provider="openai_compatible", model_name="fake-model", base_url=other.url)

    assert key_for(same, CANARY_KEY, host) == CANARY_KEY
    assert key_for(moved, CANARY_KEY, host) is None
    assert key_for(same, CANARY_KEY, None) is None
    assert key_for(same, None, host) is None

    provider(other, kind="openai_compatible", key=key_for(moved, CANARY_KEY, host)).probe()
    assert other.requests, "the moved config was called"
    assert all(CANARY_KEY not in json.dumps(r.headers) for r in other.requests)
    provider(stored_for, kind="openai_compatible", key=key_for(same, CANARY_KEY, host)).probe()
    assert stored_for.requests[-1].headers["authorization"] == f"Bearer {CANARY_KEY}"
