"""The session item in DynamoDB: created once, read by handlers, revoked on DELETE.

Keyed by the SHA-256 of the session id (never the id). Every item of a session carries the
`ttl` attribute so DynamoDB eventually sweeps it; reads do not rely on that sweep.
"""

from __future__ import annotations

from typing import Any

from resume_api.data import keys
from resume_api.data.aws_errors import aws_call, error_code
from resume_api.data.clients import client
from resume_api.data.dynamo import from_item, to_item, values
from resume_api.models.llm_config import LlmConfigStored
from resume_api.models.session import SessionItem
from resume_api.settings import aws_resources


def _table() -> str:
    return aws_resources().table_name


def _key(token_hash: str, sk: str = keys.SESSION_SK) -> dict[str, Any]:
    return {"pk": {"S": keys.session_pk(token_hash)}, "sk": {"S": sk}}


class SessionStore:
    """Reads and writes the session item."""

    def create(self, session: SessionItem, api_key_ciphertext: bytes | None) -> None:
        data = {
            "pk": keys.session_pk(session.token_hash),
            "sk": keys.SESSION_SK,
            "item_type": "session",
            "created_at": session.created_at,
            "expires_at": session.expires_at,
            "last_seen_at": session.last_seen_at,
            "ttl": session.expires_at,
            "llm_config": session.llm_config.model_dump(exclude_none=True),
            "api_key_ct": api_key_ciphertext,
            "api_key_hint": session.api_key_hint,
            "api_key_host": session.api_key_host,
        }
        with aws_call("dynamodb"):
            client("dynamodb").put_item(
                TableName=_table(), Item=to_item(data), ConditionExpression="attribute_not_exists(pk)"
            )

    def get(self, token_hash: str) -> SessionItem | None:
        with aws_call("dynamodb"):
            item = (
                client("dynamodb")
                .get_item(TableName=_table(), Key=_key(token_hash), ConsistentRead=True)
                .get("Item")
            )
        if not item:
            return None
        data = from_item(item)
        return SessionItem(
            token_hash=token_hash,
            created_at=data["created_at"],
            expires_at=data["expires_at"],
            last_seen_at=data.get("last_seen_at", data["created_at"]),
            revoked_at=data.get("revoked_at"),
            llm_config=LlmConfigStored(**data["llm_config"]),
            api_key_hint=data.get("api_key_hint"),
            api_key_host=data.get("api_key_host"),
            has_api_key="api_key_ct" in data,
        )

    def api_key_ciphertext(self, token_hash: str) -> bytes | None:
        with aws_call("dynamodb"):
            item = (
                client("dynamodb")
                .get_item(
                    TableName=_table(),
                    Key=_key(token_hash),
                    ConsistentRead=True,
                    ProjectionExpression="api_key_ct",
                )
                .get("Item")
            )
        return bytes(item["api_key_ct"]["B"]) if item and "api_key_ct" in item else None

    def revoke(self, token_hash: str, now: int) -> bool:
        """Mark revoked and drop the key ciphertext; False if it was already revoked or is gone."""
        from botocore.exceptions import ClientError

        try:
            with aws_call("dynamodb"):
                client("dynamodb").update_item(
                    TableName=_table(),
                    Key=_key(token_hash),
                    UpdateExpression="SET revoked_at = :now REMOVE api_key_ct",
                    ConditionExpression="attribute_exists(pk) AND attribute_not_exists(revoked_at)",
                    ExpressionAttributeValues=values(now=now),
                )
        except ClientError as exc:
            if error_code(exc) == "ConditionalCheckFailedException":
                return False
            raise
        return True

    def child_items(self, token_hash: str, prefix: str = "") -> list[dict[str, Any]]:
        """Every item of the session but the session itself (resumes, conversations...)."""
        pk = keys.session_pk(token_hash)
        if prefix:
            expression, expression_values = (
                "pk = :pk AND begins_with(sk, :prefix)",
                values(pk=pk, prefix=prefix),
            )
        else:
            expression, expression_values = "pk = :pk", values(pk=pk)
        items: list[dict[str, Any]] = []
        kwargs: dict[str, Any] = {
            "TableName": _table(),
            "KeyConditionExpression": expression,
            "ExpressionAttributeValues": expression_values,
            "ConsistentRead": True,
        }
        while True:
            with aws_call("dynamodb"):
                page = client("dynamodb").query(**kwargs)
            items.extend(from_item(i) for i in page.get("Items", []))
            if "LastEvaluatedKey" not in page:
                break
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
        return [i for i in items if i["sk"] != keys.SESSION_SK]
