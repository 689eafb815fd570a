"""Optimization and ATS scoring through the runner with the offline provider (no LLM needed)."""

from __future__ import annotations

import hashlib
import time

import httpx
import pytest

from local_runner.runner import LocalRunner
from tests.conftest import Session, corpus_path, create_session
from tests.factories import pdf_resume, upload

JD = (
    "Senior Backend Engineer. Requirements: Python, PostgreSQL, AWS Lambda and Docker are required; "
    "Kubernetes and Kafka experience needed. Experience with SQL and REST APIs."
)


@pytest.fixture
def uploaded(api: httpx.Client, session: Session) -> dict:
    response = upload(api, session.headers, pdf_resume())
    assert response.status_code == 201
    return response.json()


def test_sync_optimize_stores_a_new_version_and_a_conversation(
    api: httpx.Client, runner: LocalRunner, session: Session, uploaded: dict
) -> None:
    response = api.post(
        "/optimize_resume/",
        headers=session.headers,
        json={"jd": JD, "optimization_goals": ["ats_optimization"]},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["resume_id"] == uploaded["resume_id"]
    assert body["version"] == 2
    assert body["provider"] == "offline"
    assert body["removed_claims"] == []
    assert {"Kubernetes", "Kafka"} <= {g["keyword"] for g in body["gaps"]}
    assert 0 <= body["ats"]["before"] <= body["ats"]["after"] <= 100
    optimized = body["optimized_resume"]
    assert optimized["work"][0]["name"] == uploaded["resume"]["work"][0]["name"]
    skills = [k for g in optimized["skills"] for k in g["keywords"]]
    assert "Kubernetes" not in skills

    latest = api.get("/resume_sections", headers=session.headers).json()
    assert latest["version"] == 2
    token_hash = hashlib.sha256(session.id.encode()).hexdigest()
    parsed = runner.aws.client("s3").list_objects_v2(
        Bucket=runner.physical("ResumesBucket"), Prefix=f"parsed/{token_hash}/"
    )
    assert parsed["KeyCount"] == 2, "the original version stays"

    conversation = api.get(f"/session/conversation/{body['conversation_id']}", headers=session.headers).json()
    assert conversation["status"] == "succeeded"
    assert conversation["result"]["version"] == 2
    info = api.get("/session/info", headers=session.headers).json()
    assert [c["conversation_id"] for c in info["conversations"]] == [body["conversation_id"]]


def test_async_optimize_returns_202_then_the_result(
    api: httpx.Client, runner: LocalRunner, session: Session, uploaded: dict
) -> None:
    response = api.post(
        "/optimize_resume", params={"mode": "async"}, headers=session.headers, json={"jd": JD}
    )
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert accepted["status"] == "queued"
    assert accepted["poll"].endswith(accepted["conversation_id"])
    deadline = time.time() + 30
    while True:
        runner.wait_for_events()
        view = api.get(f"/session/conversation/{accepted['conversation_id']}", headers=session.headers).json()
        if view["status"] in ("succeeded", "failed") or time.time() > deadline:
            break
        time.sleep(0.2)
    assert view["status"] == "succeeded", view
    assert view["result"]["optimized_resume"]["basics"]["name"] == "Jane Doe"
    assert view["result"]["version"] == 2
    worker_audits = [
        e
        for e in runner.logs.audit_events()
        if e["action"] == "optimize_worker" and e.get("conversation_id") == accepted["conversation_id"]
    ]
    assert [e["outcome"] for e in worker_audits] == ["success"]


def test_optimize_a_given_resume_without_storing(api: httpx.Client, session: Session) -> None:
    """Skills in both of JSON Resume's shapes (a group with a level; one named skill with its level
    and no keywords) come back whole: the model answers keywords only (tests/tailoring/test_skill_shapes.py)."""
    skills = [
        {"name": "Data", "level": "Expert", "keywords": ["Python", "Terraform"]},
        {"name": "Docker", "level": "Fortgeschritten"},
    ]
    parsed = {"basics": {"name": "Sam Lee"}, "skills": skills}
    response = api.post("/optimize_resume", headers=session.headers, json={"jd": JD, "parsed": parsed})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["resume_id"] is None and body["version"] is None
    assert api.get("/session/resumes", headers=session.headers).json() == []
    kept = body["optimized_resume"]["skills"]
    assert {"name": "Docker", "level": "Fortgeschritten", "keywords": []} in kept
    assert [(g["level"], sorted(g["keywords"])) for g in kept if g["name"] == "Data"] == [
        ("Expert", ["Python", "Terraform"])
    ]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"jd": JD, "optimization_goals": ["make_it_pop"]}, 422),
        ({"optimization_goals": ["readability"]}, 422),
        ({"jd": "too short"}, 422),
        ({"jd": JD, "resume_id": "r_000000000000000000000000"}, 404),
        ({"jd": JD, "resume_id": "r_1", "parsed": {}}, 422),
    ],
    ids=["unknown goal", "no jd", "short jd", "unknown resume", "both sources"],
)
def test_optimize_refuses_bad_requests(
    api: httpx.Client, session: Session, uploaded: dict, body: dict, status: int
) -> None:
    response = api.post("/optimize_resume", headers=session.headers, json=body)
    assert response.status_code == status, response.text


def test_no_resume_is_404(api: httpx.Client, session: Session) -> None:
    response = api.post("/optimize_resume", headers=session.headers, json={"jd": JD})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "no_resume"


def test_another_sessions_conversation_is_404(api: httpx.Client, session: Session, uploaded: dict) -> None:
    conversation_id = api.post("/optimize_resume", headers=session.headers, json={"jd": JD}).json()[
        "conversation_id"
    ]
    other = create_session(api)
    assert api.get(f"/session/conversation/{conversation_id}", headers=other.headers).status_code == 404
    assert api.get(f"/session/conversation/{conversation_id}", headers=session.headers).status_code == 200


def test_ats_score_endpoint(api: httpx.Client, session: Session, uploaded: dict) -> None:
    response = api.post("/ats_score/", headers=session.headers, json={"jd": JD})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["resume_id"] == uploaded["resume_id"]
    assert 0 < body["score"] < 100
    assert "Python" in {m["keyword"] for m in body["matched"]}
    assert "Kubernetes" in {m["keyword"] for m in body["missing"]}
    again = api.post("/ats_score/", headers=session.headers, json={"jd": JD}).json()
    assert again["score"] == body["score"], "deterministic"
    given = api.post(
        "/ats_score",
        headers=session.headers,
        json={"jd": JD, "parsed": {"skills": [{"keywords": ["Kubernetes"]}]}},
    )
    assert given.status_code == 200
    assert given.json()["resume_id"] is None


def test_optimize_a_corpus_resume_against_a_corpus_jd(api: httpx.Client, session: Session) -> None:
    path = corpus_path("resumes", "resume-matcher__john_doe.pdf")
    assert upload(api, session.headers, path.read_bytes(), path.name).status_code == 201
    jd = corpus_path("jd", "resume-matcher__job_desc_java_developer.txt").read_text()
    body = api.post("/optimize_resume", headers=session.headers, json={"jd": jd}).json()
    assert body["removed_claims"] == []
    assert body["ats"]["after"] >= body["ats"]["before"] > 0
