"""Resumes through the local runner: upload, sections GET/PATCH, session views, bad input, cross-session."""

from __future__ import annotations

import hashlib
import json

import httpx
import pytest

from local_runner.runner import LocalRunner
from tests.conftest import Session, corpus_path, create_session
from tests.factories import DOCX_TYPE, docx_resume, pdf_resume, upload


def _stored_objects(runner: LocalRunner, session: Session) -> list[str]:
    token_hash = hashlib.sha256(session.id.encode()).hexdigest()
    s3 = runner.aws.client("s3")
    keys = []
    for prefix in ("uploads", "originals", "parsed", "generated"):
        page = s3.list_objects_v2(Bucket=runner.physical("ResumesBucket"), Prefix=f"{prefix}/{token_hash}/")
        keys += [o["Key"] for o in page.get("Contents", [])]
    return keys


def test_upload_pdf_then_read_it_every_way(api: httpx.Client, session: Session) -> None:
    response = upload(api, session.headers, pdf_resume(), "Jane Doe.pdf")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "ready"
    assert body["filename"] == "Jane Doe.pdf"
    assert body["version"] == 1
    assert body["resume_id"].startswith("r_")
    resume = body["resume"]
    assert resume["basics"]["name"] == "Jane Doe"
    assert resume["basics"]["email"] == "jane.doe@example.com"
    assert {"work", "education", "skills"} <= set(body["sections_available"])
    assert resume["work"][0]["name"] == "Example Corp"
    assert resume["work"][0]["endDate"] == "present"
    assert [s["key"] for s in resume["sections"]][:3] == ["work", "education", "skills"]

    sections = api.get("/resume_sections/", headers=session.headers).json()
    assert sections["resume_id"] == body["resume_id"]
    assert sections["version"] == 1
    assert sections["filename"] == "Jane Doe.pdf"
    assert sections["session"]["expires_at"]
    assert sections["resume"] == resume

    by_id = api.get(
        "/resume_sections", params={"resume_id": body["resume_id"]}, headers=session.headers
    ).json()
    assert by_id["resume"] == resume
    full = api.get(f"/session/resume/{body['resume_id']}", headers=session.headers).json()
    assert full["status"] == "ready"
    assert full["resume"] == resume
    listed = api.get("/session/resumes/", headers=session.headers).json()
    assert [r["resume_id"] for r in listed] == [body["resume_id"]]
    assert listed[0]["sections_available"] == body["sections_available"]
    info = api.get("/session/info", headers=session.headers).json()
    assert [r["resume_id"] for r in info["resumes"]] == [body["resume_id"]]


def test_upload_docx(api: httpx.Client, session: Session) -> None:
    response = upload(api, session.headers, docx_resume(), "cv.docx", DOCX_TYPE)
    assert response.status_code == 201, response.text
    resume = response.json()["resume"]
    assert resume["basics"]["name"] == "Ana María Pérez"
    assert resume["work"][0]["position"] == "Data Analyst"
    assert resume["work"][0]["startDate"] == "2021-03"


def test_a_direct_upload_does_not_trigger_the_ingest(
    api: httpx.Client, runner: LocalRunner, session: Session
) -> None:
    """It is parsed already: its original is kept outside the prefix S3 notifies ingest about."""
    runner.wait_for_events()
    delivered = sum(p.delivered for p in runner.pollers)
    assert upload(api, session.headers, pdf_resume()).status_code == 201
    runner.wait_for_events()
    assert sum(p.delivered for p in runner.pollers) == delivered


def test_same_file_name_twice_never_overwrites(
    api: httpx.Client, runner: LocalRunner, session: Session
) -> None:
    first = upload(api, session.headers, pdf_resume(), "cv.pdf").json()
    second = upload(api, session.headers, docx_resume(), "cv.pdf", DOCX_TYPE).json()
    assert first["resume_id"] != second["resume_id"]
    listed = api.get("/session/resumes", headers=session.headers).json()
    assert len(listed) == 2
    assert len([k for k in _stored_objects(runner, session) if k.startswith("originals/")]) == 2
    latest = api.get("/resume_sections", headers=session.headers).json()
    assert latest["resume_id"] == second["resume_id"], "the latest upload is the default"


def test_upload_a_real_resume(api: httpx.Client, session: Session) -> None:
    path = corpus_path("resumes", "resume-matcher__john_doe.pdf")
    response = upload(api, session.headers, path.read_bytes(), path.name)
    assert response.status_code == 201, response.text
    assert response.json()["resume"]["basics"]["email"] == "john.doe@email.com"


def test_no_resume_yet_is_404(api: httpx.Client, session: Session) -> None:
    response = api.get("/resume_sections", headers=session.headers)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "no_resume"


def test_missing_file_field_is_422(api: httpx.Client, session: Session) -> None:
    response = api.post("/upload_resume", headers=session.headers, files={"other": ("x.pdf", pdf_resume())})
    assert response.status_code == 422
    assert response.json()["error"]["fields"][0]["field"] == "file"


# -- PATCH -------------------------------------------------------------------------------------


def _uploaded(api: httpx.Client, session: Session) -> dict:
    response = upload(api, session.headers, pdf_resume())
    assert response.status_code == 201
    return response.json()


def test_patch_merges_and_bumps_version(api: httpx.Client, session: Session) -> None:
    resume_id = _uploaded(api, session)["resume_id"]
    skills = [{"name": "Languages", "keywords": ["Python", "Go"]}]
    response = api.patch(
        "/resume_sections/",
        headers=session.headers,
        json={"version": 1, "sections": {"skills": skills, "basics": {"label": "Backend engineer"}}},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["version"] == 2
    assert sorted(body["sections_changed"]) == ["basics", "skills"]
    assert body["resume"]["skills"][0]["keywords"] == ["Python", "Go"]
    assert body["resume"]["basics"]["name"] == "Jane Doe", "basics merges field by field"
    assert body["resume"]["basics"]["label"] == "Backend engineer"
    again = api.get("/resume_sections", params={"resume_id": resume_id}, headers=session.headers).json()
    assert again["version"] == 2
    assert again["resume"]["skills"] == body["resume"]["skills"]


def test_patch_with_stale_version_is_409_with_current(api: httpx.Client, session: Session) -> None:
    _uploaded(api, session)
    ok = api.patch(
        "/resume_sections",
        headers=session.headers,
        json={"version": 1, "sections": {"interests": [{"name": "Chess"}]}},
    )
    assert ok.status_code == 200
    stale = api.patch(
        "/resume_sections", headers=session.headers, json={"version": 1, "sections": {"interests": []}}
    )
    assert stale.status_code == 409
    assert stale.json()["error"]["code"] == "version_conflict"
    assert stale.json()["error"]["current_version"] == 2


# One case of each PATCH refusal crosses the gateway here; every case (these included) is answered by
# the function's app over the fakes in tests/unit/test_patch_http.py.


@pytest.mark.parametrize("sections", [{"hobbies": ["x"]}], ids=["unknown section"])
def test_patch_rejects_what_the_model_does_not_allow(
    api: httpx.Client, session: Session, sections: dict
) -> None:
    _uploaded(api, session)
    response = api.patch(
        "/resume_sections", headers=session.headers, json={"version": 1, "sections": sections}
    )
    assert response.status_code == 422, response.text


@pytest.mark.parametrize("field", ["s3_key"])
def test_patch_cannot_set_server_fields(api: httpx.Client, session: Session, field: str) -> None:
    _uploaded(api, session)
    response = api.patch(
        "/resume_sections", headers=session.headers, json={"version": 1, field: "x", "sections": {}}
    )
    assert response.status_code == 422


MERGE = "application/merge-patch+json"
JSON_PATCH = "application/json-patch+json"


def _send(
    api: httpx.Client, session: Session, media_type: str | None, body: object, **headers: str
) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    sent = {**session.headers, **headers}
    if media_type:
        sent["Content-Type"] = media_type
    return api.patch("/resume_sections", headers=sent, content=content)


def test_get_and_patch_carry_the_version_as_etag_and_json_patch_adds_one_skill(
    api: httpx.Client, session: Session
) -> None:
    _uploaded(api, session)
    read = api.get("/resume_sections", headers=session.headers)
    assert read.headers["ETag"] == '"1"'
    assert read.headers["Accept-Patch"] == f"application/json, {MERGE}, {JSON_PATCH}"
    skills = read.json()["resume"]["skills"]
    add = [{"op": "add", "path": "/skills/0/keywords/-", "value": "Terraform"}]
    response = _send(api, session, JSON_PATCH, add, **{"If-Match": read.headers["ETag"]})
    assert response.status_code == 200, response.text
    assert response.headers["ETag"] == '"2"'
    body = response.json()
    assert body["resume"]["skills"][0]["keywords"] == [*skills[0]["keywords"], "Terraform"]
    assert body["resume"]["skills"][1:] == skills[1:]
    assert body["sections_changed"] == ["skills"]
    again = api.get("/resume_sections", headers=session.headers)
    assert again.headers["ETag"] == '"2"' and again.json()["resume"] == body["resume"]


def test_a_merge_patch_merges_objects_replaces_arrays_and_null_deletes(
    api: httpx.Client, session: Session
) -> None:
    before = _uploaded(api, session)["resume"]
    merge = {"basics": {"label": "Backend engineer", "phone": None}, "interests": [{"name": "Chess"}]}
    response = _send(api, session, f"{MERGE}; charset=utf-8", merge, **{"If-Match": '"1"'})
    assert response.status_code == 200, response.text
    after = response.json()["resume"]
    assert after["basics"]["label"] == "Backend engineer"
    assert after["basics"]["phone"] is None and before["basics"]["phone"]
    assert after["basics"]["name"] == before["basics"]["name"] == "Jane Doe"
    assert after["interests"] == [{"name": "Chess", "keywords": []}]
    assert after["work"] == before["work"] and after["skills"] == before["skills"]


@pytest.mark.parametrize(
    ("media_type", "body", "headers", "status", "code"),
    [
        (MERGE, {"basics": {"label": "x"}}, {"If-Match": '"7"'}, 412, "precondition_failed"),
        ("text/plain", {"basics": {}}, {"If-Match": '"1"'}, 415, "unsupported_type"),
    ],
    ids=["stale if-match", "unsupported type"],
)
def test_each_patch_refusal_has_its_status_code_and_headers(
    api: httpx.Client,
    session: Session,
    media_type: str | None,
    body: object,
    headers: dict[str, str],
    status: int,
    code: str,
) -> None:
    _uploaded(api, session)
    response = _send(api, session, media_type, body, **headers)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code and error["request_id"]
    if status in (409, 412):
        assert error["current_version"] == 1
    if status == 412:
        assert response.headers["ETag"] == '"1"'
    if status == 415:
        assert response.headers["Accept-Patch"] == f"application/json, {MERGE}, {JSON_PATCH}"
    if code == "validation_error":
        assert error["fields"] and all(f["field"] in error["message"] for f in error["fields"][:5])
    if code == "patch_not_applicable":
        assert error["fields"] == [{"field": "0.path", "message": "no such location in the resume"}]
    assert api.get("/resume_sections", headers=session.headers).headers["ETag"] == '"1"', "nothing stored"


# -- sessions are walls --------------------------------------------------------------------------


def test_another_sessions_resume_is_404_like_an_unknown_one(api: httpx.Client, session: Session) -> None:
    resume_id = _uploaded(api, session)["resume_id"]
    other = create_session(api)
    theirs = api.get(f"/session/resume/{resume_id}", headers=other.headers)
    unknown = api.get("/session/resume/r_000000000000000000000000", headers=other.headers)
    assert theirs.status_code == unknown.status_code == 404
    strip = lambda r: {k: v for k, v in r.json()["error"].items() if k != "request_id"}  # noqa: E731
    assert strip(theirs) == strip(unknown)
    assert (
        api.get("/resume_sections", params={"resume_id": resume_id}, headers=other.headers).status_code == 404
    )
    patch = api.patch(
        "/resume_sections",
        headers=other.headers,
        json={"resume_id": resume_id, "version": 1, "sections": {"interests": []}},
    )
    assert patch.status_code == 404
    assert api.get("/session/resumes", headers=other.headers).json() == []


def test_delete_session_erases_its_files(api: httpx.Client, runner: LocalRunner) -> None:
    session = create_session(api)
    _uploaded(api, session)
    assert _stored_objects(runner, session)
    response = api.delete("/session", headers=session.headers)
    assert response.json()["erased_objects"] == 2
    assert _stored_objects(runner, session) == []


def test_two_file_parts_are_refused_and_nothing_is_stored(
    api: httpx.Client, runner: LocalRunner, session: Session
) -> None:
    """FastAPI would parse the last `file` part; the request is refused whole instead."""
    files = [
        ("file", ("first.pdf", pdf_resume(["Ada Lovelace", "ada@example.org"]), "application/pdf")),
        ("file", ("second.pdf", pdf_resume(), "application/pdf")),
    ]
    response = api.post("/upload_resume/", headers=session.headers, files=files)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "one_file_part"
    assert "file" in response.json()["error"]["message"]
    assert _stored_objects(runner, session) == []
    assert api.get("/session/resumes", headers=session.headers).json() == []
    one = api.post("/upload_resume/", headers=session.headers, files=files[1:])
    assert one.status_code == 201, one.text


def test_ats_score_refuses_resume_id_and_parsed_together(api: httpx.Client, session: Session) -> None:
    uploaded = upload(api, session.headers, pdf_resume())
    assert uploaded.status_code == 201, uploaded.text
    jd = "Backend engineer: Python, PostgreSQL and AWS Lambda required."
    both = {"resume_id": uploaded.json()["resume_id"], "parsed": {"basics": {"name": "X"}}, "jd": jd}
    response = api.post("/ats_score", headers=session.headers, json=both)
    assert response.status_code == 422, response.text
    assert "resume_id or parsed, not both" in response.json()["error"]["message"]
    for one in ({"resume_id": both["resume_id"], "jd": jd}, {"parsed": both["parsed"], "jd": jd}):
        assert api.post("/ats_score", headers=session.headers, json=one).status_code == 200


@pytest.mark.parametrize(
    ("sections", "field"),
    [({"basics": {"url": "javascript:alert(1)"}}, "sections.basics.url")],
    ids=["javascript url"],
)
def test_patch_refuses_a_bad_date_or_url_naming_the_field(
    api: httpx.Client, session: Session, sections: dict, field: str
) -> None:
    uploaded = upload(api, session.headers, pdf_resume())
    assert uploaded.status_code == 201, uploaded.text
    body = {"resume_id": uploaded.json()["resume_id"], "version": 1, "sections": sections}
    response = api.patch("/resume_sections", headers=session.headers, json=body)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert [f["field"] for f in error["fields"]] == [field]
    assert "javascript" not in response.text and "data:text" not in response.text, "the value is not echoed"


def test_patched_dates_and_urls_are_exported_exactly_as_stored(api: httpx.Client, session: Session) -> None:
    uploaded = upload(api, session.headers, pdf_resume())
    work = [
        {"name": "Acme", "startDate": "2019-03-01", "endDate": "present", "url": "acme.example/jobs"},
        {"name": "Globex", "startDate": "2016", "endDate": "2019-02", "url": "mailto:hr@globex.example"},
    ]
    body = {"resume_id": uploaded.json()["resume_id"], "version": 1, "sections": {"work": work}}
    patched = api.patch("/resume_sections", headers=session.headers, json=body)
    assert patched.status_code == 200, patched.text
    generated = api.post("/generate_resume", headers=session.headers, json={"format": "json"})
    assert generated.status_code == 201, generated.text
    exported = httpx.get(generated.json()["download_url"]).json()
    assert [(w["startDate"], w.get("endDate")) for w in exported["work"]] == [
        ("2019-03-01", None),  # an ongoing end date is left out, JSON Resume's "to date"
        ("2016", "2019-02"),
    ]
    assert [w["url"] for w in exported["work"]] == ["https://acme.example/jobs", "mailto:hr@globex.example"]
