"""The sessions table: every DynamoDB read and write of the service goes through one `Table`.

Items of a session share its partition (`SESSION#<hash>`); a conditional write that loses raises
`ConditionFailed`, which each repository turns into what it means (a version conflict, a duplicate
event, a job already started). One query routine paginates for every caller. The conditional
writes all pass through `put_new` and `update`: where a write must also hold a condition on
another item (the session's own state), it is added here once, for every repository.
"""

from __future__ import annotations

from typing import Any

from resume_api.data import keys
from resume_api.data.aws_errors import aws_call, error_code
from resume_api.data.clients import client
from resume_api.data.dynamo import from_item, to_item, values
from resume_api.settings import aws_resources

CONDITION_LOST = "ConditionalCheckFailedException"


class ConditionFailed(Exception):
    """A conditional write lost: someone else changed the item first."""


def item_key(token_hash: str, sk: str) -> dict[str, Any]:
    return {"pk": {"S": keys.session_pk(token_hash)}, "sk": {"S": sk}}


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
        """Create an item that must not exist yet; ConditionFailed if it does."""
        self._conditional("put_item", Item=to_item(item), ConditionExpression="attribute_not_exists(pk)")

    def put(self, item: dict[str, Any]) -> None:
        with aws_call("dynamodb"):
            client("dynamodb").put_item(TableName=self.name, Item=to_item(item))

    def update(
        self,
        key: dict[str, Any],
        expression: str,
        condition: str,
        names: dict[str, str] | None = None,
        /,
        **vals: Any,
    ) -> dict[str, Any]:
        """A conditional update; returns the item as written, or raises ConditionFailed."""
        kwargs: dict[str, Any] = {
            "Key": key,
            "UpdateExpression": expression,
            "ConditionExpression": condition,
            "ReturnValues": "ALL_NEW",
        }
        if names:
            kwargs["ExpressionAttributeNames"] = names
        if vals:
            kwargs["ExpressionAttributeValues"] = values(**vals)
        response = self._conditional("update_item", **kwargs)
        return from_item(response.get("Attributes") or {})

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
