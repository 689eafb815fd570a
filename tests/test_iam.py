"""Every AWS call a function makes is allowed by that function's own IAM policy in template.yaml.

moto does not enforce IAM, so a missing permission would pass every other test and fail only
once deployed. The runner gives each function its own access key; the fault injector in front
of moto records which key made which call on which object. This test drives every endpoint
(including the S3-triggered ingest, the async worker, a KMS-decrypted API key and an LLM
refinement), then checks each recorded call against the statements of the caller's policy:
the action, and for S3 the object's ARN against the statement's resources.
"""

from __future__ import annotations

import fnmatch
import time

import httpx
import pytest

from local_runner.aws import access_key_for
from local_runner.runner import LocalRunner
from tests.conftest import CANARY_KEY, create_session
from tests.factories import pdf_resume, post_presigned
from tests.llm.fakes import FakeLlm

S3_ACTIONS = {
    "S3.PutObject": "s3:PutObject",
    "S3.GetObject": "s3:GetObject",
    "S3.HeadObject": "s3:GetObject",
    "S3.DeleteObject": "s3:DeleteObject",
    "S3.DeleteObjects": "s3:DeleteObject",
    "S3.ListObjectsV2": "s3:ListBucket",
}
JD = "Backend engineer. Requirements: Python and PostgreSQL required, Docker a plus."


def _iam_action(operation: str) -> str:
    if operation in S3_ACTIONS:
        return S3_ACTIONS[operation]
    service, _, name = operation.partition(".")
    return f"{service.lower()}:{name}"


def _statements(runner: LocalRunner, logical_id: str) -> list[dict]:
    props = runner.stack.resources[logical_id].get("Properties") or {}
    statements: list[dict] = []
    for policy in props.get("Policies") or []:
        if isinstance(policy, dict) and "Statement" in policy:
            statements.extend(runner.stack.resolve(policy["Statement"]))
    return statements


def _allowed(statements: list[dict], action: str, resource: str | None) -> bool:
    for statement in statements:
        actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
        if statement.get("Effect") != "Allow" or action not in actions:
            continue
        if resource is None:
            return True
        resources = (
            statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
        )
        if any(fnmatch.fnmatchcase(resource, str(pattern)) for pattern in resources):
            return True
    return False


def _exercise_every_endpoint(api: httpx.Client, runner: LocalRunner, llm: FakeLlm) -> None:
    session = create_session(
        api, provider="openai_compatible", base_url=llm.url, model_name="fake-model", api_key=CANARY_KEY
    )
    headers = session.headers
    assert api.post("/session/test-config", json={"llm_config": {"provider": "offline"}}).status_code == 200
    uploaded = api.post(
        "/upload_resume",
        params={"use_llm": "true"},
        headers=headers,
        files={"file": ("cv.pdf", pdf_resume(), "application/pdf")},
    )
    assert uploaded.status_code == 201, uploaded.text
    resume_id = uploaded.json()["resume_id"]
    spec = api.post(
        "/upload_resume/presign",
        headers=headers,
        json={"filename": "big.pdf", "content_type": "application/pdf", "size": len(pdf_resume())},
    ).json()
    assert post_presigned(spec["upload"], pdf_resume(), "big.pdf").status_code in (200, 201, 204)
    runner.wait_for_events()
    assert api.get(f"/session/resume/{spec['resume_id']}", headers=headers).json()["status"] == "ready"
    sections = api.get("/resume_sections", headers=headers, params={"resume_id": resume_id}).json()
    patch = {"resume_id": resume_id, "version": sections["version"], "sections": {"interests": []}}
    assert api.patch("/resume_sections", headers=headers, json=patch).status_code == 200
    assert api.get("/session/resumes", headers=headers).status_code == 200
    assert api.post("/ats_score", headers=headers, json={"jd": JD}).status_code == 200
    assert api.post("/optimize_resume", headers=headers, json={"jd": JD}).status_code == 200
    queued = api.post("/optimize_resume", headers=headers, params={"mode": "async"}, json={"jd": JD})
    assert queued.status_code == 202
    deadline = time.time() + 30
    while api.get(queued.json()["poll"].split("/api/v1", 1)[1], headers=headers).json()["status"] in (
        "queued",
        "running",
    ):
        assert time.time() < deadline
        time.sleep(0.2)
    generated = api.post("/generate_resume", headers=headers, json={"format": "pdf"})
    assert generated.status_code == 201
    assert httpx.get(generated.json()["download_url"]).status_code == 200
    assert api.get("/session/info", headers=headers).status_code == 200
    for page in ("/docs", "/redoc", "/docs/openapi.json", "/docs/redoc.standalone.js"):
        assert httpx.get(f"{runner.base_url}/{runner.api.stage}{page}").status_code == 200
    assert api.delete("/session", headers=headers).status_code == 200


def test_every_aws_call_is_allowed_by_the_callers_policy(api: httpx.Client, runner: LocalRunner) -> None:
    assert runner.aws.injector is not None
    llm = FakeLlm(
        "openai", api_key=CANARY_KEY, answer={"skills": [{"name": "Skills", "keywords": ["Python"]}]}
    )
    llm.start()
    try:
        _exercise_every_endpoint(api, runner, llm)
    finally:
        llm.stop()
    runner.wait_for_events()
    seen = runner.aws.injector.calls_by_key
    problems, checked = [], 0
    for logical_id in runner.stack.functions():
        statements = _statements(runner, logical_id)
        for operation, path in sorted(seen.get(access_key_for(logical_id), set())):
            if operation.startswith("Logs."):
                continue  # the runner ships logs itself; Lambda does too, outside the function's role
            action = _iam_action(operation)
            resource = None
            if operation in S3_ACTIONS and operation not in ("S3.ListObjectsV2", "S3.DeleteObjects"):
                resource = f"arn:aws:s3:::{path.lstrip('/')}"
            checked += 1
            if not _allowed(statements, action, resource):
                problems.append(f"{logical_id}: {action} on {resource or '(resource not checked)'}")
    assert checked > 20, "the exercise reached AWS through the functions"
    for logical_id, operation in [
        ("UploadResumeFunction", "KMS.Decrypt"),  # ?use_llm=true with a stored key
        ("OptimizeWorkerFunction", "KMS.Decrypt"),
        ("IngestResumeFunction", "S3.GetObject"),
        ("GenerateResumeFunction", "S3.PutObject"),
    ]:
        assert operation in {op for op, _ in seen.get(access_key_for(logical_id), set())}, (
            logical_id,
            operation,
        )
    assert not problems, "\n".join(problems)
    assert runner.pool.cold_starts.get("DocsFunction"), "the docs pages were served by their function"
    assert not seen.get(access_key_for("DocsFunction")), "the docs function calls no AWS service"


@pytest.mark.parametrize(
    ("statements", "action", "resource", "allowed"),
    [
        (
            [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::b/parsed/*"]}],
            "s3:GetObject",
            "arn:aws:s3:::b/parsed/x/y.json",
            True,
        ),
        (
            [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::b/parsed/*"]}],
            "s3:GetObject",
            "arn:aws:s3:::b/uploads/x",
            False,
        ),
        (
            [{"Effect": "Allow", "Action": ["dynamodb:GetItem"], "Resource": "arn:t"}],
            "dynamodb:PutItem",
            None,
            False,
        ),
    ],
)
def test_the_policy_check_itself(
    statements: list[dict], action: str, resource: str | None, allowed: bool
) -> None:
    assert _allowed(statements, action, resource) is allowed
