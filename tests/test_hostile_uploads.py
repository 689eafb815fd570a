"""Hostile files through the local runner, both ways in: each ends cleanly and the service stays healthy.

Every file's own outcome (refused with its code both ways, nothing stored; or the same parse
both ways) and its parse's memory bound are checked without the runner in
`test_hostile_use_cases.py`. Through the gateway go one file per distinct outcome (`GATEWAY_HOSTILE`: each
status and code) and one parseable file per type and per pattern of forbidden content
(`GATEWAY_PARSEABLE`): what only the running service can show, for each kind of ending.

What this proves, for those files (HOSTILE: must be refused; PARSEABLE: must parse correctly):

- direct upload (`POST /upload_resume`): the refusal is a clear 4xx with our JSON error body
  and code, nothing is stored (no S3 object, no resume listed); a parseable file is a
  201 whose resume holds the expected name and text and none of the forbidden characters;
- presigned upload (presign → POST to the emulated S3 → S3 event → ingest function): the presign
  call or S3 refuses it with a 4xx, or the ingest ends `failed` with the same code as the direct
  refusal (once, no retry loop, no parsed object), or `ready` with the same correct parse;
- after each file, a healthy upload on the same warm function succeeds, and no worker of the
  upload or ingest function was lost (no new cold start: nothing crashed or timed out);
- remote references inside files (DOCX external relationships, PDF links, remote streams and
  file specifications) are never fetched: a loopback listener sees no connection.

Time: each file's parse is held to its bounds as CPU time in `test_hostile_use_cases.py` (the
parse 7 s, the direct upload 10 s, as the service promises them); through the runner, which
shares the machine with the rest of the suite, an answer gets PATIENCE_S of wall clock, against a
hang, and the tests' runner gives the sandbox as long (PARSE_TIMEOUT_S in tests/conftest.py).
"""

from __future__ import annotations

import functools
import hashlib
import io
import socket
import time
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from local_runner.runner import LocalRunner
from tests.conftest import Session, create_session
from tests.factories import DOCX_TYPE, docx_resume, pdf_resume, post_presigned, upload
from tests.hostile import (
    HOSTILE,
    PARSEABLE,
    Parseable,
    docx_external_targets,
    pdf_remote_references,
)

DIRECT_BOUND_S = 10.0
"""What a direct upload may take, held as CPU time in `test_hostile_use_cases.py`: the parse itself is
bounded at 7 s (PARSE_TIMEOUT_S); the rest is S3 and DynamoDB."""
PATIENCE_S = 60.0
"""How long a test waits for an answer or an ingest through the runner: patience against a hang, not
a speed claim (the bounds above are checked as CPU time), so load on the machine cannot trip it."""
MEMORY_BOUND_MB = 128
"""Peak RSS growth of one parse (checked in `test_hostile_use_cases.py`); the sandbox allows 1024 MB
(PARSE_MEMORY_MB), Lambda has 1536."""

GATEWAY_HOSTILE = sorted({(v[3], v[4]): name for name, v in sorted(HOSTILE.items(), reverse=True)}.values())
"""The first file (by name) of each distinct (status, code) a refusal can end in."""
GATEWAY_PARSEABLE = sorted(
    {
        (case.content_type, bool(case.absent)): name for name, case in sorted(PARSEABLE.items(), reverse=True)
    }.values()
)
"""The first parseable file of each type, with and without content that must not come through."""

PRESIGNED_CODE: dict[str, str] = {
    # The 4 MB cap is for direct uploads only; through S3 the same file reaches the parser, which
    # refuses it because its %%EOF is 4 MB before the end (it looks like a truncated PDF).
    "over 4 MB": "corrupt",
}


@functools.cache
def _payload(name: str) -> bytes:
    maker = HOSTILE[name][0] if name in HOSTILE else PARSEABLE[name].maker
    return maker()


def _stored_objects(runner: LocalRunner, session: Session, prefixes: tuple[str, ...]) -> list[str]:
    token_hash = hashlib.sha256(session.id.encode()).hexdigest()
    s3 = runner.aws.client("s3")
    keys = []
    for prefix in prefixes:
        page = s3.list_objects_v2(Bucket=runner.physical("ResumesBucket"), Prefix=f"{prefix}/{token_hash}/")
        keys += [o["Key"] for o in page.get("Contents", [])]
    return keys


def _strings(value: Any) -> Iterator[str]:
    """Every string in a parsed resume (keys and values), unescaped."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _check_parse(resume: dict[str, Any], case: Parseable) -> None:
    assert resume["basics"].get("name") == case.name, resume["basics"]
    text = "\n".join(_strings(resume))
    for expected in case.contains:
        assert expected in text, f"{expected!r} missing from the parsed resume"
    for forbidden in case.absent:
        assert forbidden not in text, f"{forbidden!r} leaked into the parsed resume"


def _cold_starts(runner: LocalRunner, function: str) -> int:
    return runner.pool.cold_starts.get(function, 0)


def _presign(
    api: httpx.Client, session: Session, filename: str, content_type: str, size: int
) -> httpx.Response:
    body = {"filename": filename, "content_type": content_type, "size": size}
    return api.post("/upload_resume/presign", headers=session.headers, json=body)


def _ingest(
    api: httpx.Client, runner: LocalRunner, session: Session, spec: dict[str, Any], data: bytes, filename: str
) -> tuple[dict[str, Any] | None, float]:
    """POST to S3 and wait for the ingest; (the resume's final state, seconds), or None if S3 refused."""
    started = time.perf_counter()
    s3 = post_presigned(spec["upload"], data, filename)
    if 400 <= s3.status_code < 500:
        return None, time.perf_counter() - started
    assert s3.status_code in (200, 204), s3.text
    deadline = started + PATIENCE_S
    while True:
        runner.wait_for_events(timeout_s=PATIENCE_S)
        state = api.get(f"/session/resume/{spec['resume_id']}", headers=session.headers).json()
        if state["status"] in ("ready", "failed") or time.perf_counter() > deadline:
            took = time.perf_counter() - started
            runner.wait_for_events(timeout_s=PATIENCE_S)  # the invocation has handed its worker back
            return state, took
        time.sleep(0.05)


def _ingest_audits(runner: LocalRunner, resume_id: str) -> list[dict[str, Any]]:
    records = runner.logs.lines(lambda r: r.function == "IngestResumeFunction" and resume_id in r.line)
    events = [
        data["audit"] for data in (r.json() for r in records) if data and data.get("message") == "audit"
    ]
    return [e for e in events if e.get("action") == "ingest_resume" and e.get("resume_id") == resume_id]


@functools.cache
def _healthy_docx() -> bytes:
    return docx_resume()


def _recent_logs(runner: LocalRunner, since: float, *functions: str) -> str:
    """What the functions printed since `since`: the cause of a failure seen only under load."""
    lines = runner.logs.lines(lambda r: r.timestamp >= since and r.function in functions)
    return "\n".join(f"{r.function}: {r.line[:2000]}" for r in lines[-40:])


def _healthy_direct(api: httpx.Client, runner: LocalRunner, session: Session) -> None:
    since = time.time()
    healthy = upload(api, session.headers, pdf_resume())
    assert healthy.status_code == 201, (
        f"the upload function failed after the hostile file: {healthy.status_code} {healthy.text}\n"
        + _recent_logs(runner, since, "UploadResumeFunction", "AuthorizerFunction")
    )


def _healthy_presigned(api: httpx.Client, runner: LocalRunner, session: Session) -> None:
    since = time.time()
    data = _healthy_docx()
    spec = _presign(api, session, "healthy.docx", DOCX_TYPE, len(data))
    assert spec.status_code == 201, spec.text
    state, _ = _ingest(api, runner, session, spec.json(), data, "healthy.docx")
    assert state is not None and state["status"] == "ready", (
        f"the ingest failed after the hostile file: {state}\n"
        + _recent_logs(runner, since, "IngestResumeFunction", "UploadPresignFunction", "AuthorizerFunction")
    )


def _both_ways(
    runner: LocalRunner, direct: Callable[[], Any], presigned: Callable[[], Any]
) -> tuple[Any, Any]:
    """The direct flow, then the presigned flow, one request after the other.

    Sequential on purpose: both flows use one session, and the direct flow's checks that nothing
    was stored run before the presigned flow stores anything. (Direct uploads keep their original
    under originals/, outside the ingest trigger; the wait is for any event still in flight.)
    """
    first = direct()
    runner.wait_for_events(timeout_s=PATIENCE_S)
    return first, presigned()


# -- refused files -------------------------------------------------------------------------------


def _refused_direct(api: httpx.Client, runner: LocalRunner, session: Session, name: str) -> str:
    """The direct upload: a clean 4xx, nothing stored, the same warm worker serves a healthy upload."""
    _, filename, content_type, status, code = HOSTILE[name]
    cold = _cold_starts(runner, "UploadResumeFunction")
    started = time.perf_counter()
    response = upload(api, session.headers, _payload(name), filename, content_type)
    elapsed = time.perf_counter() - started
    assert response.status_code == status, response.text
    error = response.json()["error"]
    if code:
        assert error["code"] == code
    assert error["code"] and error["message"] and error["request_id"]
    assert elapsed < PATIENCE_S, f"{name} hung for {elapsed:.0f} s"
    assert _stored_objects(runner, session, ("uploads", "originals", "parsed", "generated")) == []
    assert api.get("/session/resumes", headers=session.headers).json() == []
    _healthy_direct(api, runner, session)
    if cold:  # the function was warm before: no worker crashed or was replaced
        assert _cold_starts(runner, "UploadResumeFunction") == cold, "the upload function lost a worker"
    return str(error["code"])


def _refused_presigned(api: httpx.Client, runner: LocalRunner, session: Session, name: str) -> str | None:
    """The presigned flow: refused by presign or S3, or `failed` once with a code; then a healthy ingest.

    Returns the failure code of the ingest, or None when presign or S3 refused the file. The
    session holds the direct flow's healthy resume and nothing else when this starts.
    """
    _, filename, content_type, _, code = HOSTILE[name]
    data = _payload(name)
    presign = _presign(api, session, filename, content_type, len(data))
    if 400 <= presign.status_code < 500:  # refused before any byte is sent: a clean outcome
        assert presign.json()["error"]["code"]
        if code == "bad_filename":
            assert presign.json()["error"]["code"] == code
        assert len(api.get("/session/resumes", headers=session.headers).json()) == 1, "no pending resume"
        return None
    assert presign.status_code == 201, presign.text
    spec = presign.json()
    cold = _cold_starts(runner, "IngestResumeFunction")
    state, took = _ingest(api, runner, session, spec, data, filename)
    if state is None:  # S3 refused the POST (policy): the resume stays pending, nothing was parsed
        return None
    assert took < PATIENCE_S, f"{name}: the ingest hung for {took:.0f} s"
    assert state["status"] == "failed", state
    assert state["error"]["code"] and state["error"]["message"], state
    assert state["resume"] is None
    assert [a["outcome"] for a in _ingest_audits(runner, spec["resume_id"])] == ["rejected"], "one try"
    parsed = _stored_objects(runner, session, ("parsed",))
    assert not [k for k in parsed if spec["resume_id"] in k], "a failed ingest stores no parsed resume"
    _healthy_presigned(api, runner, session)
    if cold:
        assert _cold_starts(runner, "IngestResumeFunction") == cold, "the ingest function lost a worker"
    return str(state["error"]["code"])


@pytest.mark.parametrize("name", GATEWAY_HOSTILE)
def test_hostile_file_is_refused_cleanly_both_ways(api: httpx.Client, runner: LocalRunner, name: str) -> None:
    session = create_session(api)
    direct_code, presigned_code = _both_ways(
        runner,
        lambda: _refused_direct(api, runner, session, name),
        lambda: _refused_presigned(api, runner, session, name),
    )
    if presigned_code is not None:
        assert presigned_code == PRESIGNED_CODE.get(name, direct_code), "the same reason both ways"


# -- files that must parse -----------------------------------------------------------------------


def _parsed_direct(api: httpx.Client, runner: LocalRunner, session: Session, name: str) -> dict[str, Any]:
    case = PARSEABLE[name]
    cold = _cold_starts(runner, "UploadResumeFunction")
    started = time.perf_counter()
    response = upload(api, session.headers, _payload(name), case.filename, case.content_type)
    elapsed = time.perf_counter() - started
    assert response.status_code == 201, response.text
    assert elapsed < PATIENCE_S, f"{name} hung for {elapsed:.0f} s"
    if cold:
        assert _cold_starts(runner, "UploadResumeFunction") == cold, "the upload function lost a worker"
    resume: dict[str, Any] = response.json()["resume"]
    return resume


def _parsed_presigned(api: httpx.Client, runner: LocalRunner, session: Session, name: str) -> dict[str, Any]:
    case = PARSEABLE[name]
    data = _payload(name)
    presign = _presign(api, session, case.filename, case.content_type, len(data))
    assert presign.status_code == 201, presign.text
    state, took = _ingest(api, runner, session, presign.json(), data, case.filename)
    assert state is not None, "S3 refused a file within the policy"
    assert took < PATIENCE_S, f"{name}: the ingest hung for {took:.0f} s"
    assert state["status"] == "ready", state
    resume: dict[str, Any] = state["resume"]
    return resume


@pytest.mark.parametrize("name", GATEWAY_PARSEABLE)
def test_hostile_looking_file_parses_correctly_both_ways(
    api: httpx.Client, runner: LocalRunner, name: str
) -> None:
    session = create_session(api)
    direct, presigned = _both_ways(
        runner,
        lambda: _parsed_direct(api, runner, session, name),
        lambda: _parsed_presigned(api, runner, session, name),
    )
    _check_parse(direct, PARSEABLE[name])
    assert presigned == direct, "the presigned parse is the direct parse"


ENCRYPTED_OPENABLE = sorted(name for name in PARSEABLE if name.endswith("with an empty user password"))
"""RC4-128, AES-128 and AES-256 PDFs with an empty user password (issue 13 item 6)."""
ENCRYPTED_REFUSED = ["aes-256 pdf with a password", "encrypted pdf"]
"""The same encryptions with a real user password: refused, whatever the cipher."""


@pytest.mark.parametrize("name", ENCRYPTED_OPENABLE)
def test_pdf_with_an_empty_user_password_opens_rc4_and_aes(
    api: httpx.Client, runner: LocalRunner, name: str
) -> None:
    """Uploaded as a 201 with its text parsed: AES needs pypdf's crypto provider (`cryptography`, in
    the layer since issue 13; tests/test_layer_packages.py checks the layer's own pins open it)."""
    session = create_session(api)
    _check_parse(_parsed_direct(api, runner, session, name), PARSEABLE[name])


@pytest.mark.parametrize("name", ENCRYPTED_REFUSED)
def test_pdf_with_a_real_password_keeps_its_clear_4xx(
    api: httpx.Client, runner: LocalRunner, name: str
) -> None:
    assert _refused_direct(api, runner, create_session(api), name) == "encrypted"


@pytest.fixture
def listener() -> Iterator[tuple[socket.socket, str]]:
    """A loopback TCP listener standing in for a remote host: any fetch would connect here."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.setblocking(False)
    yield sock, f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()


@pytest.mark.parametrize(
    ("maker", "filename", "content_type"),
    [
        (docx_external_targets, "cv.docx", DOCX_TYPE),
        (pdf_remote_references, "resume.pdf", "application/pdf"),
    ],
    ids=["docx external relationships", "pdf links, remote streams and actions"],
)
def test_remote_references_are_never_fetched(
    api: httpx.Client,
    runner: LocalRunner,
    listener: tuple[socket.socket, str],
    maker: Any,
    filename: str,
    content_type: str,
) -> None:
    sock, url = listener
    data = maker(url)
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            assert sum(url.encode() in package.read(n) for n in package.namelist()) >= 2
    else:
        assert data.count(url.encode()) >= 5
    session = create_session(api)
    response = upload(api, session.headers, data, filename, content_type)
    assert response.status_code == 201, response.text
    presign = _presign(api, session, filename, content_type, len(data))
    state, _ = _ingest(api, runner, session, presign.json(), data, filename)
    assert state is not None and state["status"] == "ready", state
    time.sleep(0.2)  # a fetch started in the background would have connected by now
    with pytest.raises(BlockingIOError):
        sock.accept()
