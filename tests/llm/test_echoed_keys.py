"""A model that echoes the request's Authorization header: the key reaches nothing we keep or show.

The fake OpenAI-compatible server on 127.0.0.1 puts the header it received into every field of
its answer (summary, bullets, skills, entry names, notes, the model name), once plainly and once
JSON-escaped. Canary keys of many shapes (with and without digits after a dash, with no known
shape at all) go through every path that reads an answer: upload `?use_llm=true`, sync and
async optimize, generation from the stored version in every format, and test-config. None may
appear in a response, a stored S3 object, a DynamoDB item, a log line or an audit event
(docs/threats.md 31).
"""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from local_runner.runner import LocalRunner
from resume_api.llm.redact import REDACTED, redact, redact_answer
from tests.conftest import CANARY_KEY, Session, create_session
from tests.factories import pdf_resume
from tests.llm.fakes import FakeLlm

KEYS = [
    CANARY_KEY,
    "sk-canary-abcdefghijklmnopqrstuv",
    "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz",
    "sk-ant-api03-QwErTyUiOpAsDfGhJkLzXcVbNm-AAAA",
    "AKIAQWERTYUIOPASDFGHJ",
    "xoxb-canary-token-value",
    "ghp_CanaryTokenValueWithLetters0123",
    "plainlettersonlykeywithnoshape",
    "key-with-dashes-and-no-digits",
]
JD = "Senior Backend Engineer: Python, PostgreSQL and AWS Lambda required; REST APIs and SQL."
ESCAPED = "__ESCAPED_KEY__"


class EchoingLlm(FakeLlm):
    """Answers with the Authorization header it was sent, everywhere it can."""

    def __init__(self) -> None:
        super().__init__("openai")
        self.header = ""
        self.sent: list[str] = []

    def authorized(self, headers: dict[str, str]) -> tuple[bool, str]:
        self.header = headers.get("authorization", "")
        return True, ""

    def _openai(self, method: str, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        key = self.header.removeprefix("Bearer ")
        self.answer = {
            "summary": f"Backend engineer building billing in Python. Authorization: {self.header}",
            "work": [
                {
                    "name": "Example Corp",
                    "position": "Senior Software Engineer",
                    "startDate": "2020-01",
                    "endDate": "present",
                    "highlights": [
                        "Built the billing pipeline in Python and AWS Lambda",
                        f"Signed every request with {key}",
                        f"Escaped {ESCAPED}",
                    ],
                },
                {"name": f"Example Corp {key}", "position": key, "highlights": [key]},
            ],
            "education": [{"institution": f"State University {key}", "studyType": key}],
            "skills": [{"name": f"Skills {key}", "keywords": ["Python", "SQL", key]}],
            "certificates": [{"name": key, "issuer": key}],
            "notes": [f"sent with {self.header}"],
        }
        status, reply = super()._openai(method, path, body)
        if path == "/v1/chat/completions" and status == 200:
            escaped = "".join(f"\\u{ord(c):04x}" for c in key)
            message = reply["choices"][0]["message"]
            message["content"] = message["content"].replace(ESCAPED, escaped)
            reply["model"] = f"fake-model {self.header}"
            self.sent.append(message["content"])
        if path == "/v1/models" and status == 200:
            reply["data"].append({"id": key, "object": "model"})
        return status, reply


def test_the_redactor_catches_every_shape_and_escape() -> None:
    for key in KEYS:
        text = json.dumps({"a": f"Authorization: Bearer {key}", "b": [key]})
        escaped = text.replace(key[1:], "".join(f"\\u{ord(c):04x}" for c in key[1:]))
        for answer in (text, escaped, f"prose {key} then {{}}"):
            cleaned = redact_answer(answer, [key])
            assert key not in cleaned and key[1:] not in cleaned, (key, cleaned)
            assert REDACTED in cleaned
        if key not in ("plainlettersonlykeywithnoshape", "key-with-dashes-and-no-digits"):
            assert key not in redact(f"a stranger's key {key} here"), f"{key} is key-shaped on its own"
    for ordinary in (
        "Implemented API key rotation for 12 services",
        "state-of-the-art machine-learning pipelines",
        "https://www.linkedin.com/in/jane-doe-1234",
        "Cut p95 latency from 1,200 ms to 300 ms",
    ):
        assert redact(ordinary) == ordinary


def _objects(runner: LocalRunner) -> list[tuple[str, str]]:
    """Every stored S3 object as text: JSON and Markdown as is, DOCX unzipped, PDF text extracted."""
    s3 = runner.aws.client("s3")
    bucket = runner.physical("ResumesBucket")
    out = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for item in page.get("Contents", []):
            data = s3.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
            texts = [data.decode("utf-8", "replace")]
            if data.startswith(b"PK"):
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    texts += [archive.read(n).decode("utf-8", "replace") for n in archive.namelist()]
            if data.startswith(b"%PDF"):
                import pypdf

                texts += [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages]
            out.append((item["Key"], "\n".join(texts)))
    return out


def _dynamo_text(runner: LocalRunner) -> str:
    table = runner.physical("SessionsTable")
    items = runner.aws.client("dynamodb").scan(TableName=table)["Items"]
    return json.dumps(items, default=str)


def _poll(api: httpx.Client, session: Session, conversation_id: str, runner: LocalRunner) -> dict:
    deadline = time.time() + 30
    while time.time() < deadline:
        runner.wait_for_events()
        view: dict = api.get(f"/session/conversation/{conversation_id}", headers=session.headers).json()
        if view["status"] in ("succeeded", "failed"):
            return view
        time.sleep(0.2)
    raise AssertionError("the async optimization did not finish")


@pytest.fixture
def echo() -> Iterator[EchoingLlm]:
    server = EchoingLlm()
    server.start()
    yield server
    server.stop()


def _every_path(api: httpx.Client, runner: LocalRunner, echo: EchoingLlm, key: str) -> list[str]:
    """Every response a user sees for a session holding `key`, in order."""
    config = {
        "provider": "openai_compatible",
        "base_url": echo.url,
        "model_name": "fake-model",
        "api_key": key,
    }
    session = create_session(api, **config)
    shown = [json.dumps(session.body)]
    uploaded = api.post(
        "/upload_resume",
        params={"use_llm": "true"},
        headers=session.headers,
        files={"file": ("cv.pdf", pdf_resume(), "application/pdf")},
    )
    assert uploaded.status_code == 201, uploaded.text
    assert uploaded.json()["refinement"]["used"] is True, uploaded.text
    shown.append(uploaded.text)

    sync = api.post("/optimize_resume", headers=session.headers, json={"jd": JD})
    assert sync.status_code == 200, sync.text
    body = sync.json()
    reported = [c for c in body["removed_claims"] if c.get("kind") == "secret" or REDACTED in c["claim"]]
    assert reported, "the echoed key was caught and reported as a secret"
    assert REDACTED not in json.dumps(body["optimized_resume"]), "a sentence carrying a secret is not kept"
    shown += [
        sync.text,
        api.get(f"/session/conversation/{body['conversation_id']}", headers=session.headers).text,
    ]

    queued = api.post("/optimize_resume", params={"mode": "async"}, headers=session.headers, json={"jd": JD})
    assert queued.status_code == 202, queued.text
    view = _poll(api, session, queued.json()["conversation_id"], runner)
    assert view["status"] == "succeeded", view
    shown.append(json.dumps(view))

    for fmt in ("md", "json", "docx", "pdf"):
        generated = api.post("/generate_resume", headers=session.headers, json={"format": fmt})
        assert generated.status_code == 201, generated.text
        shown.append(generated.text)
        shown.append(httpx.get(generated.json()["download_url"], timeout=30).content.decode("latin-1"))
    shown.append(api.get("/resume_sections", headers=session.headers).text)
    shown.append(api.get("/session/info", headers=session.headers).text)
    probe = api.post("/session/test-config", json={"llm_config": config})
    assert probe.status_code == 200, probe.text
    shown.append(probe.text)
    return shown


def test_an_echoed_key_reaches_no_response_object_item_or_log(
    api: httpx.Client, runner: LocalRunner, echo: EchoingLlm
) -> None:
    shown: dict[str, list[str]] = {}
    for key in KEYS:
        shown[key] = _every_path(api, runner, echo, key)
        assert any(key in content for content in echo.sent), "the fake echoed the key"
        assert all(key not in text for text in shown[key]), key
    runner.wait_for_events()
    time.sleep(0.3)
    objects = _objects(runner)
    dynamo = _dynamo_text(runner)
    logs = runner.logs.text()
    audit = json.dumps(runner.logs.audit_events())
    for key in KEYS:
        assert all(key not in text for _, text in objects), [name for name, text in objects if key in text]
        assert key not in dynamo
        assert key not in logs
        assert key not in audit
