"""Optimization as a user runs it with their own LLM: HTTP → authorizer → function → fake server.

The fakes speak the providers' real wire formats on 127.0.0.1. What is proved here is what the
offline tests cannot: a model that invents experience is caught by the truth guard, broken JSON
gets repair attempts and then a 502, and a model slower than the caller's bound gives a 504 that
points at the async mode, with the session's key sent only to the configured server.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import CANARY_KEY, Session, create_session
from tests.factories import pdf_resume, upload
from tests.llm.conftest import MakeFake
from tests.llm.fakes import RAW_MARKER, FakeLlm, Step

JD = (
    "Senior Backend Engineer. Requirements: Python, PostgreSQL, AWS Lambda and Docker are required; "
    "Kubernetes experience needed. Experience with SQL and REST APIs."
)

HONEST = {
    "summary": "Backend engineer building billing systems in Python on AWS Lambda.",
    "work": [
        {
            "name": "Example Corp",
            "position": "Senior Software Engineer",
            "startDate": "2020-01",
            "endDate": "present",
            "highlights": ["Built the billing pipeline in Python and AWS Lambda"],
        }
    ],
    "skills": [{"name": "Skills", "keywords": ["Python", "AWS", "SQL"]}],
    "notes": ["Put Python and AWS first: the job asks for them."],
}

FABRICATED = {
    "summary": "Backend engineer building billing systems in Python on AWS Lambda.",
    "work": [
        {
            "name": "Example Corp",
            "position": "Senior Software Engineer",
            "startDate": "2020-01",
            "endDate": "present",
            "highlights": [
                "Built the billing pipeline in Python and AWS Lambda",
                "Cut infrastructure costs by 47% by migrating services to Kubernetes",
            ],
        },
        {
            "name": "Fabricated Systems Inc",
            "position": "Chief Technology Officer",
            "startDate": "2012-01",
            "endDate": "2019-12",
            "highlights": ["Led a team of 40 engineers"],
        },
    ],
    "skills": [{"name": "Skills", "keywords": ["Python", "AWS", "SQL", "Kubernetes", "PostgreSQL"]}],
}


@pytest.fixture
def openai_fake(fake: MakeFake) -> FakeLlm:
    return fake("openai", api_key=CANARY_KEY, answer=HONEST)


def _session_for(api: httpx.Client, server: FakeLlm, **extra: Any) -> Session:
    session = create_session(
        api,
        provider="openai_compatible",
        base_url=server.url,
        model_name="fake-model",
        api_key=CANARY_KEY,
        **extra,
    )
    assert upload(api, session.headers, pdf_resume()).status_code == 201
    return session


def _optimize(api: httpx.Client, session: Session, **params: str) -> httpx.Response:
    return api.post("/optimize_resume", headers=session.headers, params=params, json={"jd": JD})


def _all_text(node: Any) -> str:
    if isinstance(node, dict):
        return " ".join(_all_text(v) for v in node.values())
    if isinstance(node, list):
        return " ".join(_all_text(v) for v in node)
    return str(node) if node is not None else ""


def test_an_honest_answer_is_kept_and_the_key_goes_only_to_the_server(
    api: httpx.Client, openai_fake: FakeLlm
) -> None:
    session = _session_for(api, openai_fake)
    response = _optimize(api, session)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["provider"] == "openai_compatible"
    assert body["removed_claims"] == []
    assert body["optimized_resume"]["basics"]["summary"] == HONEST["summary"]
    assert body["usage"]["llm_calls"] == 1
    (call,) = openai_fake.chat_requests()
    assert call.headers["authorization"] == f"Bearer {CANARY_KEY}"
    assert call.body["response_format"]["type"] == "json_schema"
    prompt = _all_text(call.body["messages"])
    assert "Example Corp" in prompt, "the resume is sent as data"
    assert "PostgreSQL" in prompt, "the job description is sent as data"
    assert CANARY_KEY not in response.text


def test_invented_experience_is_removed_and_reported(api: httpx.Client, openai_fake: FakeLlm) -> None:
    openai_fake.answer = FABRICATED
    session = _session_for(api, openai_fake)
    response = _optimize(api, session)
    assert response.status_code == 200, response.text
    body = response.json()
    optimized = body["optimized_resume"]
    kept = _all_text(optimized)
    assert [w["name"] for w in optimized["work"]] == ["Example Corp"]
    assert "Fabricated Systems" not in kept
    assert "47%" not in kept
    skills = {k for group in optimized["skills"] for k in group["keywords"]}
    assert {"Kubernetes", "PostgreSQL"}.isdisjoint(skills)
    reported = _all_text(body["removed_claims"])
    for claim in ("Fabricated Systems Inc", "Kubernetes", "PostgreSQL", "47"):
        assert claim in reported, f"{claim} removed but not reported: {body['removed_claims']}"
    assert {"Kubernetes", "PostgreSQL"} <= {g["keyword"] for g in body["gaps"]}
    stored = api.get("/resume_sections", headers=session.headers).json()["resume"]
    assert "Fabricated Systems" not in _all_text(stored), "what was removed is not stored either"


def test_broken_json_gets_a_repair_attempt(api: httpx.Client, openai_fake: FakeLlm) -> None:
    session = _session_for(api, openai_fake)
    openai_fake.script(Step(body=_completion("Sure! Here is your resume: {not json")))
    response = _optimize(api, session)
    assert response.status_code == 200, response.text
    assert response.json()["usage"]["llm_calls"] == 2
    repair = _all_text(openai_fake.chat_requests()[1].body["messages"])
    assert "not valid JSON" in repair, "the model is told what was wrong"


def test_output_that_never_validates_is_502(api: httpx.Client, openai_fake: FakeLlm) -> None:
    session = _session_for(api, openai_fake)
    openai_fake.script(*[Step(body=_completion('{"work": "not a list"}')) for _ in range(3)])
    response = _optimize(api, session)
    assert response.status_code == 502, response.text
    assert response.json()["error"]["code"] == "llm_bad_output"
    assert len(openai_fake.chat_requests()) == 3, "one call and two repairs, no more"
    assert api.get("/resume_sections", headers=session.headers).json()["version"] == 1


def test_a_provider_error_is_translated_not_echoed(api: httpx.Client, openai_fake: FakeLlm) -> None:
    session = _session_for(api, openai_fake)
    error = {"error": {"message": f"internal {RAW_MARKER}", "type": "server_error"}}
    openai_fake.script(*[Step(status=400, body=error) for _ in range(3)])
    response = _optimize(api, session)
    assert 500 <= response.status_code < 600 and response.status_code != 500, response.text
    assert RAW_MARKER not in response.text
    assert CANARY_KEY not in response.text


def test_a_slow_model_is_504_with_the_async_hint(api: httpx.Client, openai_fake: FakeLlm) -> None:
    session = _session_for(api, openai_fake, timeout_s=1)
    openai_fake.script(Step(delay_s=4), Step(delay_s=4), Step(delay_s=4))
    response = _optimize(api, session)
    assert response.status_code == 504, response.text
    error = response.json()["error"]
    assert error["code"] == "llm_timeout"
    assert "mode=async" in error["message"]


@pytest.fixture
def ollama_fake(fake: MakeFake) -> FakeLlm:
    return fake("ollama", answer=HONEST)


def test_a_local_ollama_works_end_to_end(api: httpx.Client, ollama_fake: FakeLlm) -> None:
    session = create_session(api, provider="ollama", base_url=ollama_fake.url, model_name="fake-model")
    assert upload(api, session.headers, pdf_resume()).status_code == 201
    response = _optimize(api, session, mode="async")
    assert response.status_code == 202, response.text
    poll = response.json()["poll"]
    conversation = _wait_for(api, session, poll)
    assert conversation["status"] == "succeeded", conversation
    (call,) = ollama_fake.chat_requests()
    assert call.body["format"]["type"] == "object", "the JSON schema is sent as Ollama's format"
    assert call.body["stream"] is False


def _wait_for(api: httpx.Client, session: Session, poll: str) -> dict:
    import time

    path = poll.split("/api/v1", 1)[-1]
    deadline = time.time() + 30
    while time.time() < deadline:
        body: dict = api.get(path, headers=session.headers).json()
        if body["status"] in ("succeeded", "failed"):
            return body
        time.sleep(0.2)
    raise AssertionError("the async optimization did not finish")


def _completion(content: str) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "fake-model",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 21, "completion_tokens": 9, "total_tokens": 30},
    }
