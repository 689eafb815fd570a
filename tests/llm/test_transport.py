"""The HTTP path every provider shares: retries, time and size bounds, redirects, error translation.

Driven through the OpenAI-compatible provider against the fake server; what is asserted is the
transport's behaviour (how many attempts reached the server, how long it took, which error).
"""

from __future__ import annotations

import ssl
import time

import pytest

from resume_api.llm.base import (
    ChatMessage,
    LlmAuthFailed,
    LlmBadOutput,
    LlmError,
    LlmRateLimited,
    LlmRequest,
    LlmResponseTooLarge,
    LlmTimeout,
    LlmUnreachable,
)
from resume_api.llm.http import HttpProvider, join_path
from tests.llm.conftest import SETTINGS, MakeFake, provider
from tests.llm.fakes import Step, free_port

LOAD_SLACK_S = 1.5
"""Room a loaded machine takes to wake a waiting thread, on top of a bound the transport keeps: each
bound below stays far under what a broken bound would take (the server's 5 s delay, a 120 s
Retry-After, a body trickled for ~10 s), and a 2-core CI runner under four workers and lint had
overrun the bound plus 0.4-0.7 s now and then."""

SCHEMA = {"type": "object", "properties": {"summary": {"type": "string"}}, "required": ["summary"]}


def ask(schema: dict | None = SCHEMA) -> LlmRequest:
    return LlmRequest(messages=[ChatMessage("user", "hello")], schema=schema, max_tokens=64)


def test_429_with_retry_after_is_waited_then_succeeds(fake: MakeFake) -> None:
    server = fake("openai")
    server.script(Step(429, body={"error": {"message": "slow down"}}, headers={"Retry-After": "1"}))
    started = time.monotonic()
    response = provider(server, kind="openai_compatible").complete(ask())
    assert time.monotonic() - started >= 0.95
    assert len(server.chat_requests()) == 2
    assert response.text == '{"summary": "ok", "skills": ["python"]}'


def test_500_then_success_is_retried_with_backoff(fake: MakeFake) -> None:
    server = fake("openai")
    server.script(Step(500), Step(502))
    response = provider(server, kind="openai_compatible").complete(ask())
    assert len(server.chat_requests()) == 3
    assert response.usage == {"input_tokens": 21, "output_tokens": 9}


@pytest.mark.parametrize(
    ("status", "error"), [(503, LlmUnreachable), (429, LlmRateLimited), (504, LlmUnreachable)]
)
def test_gives_up_after_two_retries(fake: MakeFake, status: int, error: type[Exception]) -> None:
    server = fake("openai")
    server.script(*[Step(status, headers={"Retry-After": "0"}) for _ in range(5)])
    with pytest.raises(error):
        provider(server, kind="openai_compatible").complete(ask())
    assert len(server.chat_requests()) == 3


def test_a_long_retry_after_is_not_waited(fake: MakeFake) -> None:
    server = fake("openai")
    server.script(Step(429, headers={"Retry-After": "120"}))
    started = time.monotonic()
    with pytest.raises(LlmRateLimited):
        provider(server, kind="openai_compatible").complete(ask())
    assert time.monotonic() - started < LOAD_SLACK_S
    assert len(server.chat_requests()) == 1


@pytest.mark.parametrize(("status", "error"), [(400, LlmError), (401, LlmAuthFailed), (403, LlmAuthFailed)])
def test_client_errors_are_not_retried(fake: MakeFake, status: int, error: type[Exception]) -> None:
    server = fake("openai")
    server.script(Step(status, path="/v1/models"))
    with pytest.raises(error):
        provider(server, kind="openai_compatible").probe()
    assert [r.path for r in server.requests] == ["/v1/models"]


def test_501_is_not_retried(fake: MakeFake) -> None:
    server = fake("openai")
    server.script(Step(501))
    with pytest.raises(LlmUnreachable, match="HTTP 501"):
        provider(server, kind="openai_compatible").complete(ask())
    assert len(server.chat_requests()) == 1


def test_a_slow_server_times_out_within_the_bound(fake: MakeFake) -> None:
    server = fake("openai")
    server.script(Step(delay_s=5.0))
    started = time.monotonic()
    with pytest.raises(LlmTimeout):
        provider(server, kind="openai_compatible", timeout_s=0.6).complete(ask())
    assert time.monotonic() - started < 0.6 + LOAD_SLACK_S
    assert len(server.chat_requests()) == 1


def test_a_trickling_body_is_cut_at_the_deadline(fake: MakeFake) -> None:
    """Headers at once, then one byte every 50 ms: each read is quick, the whole is not."""
    server = fake("openai")
    server.script(Step(drip_s=0.05))
    started = time.monotonic()
    with pytest.raises(LlmTimeout):
        provider(server, kind="openai_compatible", timeout_s=0.8).complete(ask())
    assert time.monotonic() - started < 0.8 + LOAD_SLACK_S


def test_request_timeout_is_the_lower_of_request_and_config(fake: MakeFake) -> None:
    server = fake("openai")
    server.script(Step(delay_s=5.0))
    request = ask()
    request.timeout_s = 0.4
    started = time.monotonic()
    with pytest.raises(LlmTimeout):
        provider(server, kind="openai_compatible", timeout_s=20).complete(request)
    assert time.monotonic() - started < 0.4 + LOAD_SLACK_S


@pytest.mark.parametrize("no_length", [False, True], ids=["content-length", "streamed"])
def test_a_huge_body_is_refused(fake: MakeFake, no_length: bool) -> None:
    server = fake("openai")
    huge = b'{"choices": "' + b"x" * (SETTINGS.max_response_bytes + 10) + b'"}'
    server.script(Step(body=huge, no_length=no_length))
    with pytest.raises(LlmResponseTooLarge):
        provider(server, kind="openai_compatible").complete(ask())
    assert len(server.chat_requests()) == 1


def test_redirects_are_not_followed(fake: MakeFake) -> None:
    server, elsewhere = fake("openai", api_key="sk-test"), fake("openai")
    server.script(Step(302, headers={"Location": f"{elsewhere.url}/v1/chat/completions"}))
    with pytest.raises(LlmUnreachable, match="redirects are not followed"):
        provider(server, kind="openai_compatible", key="sk-test").complete(ask())
    assert elsewhere.requests == []


def test_malformed_json_is_bad_output(fake: MakeFake) -> None:
    server = fake("openai")
    server.script(Step(body=b'{"choices": [{"message": '))
    with pytest.raises(LlmBadOutput):
        provider(server, kind="openai_compatible").complete(ask())
    server.script(Step(body={"choices": []}))
    with pytest.raises(LlmBadOutput):
        provider(server, kind="openai_compatible").complete(ask())


def test_connection_refused_is_unreachable_after_quick_retries() -> None:
    from resume_api.llm.registry import provider_for
    from resume_api.models.llm_config import LlmConfigStored

    config = LlmConfigStored(
        provider="ollama", model_name="m", base_url=f"http://127.0.0.1:{free_port()}", timeout_s=5
    )
    chosen = provider_for(config, None, settings=SETTINGS)
    started = time.monotonic()
    with pytest.raises(LlmUnreachable):
        chosen.probe()
    assert time.monotonic() - started < 2.5
    assert isinstance(chosen, HttpProvider)
    assert chosen.transport.attempts == 3


def test_the_connection_goes_to_the_checked_address_with_the_original_host(fake: MakeFake) -> None:
    server = fake("ollama")
    chosen = provider(server, base_url=f"http://localhost:{server.port}")
    assert chosen.probe().model_available is True
    assert server.requests[0].headers["host"] == f"localhost:{server.port}"
    assert isinstance(chosen, HttpProvider)
    assert chosen.transport.last_peer is not None and chosen.transport.last_peer[0] == "127.0.0.1"


def test_a_base_path_is_kept_and_v1_not_doubled() -> None:
    assert join_path("", "/v1/models") == "/v1/models"
    assert join_path("/v1", "/v1/models") == "/v1/models"
    assert join_path("/proxy/openai/v1", "/v1/chat/completions") == "/proxy/openai/v1/chat/completions"
    assert join_path("/ollama", "/api/chat") == "/ollama/api/chat"


def test_every_client_verifies_tls_with_the_one_context_of_the_process() -> None:
    """Each (host, address) has its own keep-alive client, but the TLS context (certifi's roots,
    loaded at ~20 ms of CPU) is built once: every client shares it, and it verifies the server's
    certificate and name as httpx's default does."""
    from resume_api.llm import http
    from resume_api.llm.ssrf import resolve_safe

    clients = [
        http._client_for(resolve_safe(f"https://127.0.0.1:{port}/v1", allow_private=True))
        for port in (free_port(), free_port())
    ]
    assert clients[0] is not clients[1]
    contexts = [client._transport._pool._ssl_context for client in clients]  # type: ignore[attr-defined]
    assert contexts[0] is contexts[1] is http._tls()
    assert contexts[0].verify_mode == ssl.CERT_REQUIRED and contexts[0].check_hostname
    assert contexts[0].cert_store_stats()["x509_ca"] > 0
