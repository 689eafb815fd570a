"""The session security matrix (issue 6; docs/threats.md 1-7): one table, every row a way in that must stay shut.

Through the local runner (API Gateway → authorizer → function → moto), with two live sessions,
A (owner: an uploaded resume, an optimization, a generated document, a pending presigned upload)
and B (the intruder), it proves:

- the authorizer denies an expired session whose item still exists, a revoked session on its
  very next request, a malformed token and a 10 kB token (both without a DynamoDB call), and a
  request naming two different sessions; it accepts either header, header names in any case,
  and the `Bearer` scheme in any case (RFC 9110 §11.1: the scheme is case-insensitive; the code
  lower-cases it and issue 2 fixes no case, so `bearer` is accepted);
- B gets 404 for A's resume id (one route here, every route in tests/unit/test_session_walls.py),
  for A's conversation id, for the conversation holding A's generated document and for A's
  presigned upload, each time with the same error body as an id that never existed; A's document
  lives under A's hash prefix only;
- a presigned POST whose key was moved to another session's prefix is refused by its signed
  policy (moto does not enforce POST policies, so the policy is evaluated here as S3 documents
  it, with its signature checked), and the object moto stores anyway is ignored by ingest.

`test_no_session_id_is_stored_or_logged` then checks that no session id used in this file
appears in any log line, audit event, DynamoDB item, S3 key or S3 object of these sessions.
`MATRIX_CASES` is the number of rows; `SECRET_SWEEP_PLACES` the places swept.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from local_runner.aws import CREDENTIALS
from local_runner.runner import LocalRunner
from local_runner.sample_events import authorizer_event
from resume_api.auth.tokens import new_session_id
from tests.conftest import Session, create_session
from tests.factories import pdf_resume, post_presigned, upload

JD = (
    "Senior Backend Engineer. Requirements: Python, PostgreSQL, AWS Lambda and Docker are required; "
    "Kubernetes experience needed. Experience with SQL and REST APIs."
)

USED_TOKENS: list[str] = []
"""Every well-formed session id this file sent (live, revoked, expired or never issued)."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _unknown_resume_id() -> str:
    return "r_" + secrets.token_hex(12)


def _unknown_conversation_id() -> str:
    return "c_" + secrets.token_hex(12)


@dataclass
class World:
    api: httpx.Client
    runner: LocalRunner
    a: Session
    b: Session
    resume_id: str
    conversation_id: str
    document_id: str
    document_conversation_id: str
    presign: dict[str, Any]

    def session(self) -> Session:
        """A fresh session for rows that spend one (revoke, expire)."""
        new = create_session(self.api)
        USED_TOKENS.append(new.id)
        return new

    def get_item(self, token: str) -> dict[str, Any] | None:
        item = (
            self.runner.aws.client("dynamodb")
            .get_item(
                TableName=self.runner.physical("SessionsTable"),
                Key={"pk": {"S": f"SESSION#{_hash(token)}"}, "sk": {"S": "SESSION"}},
                ConsistentRead=True,
            )
            .get("Item")
        )
        return dict(item) if item else None

    def lookups(self) -> int:
        assert self.runner.aws.injector is not None
        return self.runner.aws.injector.calls.count("DynamoDB.GetItem")


@pytest.fixture(scope="module")
def world(api: httpx.Client, runner: LocalRunner) -> World:
    a, b = create_session(api), create_session(api)
    USED_TOKENS.extend([a.id, b.id])
    uploaded = upload(api, a.headers, pdf_resume())
    assert uploaded.status_code == 201, uploaded.text
    resume_id = uploaded.json()["resume_id"]
    optimized = api.post("/optimize_resume", headers=a.headers, json={"jd": JD, "resume_id": resume_id})
    assert optimized.status_code == 200, optimized.text
    assert optimized.json()["version"] == 2
    generated = api.post(
        "/generate_resume", headers=a.headers, json={"format": "pdf", "resume_id": resume_id, "version": 1}
    )
    assert generated.status_code == 201, generated.text
    presigned = api.post(
        "/upload_resume/presign",
        headers=a.headers,
        json={"filename": "cv.pdf", "content_type": "application/pdf", "size": 2000},
    )
    assert presigned.status_code == 201, presigned.text
    world = World(
        api=api,
        runner=runner,
        a=a,
        b=b,
        resume_id=resume_id,
        conversation_id=optimized.json()["conversation_id"],
        document_id=generated.json()["document_id"],
        document_conversation_id=generated.json()["conversation_id"],
        presign=presigned.json(),
    )
    # The owner reaches everything the intruder will be refused: a 404 below is the wall, not a bug.
    for path in (
        f"/session/resume/{world.resume_id}",
        f"/session/resume/{world.presign['resume_id']}",
        f"/session/conversation/{world.conversation_id}",
        f"/session/conversation/{world.document_conversation_id}",
    ):
        assert api.get(path, headers=a.headers).status_code == 200, path
    return world


# -- the authorizer ----------------------------------------------------------------------------


def _denied(response: httpx.Response, code: str) -> None:
    assert response.status_code == 401, response.text
    error = response.json()["error"]
    assert error["code"] == code, error
    assert set(error) == {"code", "message", "request_id"}
    assert error["request_id"] == response.headers["x-amzn-requestid"]
    assert response.headers.get("www-authenticate") == "Bearer"


def expired_not_swept(w: World) -> None:
    victim = w.session()
    w.runner.aws.client("dynamodb").update_item(
        TableName=w.runner.physical("SessionsTable"),
        Key={"pk": {"S": f"SESSION#{_hash(victim.id)}"}, "sk": {"S": "SESSION"}},
        UpdateExpression="SET expires_at = :past",
        ExpressionAttributeValues={":past": {"N": str(int(time.time()) - 60)}},
    )
    for route in ("/session/info", "/session/resumes", "/resume_sections"):
        _denied(w.api.get(route, headers=victim.headers), "session_expired")
    assert w.get_item(victim.id) is not None, "the item is still there: the authorizer judged expires_at"


def revoked_then_reused(w: World) -> None:
    victim = w.session()
    assert w.api.get("/session/info", headers=victim.headers).status_code == 200
    deleted = w.api.delete("/session", headers=victim.headers)
    assert deleted.status_code == 200, deleted.text
    _denied(w.api.get("/session/info", headers=victim.headers), "session_revoked")
    _denied(w.api.get("/session/resumes", headers=victim.headers), "session_revoked")
    _denied(w.api.delete("/session", headers=victim.headers), "session_revoked")
    item = w.get_item(victim.id)
    assert item is not None and "revoked_at" in item


def _refused_before_lookup(w: World, headers: list[tuple[str, str]], code: str) -> None:
    before = w.lookups()
    response = w.api.get("/session/info", headers=headers)
    _denied(response, code)
    assert w.lookups() == before, "refused before any DynamoDB call"
    assert w.a.id not in response.text


def malformed_token(w: World) -> None:
    for bad in ("rs_" + "!" * 43, w.a.id[:-1], w.a.id + "=", "my-own-session", "Bearer"):
        _refused_before_lookup(w, [("X-Session-ID", bad)], "malformed_token")
    _refused_before_lookup(w, [("Authorization", f"Basic {w.a.id}")], "malformed_token")


def over_long_token(w: World) -> None:
    long = w.a.id + "A" * 10_240
    _refused_before_lookup(w, [("X-Session-ID", long)], "malformed_token")
    _refused_before_lookup(w, [("Authorization", f"Bearer {long}")], "malformed_token")


def both_headers_different(w: World) -> None:
    # Both are live sessions: neither may win.
    for headers in (
        [("X-Session-ID", w.a.id), ("Authorization", f"Bearer {w.b.id}")],
        [("Authorization", f"Bearer {w.a.id}"), ("x-session-id", w.b.id)],
    ):
        _refused_before_lookup(w, headers, "conflicting_tokens")


def empty_session_header_beside_a_bearer(w: World) -> None:
    # An empty X-Session-ID is no second session: it is refused as what it is.
    for headers in (
        [("X-Session-ID", ""), ("Authorization", f"Bearer {w.b.id}")],
        [("Authorization", ""), ("X-Session-ID", w.b.id)],
    ):
        before = w.lookups()
        response = w.api.get("/session/info", headers=headers)
        _denied(response, "malformed_token")
        assert "is empty" in response.json()["error"]["message"], response.text
        assert w.lookups() == before, "refused before any DynamoDB call"
    # Blank but for whitespace (HTTP clients refuse to send it; API Gateway may pass it on).
    assert _authorizer_says(w, [("Authorization", f"Bearer {w.b.id}"), ("X-Session-ID", " \t ")]) == (
        "Deny",
        "malformed_token",
    )


def unicode_space_around_a_token(w: World) -> None:
    """Only HTTP's space and tab are trimmed: NBSP (U+00A0) or NEL (U+0085) makes a token malformed."""
    token = w.b.id.encode()
    for value in (b"\xa0" + token, token + b"\xa0", b"\x85" + token, token + b"\x85"):
        for name, sent in ((b"X-Session-ID", value), (b"Authorization", b"Bearer " + value)):
            before = w.lookups()
            _denied(w.api.get("/session/info", headers=[(name, sent)]), "malformed_token")
            assert w.lookups() == before, "refused before any DynamoDB call"
    for spaced in (f" \t{w.b.id}\t ", f"\u00a0{w.b.id}", f"{w.b.id}\u0085", f"\u2003{w.b.id}"):
        expected = ("Allow", None) if spaced.strip(" \t") == w.b.id else ("Deny", "malformed_token")
        assert _authorizer_says(w, [("X-Session-ID", spaced)]) == expected, repr(spaced)
        assert _authorizer_says(w, [("Authorization", f"Bearer {spaced}")]) == expected, repr(spaced)


def _authorizer_says(w: World, headers: list[tuple[str, str]]) -> tuple[str, str | None]:
    """The authorizer's decision for header values HTTP clients will not send (API Gateway passes
    them on): its effect and the code of a denial."""
    event = authorizer_event(w.runner.api.stage)
    event["headers"] = dict(headers)
    event["multiValueHeaders"] = {name: [value] for name, value in headers}
    policy = w.runner.invoke("AuthorizerFunction", event)
    effect = policy["policyDocument"]["Statement"][0]["Effect"]
    return effect, (policy.get("context") or {}).get("code") if effect == "Deny" else None


def pattern_characters_in_a_path_id(w: World) -> None:
    """The runner's policy check compares the method ARN as API Gateway does: `[x]` is text."""
    for path in ("[x]", "r_[0-9]", "r_[!a]", "a*b", quote("[x]", safe=""), quote("r_?", safe="")):
        response = w.api.get(f"/session/resume/{path}", headers=w.b.headers)  # sent as written
        assert response.status_code == 404, (path, response.text)
        error = response.json()["error"]
        assert error["code"] == "resume_not_found" and error["message"], (path, error)


def _accepted(w: World, headers: list[tuple[str, str]]) -> None:
    """Accepted over HTTP, and by the authorizer given the header names exactly as written.

    The HTTP server lower-cases header names on the way in (ASGI), so the direct invocation is
    what proves the authorizer itself ignores case, as API Gateway passes names as sent.
    """
    response = w.api.get("/session/resumes", headers=headers)
    assert response.status_code == 200, response.text
    assert response.json() == [], "session B's own (empty) list"
    event = authorizer_event(w.runner.api.stage)
    event["headers"] = dict(headers)
    event["multiValueHeaders"] = {name: [value] for name, value in headers}
    policy = w.runner.invoke("AuthorizerFunction", event)
    assert policy["policyDocument"]["Statement"][0]["Effect"] == "Allow", policy
    assert policy["context"]["session_hash"] == _hash(w.b.id)


def header_name_lower_case(w: World) -> None:
    _accepted(w, [("x-session-id", w.b.id)])


def header_name_upper_case(w: World) -> None:
    _accepted(w, [("X-SESSION-ID", w.b.id)])
    _accepted(w, [("AUTHORIZATION", f"Bearer {w.b.id}")])


def bearer_scheme(w: World) -> None:
    _accepted(w, [("Authorization", f"Bearer {w.b.id}")])


def bearer_scheme_lower_case(w: World) -> None:
    _accepted(w, [("authorization", f"bearer {w.b.id}")])
    _accepted(w, [("Authorization", f"BEARER {w.b.id}")])


# -- another session's ids: 404, exactly as for an id that never existed ----------------------------


def _same_404(theirs: httpx.Response, unknown: httpx.Response, code: str) -> None:
    assert theirs.status_code == unknown.status_code == 404, (theirs.text, unknown.text)
    strip = lambda r: {k: v for k, v in r.json()["error"].items() if k != "request_id"}  # noqa: E731
    assert strip(theirs) == strip(unknown), "the body must not reveal that the id exists"
    assert strip(theirs)["code"] == code
    assert set(theirs.json()) == {"error"}


ResumeCall = Callable[[World, str], httpx.Response]


def _resume_route(call: ResumeCall) -> Callable[[World], None]:
    def check(w: World) -> None:
        _same_404(call(w, w.resume_id), call(w, _unknown_resume_id()), "resume_not_found")
        owned = w.api.get(f"/session/resume/{w.resume_id}", headers=w.a.headers).json()
        assert owned["version"] == 2, "the owner's resume is untouched (v1 upload, v2 optimization)"
        assert w.api.get("/session/resumes", headers=w.b.headers).json() == []
        assert w.api.get("/session/info", headers=w.b.headers).json()["conversations"] == []

    return check


RESUME_ROUTES: dict[str, ResumeCall] = {
    "GET /session/resume/{id}": lambda w, rid: w.api.get(f"/session/resume/{rid}", headers=w.b.headers),
}
"""One route end to end; every route that takes a resume id (GET /session/resume/{id} and
/resume_sections, PATCH, sync and async optimize, ats_score, generate latest and a given version)
answers the same 404 from its function's app over the fakes in tests/unit/test_session_walls.py."""


def _conversation(w: World, conversation_id: str) -> httpx.Response:
    return w.api.get(f"/session/conversation/{conversation_id}", headers=w.b.headers)


def others_conversation(w: World) -> None:
    _same_404(
        _conversation(w, w.conversation_id),
        _conversation(w, _unknown_conversation_id()),
        "conversation_not_found",
    )


def others_document(w: World) -> None:
    _same_404(
        _conversation(w, w.document_conversation_id),
        _conversation(w, _unknown_conversation_id()),
        "conversation_not_found",
    )
    listing = w.runner.aws.client("s3").list_objects_v2(
        Bucket=w.runner.physical("ResumesBucket"), Prefix="generated/"
    )
    holding = [o["Key"] for o in listing.get("Contents", []) if w.document_id in o["Key"]]
    assert holding, "the document is stored"
    assert all(k.startswith(f"generated/{_hash(w.a.id)}/{w.document_id}/") for k in holding), holding
    assert not any(_hash(w.b.id) in k for k in holding)


def others_presigned_upload(w: World) -> None:
    resume_id = w.presign["resume_id"]
    theirs = w.api.get(f"/session/resume/{resume_id}", headers=w.b.headers)
    _same_404(
        theirs,
        w.api.get(f"/session/resume/{_unknown_resume_id()}", headers=w.b.headers),
        "resume_not_found",
    )
    patch = w.api.patch(
        "/resume_sections",
        headers=w.b.headers,
        json={"resume_id": resume_id, "version": 1, "sections": {"interests": []}},
    )
    assert patch.status_code == 404, patch.text
    assert w.api.get("/session/resumes", headers=w.b.headers).json() == []


# -- the presigned POST policy ----------------------------------------------------------------------


def _signing_key(secret: str, credential: str) -> bytes:
    _, date, region, service, terminal = credential.split("/")
    key = f"AWS4{secret}".encode()
    for part in (date, region, service, terminal):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return key


def s3_refusal(bucket: str, fields: dict[str, str], size: int, now: float) -> str | None:
    """Why S3 would refuse this browser POST under its signed policy, or None if it would take it.

    The rules of AWS's "Creating a POST policy" (SigV4): the signature is over the base64 policy
    as sent; the policy must not have expired; each condition must hold (exact match, `eq`,
    `starts-with`, `content-length-range`); every form field but `policy`, `x-amz-signature`,
    `file` and `x-ignore-*` must be named by a condition.
    """
    expected = hmac.new(
        _signing_key(CREDENTIALS["AWS_SECRET_ACCESS_KEY"], fields["x-amz-credential"]),
        fields["policy"].encode(),
        hashlib.sha256,
    ).hexdigest()
    if not hmac.compare_digest(expected, fields["x-amz-signature"]):
        return "signature does not match the policy"
    policy = json.loads(base64.b64decode(fields["policy"]))
    expiration = calendar.timegm(time.strptime(policy["expiration"], "%Y-%m-%dT%H:%M:%SZ"))
    if expiration < now:
        return "policy expired"
    form = {k.lower(): v for k, v in dict(fields, bucket=bucket).items()}
    covered = set()
    for condition in policy["conditions"]:
        if isinstance(condition, dict):
            for name, value in condition.items():
                covered.add(name.lower())
                if form.get(name.lower()) != value:
                    return f"{name} does not match the policy"
        elif condition[0] == "content-length-range":
            if not condition[1] <= size <= condition[2]:
                return "size outside content-length-range"
        else:
            op, name, value = condition
            name = name.lstrip("$").lower()
            covered.add(name)
            actual = form.get(name, "")
            if (op == "eq" and actual != value) or (op == "starts-with" and not actual.startswith(value)):
                return f"{name} does not match the policy"
    extra = [
        k
        for k in form
        if k not in covered | {"policy", "x-amz-signature", "file"} and not k.startswith("x-ignore-")
    ]
    return f"fields not in the policy: {extra}" if extra else None


def presigned_key_moved_to_another_prefix(w: World) -> None:
    bucket = w.runner.physical("ResumesBucket")
    fields = dict(w.presign["upload"]["fields"])
    own_key = fields["key"]
    assert own_key.startswith(f"uploads/{_hash(w.a.id)}/{w.presign['resume_id']}/")
    now = time.time()
    assert s3_refusal(bucket, fields, 2000, now) is None, "the form as issued is accepted"
    assert s3_refusal(bucket, fields, 11 * 1024 * 1024, now) == "size outside content-length-range"

    moved = own_key.replace(_hash(w.a.id), _hash(w.b.id))
    assert s3_refusal(bucket, dict(fields, key=moved), 2000, now) == "key does not match the policy"
    assert s3_refusal(bucket, dict(fields, key=own_key + "x"), 2000, now) == "key does not match the policy"
    policy = json.loads(base64.b64decode(fields["policy"]))
    policy["conditions"] = [
        {"key": moved} if isinstance(c, dict) and "key" in c else c for c in policy["conditions"]
    ]
    forged = base64.b64encode(json.dumps(policy).encode()).decode()
    assert s3_refusal(bucket, dict(fields, key=moved, policy=forged), 2000, now) == (
        "signature does not match the policy"
    )

    # moto stores the moved object anyway (it does not enforce POST policies); ingest must ignore it.
    stored = post_presigned(dict(w.presign["upload"], fields=dict(fields, key=moved)), pdf_resume())
    assert stored.status_code in (200, 204), stored.text
    w.runner.wait_for_events()
    assert w.api.get("/session/resumes", headers=w.b.headers).json() == []
    state = w.api.get(f"/session/resume/{w.presign['resume_id']}", headers=w.a.headers).json()
    assert state["status"] == "pending", "A's upload never arrived at A's key"


# -- the table --------------------------------------------------------------------------------------

MATRIX: dict[str, Callable[[World], None]] = {
    "expired, not swept": expired_not_swept,
    "revoked, then reused": revoked_then_reused,
    "malformed token": malformed_token,
    "over-long token (10 kB)": over_long_token,
    "both headers, different sessions": both_headers_different,
    "empty X-Session-ID beside a valid Bearer": empty_session_header_beside_a_bearer,
    "NBSP or NEL around a token": unicode_space_around_a_token,
    "[x], ? or * in a path id": pattern_characters_in_a_path_id,
    "header name lower-case": header_name_lower_case,
    "header name upper-case": header_name_upper_case,
    "Authorization: Bearer": bearer_scheme,
    "Authorization: bearer (scheme in any case)": bearer_scheme_lower_case,
    **{f"another session's resume id: {route}": _resume_route(call) for route, call in RESUME_ROUTES.items()},
    "another session's conversation id": others_conversation,
    "another session's document id": others_document,
    "another session's presigned upload": others_presigned_upload,
    "presigned key moved to another session's prefix": presigned_key_moved_to_another_prefix,
}
MATRIX_CASES = len(MATRIX)


@pytest.mark.parametrize("case", MATRIX.values(), ids=MATRIX.keys())
def test_session_security_matrix(world: World, case: Callable[[World], None]) -> None:
    case(world)


# -- no session id anywhere ---------------------------------------------------------------------------

SECRET_SWEEP_PLACES = (
    "log lines",
    "audit events",
    "DynamoDB items",
    "S3 keys",
    "S3 objects of these sessions",
)


def _all_items(runner: LocalRunner) -> Iterator[dict[str, Any]]:
    dynamodb = runner.aws.client("dynamodb")
    kwargs: dict[str, Any] = {"TableName": runner.physical("SessionsTable")}
    while True:
        page = dynamodb.scan(**kwargs)
        yield from page.get("Items", [])
        if "LastEvaluatedKey" not in page:
            return
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def _all_keys(runner: LocalRunner) -> list[str]:
    s3 = runner.aws.client("s3")
    keys: list[str] = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=runner.physical("ResumesBucket")):
        keys.extend(o["Key"] for o in page.get("Contents", []))
    return keys


def test_no_session_id_is_stored_or_logged(world: World, runner: LocalRunner) -> None:
    assert len(USED_TOKENS) >= 2
    unissued = new_session_id()
    USED_TOKENS.append(unissued)
    last = world.api.get("/session/info", headers={"X-Session-ID": unissued})
    assert last.status_code == 401
    runner.wait_for_events()
    deadline = time.time() + 5  # log lines arrive through a pipe: wait for the last request's
    while not any(
        e.get("request_id") == last.headers["x-amzn-requestid"] for e in runner.logs.audit_events()
    ):
        assert time.time() < deadline, "the last request's audit event never arrived"
        time.sleep(0.1)

    logs = runner.logs.text()
    audits = [json.dumps(e, default=str) for e in runner.logs.audit_events()]
    items = [json.dumps(i, default=str) for i in _all_items(runner)]
    keys = _all_keys(runner)
    assert audits and items and keys and logs, "there is something to search"
    assert any(_hash(world.a.id) in i for i in items), "the hash is stored; the id must not be"

    s3 = runner.aws.client("s3")
    bucket = runner.physical("ResumesBucket")
    owned = [k for k in keys if any(_hash(t) in k for t in USED_TOKENS)]
    assert owned
    bodies = [s3.get_object(Bucket=bucket, Key=k)["Body"].read().decode("latin-1") for k in owned]
    for token in USED_TOKENS:
        assert token not in logs, "a session id in a log line"
        assert not [a for a in audits if token in a], "a session id in an audit event"
        assert not [i for i in items if token in i], "a session id in a DynamoDB item"
        assert not [k for k in keys if token in k], "a session id in an S3 key"
        assert not [b for b in bodies if token in b], "a session id in a stored object"
