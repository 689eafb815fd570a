"""Writes `events/<function>.json`: one real event per function, for `sam local invoke -e` and the tests.

API events are what API Gateway sends (REST proxy, payload 1.0) with the authorizer's context
filled in as it would be; the authorizer gets its REQUEST event. Run after adding a route:
`python -m local_runner.sample_events`.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from local_runner.runner import REPO_ROOT
from local_runner.template import ACCOUNT_ID, REGION, RouteSpec, Stack

SAMPLE_SESSION_HASH = "0" * 64
SAMPLE_TOKEN = "rs_" + "A" * 43
BODIES: dict[str, Any] = {
    "SessionCreateFunction": {"llm_config": {"provider": "offline"}, "ttl_hours": 24},
    "SessionTestConfigFunction": {"llm_config": {"provider": "offline"}},
    "UploadPresignFunction": {
        "filename": "Jane Doe resume.pdf",
        "content_type": "application/pdf",
        "size": 48213,
    },
    "OptimizeResumeFunction": {
        "jd": "Senior Backend Engineer. Requirements: Python, PostgreSQL and AWS Lambda; Docker a plus.",
        "optimization_goals": ["ats_optimization", "impact_focused"],
    },
    "GenerateResumeFunction": {"format": "pdf", "template": "classic"},
    "AtsScoreFunction": {"jd": "Senior Backend Engineer. Requirements: Python, PostgreSQL and AWS Lambda."},
    "ResumeSectionsPatchFunction": {
        "version": 1,
        "sections": {"skills": [{"name": "Languages", "keywords": ["Python", "SQL"]}]},
    },
}
SAMPLE_LINES = [
    "Jane Doe",
    "jane.doe@example.com | +1 206 555 0100 | Seattle, WA",
    "EXPERIENCE",
    "Senior Software Engineer, Example Corp    Jan 2020 - Present",
    "- Built the billing pipeline in Python and AWS Lambda",
    "EDUCATION",
    "B.S. Computer Science, State University    2015",
    "SKILLS",
    "Python, SQL, AWS",
]


def sample_pdf(lines: list[str] = SAMPLE_LINES) -> bytes:
    """A one-page PDF with real text (Helvetica), small enough to live inside a sample event."""
    stream = (
        "BT /F1 11 Tf 72 740 Td 14 TL "
        + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines
        )
        + " ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def multipart(filename: str, data: bytes, content_type: str) -> tuple[bytes, str]:
    boundary = "----resumeapi" + "0" * 16
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def s3_event(bucket: str, key: str, size: int) -> dict[str, Any]:
    """An S3 ObjectCreated notification; keys arrive URL-encoded with '+' for spaces, as S3 sends them."""
    from urllib.parse import quote_plus

    return {
        "Records": [
            {
                "eventVersion": "2.1",
                "eventSource": "aws:s3",
                "awsRegion": REGION,
                "eventTime": "2026-11-25T12:00:00.000Z",
                "eventName": "ObjectCreated:Post",
                "userIdentity": {"principalId": "AWS:AROAEXAMPLE"},
                "requestParameters": {"sourceIPAddress": "203.0.113.10"},
                "responseElements": {"x-amz-request-id": "EXAMPLE123456789"},
                "s3": {
                    "s3SchemaVersion": "1.0",
                    "configurationId": "ingest",
                    "bucket": {"name": bucket, "arn": f"arn:aws:s3:::{bucket}"},
                    "object": {
                        "key": quote_plus(key, safe="/"),
                        "size": size,
                        "sequencer": "0062E99A88DC407460",
                    },
                },
            }
        ]
    }


def api_event(
    route: RouteSpec, stage: str, body: Any = None, *, binary: bytes | None = None, content_type: str = ""
) -> dict[str, Any]:
    path = route.path.replace("{resume_id}", "r_" + "0" * 24).replace("{conversation_id}", "c_" + "0" * 24)
    headers = {"Host": "example.execute-api.us-east-1.amazonaws.com", "User-Agent": "curl/8.5.0"}
    if route.authorizer:
        headers["X-Session-ID"] = SAMPLE_TOKEN
    payload: str | None = None
    if binary is not None:
        headers["Content-Type"] = content_type
        payload = base64.b64encode(binary).decode()
    elif body is not None:
        headers["Content-Type"] = "application/json"
        payload = json.dumps(body)
    params = {"resume_id": "r_" + "0" * 24} if "{resume_id}" in route.path else None
    if "{conversation_id}" in route.path:
        params = {"conversation_id": "c_" + "0" * 24}
    context: dict[str, Any] = {
        "resourceId": "abc123",
        "resourcePath": route.path,
        "httpMethod": route.method,
        "extendedRequestId": "sample-extended-id",
        "requestTime": "25/Nov/2026:12:00:00 +0000",
        "path": f"/{stage}{path}",
        "accountId": ACCOUNT_ID,
        "protocol": "HTTP/1.1",
        "stage": stage,
        "domainPrefix": "example",
        "requestTimeEpoch": 1795000000000,
        "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
        "identity": {"sourceIp": "203.0.113.10", "userAgent": "curl/8.5.0"},
        "domainName": "example.execute-api.us-east-1.amazonaws.com",
        "apiId": "example",
    }
    if route.authorizer:
        context["authorizer"] = {
            "session_hash": SAMPLE_SESSION_HASH,
            "session_ref": "000000000000",
            "expires_at": "4102444800",
            "created_at": "1795000000",
            "principalId": "000000000000",
            "integrationLatency": 12,
        }
    return {
        "resource": route.path,
        "path": path,
        "httpMethod": route.method,
        "headers": headers,
        "multiValueHeaders": {k: [v] for k, v in headers.items()},
        "queryStringParameters": None,
        "multiValueQueryStringParameters": None,
        "pathParameters": params,
        "stageVariables": None,
        "requestContext": context,
        "body": payload,
        "isBase64Encoded": binary is not None,
    }


def authorizer_event(stage: str) -> dict[str, Any]:
    headers = {"X-Session-ID": SAMPLE_TOKEN, "Host": "example.execute-api.us-east-1.amazonaws.com"}
    return {
        "type": "REQUEST",
        "methodArn": f"arn:aws:execute-api:{REGION}:{ACCOUNT_ID}:example/{stage}/GET/v1/session/info",
        "resource": "/v1/session/info",
        "path": "/v1/session/info",
        "httpMethod": "GET",
        "headers": headers,
        "multiValueHeaders": {k: [v] for k, v in headers.items()},
        "queryStringParameters": {},
        "multiValueQueryStringParameters": {},
        "pathParameters": {},
        "stageVariables": {},
        "requestContext": {
            "path": f"/{stage}/v1/session/info",
            "stage": stage,
            "requestId": "sample-request-id",
        },
    }


def write_all(root: Path = REPO_ROOT) -> list[Path]:
    stack = Stack(root / "template.yaml", lenient=True)
    template = stack.template
    stage = str(
        template["Resources"][next(iter(stack.of_type("AWS::Serverless::Api")))]["Properties"]["StageName"]
    )
    written = []
    for logical, spec in stack.of_type("AWS::Serverless::Function").items():
        code_dir = Path(str(spec["Properties"]["CodeUri"])).name
        events = (spec["Properties"].get("Events") or {}).values()
        api_events = [e for e in events if e.get("Type") == "Api"]
        authorizers = (stack.api().authorizers or {}).values()
        if logical in authorizers:
            event: Any = authorizer_event(stage)
        elif api_events:
            props = api_events[0]["Properties"]
            auth = (props.get("Auth") or {}).get("Authorizer", stack.api().default_authorizer)
            route = RouteSpec(
                props["Path"], str(props["Method"]).upper(), logical, None if auth == "NONE" else auth
            )
            if route.path == "/v1/upload_resume":
                payload, content_type = multipart("Jane Doe resume.pdf", sample_pdf(), "application/pdf")
                event = api_event(route, stage, binary=payload, content_type=content_type)
            else:
                event = api_event(route, stage, BODIES.get(logical))
        elif logical == "OptimizeWorkerFunction":
            event = {
                "token_hash": SAMPLE_SESSION_HASH,
                "conversation_id": "c_" + "0" * 24,
                "expires_at": 4102444800,
            }
        elif any(e.get("Type") == "S3" for e in events):
            key = f"uploads/{SAMPLE_SESSION_HASH}/r_{'0' * 24}/Jane Doe résumé+final.pdf"
            event = s3_event("resume-api-dev-resumes-123456789012-us-east-1", key, 48213)
        else:
            continue
        path = root / "events" / f"{code_dir}.json"
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(event, indent=2) + "\n")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in write_all():
        print(p.relative_to(REPO_ROOT))
