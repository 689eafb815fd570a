"""Shared fixtures: the local runner (moto behind API Gateway and the functions), an HTTP client, sessions.

Integration tests talk HTTP to the same runner `make dev` serves, so each one crosses
API Gateway → authorizer → function → moto, as a request on AWS does.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from local_runner.aws import Fault
from local_runner.runner import LocalRunner

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("RESUME_CORPUS", ROOT.parent / "shared" / "corpus"))
CANARY_KEY = "sk-canary-7f3a9c1e5b2d4f6a8c0e"


FULL_SUITE_ONLY = ("tests/parsing/test_mutation_property.py",)
"""Property tests that explore hundreds of generated files a run: `make test` runs them, `make test-fast` not."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark what `make test-fast` leaves to `make test`: every test that starts the runner (directly, or
    in a module that builds its own), and the long property tests."""
    for item in items:
        module = getattr(item, "module", None)
        if "runner" in getattr(item, "fixturenames", ()) or hasattr(module, "LocalRunner"):
            item.add_marker(pytest.mark.runner)
        if item.nodeid.startswith(FULL_SUITE_ONLY):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _no_outside_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit and integration tests may talk to loopback only; anything else is a bug in the test."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0]
            if not (host.startswith("127.") or host in ("::1", "localhost")):
                raise RuntimeError(f"test tried to reach {host}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


GENEROUS_QUOTAS = {
    "SessionsPerIpPerHour": "100000",
    "UploadsPerMinute": "100000",
    "OptimizationsPerHour": "100000",
}
"""Most tests create many sessions from one address; test_quotas runs its own runner with tight limits."""


@pytest.fixture(scope="session")
def runner() -> Iterator[LocalRunner]:
    local = LocalRunner(
        env_overrides={"RESUME_API_ALLOW_PRIVATE_BASE_URLS": "true"}, parameters=GENEROUS_QUOTAS
    )
    local.start()
    yield local
    local.stop()


@pytest.fixture(scope="session")
def api(runner: LocalRunner) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{runner.base_url}/api/v1", timeout=60.0) as client:
        yield client


@pytest.fixture
def faults(runner: LocalRunner) -> Iterator[list[Fault]]:
    """Faults to inject into emulated AWS for one test; cleared afterwards."""
    assert runner.aws.injector is not None
    yield runner.aws.injector.faults
    runner.aws.injector.clear()


@dataclass
class Session:
    id: str
    body: dict[str, Any]

    @property
    def headers(self) -> dict[str, str]:
        return {"X-Session-ID": self.id}


def create_session(api: httpx.Client, **llm: Any) -> Session:
    config = {"provider": "offline", **llm}
    response = api.post("/session/create", json={"llm_config": config})
    assert response.status_code == 201, response.text
    body = response.json()
    return Session(id=body["session_id"], body=body)


@pytest.fixture
def session(api: httpx.Client) -> Session:
    return create_session(api)
