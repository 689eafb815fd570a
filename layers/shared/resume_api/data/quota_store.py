"""Fixed-window counters in DynamoDB for per-session and per-address quotas.

One conditional `ADD` per request: it counts and refuses in the same write, so concurrent
requests cannot overshoot the limit, and nothing lives in a function's memory (any number of
Lambda containers share the count). Each counter item expires with its window (TTL).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from resume_api.data.aws_errors import aws_call, error_code
from resume_api.data.clients import client
from resume_api.data.dynamo import values
from resume_api.settings import aws_resources


@dataclass(frozen=True)
class Window:
    limit: int
    seconds: int


class QuotaExceeded(Exception):
    def __init__(self, retry_after_s: int) -> None:
        self.retry_after_s = retry_after_s
        super().__init__(f"quota exceeded; retry after {retry_after_s}s")


class QuotaStore:
    def __init__(self, table: str | None = None) -> None:
        self.table = table or aws_resources().table_name

    def take(self, pk: str, kind: str, window: Window, now: float | None = None) -> int:
        """Count one use of `kind` under `pk`; raises QuotaExceeded when the window is full."""
        from botocore.exceptions import ClientError

        now = time.time() if now is None else now
        start = int(now // window.seconds) * window.seconds
        end = start + window.seconds
        try:
            with aws_call("dynamodb"):
                response = client("dynamodb").update_item(
                    TableName=self.table,
                    Key={"pk": {"S": pk}, "sk": {"S": f"QUOTA#{kind}#{start}"}},
                    UpdateExpression="ADD used :one SET #ttl = :ttl",
                    ConditionExpression="attribute_not_exists(used) OR used < :limit",
                    ExpressionAttributeNames={"#ttl": "ttl"},
                    ExpressionAttributeValues=values(one=1, limit=window.limit, ttl=end + 3600),
                    ReturnValues="UPDATED_NEW",
                )
        except ClientError as exc:
            if error_code(exc) == "ConditionalCheckFailedException":
                raise QuotaExceeded(max(1, int(end - now))) from exc
            raise
        return int(response["Attributes"]["used"]["N"])
