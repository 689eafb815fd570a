"""Audit events: one per operation, with the fields DESIGN.md lists, and never a secret."""

from __future__ import annotations

import time

import httpx

from local_runner.runner import LocalRunner
from resume_api.auth.tokens import session_hash, session_ref
from tests.conftest import CANARY_KEY, create_session


def _events_for(runner: LocalRunner, request_id: str, timeout_s: float = 5.0) -> list[dict]:
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        found = [e for e in runner.logs.audit_events() if e.get("request_id") == request_id]
        if found:
            return found
        time.sleep(0.05)
    return []


def test_each_operation_leaves_one_audit_event(api: httpx.Client, runner: LocalRunner) -> None:
    created = api.post(
        "/session/create",
        json={"llm_config": {"provider": "openai", "model_name": "m", "api_key": CANARY_KEY}},
    )
    session_id = created.json()["session_id"]
    ref = session_ref(session_hash(session_id))
    headers = {"X-Session-ID": session_id}
    responses = {
        "create_session": created,
        "session_info": api.get("/session/info", headers=headers),
        "delete_session": api.delete("/session", headers=headers),
    }
    for action, response in responses.items():
        request_id = response.headers["x-amzn-requestid"]
        events = _events_for(runner, request_id)
        assert len(events) == 1, (action, events)
        event = events[0]
        assert event["action"] == action
        assert event["outcome"] == "success"
        assert event["session_ref"] == ref
        assert event["status"] == response.status_code
        assert event["duration_ms"] >= 0

    denied = api.get("/session/info", headers=headers)
    events = _events_for(runner, denied.headers["x-amzn-requestid"])
    assert [(e["action"], e["outcome"], e["reason"]) for e in events] == [
        ("auth.authorize", "denied", "session_revoked")
    ]
    assert events[0]["session_ref"] == ref


def test_no_secret_in_any_log_line_or_cloudwatch(api: httpx.Client, runner: LocalRunner) -> None:
    session = create_session(api, provider="anthropic", model_name="claude-x", api_key=CANARY_KEY)
    api.get("/session/info", headers={"Authorization": f"Bearer {session.id}"})
    api.post(
        "/session/create", json={"llm_config": {"provider": "openai", "api_key": CANARY_KEY + "!" * 600}}
    )
    api.post(
        "/session/test-config",
        json={"llm_config": {"provider": "anthropic", "model_name": "c", "api_key": CANARY_KEY}},
    )
    api.delete("/session", headers=session.headers)
    time.sleep(0.5)
    text = runner.logs.text()
    assert "audit" in text
    assert session.id not in text
    assert CANARY_KEY not in text
    logs = runner.aws.client("logs")
    group = runner.function("SessionCreateFunction").log_group
    shipped = logs.filter_log_events(logGroupName=group)["events"]
    assert any('"action":"create_session"' in e["message"] for e in shipped), (
        "audit events reach CloudWatch Logs"
    )
    assert not any(CANARY_KEY in e["message"] or session.id in e["message"] for e in shipped)
