"""The session authorizer through API Gateway: one table of header cases, then DynamoDB failures."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from local_runner.aws import Fault
from local_runner.runner import LocalRunner
from resume_api.auth.tokens import new_session_id
from tests.conftest import Session

HeaderCase = Callable[[str], list[tuple[str, str]]]

OK_CASES: dict[str, HeaderCase] = {
    "x-session-id": lambda s: [("X-Session-ID", s)],
    "lower-case name": lambda s: [("x-session-id", s)],
    "upper-case name": lambda s: [("X-SESSION-ID", s)],
    "bearer": lambda s: [("Authorization", f"Bearer {s}")],
    "bearer lower-case scheme": lambda s: [("authorization", f"bearer {s}")],
    "both, same id": lambda s: [("X-Session-ID", s), ("Authorization", f"Bearer {s}")],
}

DENY_CASES: dict[str, tuple[HeaderCase, str]] = {
    "no header": (lambda s: [], "missing_token"),
    "basic auth": (lambda s: [("Authorization", "Basic dXNlcjpwYXNz")], "malformed_token"),
    "bearer with nothing": (lambda s: [("Authorization", "Bearer")], "malformed_token"),
    "bearer with two values": (lambda s: [("Authorization", f"Bearer {s} {s}")], "malformed_token"),
    "both, different ids": (
        lambda s: [("X-Session-ID", s), ("Authorization", f"Bearer {new_session_id()}")],
        "conflicting_tokens",
    ),
    "header twice, different": (
        lambda s: [("X-Session-ID", s), ("X-Session-ID", new_session_id())],
        "conflicting_tokens",
    ),
    "over-long": (lambda s: [("X-Session-ID", s + "A" * 600)], "malformed_token"),
    "odd charset": (lambda s: [("X-Session-ID", s[:-3] + "%$!")], "malformed_token"),
    "client-chosen id": (lambda s: [("X-Session-ID", "my-own-session")], "malformed_token"),
    "empty": (lambda s: [("X-Session-ID", "")], "malformed_token"),
    "unknown session": (lambda s: [("X-Session-ID", new_session_id())], "invalid_session"),
}


@pytest.mark.parametrize("case", OK_CASES.values(), ids=OK_CASES.keys())
def test_accepted_headers(api: httpx.Client, session: Session, case: HeaderCase) -> None:
    response = api.get("/session/info", headers=case(session.id))
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(("case", "code"), DENY_CASES.values(), ids=DENY_CASES.keys())
def test_denied_headers(
    api: httpx.Client, runner: LocalRunner, session: Session, case: HeaderCase, code: str
) -> None:
    assert runner.aws.injector is not None
    lookups_before = runner.aws.injector.calls.count("DynamoDB.GetItem")
    response = api.get("/session/info", headers=case(session.id))
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["code"] == code
    assert error["request_id"] == response.headers["x-amzn-requestid"]
    assert session.id not in response.text
    lookups = runner.aws.injector.calls.count("DynamoDB.GetItem") - lookups_before
    assert lookups == (1 if code == "invalid_session" else 0), "malformed tokens never reach DynamoDB"


def test_another_sessions_token_sees_only_its_own(api: httpx.Client, session: Session) -> None:
    other = api.post(
        "/session/create", json={"llm_config": {"provider": "ollama", "model_name": "llama3"}}
    ).json()
    mine = api.get("/session/info", headers=session.headers).json()
    theirs = api.get("/session/info", headers={"X-Session-ID": other["session_id"]}).json()
    assert mine["llm_config"]["provider"] == "offline"
    assert theirs["llm_config"]["provider"] == "ollama"


@pytest.mark.parametrize("code", ["ProvisionedThroughputExceededException", "InternalServerError"])
def test_dynamodb_failure_denies_with_503(
    api: httpx.Client, session: Session, faults: list[Fault], code: str
) -> None:
    faults.append(Fault("DynamoDB.GetItem", code=code, status=400 if "Throughput" in code else 500))
    response = api.get("/session/info", headers=session.headers)
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "auth_unavailable"
    assert response.headers["retry-after"] == "2"


def test_public_routes_need_no_session(api: httpx.Client) -> None:
    assert api.post("/session/test-config", json={"llm_config": {"provider": "offline"}}).status_code == 200


def test_unknown_route_is_404_json(api: httpx.Client) -> None:
    response = api.get("/no/such/route")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
