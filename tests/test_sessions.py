"""Sessions through the local runner: create → info → delete → 401, and what is (not) stored."""

from __future__ import annotations

import hashlib
import time

import httpx
import pytest

from local_runner.runner import LocalRunner
from tests.conftest import CANARY_KEY, create_session


def _session_item(runner: LocalRunner, session_id: str) -> dict:
    table = runner.physical("SessionsTable")
    key_hash = hashlib.sha256(session_id.encode()).hexdigest()
    item = runner.aws.client("dynamodb").get_item(
        TableName=table, Key={"pk": {"S": f"SESSION#{key_hash}"}, "sk": {"S": "SESSION"}}
    )
    return item.get("Item", {})


def test_create_info_delete_then_401(api: httpx.Client) -> None:
    created = api.post("/session/create", json={"llm_config": {"provider": "offline"}, "ttl_hours": 2})
    assert created.status_code == 201
    body = created.json()
    session_id = body["session_id"]
    assert session_id.startswith("rs_")
    assert len(session_id) == 46
    assert body["llm_config"]["provider"] == "offline"
    assert body["llm_config"]["model_name"] == "offline-rules"

    info = api.get("/session/info/", headers={"X-Session-ID": session_id})
    assert info.status_code == 200
    data = info.json()
    assert data["session"]["status"] == "active"
    assert 7000 < data["session"]["expires_in_s"] <= 7200
    assert data["resumes"] == []
    assert data["conversations"] == []

    deleted = api.delete("/session/", headers={"Authorization": f"Bearer {session_id}"})
    assert deleted.status_code == 200
    assert deleted.json()["status"] == "revoked"

    after = api.get("/session/info", headers={"X-Session-ID": session_id})
    assert after.status_code == 401
    assert after.json()["error"]["code"] == "session_revoked"
    assert after.headers["www-authenticate"] == "Bearer"


def test_api_key_is_masked_encrypted_and_never_returned(api: httpx.Client, runner: LocalRunner) -> None:
    session = create_session(api, provider="openai", model_name="gpt-4o-mini", api_key=CANARY_KEY)
    assert session.body["llm_config"]["api_key_masked"] == "****" + CANARY_KEY[-4:]
    assert CANARY_KEY not in str(session.body)
    info = api.get("/session/info", headers=session.headers)
    assert CANARY_KEY not in info.text
    assert info.json()["llm_config"]["api_key_masked"] == "****" + CANARY_KEY[-4:]

    item = _session_item(runner, session.id)
    assert item, "session item keyed by the hash of the id"
    stored = str(item)
    assert session.id not in stored
    assert CANARY_KEY not in stored
    ciphertext = item["api_key_ct"]["B"]
    kms = runner.aws.client("kms")
    key_hash = hashlib.sha256(session.id.encode()).hexdigest()
    plain = kms.decrypt(
        CiphertextBlob=ciphertext, EncryptionContext={"service": "resume-api", "session": key_hash}
    )
    assert plain["Plaintext"].decode() == CANARY_KEY
    with pytest.raises(Exception, match="InvalidCiphertext"):
        kms.decrypt(
            CiphertextBlob=ciphertext, EncryptionContext={"service": "resume-api", "session": "0" * 64}
        )


def test_every_item_carries_ttl_and_no_raw_token(api: httpx.Client, runner: LocalRunner) -> None:
    session = create_session(api)
    item = _session_item(runner, session.id)
    assert int(item["ttl"]["N"]) == int(item["expires_at"]["N"])
    scan = runner.aws.client("dynamodb").scan(TableName=runner.physical("SessionsTable"))
    assert session.id not in str(scan["Items"])


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"llm_config": {"provider": "gpt"}}, "llm_config.provider"),
        ({"llm_config": {"provider": "offline", "temperature": 3}}, "llm_config.temperature"),
        ({"llm_config": {"provider": "offline"}, "ttl_hours": 0}, "ttl_hours"),
        ({"llm_config": {"provider": "offline"}, "ttl_hours": 169}, "ttl_hours"),
        ({"llm_config": {"provider": "openai", "model_name": "gpt-4o"}}, "llm_config"),
        ({"llm_config": {"provider": "openai_compatible", "model_name": "m"}}, "llm_config"),
        (
            {"llm_config": {"provider": "ollama", "model_name": "x", "base_url": "file:///etc/passwd"}},
            "llm_config.base_url",
        ),
        (
            {"llm_config": {"provider": "ollama", "model_name": "x", "base_url": "http://u:p@host"}},
            "llm_config.base_url",
        ),
        ({"llm_config": {"provider": "offline"}, "session_id": "rs_" + "a" * 43}, "session_id"),
        ({}, "llm_config"),
    ],
)
def test_invalid_create_is_422_naming_the_field(api: httpx.Client, body: dict, field: str) -> None:
    response = api.post("/session/create", json=body)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert any(f["field"].startswith(field) for f in error["fields"]), error
    assert error["request_id"]


def test_invalid_json_is_400(api: httpx.Client) -> None:
    response = api.post("/session/create", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"


def test_validation_error_never_echoes_the_key(api: httpx.Client) -> None:
    too_long = CANARY_KEY + "x" * 600
    response = api.post(
        "/session/create", json={"llm_config": {"provider": "openai", "model_name": "m", "api_key": too_long}}
    )
    assert response.status_code == 422
    assert CANARY_KEY not in response.text


def _non_quota_items(runner: LocalRunner) -> list[dict]:
    items = runner.aws.client("dynamodb").scan(TableName=runner.physical("SessionsTable"))["Items"]
    return [item for item in items if not item["sk"]["S"].startswith("QUOTA#")]


def test_test_config_stores_nothing(api: httpx.Client, runner: LocalRunner) -> None:
    """Only the per-address counter moves; no session, key or config is written."""
    before = _non_quota_items(runner)
    response = api.post("/session/test-config", json={"llm_config": {"provider": "offline"}})
    assert response.status_code == 200
    assert response.json()["ok"] is True
    assert _non_quota_items(runner) == before


def test_expired_session_denied_while_item_exists(api: httpx.Client, runner: LocalRunner) -> None:
    session = create_session(api)
    key_hash = hashlib.sha256(session.id.encode()).hexdigest()
    runner.aws.client("dynamodb").update_item(
        TableName=runner.physical("SessionsTable"),
        Key={"pk": {"S": f"SESSION#{key_hash}"}, "sk": {"S": "SESSION"}},
        UpdateExpression="SET expires_at = :past",
        ExpressionAttributeValues={":past": {"N": str(int(time.time()) - 5)}},
    )
    response = api.get("/session/info", headers=session.headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "session_expired"
    assert _session_item(runner, session.id), "the item still exists: expiry was checked, not swept"


def test_last_seen_updates_at_most_once_a_minute(api: httpx.Client, runner: LocalRunner) -> None:
    session = create_session(api)
    key_hash = hashlib.sha256(session.id.encode()).hexdigest()
    table = runner.physical("SessionsTable")
    ddb = runner.aws.client("dynamodb")
    key = {"pk": {"S": f"SESSION#{key_hash}"}, "sk": {"S": "SESSION"}}
    old = int(time.time()) - 3600
    ddb.update_item(
        TableName=table,
        Key=key,
        UpdateExpression="SET last_seen_at = :t",
        ExpressionAttributeValues={":t": {"N": str(old)}},
    )
    assert api.get("/session/info", headers=session.headers).status_code == 200
    seen = int(ddb.get_item(TableName=table, Key=key)["Item"]["last_seen_at"]["N"])
    assert seen >= int(time.time()) - 5
    recent = seen - 10
    ddb.update_item(
        TableName=table,
        Key=key,
        UpdateExpression="SET last_seen_at = :t",
        ExpressionAttributeValues={":t": {"N": str(recent)}},
    )
    assert api.get("/session/info", headers=session.headers).status_code == 200
    assert int(ddb.get_item(TableName=table, Key=key)["Item"]["last_seen_at"]["N"]) == recent


def test_a_float_dynamodb_cannot_hold_is_stored_as_zero(api: httpx.Client) -> None:
    """Found by contract fuzzing: 1e-308 underflowed DynamoDB's number type and gave a 500."""
    body = {"llm_config": {"provider": "offline", "temperature": 1e-308}}
    response = api.post("/session/create", json=body)
    assert response.status_code == 201, response.text
    info = api.get("/session/info", headers={"X-Session-ID": response.json()["session_id"]})
    assert info.json()["llm_config"]["temperature"] == 0
