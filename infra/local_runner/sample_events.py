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
}


def api_event(
    route: RouteSpec, stage: str, body: Any = None, *, binary: bytes | None = None, content_type: str = ""
) -> dict[str, Any]:
    path = route.path.replace("{resume_id}", "r_sample").replace("{conversation_id}", "c_sample")
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
    params = {"resume_id": "r_sample"} if "{resume_id}" in route.path else None
    if "{conversation_id}" in route.path:
        params = {"conversation_id": "c_sample"}
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
            event = api_event(route, stage, BODIES.get(logical))
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
