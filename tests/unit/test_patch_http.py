"""PATCH /v1/resume_sections's answers, case by case, from the function's app over the fakes.

Each refusal's status code, error body and headers, as tests/test_resumes.py asserts them through
the runner, which keeps one case of each behaviour end to end; the rest of the cases run here.
"""

from __future__ import annotations

import json

import httpx
import pytest

from tests.fakes import HASH, World
from tests.unit.conftest import store_resume
from tests.unit.in_process import FunctionClient

MERGE = "application/merge-patch+json"
JSON_PATCH = "application/json-patch+json"


@pytest.fixture
def one(world: World) -> World:
    store_resume(world)
    return world


def _client(world: World) -> FunctionClient:
    return FunctionClient("resume_sections_patch", resume_repository=lambda: world.resumes)


def _send(world: World, media_type: str | None, body: object, **headers: str) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    if media_type:
        headers["Content-Type"] = media_type
    return _client(world).patch("/v1/resume_sections", headers=headers, content=content)


def _stored_version(world: World) -> int:
    record = world.resumes.get(HASH, "r_1")
    assert record is not None
    return record.version


@pytest.mark.parametrize(
    "sections",
    [
        {"hobbies": ["x"]},
        {"work": [{"name": "X", "salary": 1}]},
        {"basics": {"owner": "someone"}},
        {"basics": {"email": "x" * 400}},
        {"skills": "not a list"},
    ],
    ids=["unknown section", "unknown field", "server-owned field", "too long", "wrong type"],
)
def test_patch_rejects_what_the_model_does_not_allow(one: World, sections: dict) -> None:
    response = _client(one).patch("/v1/resume_sections", json={"version": 1, "sections": sections})
    assert response.status_code == 422, response.text
    assert _stored_version(one) == 1


@pytest.mark.parametrize("field", ["s3_key", "parsed_key", "uploaded_at", "status"])
def test_patch_cannot_set_server_fields(one: World, field: str) -> None:
    response = _client(one).patch("/v1/resume_sections", json={"version": 1, field: "x", "sections": {}})
    assert response.status_code == 422
    assert _stored_version(one) == 1


@pytest.mark.parametrize(
    ("media_type", "body", "headers", "status", "code"),
    [
        (MERGE, {"basics": {"label": "x"}}, {"If-Match": '"7"'}, 412, "precondition_failed"),
        (MERGE, {"basics": {"label": "x"}}, {"If-Match": 'W/"1"'}, 412, "precondition_failed"),
        (MERGE, {"basics": {"label": "x"}}, {"If-Match": "1"}, 400, "invalid_if_match"),
        (MERGE, {"basics": {"label": "x"}}, {}, 422, "validation_error"),
        (MERGE, {"sections": []}, {"If-Match": '"1"'}, 422, "validation_error"),
        (
            JSON_PATCH,
            [{"op": "test", "path": "/basics/name", "value": "Nobody"}],
            {"If-Match": '"1"'},
            409,
            "patch_test_failed",
        ),
        (
            JSON_PATCH,
            [{"op": "add", "path": "/skills/0/keywords/-", "value": 7}],
            {"If-Match": '"1"'},
            422,
            "validation_error",
        ),
        (JSON_PATCH, [{"op": "remove", "path": "/work/9"}], {"If-Match": '"1"'}, 422, "patch_not_applicable"),
        ("text/plain", {"basics": {}}, {"If-Match": '"1"'}, 415, "unsupported_type"),
        (MERGE, b"{not json", {"If-Match": '"1"'}, 400, "invalid_json"),
        (None, {"version": 2, "sections": {"interests": []}}, {}, 409, "version_conflict"),
    ],
    ids=[
        "stale if-match",
        "weak if-match",
        "unquoted if-match",
        "no version at all",
        "server-owned",
        "failed test",
        "invalid result",
        "missing path",
        "unsupported type",
        "not json",
        "stale body version, no content type",
    ],
)
def test_each_patch_refusal_has_its_status_code_and_headers(
    one: World, media_type: str | None, body: object, headers: dict[str, str], status: int, code: str
) -> None:
    response = _send(one, media_type, body, **headers)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code and error["request_id"]
    if status in (409, 412):
        assert error["current_version"] == 1
    if status == 412:
        assert response.headers["ETag"] == '"1"'
    if status == 415:
        assert response.headers["Accept-Patch"] == f"application/json, {MERGE}, {JSON_PATCH}"
    if code == "validation_error":
        assert error["fields"] and all(f["field"] in error["message"] for f in error["fields"][:5])
    if code == "patch_not_applicable":
        assert error["fields"] == [{"field": "0.path", "message": "no such location in the resume"}]
    assert _stored_version(one) == 1, "nothing stored"


@pytest.mark.parametrize(
    ("sections", "field"),
    [
        ({"work": [{"name": "Acme", "startDate": "2020-12-31T00:00"}]}, "sections.work.0.startDate"),
        ({"work": [{"name": "Acme", "startDate": "2020-13-45"}]}, "sections.work.0.startDate"),
        ({"work": [{"name": "Acme", "endDate": "Jan 2021 - 2023"}]}, "sections.work.0.endDate"),
        ({"education": [{"institution": "U", "startDate": "present"}]}, "sections.education.0.startDate"),
        ({"basics": {"url": "javascript:alert(1)"}}, "sections.basics.url"),
        ({"projects": [{"name": "P", "url": "data:text/html,x"}]}, "sections.projects.0.url"),
    ],
    ids=["datetime", "month 13", "a range", "present as a start", "javascript url", "data url"],
)
def test_patch_refuses_a_bad_date_or_url_naming_the_field(one: World, sections: dict, field: str) -> None:
    body = {"resume_id": "r_1", "version": 1, "sections": sections}
    response = _client(one).patch("/v1/resume_sections", json=body)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert [f["field"] for f in error["fields"]] == [field]
    assert "javascript" not in response.text and "data:text" not in response.text, "the value is not echoed"
    assert _stored_version(one) == 1
