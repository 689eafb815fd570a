"""The presigned upload flow: POST to (emulated) S3, the S3 event, the ingest function, polling."""

from __future__ import annotations

import base64
import hashlib
import json
import time

import httpx
import pytest

from local_runner.aws import Fault
from local_runner.runner import LocalRunner
from local_runner.sample_events import s3_event
from tests.conftest import Session
from tests.factories import pdf_resume, post_presigned
from tests.failure_queue import failure_records

NAME = "My résumé+v2 final.pdf"


def _presign(
    api: httpx.Client, session: Session, name: str = NAME, size: int = 2000, **extra: object
) -> httpx.Response:
    body = {"filename": name, "content_type": "application/pdf", "size": size, **extra}
    return api.post("/upload_resume/presign", headers=session.headers, json=body)


def _poll(
    api: httpx.Client, runner: LocalRunner, session: Session, resume_id: str, timeout_s: float = 60
) -> dict:
    """The resume once ingested. The wait is patience, not a bound (the ingest's time bound is
    asserted in test_hostile_uploads); a run at load 6-8 on the 2-core machine failed here once with 20."""
    deadline = time.time() + timeout_s
    while True:
        runner.wait_for_events(timeout_s=5)
        body = api.get(f"/session/resume/{resume_id}", headers=session.headers).json()
        if body["status"] in ("ready", "failed") or time.time() > deadline:
            return body
        time.sleep(0.2)


def _ingest_audits(runner: LocalRunner, resume_id: str) -> list[dict]:
    return [
        e
        for e in runner.logs.audit_events()
        if e["action"] == "ingest_resume" and e["resume_id"] == resume_id
    ]


def _parsed_objects(runner: LocalRunner, session: Session) -> list[str]:
    token_hash = hashlib.sha256(session.id.encode()).hexdigest()
    page = runner.aws.client("s3").list_objects_v2(
        Bucket=runner.physical("ResumesBucket"), Prefix=f"parsed/{token_hash}/"
    )
    return [o["Key"] for o in page.get("Contents", [])]


def test_presigned_upload_end_to_end(api: httpx.Client, runner: LocalRunner, session: Session) -> None:
    presigned = _presign(api, session)
    assert presigned.status_code == 201, presigned.text
    spec = presigned.json()
    assert spec["status"] == "pending"
    assert spec["poll"] == f"/api/v1/session/resume/{spec['resume_id']}"
    assert spec["upload"]["fields"]["key"].endswith(f"/{spec['resume_id']}/{NAME}")
    pending = api.get(f"/session/resume/{spec['resume_id']}", headers=session.headers).json()
    assert pending["status"] == "pending"
    assert pending["resume"] is None

    delivered_before = sum(p.delivered for p in runner.pollers)
    s3 = post_presigned(spec["upload"], pdf_resume())
    assert s3.status_code in (200, 204), s3.text
    done = _poll(api, runner, session, spec["resume_id"])
    assert done["status"] == "ready", done
    assert done["filename"] == NAME
    assert done["resume"]["basics"]["name"] == "Jane Doe"
    assert len(_ingest_audits(runner, spec["resume_id"])) == 1
    assert sum(p.delivered for p in runner.pollers) - delivered_before == 1, (
        "writing parsed/ triggers nothing"
    )
    latest = api.get("/resume_sections", headers=session.headers).json()
    assert latest["resume_id"] == spec["resume_id"]


def test_duplicate_event_changes_nothing(api: httpx.Client, runner: LocalRunner, session: Session) -> None:
    spec = _presign(api, session).json()
    post_presigned(spec["upload"], pdf_resume())
    assert _poll(api, runner, session, spec["resume_id"])["status"] == "ready"
    objects = _parsed_objects(runner, session)
    ingest = runner.function("IngestResumeFunction")
    event = s3_event(runner.physical("ResumesBucket"), spec["upload"]["fields"]["key"], 2000)
    for _ in range(3):
        runner.invoker.submit(ingest, event)
    runner.wait_for_events()
    assert _parsed_objects(runner, session) == objects, "no second copy"
    assert len(_ingest_audits(runner, spec["resume_id"])) == 1, "one parse, one audit record"
    again = api.get(f"/session/resume/{spec['resume_id']}", headers=session.headers).json()
    assert again["version"] == 1


def test_concurrent_duplicate_events_parse_once(
    api: httpx.Client, runner: LocalRunner, session: Session
) -> None:
    spec = _presign(api, session).json()
    key = spec["upload"]["fields"]["key"]
    runner.aws.client("s3").put_object(Bucket=runner.physical("ResumesBucket"), Key=key, Body=pdf_resume())
    ingest = runner.function("IngestResumeFunction")
    event = s3_event(runner.physical("ResumesBucket"), key, 2000)
    for _ in range(4):
        runner.invoker.submit(ingest, event)
    assert _poll(api, runner, session, spec["resume_id"])["status"] == "ready"
    assert len(_ingest_audits(runner, spec["resume_id"])) == 1
    assert len(_parsed_objects(runner, session)) == 1


def test_poison_file_fails_with_reason_once(api: httpx.Client, runner: LocalRunner, session: Session) -> None:
    spec = _presign(api, session, name="scan.pdf").json()
    post_presigned(spec["upload"], b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    done = _poll(api, runner, session, spec["resume_id"])
    assert done["status"] == "failed"
    assert done["error"]["code"] == "unsupported_type"
    audits = _ingest_audits(runner, spec["resume_id"])
    assert [a["outcome"] for a in audits] == ["rejected"]


def test_aws_failure_retries_then_lands_in_the_failure_queue(
    api: httpx.Client, runner: LocalRunner, session: Session, faults: list[Fault]
) -> None:
    spec = _presign(api, session).json()
    key = spec["upload"]["fields"]["key"]
    faults.append(
        Fault(
            "S3.GetObject",
            code="InternalError",
            status=500,
            match=lambda env: "/uploads/" in env.get("PATH_INFO", ""),
        )
    )
    post_presigned(spec["upload"], pdf_resume())
    runner.wait_for_events()
    mine = failure_records(runner.aws.client("sqs"), runner.physical("IngestFailureQueue"), spec["resume_id"])
    assert len(mine) == 1, mine
    assert spec["resume_id"] in json.dumps(mine[0]["requestPayload"])
    assert mine[0]["requestContext"]["condition"] == "RetriesExhausted"
    assert mine[0]["requestContext"]["approximateInvokeCount"] == 3
    assert mine[0]["responsePayload"]["errorType"]
    state = api.get(f"/session/resume/{spec['resume_id']}", headers=session.headers).json()
    assert state["status"] == "pending", "the claim was handed back: a redelivery can still succeed"

    faults.clear()
    runner.invoker.submit(
        runner.function("IngestResumeFunction"), s3_event(runner.physical("ResumesBucket"), key, 2000)
    )
    assert _poll(api, runner, session, spec["resume_id"])["status"] == "ready"


def test_object_over_the_limit_is_refused_by_ingest(
    api: httpx.Client, runner: LocalRunner, session: Session
) -> None:
    spec = _presign(api, session).json()
    key = spec["upload"]["fields"]["key"]
    big = pdf_resume() + b"%" + b"x" * (10 * 1024 * 1024) + b"\n"
    runner.aws.client("s3").put_object(Bucket=runner.physical("ResumesBucket"), Key=key, Body=big)
    done = _poll(api, runner, session, spec["resume_id"])
    assert done["status"] == "failed"
    assert done["error"]["code"] == "file_too_large"
    assert (
        runner.aws.client("s3")
        .list_objects_v2(Bucket=runner.physical("ResumesBucket"), Prefix=key)
        .get("KeyCount")
        == 0
    )


def test_objects_without_a_pending_resume_are_ignored(runner: LocalRunner) -> None:
    for key in (
        "uploads/not-a-hash/r_x/a.pdf",
        "parsed/" + "0" * 64 + "/r_000000000000000000000000/v1/resume.json",
    ):
        result = runner.invoke("IngestResumeFunction", s3_event(runner.physical("ResumesBucket"), key, 10))
        assert result == {"outcomes": ["ignored"]}
    unknown = "uploads/" + "0" * 64 + "/r_000000000000000000000000/a.pdf"
    bucket = runner.physical("ResumesBucket")
    runner.aws.client("s3").put_object(Bucket=bucket, Key=unknown, Body=b"%PDF-1.4")
    assert runner.invoke("IngestResumeFunction", s3_event(bucket, unknown, 10)) == {"outcomes": ["removed"]}
    listed = runner.aws.client("s3").list_objects_v2(Bucket=bucket, Prefix=unknown)
    assert listed.get("KeyCount") == 0, "an object no resume names is deleted at once, not days later"


def test_presign_policy_enforces_type_and_size(api: httpx.Client, session: Session) -> None:
    spec = _presign(api, session).json()
    policy = json.loads(base64.b64decode(spec["upload"]["fields"]["policy"]))
    conditions = policy["conditions"]
    assert {"Content-Type": "application/pdf"} in conditions
    assert ["content-length-range", 1, 2000] in conditions, "the declared size is the limit"
    assert {"key": spec["upload"]["fields"]["key"]} in conditions
    assert spec["max_bytes"] == 2000


def test_a_file_larger_than_declared_is_refused_before_reading(
    api: httpx.Client, runner: LocalRunner, session: Session
) -> None:
    """moto does not enforce POST policies, so the re-check in ingest is what this exercises: a
    120 kB file sent on a presign that declared 48 213 bytes ends failed, and is deleted."""
    spec = _presign(api, session, size=48_213).json()
    assert spec["max_bytes"] == 48_213
    policy = json.loads(base64.b64decode(spec["upload"]["fields"]["policy"]))
    assert ["content-length-range", 1, 48_213] in policy["conditions"]
    key = spec["upload"]["fields"]["key"]
    assert post_presigned(spec["upload"], pdf_resume() + b"%" + b"x" * 120_000 + b"\n").status_code in (
        200,
        204,
    )
    done = _poll(api, runner, session, spec["resume_id"])
    assert done["status"] == "failed" and done["error"]["code"] == "file_too_large", done
    listed = runner.aws.client("s3").list_objects_v2(Bucket=runner.physical("ResumesBucket"), Prefix=key)
    assert listed.get("KeyCount") == 0
    exact = _presign(api, session, size=len(pdf_resume())).json()
    assert post_presigned(exact["upload"], pdf_resume()).status_code in (200, 204)
    assert _poll(api, runner, session, exact["resume_id"])["status"] == "ready"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"filename": "cv.pdf", "content_type": "application/pdf", "size": 10 * 1024 * 1024 + 1}, 413),
        ({"filename": "cv.pdf", "content_type": "image/png", "size": 100}, 422),
        ({"filename": "../cv.pdf", "content_type": "application/pdf", "size": 100}, 422),
        ({"filename": "cv.pdf", "content_type": "application/pdf", "size": 0}, 422),
        ({"filename": "cv.pdf", "content_type": "application/pdf"}, 422),
    ],
    ids=["too big", "wrong type", "path in name", "empty", "no size"],
)
def test_presign_refuses_bad_requests(api: httpx.Client, session: Session, body: dict, status: int) -> None:
    response = api.post("/upload_resume/presign", headers=session.headers, json=body)
    assert response.status_code == status, response.text
    assert api.get("/session/resumes", headers=session.headers).json() == []


def test_abandoned_processing_reads_as_failed(
    api: httpx.Client, runner: LocalRunner, session: Session
) -> None:
    spec = _presign(api, session).json()
    token_hash = hashlib.sha256(session.id.encode()).hexdigest()
    runner.aws.client("dynamodb").update_item(
        TableName=runner.physical("SessionsTable"),
        Key={"pk": {"S": f"SESSION#{token_hash}"}, "sk": {"S": f"RESUME#{spec['resume_id']}"}},
        UpdateExpression="SET #s = :p, lease_until = :old",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues={":p": {"S": "processing"}, ":old": {"N": str(int(time.time()) - 3600)}},
    )
    state = api.get(f"/session/resume/{spec['resume_id']}", headers=session.headers).json()
    assert state["status"] == "failed"
    assert state["error"]["code"] == "processing_failed"
