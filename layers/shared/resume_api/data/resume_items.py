"""The resume items of a session, without their documents: listing resumes, finding one, and the
pending item and upload address a presigned upload starts with.

Apart from the resume repository (data/resumes.py, which builds on it) so that a route that only
lists resumes (session info, the resume list) or presigns an upload imports neither the resume
document's models nor the write protocol of versions: its cold start builds the record's models alone.
"""

from __future__ import annotations

from typing import Any

from resume_api.data import keys
from resume_api.data.objects import ObjectStore
from resume_api.data.table import Table, item_key, item_of
from resume_api.data.table import record_of as _as_record
from resume_api.models.records import ResumeRecord


def record_of(item: dict[str, Any]) -> ResumeRecord:
    """A resume item as read from the table, as its record."""
    return _as_record(ResumeRecord, item)


class ResumeItems:
    """The resume items (DynamoDB) and the address an original is uploaded to (S3)."""

    def __init__(self, table: Table | None = None, objects: ObjectStore | None = None) -> None:
        self.table = table or Table()
        self.objects = objects or ObjectStore()

    def get(self, token_hash: str, resume_id: str) -> ResumeRecord | None:
        item = self.table.get(item_key(token_hash, keys.resume_sk(resume_id)))
        return record_of(item) if item else None

    def list_all(self, token_hash: str) -> list[ResumeRecord]:
        records = [record_of(i) for i in self.table.query(token_hash, "RESUME#")]
        return sorted(records, key=lambda r: (r.uploaded_at, r.resume_id))

    def count(self, token_hash: str) -> int:
        return self.table.count(token_hash, "RESUME#")

    def presigned_post(
        self,
        token_hash: str,
        resume_id: str,
        filename: str,
        content_type: str,
        max_bytes: int,
        expires_s: int,
    ) -> tuple[str, dict[str, Any]]:
        """Where a client uploads the file itself, and the signed POST that lets it; S3 then
        notifies the ingest function."""
        key = keys.upload_prefix(token_hash, resume_id) + filename
        return key, self.objects.presigned_post(key, content_type, max_bytes, expires_s)

    def _create(self, token_hash: str, record: ResumeRecord, expires_at: int) -> None:
        self.table.put_new(
            item_of(record, token_hash, keys.resume_sk(record.resume_id), "resume", expires_at)
        )

    def add_pending(self, token_hash: str, record: ResumeRecord, expires_at: int) -> None:
        """A resume whose file has not arrived yet (presigned flow)."""
        self._create(token_hash, record, expires_at)
