"""The sessions table: every DynamoDB read and write of the service goes through one `Table`.

Items of a session share its partition (`SESSION#<hash>`); a conditional write that loses raises
`ConditionFailed`, which each repository turns into what it means (a version conflict, a duplicate
event, a job already started). One query routine paginates for every caller.

The conditional writes all pass through `put_new` and `update`, and this is where the session's
erased mark is checked, once, for every repository (docs/threats.md 33): a write to an item of a
session (any sort key but the session's own) is a TransactWriteItems of the write and a
ConditionCheck that the session item exists and is not revoked. DELETE revokes first, then
sweeps; so a writer either committed before the mark (and the sweep finds what it wrote) or
loses with `SessionErased` (and removes what it wrote, see `objects.put_then_point`). Items
outside a session's partition (per-address quota counters) are written as plain conditional
writes.
"""

from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING, Any, TypeVar

from resume_api.data import keys
from resume_api.data.aws_errors import aws_call, error_code
from resume_api.data.clients import client
from resume_api.data.dynamo import from_item, to_item, values
from resume_api.errors import ServiceUnavailable, Unauthorized
from resume_api.settings import aws_resources

if TYPE_CHECKING:  # pydantic is not imported here: the authorizer reads sessions without it
    from pydantic import BaseModel

RecordT = TypeVar("RecordT", bound="BaseModel")

CONDITION_LOST = "ConditionalCheckFailedException"
TRANSACTION_LOST = "TransactionCanceledException"
SESSION_LIVE = "attribute_exists(pk) AND attribute_not_exists(revoked_at)"
"""The fence every write to a session's items holds: the session is there and not revoked."""
CONFLICT_RETRIES = 4
"""A transaction that meets another one on the session item is cancelled (TransactionConflict);
it is retried this many times, with jitter, before the caller gets a 503."""


class ConditionFailed(Exception):
    """A conditional write lost: someone else changed the item first."""


class SessionErased(Unauthorized):
    """The write was refused because its session was revoked (erased) or is gone: nothing was
    written, and whatever the writer stored before must go too."""

    code = "session_revoked"
    default_message = "The session was revoked while the request ran; nothing of it was kept."


def item_key(token_hash: str, sk: str) -> dict[str, Any]:
    return {"pk": {"S": keys.session_pk(token_hash)}, "sk": {"S": sk}}


def record_of(model: type[RecordT], item: dict[str, Any]) -> RecordT:
    """An item as read, as its record: the table's own attributes (keys, type, ttl) left out."""
    return model.model_validate({k: v for k, v in item.items() if k in model.model_fields})


def item_of(record: BaseModel, token_hash: str, sk: str, item_type: str, expires_at: int) -> dict[str, Any]:
    """A record as the item stored under its session: its fields, keys, type and expiry."""
    data = record.model_dump(exclude_none=True)
    data.update(pk=keys.session_pk(token_hash), sk=sk, item_type=item_type, ttl=expires_at)
    return data


def fence_of(key: dict[str, Any]) -> dict[str, Any] | None:
    """The session item a write to `key` must find live, or None (the session item itself, or an
    item outside any session's partition)."""
    pk, sk = str(key["pk"]["S"]), str(key["sk"]["S"])
    if not pk.startswith("SESSION#") or sk == keys.SESSION_SK:
        return None
    return {"pk": {"S": pk}, "sk": {"S": keys.SESSION_SK}}


class Table:
    """One DynamoDB table through the low-level client (lighter at cold start than the resource API)."""

    def __init__(self, name: str | None = None) -> None:
        self.name = name or aws_resources().table_name

    def get(self, key: dict[str, Any], projection: str | None = None) -> dict[str, Any] | None:
        kwargs: dict[str, Any] = {"TableName": self.name, "Key": key, "ConsistentRead": True}
        if projection:
            kwargs["ProjectionExpression"] = projection
        with aws_call("dynamodb"):
            item = client("dynamodb").get_item(**kwargs).get("Item")
        return from_item(item) if item else None

    def put_new(self, item: dict[str, Any]) -> None:
        """Create an item that must not exist yet; ConditionFailed if it does, SessionErased if its
        session was revoked."""
        stored = to_item(item)
        condition = "attribute_not_exists(pk)"
        fence = fence_of({"pk": stored["pk"], "sk": stored["sk"]})
        if fence is None:
            self._conditional("put_item", Item=stored, ConditionExpression=condition)
        else:
            self._fenced(fence, {"Put": {"Item": stored, "ConditionExpression": condition}})

    def update(
        self,
        key: dict[str, Any],
        expression: str,
        condition: str,
        names: dict[str, str] | None = None,
        /,
        **vals: Any,
    ) -> dict[str, Any]:
        """A conditional update; returns the item as read right after the write, or raises
        ConditionFailed (SessionErased if the item's session was revoked)."""
        kwargs: dict[str, Any] = {
            "Key": key,
            "UpdateExpression": expression,
            "ConditionExpression": condition,
        }
        if names:
            kwargs["ExpressionAttributeNames"] = names
        if vals:
            kwargs["ExpressionAttributeValues"] = values(**vals)
        fence = fence_of(key)
        if fence is None:
            response = self._conditional("update_item", ReturnValues="ALL_NEW", **kwargs)
            return from_item(response.get("Attributes") or {})
        self._fenced(fence, {"Update": kwargs})
        written = self.get(key)
        if written is None:  # committed, then swept by an erasure that came right after
            raise SessionErased
        return written

    def _fenced(self, fence: dict[str, Any], write: dict[str, Any]) -> None:
        """The write and the session's ConditionCheck as one transaction."""
        from botocore.exceptions import ClientError

        ((kind, body),) = write.items()
        items = [
            {"ConditionCheck": {"TableName": self.name, "Key": fence, "ConditionExpression": SESSION_LIVE}},
            {kind: dict(body, TableName=self.name)},
        ]
        for attempt in range(CONFLICT_RETRIES + 1):
            try:
                with aws_call("dynamodb", passthrough=(TRANSACTION_LOST,)):
                    client("dynamodb").transact_write_items(TransactItems=items)
                return
            except ClientError as exc:
                reasons = [
                    str(r.get("Code") or "None") for r in exc.response.get("CancellationReasons") or []
                ]
                if len(reasons) == 2 and reasons[0] == "ConditionalCheckFailed":
                    raise SessionErased from None
                if len(reasons) == 2 and reasons[1] == "ConditionalCheckFailed":
                    raise ConditionFailed from exc
                if "TransactionConflict" in reasons and attempt < CONFLICT_RETRIES:
                    time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))  # noqa: S311 - jitter only
                    continue
                raise ServiceUnavailable(
                    "DYNAMODB is unavailable; retry shortly.", code="backend_unavailable"
                ) from exc

    def _conditional(self, operation: str, **kwargs: Any) -> dict[str, Any]:
        from botocore.exceptions import ClientError

        try:
            with aws_call("dynamodb"):
                return dict(getattr(client("dynamodb"), operation)(TableName=self.name, **kwargs))
        except ClientError as exc:
            if error_code(exc) == CONDITION_LOST:
                raise ConditionFailed from exc
            raise

    def query(self, token_hash: str, prefix: str = "") -> list[dict[str, Any]]:
        """Every item of the session whose sort key starts with `prefix`, all pages."""
        pk = keys.session_pk(token_hash)
        kwargs: dict[str, Any] = {"TableName": self.name, "ConsistentRead": True}
        if prefix:
            kwargs["KeyConditionExpression"] = "pk = :pk AND begins_with(sk, :prefix)"
            kwargs["ExpressionAttributeValues"] = values(pk=pk, prefix=prefix)
        else:
            kwargs["KeyConditionExpression"] = "pk = :pk"
            kwargs["ExpressionAttributeValues"] = values(pk=pk)
        items: list[dict[str, Any]] = []
        while True:
            with aws_call("dynamodb"):
                page = client("dynamodb").query(**kwargs)
            items.extend(from_item(i) for i in page.get("Items", []))
            if "LastEvaluatedKey" not in page:
                return items
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def count(self, token_hash: str, prefix: str) -> int:
        with aws_call("dynamodb"):
            response = client("dynamodb").query(
                TableName=self.name,
                KeyConditionExpression="pk = :pk AND begins_with(sk, :prefix)",
                ExpressionAttributeValues=values(pk=keys.session_pk(token_hash), prefix=prefix),
                Select="COUNT",
            )
        return int(response["Count"])

    def delete_many(self, item_keys: list[dict[str, Any]]) -> None:
        for start in range(0, len(item_keys), 25):
            requests = [{"DeleteRequest": {"Key": key}} for key in item_keys[start : start + 25]]
            with aws_call("dynamodb"):
                client("dynamodb").batch_write_item(RequestItems={self.name: requests})
