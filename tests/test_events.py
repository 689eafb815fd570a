"""Every function answers its sample event from events/ (the same files `sam local invoke -e` takes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from local_runner.runner import LocalRunner
from local_runner.template import Stack
from tests.conftest import ROOT, create_session

STACK = Stack(ROOT / "template.yaml", lenient=True)
FUNCTIONS = {
    logical: Path(str(spec["Properties"]["CodeUri"])).name
    for logical, spec in STACK.of_type("AWS::Serverless::Function").items()
}


def test_every_function_has_an_event() -> None:
    missing = [code for code in FUNCTIONS.values() if not (ROOT / "events" / f"{code}.json").exists()]
    assert not missing


@pytest.mark.parametrize("logical", sorted(FUNCTIONS))
def test_function_handles_its_event(runner: LocalRunner, api, logical: str) -> None:
    event = json.loads((ROOT / "events" / f"{FUNCTIONS[logical]}.json").read_text())
    if logical == "AuthorizerFunction":
        result = runner.invoke(logical, event)
        assert result["policyDocument"]["Statement"][0]["Effect"] == "Deny"
        assert result["context"]["code"] == "invalid_session"
        session = create_session(api)
        event["headers"]["X-Session-ID"] = session.id
        event["multiValueHeaders"]["X-Session-ID"] = [session.id]
        allowed = runner.invoke(logical, event)
        assert allowed["policyDocument"]["Statement"][0]["Effect"] == "Allow"
        return
    result = runner.invoke(logical, event)
    if "Records" in event:
        # No resume names the sample key: the object (if it were there) is deleted at once.
        assert result == {"outcomes": ["removed"]}, "no pending resume behind the sample key"
        return
    if "conversation_id" in event and "requestContext" not in event:
        assert result == {"status": "skipped"}, "no queued conversation behind the sample id"
        return
    assert isinstance(result["statusCode"], int)
    headers = {k.lower(): v for k, v in (result.get("headers") or {}).items()}
    if headers.get("content-type", "").startswith("text/html"):  # the docs pages
        assert result["statusCode"] == 200 and "<html" in result["body"].lower()
        return
    body = json.loads(result["body"])
    if "authorizer" in event["requestContext"]:
        # The sample session does not exist: handlers that read the session refuse (401); the rest
        # trust the authorizer context, as on AWS, and answer for the (empty) session.
        assert result["statusCode"] in (200, 201, 401, 404), body
    else:
        assert result["statusCode"] < 300, body
