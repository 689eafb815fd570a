"""Quotas through a runner with tight limits (set as template parameters, as a deployment would)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from local_runner.runner import LocalRunner
from tests.conftest import create_session
from tests.factories import pdf_resume, upload

LIMITS = {
    "SessionsPerIpPerHour": "5",
    "UploadsPerMinute": "4",
    "OptimizationsPerHour": "2",
    "MaxResumesPerSession": "3",
}
JD = "Backend engineer. Requirements: Python and PostgreSQL required, Docker a plus."


@pytest.fixture(scope="module")
def tight() -> Iterator[httpx.Client]:
    local = LocalRunner(parameters=LIMITS, stack_name="resume-api-tight")  # moto state is per process
    local.start()
    with httpx.Client(base_url=f"{local.base_url}/api/v1", timeout=60) as client:
        yield client
    local.stop()


def _assert_429(response: httpx.Response, code: str, window_s: int | None) -> None:
    assert response.status_code == 429, response.text
    assert response.json()["error"]["code"] == code
    if window_s is None:
        assert "retry-after" not in response.headers
    else:
        assert 1 <= int(response.headers["retry-after"]) <= window_s


def test_resumes_per_session(tight: httpx.Client) -> None:
    session = create_session(tight)
    for _ in range(3):
        assert upload(tight, session.headers, pdf_resume()).status_code == 201
    _assert_429(upload(tight, session.headers, pdf_resume()), "too_many_resumes", None)
    presign = {"filename": "cv.pdf", "content_type": "application/pdf", "size": 1000}
    _assert_429(
        tight.post("/upload_resume/presign", headers=session.headers, json=presign), "too_many_resumes", None
    )
    assert len(tight.get("/session/resumes", headers=session.headers).json()) == 3


def test_uploads_per_minute(tight: httpx.Client) -> None:
    for _ in range(2):  # a fixed window: if the minute turns during the test, run it once more
        window = int(time.time() // 60)
        session = create_session(tight)
        # Unreadable files create no resume (so the resume cap stays out of the way) but still count.
        statuses = [upload(tight, session.headers, b"%PDF-1.4 not really").status_code for _ in range(4)]
        refused = upload(tight, session.headers, pdf_resume())
        if int(time.time() // 60) == window:
            break
    assert statuses == [422] * 4
    _assert_429(refused, "quota_exceeded", 60)


def test_optimizations_per_hour(tight: httpx.Client) -> None:
    session = create_session(tight)
    assert upload(tight, session.headers, pdf_resume()).status_code == 201
    for _ in range(2):
        assert tight.post("/optimize_resume", headers=session.headers, json={"jd": JD}).status_code == 200
    _assert_429(
        tight.post("/optimize_resume", headers=session.headers, json={"jd": JD}), "quota_exceeded", 3600
    )
    _assert_429(
        tight.post("/optimize_resume", params={"mode": "async"}, headers=session.headers, json={"jd": JD}),
        "quota_exceeded",
        3600,
    )


def test_session_creation_per_address(tight: httpx.Client) -> None:
    """Exactly the limit, from an address of its own (127.0.0.2, still loopback): the other tests of
    this module create sessions from 127.0.0.1, one more whenever a minute turns during the upload
    test, so counting from their address made this test depend on the clock."""
    body = {"llm_config": {"provider": "offline"}}
    transport = httpx.HTTPTransport(local_address="127.0.0.2")
    with httpx.Client(base_url=tight.base_url, timeout=60, transport=transport) as own:
        statuses = [own.post("/session/create", json=body).status_code for _ in range(6)]
        assert statuses == [201] * 5 + [429]
        _assert_429(own.post("/session/create", json=body), "quota_exceeded", 3600)


def test_request_body_size_is_413(tight: httpx.Client) -> None:
    big = {"llm_config": {"provider": "offline"}, "padding": "x" * 300_000}
    response = tight.post("/session/create", json=big)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


def test_config_tests_per_address(tight: httpx.Client) -> None:
    """test-config is unauthenticated and reaches out to a URL: it is counted per address too."""
    body = {"llm_config": {"provider": "offline"}}
    statuses = [tight.post("/session/test-config", json=body).status_code for _ in range(5)]
    assert statuses == [200] * 5
    _assert_429(tight.post("/session/test-config", json=body), "quota_exceeded", 3600)
