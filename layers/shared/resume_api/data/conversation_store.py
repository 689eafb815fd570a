"""Conversation items (`CONV#<id>` under the session): one per optimization or generation.

They hold what happened (status, provider, model, timings, a summary of the request) and where
the full result is in S3 — never a secret, the prompt text or the resume itself.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from resume_api.data import keys
from resume_api.data.aws_errors import aws_call, error_code
from resume_api.data.clients import client
from resume_api.data.dynamo import from_item, to_item, values
from resume_api.data.resume_store import ConditionFailed
from resume_api.settings import aws_resources


class ConversationRecord(BaseModel):
    conversation_id: str
    kind: str
    status: str
    created_at: int
    updated_at: int
    resume_id: str | None = None
    provider: str | None = None
    model: str | None = None
    request_key: str | None = None
    result_key: str | None = None
    error: dict[str, str] | None = None
    summary: dict[str, Any] = Field(default_factory=dict)


_FIELDS = set(ConversationRecord.model_fields)


def _key(token_hash: str, conversation_id: str) -> dict[str, Any]:
    return {"pk": {"S": keys.session_pk(token_hash)}, "sk": {"S": keys.conversation_sk(conversation_id)}}


class ConversationStore:
    def __init__(self, table: str | None = None) -> None:
        self.table = table or aws_resources().table_name

    def put(self, token_hash: str, record: ConversationRecord, expires_at: int) -> None:
        data = record.model_dump(exclude_none=True)
        data.update(
            pk=keys.session_pk(token_hash),
            sk=keys.conversation_sk(record.conversation_id),
            item_type="conversation",
            ttl=expires_at,
        )
        with aws_call("dynamodb"):
            client("dynamodb").put_item(TableName=self.table, Item=to_item(data))

    def get(self, token_hash: str, conversation_id: str) -> ConversationRecord | None:
        with aws_call("dynamodb"):
            item = (
                client("dynamodb")
                .get_item(TableName=self.table, Key=_key(token_hash, conversation_id), ConsistentRead=True)
                .get("Item")
            )
        if not item:
            return None
        return ConversationRecord.model_validate({k: v for k, v in from_item(item).items() if k in _FIELDS})

    def list_all(self, token_hash: str) -> list[ConversationRecord]:
        with aws_call("dynamodb"):
            page = client("dynamodb").query(
                TableName=self.table,
                KeyConditionExpression="pk = :pk AND begins_with(sk, :prefix)",
                ExpressionAttributeValues=values(pk=keys.session_pk(token_hash), prefix="CONV#"),
                ConsistentRead=True,
            )
        records = [
            ConversationRecord.model_validate({k: v for k, v in from_item(i).items() if k in _FIELDS})
            for i in page.get("Items", [])
        ]
        return sorted(records, key=lambda r: (r.created_at, r.conversation_id))

    def transition(
        self, token_hash: str, conversation_id: str, from_status: str, now: int, **fields: Any
    ) -> None:
        """Move to `fields['status']` only from `from_status` (a worker runs each conversation once)."""
        from botocore.exceptions import ClientError

        sets = ", ".join(f"#{k} = :{k}" for k in fields)
        try:
            with aws_call("dynamodb"):
                client("dynamodb").update_item(
                    TableName=self.table,
                    Key=_key(token_hash, conversation_id),
                    UpdateExpression=f"SET {sets}, updated_at = :now",
                    ConditionExpression="#status = :from",
                    ExpressionAttributeNames={**{f"#{k}": k for k in fields}, "#status": "status"},
                    ExpressionAttributeValues=values(now=now, **{"from": from_status}, **fields),
                )
        except ClientError as exc:
            if error_code(exc) == "ConditionalCheckFailedException":
                raise ConditionFailed from exc
            raise
