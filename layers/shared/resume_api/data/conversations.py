"""The conversation repository: one item per optimization or generation, its request and its result.

Items (`CONV#<id>` under the session) hold what happened (status, provider, model, timings, a
summary of the request) and where the full request and result are in S3, never a secret, the
prompt text or the resume itself. Bodies and items are written with the shared write protocol
(`objects.put_then_point`); status changes are conditional, so a job runs once whatever the
queue redelivers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from resume_api.data import keys
from resume_api.data.objects import Body, ObjectStore, put_then_point
from resume_api.data.table import ConditionFailed, Table, item_key, item_of, record_of
from resume_api.models.conversation_record import ConversationRecord

STARTABLE = "AND (attribute_not_exists(lease_until) OR lease_until >= :now)"
"""A queued job may start only while its lease lasts: after it, the job reads as failed."""


def _record(item: dict[str, Any]) -> ConversationRecord:
    return record_of(ConversationRecord, item)


class ConversationRepository:
    def __init__(self, table: Table | None = None, objects: ObjectStore | None = None) -> None:
        self.table = table or Table()
        self.objects = objects or ObjectStore()

    @staticmethod
    def _body_key(token_hash: str, conversation_id: str, name: str) -> str:
        return keys.conversation_prefix(token_hash, conversation_id) + name

    # -- reads -----------------------------------------------------------------------------------
    def get(self, token_hash: str, conversation_id: str) -> ConversationRecord | None:
        item = self.table.get(item_key(token_hash, keys.conversation_sk(conversation_id)))
        return _record(item) if item else None

    def list_all(self, token_hash: str) -> list[ConversationRecord]:
        records = [_record(i) for i in self.table.query(token_hash, "CONV#")]
        return sorted(records, key=lambda r: (r.created_at, r.conversation_id))

    def request(self, record: ConversationRecord) -> Any:
        assert record.request_key
        return self.objects.get_json(record.request_key)

    def result(self, record: ConversationRecord) -> Any | None:
        """The stored result of a conversation that succeeded (None before that)."""
        if record.status != "succeeded" or not record.result_key:
            return None
        return self.objects.get_json(record.result_key)

    # -- writes ----------------------------------------------------------------------------------
    def _put(self, token_hash: str, record: ConversationRecord, expires_at: int) -> None:
        sk = keys.conversation_sk(record.conversation_id)
        self.table.put_new(item_of(record, token_hash, sk, "conversation", expires_at))

    def add_queued(
        self, token_hash: str, record: ConversationRecord, request: Any, expires_at: int
    ) -> ConversationRecord:
        """A job accepted for the worker: its request, then its `queued` item."""
        key = self._body_key(token_hash, record.conversation_id, "request.json")
        stored = record.model_copy(update={"status": "queued", "request_key": key})
        put_then_point(
            self.objects, [Body.json(key, request)], lambda: self._put(token_hash, stored, expires_at)
        )
        return stored

    def add_finished(
        self,
        token_hash: str,
        record: ConversationRecord,
        result: Any,
        expires_at: int,
        attachments: Sequence[Body] = (),
    ) -> ConversationRecord:
        """A conversation done in one request: its attachments and result, then its item."""
        key = self._body_key(token_hash, record.conversation_id, "result.json")
        stored = record.model_copy(update={"result_key": key})
        put_then_point(
            self.objects,
            [*attachments, Body.json(key, result)],
            lambda: self._put(token_hash, stored, expires_at),
        )
        return stored

    def start(self, token_hash: str, conversation_id: str, now: int, lease_until: int) -> bool:
        """queued → running until `lease_until` (the worker's deadline); False if another delivery
        of the job got there first, or the job waited past its own lease (it reads as failed)."""
        try:
            self._update(
                token_hash,
                conversation_id,
                "queued",
                now,
                extra=STARTABLE,
                status="running",
                lease_until=lease_until,
            )
        except ConditionFailed:
            return False
        return True

    def finish(self, token_hash: str, conversation_id: str, result: Any, now: int, **fields: Any) -> bool:
        """running → succeeded with its result; False (and nothing kept) if it was not running."""
        key = self._body_key(token_hash, conversation_id, "result.json")
        try:
            put_then_point(
                self.objects,
                [Body.json(key, result)],
                lambda: self._update(
                    token_hash, conversation_id, "running", now, status="succeeded", result_key=key, **fields
                ),
            )
        except ConditionFailed:
            return False
        return True

    def fail(
        self, token_hash: str, conversation_id: str, from_status: str, error: dict[str, str], now: int
    ) -> bool:
        """`from_status` → failed with what went wrong; False if it was not in `from_status`."""
        return self._transition(token_hash, conversation_id, from_status, now, status="failed", error=error)

    def _transition(
        self, token_hash: str, conversation_id: str, from_status: str, now: int, **fields: Any
    ) -> bool:
        try:
            self._update(token_hash, conversation_id, from_status, now, **fields)
        except ConditionFailed:
            return False
        return True

    def _update(
        self,
        token_hash: str,
        conversation_id: str,
        from_status: str,
        now: int,
        extra: str = "",
        **fields: Any,
    ) -> None:
        sets = ", ".join(f"#{k} = :{k}" for k in fields)
        self.table.update(
            item_key(token_hash, keys.conversation_sk(conversation_id)),
            f"SET {sets}, updated_at = :now",
            f"#status = :from {extra}".strip(),
            {**{f"#{k}": k for k in fields}, "#status": "status"},
            now=now,
            **{"from": from_status},
            **fields,
        )
