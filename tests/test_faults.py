"""AWS faults at every write step, and concurrent writers: the client gets a clean retryable error, nothing
half-written stays behind, and no accepted write is lost (issue 6 "Faults"; docs/threats.md 22, 24, 25).

One table, `FAULTS` (`FAULT_CASES` rows): DynamoDB throttling, S3 InternalError and KMS failures
injected in front of moto: one synchronous step end to end (a direct upload's record), the KMS
decryption of an optimization's API key, and the asynchronous ingest of a presigned upload.
Every synchronous step of an upload, a presign, a PATCH and an optimization (sync, and the async
enqueue) fails the same way over the fakes in tests/unit/test_faults.py. Faults are persistent
while a case runs, so boto3's own retries fail too. For each:

- a synchronous call answers 503 (or 502) with our JSON error body and a `Retry-After` header,
  and the session's resumes and conversations are as before;
- the asynchronous ingest ends as designed: an outage longer than Lambda's retries leaves the
  resume `pending` (claim handed back) with one failure-destination record, and a redelivery
  makes it ready; an outage over by Lambda's retry ends `ready` with no help;
- `assert_consistent` holds: no record points at a missing object, no object is without a
  record, no orphan version (version == len(version_keys)), no conversation without its result;
- the same call succeeds once the fault is gone, and the state is consistent again.

Each injected fault costs boto3's retries with backoff (~3 s), so the cases run side by side
(`PARALLEL`), each in its own session with its faults scoped to that session's hash; each test
awaits its own case. The authorizer's DynamoDB faults are in test_authorizer.py, generation's in
test_generate.py.

`test_concurrent_patches_lose_nothing`: `WRITERS` writers PATCH the same version of one resume at
once, round after round (`CONCURRENT_PATCHES` racing requests in all); each round exactly one wins
and the rest get 409 with the current version, the losers re-read and retry, and in the end every
writer's change is in the resume and each stored version holds exactly the writes before it.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import httpx
import pytest

from local_runner.aws import Fault
from local_runner.runner import LocalRunner
from local_runner.sample_events import s3_event
from resume_api.data.dynamo import from_item
from tests.conftest import INGEST_LEASE_S, Session, create_session
from tests.factories import pdf_resume, post_presigned, upload
from tests.failure_queue import failure_records
from tests.llm.fakes import FakeLlm

JD = (
    "Senior Backend Engineer. Requirements: Python, PostgreSQL, AWS Lambda and Docker are required; "
    "Kubernetes experience needed. Experience with SQL and REST APIs."
)
LLM_KEY = "sk-fault-test-0b1c2d3e4f5a6b7c"
ANSWER = {
    "summary": "Backend engineer building billing systems in Python on AWS Lambda.",
    "skills": [{"name": "Skills", "keywords": ["Python", "AWS", "SQL"]}],
}


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# -- what "consistent" means ------------------------------------------------------------------------


_CLIENTS: dict[tuple[int, str], Any] = {}
_CLIENTS_LOCK = threading.Lock()


def _client(runner: LocalRunner, service: str) -> Any:
    """One boto3 client per service, shared by the threads (creating clients is not thread-safe)."""
    with _CLIENTS_LOCK:
        key = (id(runner), service)
        if key not in _CLIENTS:
            _CLIENTS[key] = runner.aws.client(service)
        return _CLIENTS[key]


def _items(runner: LocalRunner, token_hash: str) -> list[dict[str, Any]]:
    table = _client(runner, "dynamodb")
    kwargs: dict[str, Any] = {
        "TableName": runner.physical("SessionsTable"),
        "KeyConditionExpression": "pk = :pk",
        "ExpressionAttributeValues": {":pk": {"S": f"SESSION#{token_hash}"}},
        "ConsistentRead": True,
    }
    items: list[dict[str, Any]] = []
    while True:
        page = table.query(**kwargs)
        items.extend(from_item(i) for i in page.get("Items", []))
        if "LastEvaluatedKey" not in page:
            return items
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def _objects(runner: LocalRunner, token_hash: str) -> set[str]:
    bucket = _client(runner, "s3")
    keys: set[str] = set()
    for prefix in ("uploads", "originals", "parsed", "generated"):
        pages = bucket.get_paginator("list_objects_v2").paginate(
            Bucket=runner.physical("ResumesBucket"), Prefix=f"{prefix}/{token_hash}/"
        )
        keys.update(o["Key"] for page in pages for o in page.get("Contents", []))
    return keys


def assert_consistent(runner: LocalRunner, token_hash: str) -> None:
    """Nothing half-written in one session: no record points at a missing object, no object is
    without a record, no version is orphaned, no conversation points at a missing result.

    A `ready` resume needs its original, its current document and every version in S3, with
    version == len(version_keys) and the last of them current. A resume still waiting
    (`pending`/`processing`) or `failed` has no version yet, and its original may be absent (not
    uploaded yet, or refused and removed). Every object under the session's `uploads/`, `originals/`,
    `parsed/` and `generated/` prefixes must be named by a resume or conversation item (a
    generated document by its conversation's `document_id`).
    """
    items = _items(runner, token_hash)
    objects = _objects(runner, token_hash)
    referenced: set[str] = set()
    problems: list[str] = []
    for item in items:
        sk = str(item["sk"])
        if sk.startswith("RESUME#"):
            status, version = item["status"], int(item.get("version", 0))
            version_keys = list(item.get("version_keys") or [])
            parsed = item.get("parsed_key")
            referenced.update([item["source_key"], *version_keys, *([parsed] if parsed else [])])
            if status == "ready":
                missing = [k for k in [item["source_key"], parsed, *version_keys] if k not in objects]
                if missing:
                    problems.append(f"{sk} points at missing objects {missing}")
                if version != len(version_keys) or not version_keys or version_keys[-1] != parsed:
                    problems.append(f"{sk}: version {version}, version_keys {version_keys}, current {parsed}")
            elif parsed or version_keys or version:
                problems.append(f"{sk} is {status} but has a version: {version} {parsed} {version_keys}")
        elif sk.startswith("CONV#"):
            for name in ("result_key", "request_key"):
                key = item.get(name)
                if key:
                    referenced.add(key)
                    if key not in objects:
                        problems.append(f"{sk} {name} points at a missing object {key}")
            if item["status"] == "succeeded" and not item.get("result_key"):
                problems.append(f"{sk} succeeded without a result")
            document = (item.get("summary") or {}).get("document_id")
            if item.get("kind") == "generate" and document:
                referenced.update(k for k in objects if k.startswith(f"generated/{token_hash}/{document}/"))
    orphans = sorted(objects - referenced)
    if orphans:
        problems.append(f"objects without a record: {orphans}")
    problems += _erasure_and_quota_and_lease_problems(items, objects)
    assert not problems, "\n".join(problems)


def _erasure_and_quota_and_lease_problems(items: list[dict[str, Any]], objects: set[str]) -> list[str]:
    """Issue #13's three promises about one session's stores:

    1. a revoked (erased) session keeps nothing but its revoked session item, without key or hints;
    2. the resume-slot counter holds exactly the resumes stored (a failed request gave its slot
       back; concurrent ones never overshoot);
    3. nothing waits without an end: a `processing` resume has a lease and a retry deadline, a
       `queued`/`running` conversation a lease, so each is failed or retried when they pass.
    """
    problems: list[str] = []
    session = next((i for i in items if i["sk"] == "SESSION"), None)
    if session is not None and session.get("revoked_at") is not None:
        left = sorted(str(i["sk"]) for i in items if i["sk"] != "SESSION")
        if left or objects:
            problems.append(f"erased session still holds items {left} and objects {sorted(objects)}")
        kept = {"api_key_ct", "api_key_hint", "api_key_host"} & set(session)
        if kept:
            problems.append(f"erased session item keeps {sorted(kept)}")
        return problems
    resumes = [i for i in items if str(i["sk"]).startswith("RESUME#")]
    slots = next((int(i.get("used", 0)) for i in items if i["sk"] == "SLOTS#resumes"), 0)
    if slots != len(resumes):
        problems.append(f"{slots} resume slots held for {len(resumes)} resumes")
    for item in resumes:
        if item["status"] == "processing" and not (item.get("lease_until") and item.get("retry_until")):
            problems.append(f"{item['sk']} is processing without a lease and a retry deadline")
    for item in items:
        waiting = str(item["sk"]).startswith("CONV#") and item["status"] in ("queued", "running")
        if waiting and not item.get("lease_until"):
            problems.append(f"{item['sk']} is {item['status']} without a lease")
    return problems


# -- the faults: each scoped to one session (its hash is in every key and item), so cases run side by side


def _body(env: dict[str, Any]) -> bytes:
    """The request body, read once and put back so that moto still reads it whole."""
    if "tests.body" not in env:
        length = int(env.get("CONTENT_LENGTH") or 0)
        data = env["wsgi.input"].read(length) if length else b""
        env["wsgi.input"] = io.BytesIO(data)
        env["tests.body"] = data
    return bytes(env["tests.body"])


Faults = Callable[[str], list[Fault]]


def s3(operation: str, code: str, status: int, *, path_has: str = "", path_ends: str = "") -> Faults:
    def make(token_hash: str) -> list[Fault]:
        def match(env: dict[str, Any]) -> bool:
            path = str(env.get("PATH_INFO", ""))
            return token_hash in path and path_has in path and path.endswith(path_ends)

        return [Fault(f"S3.{operation}", code, status, match=match)]

    return make


def dynamodb(operation: str, body_has: bytes) -> Faults:
    def make(token_hash: str) -> list[Fault]:
        def match(env: dict[str, Any]) -> bool:
            body = _body(env)
            return token_hash.encode() in body and body_has in body

        return [Fault(f"DynamoDB.{operation}", "ProvisionedThroughputExceededException", 400, match=match)]

    return make


def kms_decrypt(token_hash: str) -> list[Fault]:
    """The session hash is in Decrypt's encryption context, so only this session's calls fail."""
    return [
        Fault("KMS.Decrypt", "KMSInternalException", 500, match=lambda env: token_hash.encode() in _body(env))
    ]


def until_released(token_hash: str) -> list[Fault]:
    """Marking the resume ready fails, every boto3 attempt, until the ingest hands its claim back:
    an outage that outlasts one Lambda attempt and is over by the retry."""
    released = False

    def match(env: dict[str, Any]) -> bool:
        nonlocal released
        body = _body(env)
        if token_hash.encode() not in body:
            return False
        if b"REMOVE lease_until" in body and b":pending" in body:
            released = True
        return not released and b"version_keys" in body

    return [Fault("DynamoDB.TransactWriteItems", "ProvisionedThroughputExceededException", 400, match=match)]


def ready_and_release_fail(token_hash: str) -> list[Fault]:
    """The double failure: marking the resume ready fails, and so does handing the claim back, on
    every boto3 attempt while the case's faults are on. The attempt dies holding its claim."""

    def match(env: dict[str, Any]) -> bool:
        body = _body(env)
        if token_hash.encode() not in body:
            return False
        return b"version_keys" in body or (b"REMOVE lease_until" in body and b":pending" in body)

    return [Fault("DynamoDB.TransactWriteItems", "ProvisionedThroughputExceededException", 400, match=match)]


# -- what each case does ------------------------------------------------------------------------------


@dataclass
class Ctx:
    api: httpx.Client
    runner: LocalRunner
    session: Session
    resume_id: str | None = None

    @property
    def token_hash(self) -> str:
        return _hash(self.session.id)


def _send(call: Callable[[], httpx.Response]) -> httpx.Response:
    """A client honouring Retry-After on the authorizer's 503: a cold authorizer can overrun its 5 s
    timeout when many start at once on a small machine. Then the function never ran, so nothing
    is repeated; any other answer, a 503 from the function included, is the answer."""
    for _ in range(5):
        response = call()
        if response.status_code != 503 or response.json()["error"]["code"] != "auth_unavailable":
            return response
        time.sleep(0.5)
    return response


def _upload(c: Ctx) -> httpx.Response:
    return _send(lambda: upload(c.api, c.session.headers, pdf_resume()))


def _presign(c: Ctx) -> httpx.Response:
    body = {"filename": "cv.pdf", "content_type": "application/pdf", "size": 2000}
    return _send(lambda: c.api.post("/upload_resume/presign", headers=c.session.headers, json=body))


def _optimize(c: Ctx) -> httpx.Response:
    body = {"jd": JD, "resume_id": c.resume_id}
    return _send(lambda: c.api.post("/optimize_resume", headers=c.session.headers, json=body))


@dataclass(frozen=True)
class FaultCase:
    faults: Faults
    act: Callable[[Ctx], httpx.Response]
    needs: Literal["session", "resume", "keyed resume"] = "resume"
    mode: Literal["sync", "ingest, redelivered", "ingest, retried", "ingest, abandoned"] = "sync"


FAULTS: dict[str, FaultCase] = {
    "upload: DynamoDB.TransactWriteItems of the record": FaultCase(
        dynamodb("TransactWriteItems", b"RESUME#"), _upload, needs="session"
    ),
    "ingest: S3.GetObject of the upload (retries exhausted)": FaultCase(
        s3("GetObject", "InternalError", 500, path_has="/uploads/"),
        _presign,
        needs="session",
        mode="ingest, redelivered",
    ),
    "ingest: DynamoDB.TransactWriteItems to ready (outage over by the retry)": FaultCase(
        until_released, _presign, needs="session", mode="ingest, retried"
    ),
    "ingest: DynamoDB.TransactWriteItems to ready and of the hand-back (double failure)": FaultCase(
        ready_and_release_fail, _presign, needs="session", mode="ingest, abandoned"
    ),
    "optimize: KMS.Decrypt of the API key": FaultCase(kms_decrypt, _optimize, needs="keyed resume"),
}
"""One synchronous step end to end (a transaction failing in moto, its S3 object removed), the
steps only the runner can show (KMS; the ingest's Lambda retries, failure destination and lease).
Every synchronous row of the table (this one included) runs over the fakes in
tests/unit/test_faults.py: the upload's original, parsed JSON and record, the presign's pending
record, PATCH's new version and version bump, the optimization's new version, version bump, result
and conversation, the async optimization's request and queued conversation."""
FAULT_CASES = len(FAULTS)
PARALLEL = 6
"""Cases run side by side: each injected fault costs boto3's retries with backoff (~3 s)."""


def _context(api: httpx.Client, runner: LocalRunner, case: FaultCase, llm: FakeLlm) -> Ctx:
    if case.needs == "keyed resume":
        session = create_session(
            api, provider="openai_compatible", base_url=llm.url, model_name="fake-model", api_key=LLM_KEY
        )
    else:
        session = create_session(api)
    ctx = Ctx(api, runner, session)
    if case.needs != "session":
        uploaded = _upload(ctx)
        assert uploaded.status_code == 201, uploaded.text
        ctx.resume_id = uploaded.json()["resume_id"]
    return ctx


def _state(c: Ctx) -> tuple[list[tuple[str, str, int]], int]:
    """The session's resumes (id, status, version) and how many conversations it has."""
    items = _items(c.runner, c.token_hash)
    resumes = sorted(
        (str(i["resume_id"]), str(i["status"]), int(i.get("version", 0)))
        for i in items
        if str(i["sk"]).startswith("RESUME#")
    )
    return resumes, sum(1 for i in items if str(i["sk"]).startswith("CONV#"))


def _assert_clean_retryable_error(response: httpx.Response) -> None:
    assert response.status_code in (502, 503), response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert set(error) == {"code", "message", "request_id"}, error
    assert error["code"] == "backend_unavailable", error
    assert error["request_id"] == response.headers["x-amzn-requestid"]
    assert "injected" not in response.text and "Traceback" not in response.text
    assert int(response.headers["retry-after"]) >= 1


@contextmanager
def _injected(runner: LocalRunner, faults: list[Fault]) -> Iterator[list[Fault]]:
    """Faults on while the block runs. Appended (never removed: other cases' requests may be
    matching against the list this very moment), and switched off after."""
    on = True
    for fault in faults:
        match = fault.match
        assert match is not None, "a fault is scoped to its session"
        fault.match = lambda env, match=match: on and match(env)
    assert runner.aws.injector is not None
    runner.aws.injector.faults.extend(faults)
    try:
        yield faults
    finally:
        on = False


def _run_sync(c: Ctx, case: FaultCase) -> None:
    resumes, conversations = _state(c)
    with _injected(c.runner, case.faults(c.token_hash)) as injected:
        response = case.act(c)
    assert all(f.hits >= 1 for f in injected), "the fault was on the request's path"
    _assert_clean_retryable_error(response)
    assert_consistent(c.runner, c.token_hash)
    after, conversations_after = _state(c)
    assert conversations_after == conversations, "no conversation for a failed call"
    assert after == resumes, "nothing changed"

    retried = case.act(c)
    assert retried.status_code in (200, 201, 202), retried.text
    if retried.status_code == 202:  # queued: let the worker finish before judging the state
        c.runner.wait_for_events()
        poll = retried.json()["poll"].removeprefix("/api/v1")
        view = _send(lambda: c.api.get(poll, headers=c.session.headers)).json()
        assert view["status"] == "succeeded", view
    assert_consistent(c.runner, c.token_hash)


def _failure_record(runner: LocalRunner, resume_id: str, timeout_s: float = 10.0) -> dict[str, Any]:
    """This resume's one event from the ingest failure destination (deleted); others' stay visible."""
    records = failure_records(
        _client(runner, "sqs"), runner.physical("IngestFailureQueue"), resume_id, timeout_s
    )
    assert len(records) == 1, f"{len(records)} failure-destination records for {resume_id}"
    return records[0]


def _ingest_outcomes(runner: LocalRunner, resume_id: str, expected: list[str]) -> list[str]:
    """The ingest audit outcomes for a resume, once `expected` shows up (log lines arrive through a
    pipe, a moment after the invocation's result) or after 3 s."""
    deadline = time.time() + 3
    while True:
        outcomes = [
            e["outcome"]
            for e in runner.logs.audit_events()
            if e.get("action") == "ingest_resume" and e.get("resume_id") == resume_id
        ]
        if outcomes == expected or time.time() > deadline:
            return outcomes
        time.sleep(0.1)


def _run_ingest(c: Ctx, case: FaultCase) -> None:
    presigned = case.act(c)
    assert presigned.status_code == 201, presigned.text
    spec = presigned.json()
    resume_id = spec["resume_id"]
    with _injected(c.runner, case.faults(c.token_hash)) as injected:
        assert post_presigned(spec["upload"], pdf_resume()).status_code in (200, 204)
        c.runner.wait_for_events()
        # Every retry ends while the faults are on (on a busy machine they outlast the default wait).
        assert c.runner.invoker.wait_idle(180), "the ingest and its retries ended"
    assert all(f.hits >= 3 for f in injected), "every boto3 attempt of the first invocation failed"
    view = _send(lambda: c.api.get(f"/session/resume/{resume_id}", headers=c.session.headers)).json()

    if case.mode == "ingest, abandoned":
        _abandoned_claim_ends_failed(c, spec, resume_id)
        return
    if case.mode == "ingest, retried":
        assert view["status"] == "ready", view
        assert _ingest_outcomes(c.runner, resume_id, ["failure", "success"]) == ["failure", "success"]
    else:
        assert view["status"] == "pending", "the claim was handed back for a redelivery"
        record = _failure_record(c.runner, resume_id)
        assert record["requestContext"]["condition"] == "RetriesExhausted"
        assert record["requestContext"]["approximateInvokeCount"] == 3
        assert _ingest_outcomes(c.runner, resume_id, ["failure"] * 3) == ["failure"] * 3
        assert_consistent(c.runner, c.token_hash)
        bucket = c.runner.physical("ResumesBucket")
        event = s3_event(bucket, spec["upload"]["fields"]["key"], 2000)
        c.runner.invoker.submit(c.runner.function("IngestResumeFunction"), event)
        c.runner.wait_for_events()
        view = _send(lambda: c.api.get(f"/session/resume/{resume_id}", headers=c.session.headers)).json()
        assert view["status"] == "ready", view
    assert view["version"] == 1
    assert_consistent(c.runner, c.token_hash)


def _abandoned_claim_ends_failed(c: Ctx, spec: dict[str, Any], resume_id: str) -> None:
    """Neither `ready` nor the hand-back could be written: the claim outlives its attempt. Within
    one more lease (the retry window) of its lease the resume reads `failed` with why, never
    `processing` for minutes; the next delivery stores that, and the state is consistent."""
    (item,) = [i for i in _items(c.runner, c.token_hash) if i["sk"] == f"RESUME#{resume_id}"]
    if item["status"] == "failed":
        # A loaded machine: the runner's retries outlasted the retry window, so the last delivery
        # found the claim expired and stored the `failed` every reader saw (the give-up path).
        assert item["error"]["code"] == "processing_failed", item
        assert_consistent(c.runner, c.token_hash)
        return
    assert item["status"] == "processing", "the attempt died holding its claim"
    assert item["retry_until"] - item["lease_until"] == INGEST_LEASE_S
    assert_consistent(c.runner, c.token_hash)
    give_up_at = item["retry_until"] + 1
    while time.time() < give_up_at + 5:
        view = _send(lambda: c.api.get(f"/session/resume/{resume_id}", headers=c.session.headers)).json()
        if view["status"] != "processing":
            break
        time.sleep(0.5)
    assert view["status"] == "failed" and view["error"]["code"] == "processing_failed", view
    assert time.time() <= item["lease_until"] + 60, "failed within 60 s of its lease"
    event = s3_event(c.runner.physical("ResumesBucket"), spec["upload"]["fields"]["key"], 2000)
    c.runner.invoker.submit(c.runner.function("IngestResumeFunction"), event)
    c.runner.wait_for_events()
    (stored,) = [i for i in _items(c.runner, c.token_hash) if i["sk"] == f"RESUME#{resume_id}"]
    assert stored["status"] == "failed" and stored["error"]["code"] == "processing_failed", stored
    assert_consistent(c.runner, c.token_hash)


def _run_case(api: httpx.Client, runner: LocalRunner, llm: FakeLlm, case: FaultCase) -> None:
    ctx = _context(api, runner, case, llm)
    if case.mode == "sync":
        _run_sync(ctx, case)
    else:
        _run_ingest(ctx, case)


@pytest.fixture(scope="module")
def llm() -> Iterator[FakeLlm]:
    server = FakeLlm("openai", api_key=LLM_KEY, answer=ANSWER).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def outcomes(
    request: pytest.FixtureRequest, api: httpx.Client, runner: LocalRunner, llm: FakeLlm
) -> Iterator[dict[str, Future[None]]]:
    """Every selected case, started at once (PARALLEL at a time); each test below awaits its own."""
    selected = [
        str(item.callspec.params["name"])
        for item in request.session.items
        if isinstance(item, pytest.Function)
        and item.module is request.module  # tests/unit/test_faults.py has a test of the same name
        and item.originalname == "test_a_fault_at_each_step_leaves_nothing_half_written"
    ]
    for service in ("dynamodb", "s3", "sqs"):
        _client(runner, service)
    with ThreadPoolExecutor(PARALLEL) as pool:
        yield {name: pool.submit(_run_case, api, runner, llm, FAULTS[name]) for name in selected}
    assert runner.aws.injector is not None
    runner.aws.injector.clear()


@pytest.mark.parametrize("name", FAULTS)
def test_a_fault_at_each_step_leaves_nothing_half_written(
    outcomes: dict[str, Future[None]], name: str
) -> None:
    outcomes[name].result(timeout=180)


# -- concurrent writers ------------------------------------------------------------------------------

WRITERS = 8
CONCURRENT_PATCHES = WRITERS * (WRITERS + 1) // 2
"""Rounds of WRITERS, WRITERS-1, ... 1 concurrent PATCHes: one winner each round."""


def test_concurrent_patches_lose_nothing(api: httpx.Client, runner: LocalRunner) -> None:
    session = create_session(api)
    uploaded = _upload(Ctx(api, runner, session))
    assert uploaded.status_code == 201, uploaded.text
    resume_id = uploaded.json()["resume_id"]

    def patch(version: int, interests: list[dict[str, Any]]) -> httpx.Response:
        body = {"resume_id": resume_id, "version": version, "sections": {"interests": interests}}
        return _send(lambda: api.patch("/resume_sections", headers=session.headers, json=body))

    with ThreadPoolExecutor(WRITERS) as pool:
        # Warm one authorizer and one PATCH environment per writer, so the rounds race on the write.
        stale = list(pool.map(lambda _: patch(99, []), range(WRITERS)))
        assert {r.status_code for r in stale} == {409}

        waiting, winners, version = list(range(WRITERS)), [], 1
        assert runner.aws.injector is not None
        deletes_before = runner.aws.injector.calls.count("S3.DeleteObject")
        while waiting:
            read = api.get(
                "/resume_sections", params={"resume_id": resume_id}, headers=session.headers
            ).json()
            assert read["version"] == version
            base = read["resume"].get("interests") or []
            attempts = {i: pool.submit(patch, version, [*base, {"name": f"writer {i}"}]) for i in waiting}
            results = {i: f.result() for i, f in attempts.items()}
            won = [i for i, r in results.items() if r.status_code == 200]
            lost = [i for i, r in results.items() if r.status_code == 409]
            assert len(won) == 1 and len(won) + len(lost) == len(waiting), {
                i: (r.status_code, r.text[:200]) for i, r in results.items()
            }
            assert results[won[0]].json()["version"] == version + 1
            for i in lost:
                error = results[i].json()["error"]
                assert error["code"] == "version_conflict"
                assert error["current_version"] == version + 1
            winners.append(won[0])
            waiting.remove(won[0])
            version += 1

        lost_at_the_write = runner.aws.injector.calls.count("S3.DeleteObject") - deletes_before
        assert lost_at_the_write >= 1, "writers raced to the conditional write, not only the read check"

    final = api.get("/resume_sections", params={"resume_id": resume_id}, headers=session.headers).json()
    assert final["version"] == WRITERS + 1
    assert [i["name"] for i in final["resume"]["interests"]] == [f"writer {i}" for i in winners]
    assert_consistent(runner, _hash(session.id))
    (record,) = [i for i in _items(runner, _hash(session.id)) if str(i["sk"]) == f"RESUME#{resume_id}"]
    storage = _client(runner, "s3")
    for n, key in enumerate(record["version_keys"]):
        stored = json.loads(
            storage.get_object(Bucket=runner.physical("ResumesBucket"), Key=key)["Body"].read()
        )
        names = [i["name"] for i in stored.get("interests") or []]
        assert names == [f"writer {i}" for i in winners[:n]], f"version {n + 1} holds exactly its writes"
