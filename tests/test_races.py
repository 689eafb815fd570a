"""Races through the runner (issue #13 items 1 and 2; docs/threats.md 33, 34).

`test_delete_mid_flight_leaves_nothing`: one session starts everything that writes at once —
direct uploads with `?use_llm=true` (a fake model on 127.0.0.1 that takes `LLM_DELAY_S` to
answer), a presigned POST whose ingest is in flight, a synchronous and an asynchronous
optimization on the same slow model, a generation and a PATCH — then DELETE comes mid-flight,
and a second presigned POST arrives after it (its signature is still valid). Once every request
has answered and every event has run, both stores are listed: of the session only its revoked
session item remains, without its key or hints; no item, no object. Every request answered
2xx (it committed before the mark, and the sweep took it), 401 `session_revoked` (its write lost
to the mark) or 404 (what it needed was swept already), never 5xx.

`test_parallel_uploads_never_hold_more_than_the_limit`: a session holding `LIMIT - REMAINING`
resumes fires `3 * REMAINING` uploads and presigns at once: exactly the limit is stored, every
other request is a 429 `too_many_resumes`. That a failed upload gives its slot back is
`tests/unit/test_uploads.py::test_a_failed_upload_gives_its_slot_back`, over the fakes.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from local_runner.runner import LocalRunner
from tests.conftest import Session, create_session
from tests.factories import pdf_resume, post_presigned, upload
from tests.llm.fakes import FakeLlm, Step
from tests.test_faults import _items, _objects, assert_consistent

LLM_KEY = "sk-race-test-5e6f7a8b9c0d1e2f"
LLM_DELAY_S = 4.0
DELETE_AFTER_S = 1.5
JD = (
    "Senior Backend Engineer. Requirements: Python, PostgreSQL, AWS Lambda and Docker are required; "
    "Kubernetes experience needed. Experience with SQL and REST APIs."
)
ANSWER = {
    "summary": "Backend engineer building billing systems in Python on AWS Lambda.",
    "skills": [{"name": "Skills", "keywords": ["Python", "AWS", "SQL"]}],
}
LIMIT = 20
"""MaxResumesPerSession as the template sets it (the tests' runner keeps it)."""
REMAINING = 3
AFTER_DELETE = {"session_revoked", "invalid_session", "no_resume", "resume_not_found"}
"""What a request that met DELETE may hear: its write lost to the mark (401 session_revoked), the
authorizer saw the mark, or what it needed was swept already (404)."""


def _hash(session: Session) -> str:
    return hashlib.sha256(session.id.encode()).hexdigest()


@pytest.fixture(scope="module")
def slow_llm() -> Iterator[FakeLlm]:
    server = FakeLlm("openai", api_key=LLM_KEY, answer=ANSWER).start()
    yield server
    server.stop()


def _presign(api: httpx.Client, session: Session, size: int | None = None) -> dict[str, Any]:
    body = {"filename": "cv.pdf", "content_type": "application/pdf", "size": size or len(pdf_resume())}
    response = api.post("/upload_resume/presign", headers=session.headers, json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_delete_mid_flight_leaves_nothing(api: httpx.Client, runner: LocalRunner, slow_llm: FakeLlm) -> None:
    session = create_session(
        api, provider="openai_compatible", base_url=slow_llm.url, model_name="fake-model", api_key=LLM_KEY
    )
    headers = session.headers
    first, second = upload(api, headers, pdf_resume()), upload(api, headers, pdf_resume())
    assert first.status_code == second.status_code == 201, (first.text, second.text)
    resume_id, patched_id = first.json()["resume_id"], second.json()["resume_id"]
    before, after = _presign(api, session), _presign(api, session)
    slow_llm.script(*[Step(delay_s=LLM_DELAY_S) for _ in range(12)])

    calls: dict[str, Callable[[], httpx.Response]] = {
        "upload ?use_llm=true (1)": lambda: api.post(
            "/upload_resume/", params={"use_llm": "true"}, headers=headers, files=_file()
        ),
        "upload ?use_llm=true (2)": lambda: api.post(
            "/upload_resume/", params={"use_llm": "true"}, headers=headers, files=_file()
        ),
        "presigned POST before DELETE": lambda: post_presigned(before["upload"], pdf_resume()),
        "optimize": lambda: api.post(
            "/optimize_resume", headers=headers, json={"jd": JD, "resume_id": resume_id}
        ),
        "optimize ?mode=async": lambda: api.post(
            "/optimize_resume",
            params={"mode": "async"},
            headers=headers,
            json={"jd": JD, "resume_id": resume_id},
        ),
        "generate": lambda: api.post("/generate_resume", headers=headers, json={"format": "pdf"}),
        "patch": lambda: api.patch(
            "/resume_sections",
            headers=headers,
            json={"resume_id": patched_id, "version": 1, "sections": {"interests": [{"name": "Chess"}]}},
        ),
    }
    with ThreadPoolExecutor(len(calls)) as pool:
        started = {name: pool.submit(call) for name, call in calls.items()}
        time.sleep(DELETE_AFTER_S)
        deleted = api.delete("/session", headers=headers)
        assert deleted.status_code == 200, deleted.text
        late = post_presigned(after["upload"], pdf_resume())  # moto takes it, as S3 would
        assert late.status_code in (200, 204), late.text
        answers = {name: future.result(timeout=120) for name, future in started.items()}
    runner.wait_for_events(timeout_s=60)
    time.sleep(LLM_DELAY_S)  # the worker's model call outlives the event it came from
    runner.wait_for_events(timeout_s=60)

    for name, response in answers.items():
        assert response.status_code < 500, (name, response.status_code, response.text)
        if response.status_code >= 400:  # refused by the mark, or it came after the sweep
            code = response.json()["error"]["code"]
            assert code in AFTER_DELETE, (name, response.text)
    assert any(r.status_code == 401 for r in answers.values()), "some writes really came after DELETE"
    token_hash = _hash(session)
    items = _items(runner, token_hash)
    assert [i["sk"] for i in items] == ["SESSION"], [i["sk"] for i in items]
    assert items[0]["revoked_at"] and not {"api_key_ct", "api_key_hint", "api_key_host"} & set(items[0])
    assert _objects(runner, token_hash) == set()
    assert_consistent(runner, token_hash)


def _file() -> dict[str, tuple[str, bytes, str]]:
    return {"file": ("cv.pdf", pdf_resume(), "application/pdf")}


def test_parallel_uploads_never_hold_more_than_the_limit(api: httpx.Client, runner: LocalRunner) -> None:
    session = create_session(api)
    for _ in range(LIMIT - REMAINING):
        _presign(api, session)
    held = len(api.get("/session/resumes", headers=session.headers).json())
    assert held == LIMIT - REMAINING

    def direct() -> httpx.Response:
        return upload(api, session.headers, pdf_resume())

    def presign() -> httpx.Response:
        body = {"filename": "cv.pdf", "content_type": "application/pdf", "size": 900}
        return api.post("/upload_resume/presign", headers=session.headers, json=body)

    racers = [direct if n % 2 else presign for n in range(3 * REMAINING)]
    with ThreadPoolExecutor(len(racers)) as pool:
        # Warm one environment per racer (a request refused before any quota), so they race on
        # the quota, not on cold starts that would serialize them.
        warm = [
            lambda: api.post("/upload_resume/presign", headers=session.headers, json={}),
            lambda: api.post("/upload_resume/", headers=session.headers, files={"other": ("x", b"x")}),
        ]
        assert {r.status_code for r in pool.map(lambda n: warm[n % 2](), range(2 * len(racers)))} == {422}
        answers = list(pool.map(lambda call: call(), racers))
    statuses = sorted(r.status_code for r in answers)
    assert statuses == [201] * REMAINING + [429] * (2 * REMAINING), [
        (r.status_code, r.text[:80]) for r in answers
    ]
    for refused in (r for r in answers if r.status_code == 429):
        assert refused.json()["error"]["code"] == "too_many_resumes"
        assert "retry-after" not in refused.headers
    stored = api.get("/session/resumes", headers=session.headers).json()
    assert len(stored) == LIMIT, "exactly the limit is stored"
    assert_consistent(runner, _hash(session))
