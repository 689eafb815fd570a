"""The resume items of a session, read: what lists resumes and finds one, without their documents.

Apart from the resume repository (data/resumes.py, which builds on it) so that a route that only
lists resumes (session info, the resume list) imports neither the resume document's models nor
the write protocol: its cold start builds the record's models alone.
"""

from __future__ import annotations

from typing import Any

from resume_api.data import keys
from resume_api.data.table import Table, item_key
from resume_api.models.records import ResumeRecord

_FIELDS = set(ResumeRecord.model_fields)


def record_of(item: dict[str, Any]) -> ResumeRecord:
    """A resume item as read from the table, as its record."""
    return ResumeRecord.model_validate({k: v for k, v in item.items() if k in _FIELDS})


class ResumeIndex:
    """Reads of the resume items (DynamoDB): one, all of a session, how many."""

    def __init__(self, table: Table | None = None) -> None:
        self.table = table or Table()

    def get(self, token_hash: str, resume_id: str) -> ResumeRecord | None:
        item = self.table.get(item_key(token_hash, keys.resume_sk(resume_id)))
        return record_of(item) if item else None

    def list_all(self, token_hash: str) -> list[ResumeRecord]:
        records = [record_of(i) for i in self.table.query(token_hash, "RESUME#")]
        return sorted(records, key=lambda r: (r.uploaded_at, r.resume_id))

    def count(self, token_hash: str) -> int:
        return self.table.count(token_hash, "RESUME#")
