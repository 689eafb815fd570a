"""POST /v1/generate_resume's refusals and failed writes, from the function's app over the fakes.

tests/test_generate.py keeps one case of each through the runner (moto's faults, the gateway);
every case runs here, as the same status code, error body and headers.
"""

from __future__ import annotations

import pytest

from tests.fakes import HASH, World
from tests.unit.conftest import store_resume
from tests.unit.in_process import FunctionClient


def _client(world: World) -> FunctionClient:
    return FunctionClient(
        "generate_resume",
        resume_repository=lambda: world.resumes,
        document_repository=lambda: world.documents,
    )


@pytest.fixture
def uploaded(world: World) -> World:
    store_resume(world)
    return world


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"format": "rtf"}, 422, "validation_error"),
        ({"format": "pdf", "template": "fancy"}, 422, "validation_error"),
        ({"format": "pdf", "parsed": {}}, 422, "empty_resume"),
        ({"format": "pdf", "parsed": {"basics": {"name": "A"}}, "version": 1}, 422, "validation_error"),
        ({"format": "pdf", "resume_id": "r_000000000000000000000000"}, 404, "resume_not_found"),
    ],
)
def test_bad_requests_are_clean_4xx(uploaded: World, body: dict, status: int, code: str) -> None:
    before = set(uploaded.objects.data)
    response = _client(uploaded).post("/v1/generate_resume", json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert set(uploaded.objects.data) == before and uploaded.conversations.list_all(HASH) == []


@pytest.mark.parametrize(
    "failing",
    ["put:generated/", "put:/conversations/", "item"],
    ids=["document write", "result write", "conversation write"],
)
def test_a_failed_write_leaves_nothing_behind(uploaded: World, failing: str) -> None:
    before = set(uploaded.objects.data)
    uploaded.faults.fail.add(failing)
    response = _client(uploaded).post("/v1/generate_resume", json={"format": "pdf"})
    assert response.status_code == 503, response.text
    assert response.json()["error"]["code"] == "backend_unavailable"
    assert "retry-after" in response.headers
    assert set(uploaded.objects.data) == before, "no document, no result"
    assert uploaded.conversations.list_all(HASH) == []
