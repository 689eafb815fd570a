"""No 500 from a loopback `base_url` that create accepted, on every path that calls the model, from the
functions' apps over the fakes (tests/llm/test_hostile_base_urls.py keeps one form end to end).

Development mode, as the runner sets it: loopback is allowed, nothing listens on the port, so
create stores the session, test-config reports the provider unreachable, an upload with
`?use_llm=true` keeps the parse and says why, optimize answers a clean 4xx/5xx, and a plain upload
still works. The upload's parser is the fakes' (the same bytes give the same resume); the LLM is
the real provider, built from the session and its stored key, calling the real (closed) port; its
backoff between retries does not sleep here.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from typing import Any

import pytest

from resume_api.llm import http
from resume_api.settings import llm_settings
from tests.factories import pdf_resume
from tests.fakes import FakeClock, World
from tests.llm.test_hostile_base_urls import LOOPBACK, _config, _id
from tests.unit.conftest import sample_resume
from tests.unit.in_process import FunctionClient

PDF = pdf_resume()


class _NoBackoff:
    """The `time` module as llm/http.py sees it, but its backoff between retries does not sleep: the
    retries still run (each refused at once), the runner's case waits them out for real."""

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)

    @staticmethod
    def sleep(seconds: float) -> None:
        assert seconds >= 0


@pytest.fixture
def development(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """RESUME_API_ALLOW_PRIVATE_BASE_URLS=true, as the runner and `make dev` set it."""
    monkeypatch.setattr(http, "time", _NoBackoff())
    monkeypatch.setenv("RESUME_API_ALLOW_PRIVATE_BASE_URLS", "true")
    llm_settings.cache_clear()
    yield
    llm_settings.cache_clear()


def _client(world: World, function: str, token_hash: str = "") -> FunctionClient:
    return FunctionClient.over(function, world, token_hash)


def _upload(world: World, token_hash: str, **params: str) -> Any:
    files = {"file": ("cv.pdf", PDF, "application/pdf")}
    return _client(world, "upload_resume", token_hash).post("/v1/upload_resume", params=params, files=files)


@pytest.mark.parametrize("url", LOOPBACK, ids=_id)
def test_what_create_accepts_never_answers_500(development: None, url: str) -> None:
    world = World(clock=FakeClock(time.time()))  # the functions read sessions on the real clock
    world.parse.documents[PDF] = sample_resume()
    created = _client(world, "session_create").post("/v1/session/create", json={"llm_config": _config(url)})
    assert created.status_code == 201, created.text
    token_hash = hashlib.sha256(created.json()["session_id"].encode()).hexdigest()
    probe = _client(world, "session_test_config").post(
        "/v1/session/test-config", json={"llm_config": _config(url)}
    )
    assert probe.status_code == 200, probe.text
    assert probe.json()["ok"] is False and probe.json()["error"]["code"].startswith(("llm_", "unsafe_"))
    uploaded = _upload(world, token_hash, use_llm="true")
    assert uploaded.status_code == 201, uploaded.text
    assert uploaded.json()["refinement"]["error"]["code"].startswith("llm_")
    optimized = _client(world, "optimize_resume", token_hash).post(
        "/v1/optimize_resume", json={"jd": "Backend engineer: Python and SQL."}
    )
    assert optimized.status_code in (422, 502, 504), optimized.text
    assert optimized.json()["error"]["code"] != "internal_error"
    assert _upload(world, token_hash).status_code == 201
