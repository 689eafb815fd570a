"""Resume metadata items (`RESUME#<id>` under the session): status, version and where the files are.

Every state change is a conditional write, so concurrent writers and duplicate S3 events can
never both win: the claim for ingestion, the version bump of a PATCH, the final ready/failed.
"""

from __future__ import annotations

import contextlib
from typing import Any

from resume_api.data import keys
from resume_api.data.aws_errors import aws_call, error_code
from resume_api.data.clients import client
from resume_api.data.dynamo import from_item, to_item, values
from resume_api.models.resumes import ResumeError, ResumeRecord
from resume_api.settings import aws_resources

_FIELDS = set(ResumeRecord.model_fields)


def _key(token_hash: str, resume_id: str) -> dict[str, Any]:
    return {"pk": {"S": keys.session_pk(token_hash)}, "sk": {"S": keys.resume_sk(resume_id)}}


def _record(item: dict[str, Any]) -> ResumeRecord:
    return ResumeRecord.model_validate({k: v for k, v in item.items() if k in _FIELDS})


class ConditionFailed(Exception):
    """A conditional write lost: someone else changed the item first."""


class ResumeStore:
    def __init__(self, table: str | None = None) -> None:
        self.table = table or aws_resources().table_name

    def _update(
        self, token_hash: str, resume_id: str, expression: str, condition: str, **vals: Any
    ) -> dict[str, Any]:
        from botocore.exceptions import ClientError

        names = {"#status": "status", "#error": "error", "#version": "version"}
        try:
            with aws_call("dynamodb"):
                response = client("dynamodb").update_item(
                    TableName=self.table,
                    Key=_key(token_hash, resume_id),
                    UpdateExpression=expression,
                    ConditionExpression=condition,
                    ExpressionAttributeNames={k: v for k, v in names.items() if k in expression + condition},
                    ExpressionAttributeValues=values(**vals),
                    ReturnValues="ALL_NEW",
                )
        except ClientError as exc:
            if error_code(exc) == "ConditionalCheckFailedException":
                raise ConditionFailed from exc
            raise
        return from_item(response["Attributes"])

    def create(self, token_hash: str, record: ResumeRecord, expires_at: int) -> None:
        data = record.model_dump(exclude_none=True)
        data.update(
            pk=keys.session_pk(token_hash),
            sk=keys.resume_sk(record.resume_id),
            item_type="resume",
            ttl=expires_at,
        )
        with aws_call("dynamodb"):
            client("dynamodb").put_item(
                TableName=self.table, Item=to_item(data), ConditionExpression="attribute_not_exists(pk)"
            )

    def get(self, token_hash: str, resume_id: str) -> ResumeRecord | None:
        with aws_call("dynamodb"):
            item = (
                client("dynamodb")
                .get_item(TableName=self.table, Key=_key(token_hash, resume_id), ConsistentRead=True)
                .get("Item")
            )
        return _record(from_item(item)) if item else None

    def list_all(self, token_hash: str) -> list[ResumeRecord]:
        items: list[ResumeRecord] = []
        kwargs: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": "pk = :pk AND begins_with(sk, :prefix)",
            "ExpressionAttributeValues": values(pk=keys.session_pk(token_hash), prefix="RESUME#"),
            "ConsistentRead": True,
        }
        while True:
            with aws_call("dynamodb"):
                page = client("dynamodb").query(**kwargs)
            items.extend(_record(from_item(i)) for i in page.get("Items", []))
            if "LastEvaluatedKey" not in page:
                break
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
        return sorted(items, key=lambda r: (r.uploaded_at, r.resume_id))

    def count(self, token_hash: str) -> int:
        with aws_call("dynamodb"):
            response = client("dynamodb").query(
                TableName=self.table,
                KeyConditionExpression="pk = :pk AND begins_with(sk, :prefix)",
                ExpressionAttributeValues=values(pk=keys.session_pk(token_hash), prefix="RESUME#"),
                Select="COUNT",
            )
        return int(response["Count"])

    def delete(self, token_hash: str, resume_id: str) -> None:
        with aws_call("dynamodb"):
            client("dynamodb").delete_item(TableName=self.table, Key=_key(token_hash, resume_id))

    def claim(self, token_hash: str, resume_id: str, now: int, lease_s: int) -> ResumeRecord:
        """pending → processing, or take over a processing lease that ran out (a crashed attempt)."""
        return _record(
            self._update(
                token_hash,
                resume_id,
                "SET #status = :processing, lease_until = :lease, updated_at = :now",
                "#status = :pending OR (#status = :processing AND lease_until < :now)",
                processing="processing",
                pending="pending",
                lease=now + lease_s,
                now=now,
            )
        )

    def release(self, token_hash: str, resume_id: str, now: int) -> None:
        """Hand a claim back (an AWS error midway) so a retry can take it at once."""
        with contextlib.suppress(ConditionFailed):
            self._update(
                token_hash,
                resume_id,
                "SET #status = :pending, updated_at = :now REMOVE lease_until",
                "#status = :processing",
                pending="pending",
                processing="processing",
                now=now,
            )

    def mark_ready(
        self, token_hash: str, resume_id: str, *, parsed_key: str, sections: list[str], kind: str, now: int
    ) -> ResumeRecord:
        return _record(
            self._update(
                token_hash,
                resume_id,
                "SET #status = :ready, #version = :one, parsed_key = :key, version_keys = :keys, "
                "sections_available = :sections, kind = :kind, updated_at = :now REMOVE lease_until, #error",
                "#status = :processing",
                ready="ready",
                one=1,
                key=parsed_key,
                keys=[parsed_key],
                sections=sections,
                kind=kind,
                now=now,
                processing="processing",
            )
        )

    def mark_failed(self, token_hash: str, resume_id: str, error: ResumeError, now: int) -> ResumeRecord:
        return _record(
            self._update(
                token_hash,
                resume_id,
                "SET #status = :failed, #error = :error, updated_at = :now REMOVE lease_until",
                "#status IN (:pending, :processing)",
                failed="failed",
                error=error.model_dump(),
                now=now,
                pending="pending",
                processing="processing",
            )
        )

    def bump_version(
        self,
        token_hash: str,
        resume_id: str,
        *,
        expected: int,
        parsed_key: str,
        sections: list[str],
        now: int,
    ) -> ResumeRecord:
        """Point the resume at a new version, only if nobody else did since `expected` was read."""
        return _record(
            self._update(
                token_hash,
                resume_id,
                "SET #version = :next, parsed_key = :key, sections_available = :sections, updated_at = :now, "
                "version_keys = list_append(if_not_exists(version_keys, :none), :keys)",
                "#status = :ready AND #version = :expected",
                next=expected + 1,
                key=parsed_key,
                keys=[parsed_key],
                none=[],
                sections=sections,
                now=now,
                ready="ready",
                expected=expected,
            )
        )
