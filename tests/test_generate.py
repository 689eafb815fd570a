"""POST /generate_resume as a user calls it: the document lands in emulated S3, the presigned
link serves it, the conversation and the audit event record it, and bad input is a clean 4xx.

The generated PDF and DOCX are uploaded back through /upload_resume: what we generate, we read.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from local_runner.aws import Fault
from local_runner.runner import LocalRunner
from tests.conftest import Session, create_session
from tests.factories import DOCX_TYPE, pdf_resume, upload

TYPES = {
    "pdf": "application/pdf",
    "docx": DOCX_TYPE,
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
}


@pytest.fixture
def uploaded(api: httpx.Client, session: Session) -> dict:
    response = upload(api, session.headers, pdf_resume())
    assert response.status_code == 201, response.text
    return response.json()


def _generate(api: httpx.Client, session: Session, **body: object) -> httpx.Response:
    return api.post("/generate_resume", headers=session.headers, json=body)


def _generated_keys(runner: LocalRunner, session: Session) -> list[str]:
    token_hash = hashlib.sha256(session.id.encode()).hexdigest()
    listing = runner.aws.client("s3").list_objects_v2(
        Bucket=runner.physical("ResumesBucket"), Prefix=f"generated/{token_hash}/"
    )
    return [o["Key"] for o in listing.get("Contents", [])]


@pytest.mark.parametrize("fmt", sorted(TYPES))
def test_each_format_is_stored_and_served_by_its_link(
    api: httpx.Client, runner: LocalRunner, session: Session, uploaded: dict, fmt: str
) -> None:
    response = _generate(api, session, format=fmt, template="modern")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["format"] == fmt and body["template"] == "modern"
    assert body["resume_id"] == uploaded["resume_id"] and body["version"] == 1
    assert body["filename"] == f"Jane_Doe-modern.{fmt}"
    query = parse_qs(urlsplit(body["download_url"]).query)
    assert int(query["X-Amz-Expires"][0]) <= 900, "the link is short-lived"
    assert session.id not in body["download_url"]

    download = httpx.get(body["download_url"], timeout=30)
    assert download.status_code == 200
    assert len(download.content) == body["size_bytes"]
    assert download.headers["content-type"] == TYPES[fmt]
    assert "attachment" in download.headers.get("content-disposition", "")
    if fmt == "pdf":
        assert download.content.startswith(b"%PDF") and body["pages"] == 1
    if fmt == "json":
        assert download.json()["basics"]["name"] == "Jane Doe"
    if fmt == "md":
        assert "Jane Doe" in download.text and "Example Corp" in download.text
    keys = _generated_keys(runner, session)
    assert any(k.endswith(f"/{body['document_id']}/{body['filename']}") for k in keys)


@pytest.mark.parametrize(("fmt", "content_type"), [("pdf", "application/pdf"), ("docx", DOCX_TYPE)])
def test_a_generated_document_uploads_back_to_the_same_resume(
    api: httpx.Client, session: Session, uploaded: dict, fmt: str, content_type: str
) -> None:
    body = _generate(api, session, format=fmt, template="ats").json()
    data = httpx.get(body["download_url"], timeout=30).content
    again = upload(api, session.headers, data, body["filename"], content_type)
    assert again.status_code == 201, again.text
    source, back = uploaded["resume"], again.json()["resume"]
    assert back["basics"]["name"] == source["basics"]["name"]
    assert back["basics"]["email"] == source["basics"]["email"]
    assert [(w["name"], w["position"], w.get("startDate")) for w in back["work"]] == [
        (w["name"], w["position"], w.get("startDate")) for w in source["work"]
    ]
    assert {k for s in back["skills"] for k in s["keywords"]} == {
        k for s in source["skills"] for k in s["keywords"]
    }


def test_generation_is_a_conversation_and_an_audit_event(
    api: httpx.Client, runner: LocalRunner, session: Session, uploaded: dict
) -> None:
    body = _generate(api, session, format="pdf").json()
    conversation = api.get(f"/session/conversation/{body['conversation_id']}", headers=session.headers).json()
    assert conversation["kind"] == "generate" and conversation["status"] == "succeeded"
    assert conversation["result"]["document_id"] == body["document_id"]
    info = api.get("/session/info", headers=session.headers).json()
    assert body["conversation_id"] in [c["conversation_id"] for c in info["conversations"]]
    runner.wait_for_events()
    (event,) = [e for e in runner.logs.audit_events() if e.get("document_id") == body["document_id"]]
    assert event["action"] == "generate_resume" and event["outcome"] == "success"
    assert event["format"] == "pdf" and event["template"] == "classic"
    assert session.id not in str(event)


def test_an_earlier_version_can_be_generated(api: httpx.Client, session: Session, uploaded: dict) -> None:
    patched = api.patch(
        "/resume_sections",
        headers=session.headers,
        json={"version": 1, "sections": {"basics": {"name": "Jane Q. Doe"}}},
    )
    assert patched.status_code == 200, patched.text
    latest = _generate(api, session, format="json").json()
    assert latest["version"] == 2
    assert httpx.get(latest["download_url"]).json()["basics"]["name"] == "Jane Q. Doe"
    first = _generate(api, session, format="json", version=1).json()
    assert httpx.get(first["download_url"]).json()["basics"]["name"] == "Jane Doe"
    missing = _generate(api, session, format="json", version=3)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "version_not_found"


def test_a_given_resume_is_rendered_without_storing_a_resume(api: httpx.Client, session: Session) -> None:
    parsed = {
        "basics": {"name": "François Müller-Søndergaard"},
        "skills": [{"name": "Languages", "keywords": ["Go"]}],
    }
    response = _generate(api, session, format="pdf", template="compact", parsed=parsed)
    assert response.status_code == 201, response.text
    assert response.json()["resume_id"] is None
    assert response.json()["filename"] == "Francois_Muller_Sondergaard-compact.pdf"
    assert api.get("/session/resumes", headers=session.headers).json() == []


# One bad request and one failed write cross the gateway here; every case (these included) is
# answered by the function's app over the fakes in tests/unit/test_generate_http.py.


@pytest.mark.parametrize(("body", "status", "code"), [({"format": "rtf"}, 422, "validation_error")])
def test_bad_requests_are_clean_4xx(
    api: httpx.Client, session: Session, uploaded: dict, body: dict, status: int, code: str
) -> None:
    response = _generate(api, session, **body)
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code


def test_another_sessions_resume_is_404(api: httpx.Client, session: Session, uploaded: dict) -> None:
    other = create_session(api)
    response = _generate(api, other, format="pdf", resume_id=uploaded["resume_id"])
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "resume_not_found"


def test_no_resume_is_404(api: httpx.Client, session: Session) -> None:
    response = _generate(api, session, format="pdf")
    assert response.status_code == 404 and response.json()["error"]["code"] == "no_resume"


@pytest.mark.parametrize(
    "fault",
    [Fault("DynamoDB.TransactWriteItems", "ProvisionedThroughputExceededException", 400)],
    ids=["conversation write"],
)
def test_a_failed_write_leaves_nothing_behind(
    api: httpx.Client,
    runner: LocalRunner,
    faults: list[Fault],
    session: Session,
    uploaded: dict,
    fault: Fault,
) -> None:
    faults.append(fault)
    response = _generate(api, session, format="pdf")
    assert response.status_code == 503, response.text
    assert response.json()["error"]["code"] == "backend_unavailable"
    assert "retry-after" in response.headers
    assert fault.hits >= 1
    assert _generated_keys(runner, session) == []
    assert api.get("/session/info", headers=session.headers).json()["conversations"] == []
