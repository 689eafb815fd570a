"""POST /api/v1/session/test-config as a user calls it, against fake providers on 127.0.0.1.

The runner's functions run with private base URLs allowed (development), so they reach the fakes;
the metadata address stays refused even then, with a 422 naming the field, as session create
refuses it. Every other answer is a 200 report: `ok`, the model's availability, and our error code
and message, never the key or the provider's raw body.
"""

from __future__ import annotations

import time

import httpx
import pytest

from local_runner.runner import LocalRunner
from resume_api.llm.base import UnsafeBaseUrl
from resume_api.logic import config_check
from resume_api.models.llm_config_in import LlmConfigIn
from resume_api.settings import LlmSettings
from tests.conftest import CANARY_KEY
from tests.llm.conftest import MakeFake
from tests.llm.fakes import RAW_MARKER, free_port


def check(api: httpx.Client, **llm: object) -> dict:
    response = api.post("/session/test-config", json={"llm_config": llm})
    assert response.status_code == 200, response.text
    assert CANARY_KEY not in response.text
    assert RAW_MARKER not in response.text
    body: dict = response.json()
    return body


@pytest.mark.parametrize(
    ("kind", "path", "key"),
    [
        ("ollama", "/api/chat", None),
        ("openai_compatible", "/v1/chat/completions", CANARY_KEY),
        ("openai", "/v1/chat/completions", CANARY_KEY),
        ("anthropic", "/v1/messages", CANARY_KEY),
    ],
)
def test_each_provider_is_probed_for_real(
    api: httpx.Client, fake: MakeFake, kind: str, path: str, key: str | None
) -> None:
    server = fake("openai" if kind.startswith("openai") else kind, api_key=key)
    llm = {"provider": kind, "model_name": "fake-model", "base_url": server.url, "api_key": key}
    body = check(api, **llm)
    assert body["ok"] is True, body
    assert body["model_available"] is True
    assert body["endpoint"] == f"POST {server.url}{path}"
    assert body["latency_ms"] >= 0 and body.get("error") is None
    assert server.requests, "the fake was called"

    missing = check(api, **{**llm, "model_name": "no-such-model"})
    assert (missing["ok"], missing["model_available"]) == (False, False)
    assert missing["error"]["code"] == "llm_model_not_found"


@pytest.mark.parametrize("kind", ["openai", "anthropic", "ollama"])
def test_a_wrong_key_is_reported_without_the_key_or_the_body(
    api: httpx.Client, fake: MakeFake, runner: LocalRunner, kind: str
) -> None:
    server = fake(kind, api_key="the-right-key")
    body = check(api, provider=kind, model_name="fake-model", base_url=server.url, api_key=CANARY_KEY)
    assert body["ok"] is False
    assert body["error"]["code"] == "llm_auth_failed"
    assert server.requests, "the fake was called with the canary and answered 401 echoing it"
    time.sleep(0.3)
    assert CANARY_KEY not in runner.logs.text()
    assert RAW_MARKER not in runner.logs.text()


def test_an_unreachable_port_is_reported(api: httpx.Client) -> None:
    body = check(api, provider="ollama", model_name="m", base_url=f"http://127.0.0.1:{free_port()}")
    assert (body["ok"], body["error"]["code"]) == (False, "llm_unreachable")


def test_the_metadata_service_is_refused_even_in_development(api: httpx.Client) -> None:
    for url in ("http://169.254.169.254", "http://[fd00:ec2::254]", "http://[::ffff:a9fe:a9fe]"):
        llm = {"provider": "openai_compatible", "model_name": "m", "base_url": url}
        response = api.post("/session/test-config", json={"llm_config": llm})
        assert response.status_code == 422, (url, response.text)
        error = response.json()["error"]
        assert error["code"] == "unsafe_base_url", url
        assert "base_url" in error["message"] and "169.254" not in error["message"]


def test_offline_needs_no_network(api: httpx.Client) -> None:
    body = check(api, provider="offline")
    assert body["ok"] is True
    assert body["endpoint"] == "built-in rules (no network)"


def test_private_addresses_are_refused_in_production_settings(fake: MakeFake) -> None:
    server = fake("ollama")
    config = LlmConfigIn(provider="ollama", model_name="fake-model", base_url=server.url)
    with pytest.raises(UnsafeBaseUrl) as refused:
        config_check.check_config(config, settings=LlmSettings(allow_private_base_urls=False))
    assert refused.value.status == 422 and refused.value.code == "unsafe_base_url"
    assert server.requests == []
