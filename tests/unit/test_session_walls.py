"""Another session's resume id on every route that takes one: 404, exactly as for an id that never
existed, from each function's app over the fakes (tests/test_security_matrix.py's rows).

The security matrix keeps one route end to end through the authorizer and the runner; every route
runs here, with session B calling and session A owning a resume at version 2.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable

import httpx
import pytest

from tests.fakes import FakeClock, World
from tests.unit.conftest import JD, sample_resume, store_resume
from tests.unit.in_process import FunctionClient

A = "a" * 64
B = "b" * 64


def _client(world: World, function: str, token_hash: str = B) -> FunctionClient:
    return FunctionClient.over(function, world, token_hash)


@pytest.fixture
def walls() -> World:
    """A owns r_1 at version 2 (an upload, then a stored change); B is a live session with nothing."""
    world = World(clock=FakeClock(time.time()))  # the functions read sessions on the real clock
    store_resume(world)  # the world's default session hash is A's
    world.resumes.put_version(A, "r_1", 1, sample_resume("Jane Q. Doe"), int(world.clock()))
    world.session(B)
    return world


Call = Callable[[World, str], httpx.Response]

RESUME_ROUTES: dict[str, Call] = {
    "GET /session/resume/{id}": lambda w, rid: _client(w, "session_resume").get(f"/v1/session/resume/{rid}"),
    "GET /resume_sections?resume_id=": lambda w, rid: _client(w, "resume_sections_get").get(
        "/v1/resume_sections", params={"resume_id": rid}
    ),
    "PATCH /resume_sections": lambda w, rid: _client(w, "resume_sections_patch").patch(
        "/v1/resume_sections",
        json={"resume_id": rid, "version": 2, "sections": {"interests": [{"name": "taken over"}]}},
    ),
    "POST /optimize_resume": lambda w, rid: _client(w, "optimize_resume").post(
        "/v1/optimize_resume", json={"jd": JD, "resume_id": rid}
    ),
    "POST /optimize_resume?mode=async": lambda w, rid: _client(w, "optimize_resume").post(
        "/v1/optimize_resume", params={"mode": "async"}, json={"jd": JD, "resume_id": rid}
    ),
    "POST /ats_score": lambda w, rid: _client(w, "ats_score").post(
        "/v1/ats_score", json={"jd": JD, "resume_id": rid}
    ),
    "POST /generate_resume": lambda w, rid: _client(w, "generate_resume").post(
        "/v1/generate_resume", json={"format": "json", "resume_id": rid}
    ),
    "POST /generate_resume, a given version": lambda w, rid: _client(w, "generate_resume").post(
        "/v1/generate_resume", json={"format": "json", "resume_id": rid, "version": 1}
    ),
}


def _same_404(theirs: httpx.Response, unknown: httpx.Response, code: str) -> None:
    assert theirs.status_code == unknown.status_code == 404, (theirs.text, unknown.text)
    strip = lambda r: {k: v for k, v in r.json()["error"].items() if k != "request_id"}  # noqa: E731
    assert strip(theirs) == strip(unknown), "the body must not reveal that the id exists"
    assert strip(theirs)["code"] == code
    assert set(theirs.json()) == {"error"}


@pytest.mark.parametrize("route", RESUME_ROUTES.values(), ids=RESUME_ROUTES.keys())
def test_another_sessions_resume_id_is_404_like_an_unknown_one(walls: World, route: Call) -> None:
    _same_404(route(walls, "r_1"), route(walls, "r_" + secrets.token_hex(12)), "resume_not_found")
    owned = _client(walls, "session_resume", A).get("/v1/session/resume/r_1").json()
    assert owned["version"] == 2, "the owner's resume is untouched"
    assert _client(walls, "session_resumes").get("/v1/session/resumes").json() == []
    assert _client(walls, "session_info").get("/v1/session/info").json()["conversations"] == []
    assert walls.jobs.submitted == [], "nothing was queued for B"
