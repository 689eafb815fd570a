"""The resume repository: each resume's metadata item, its original file and every parsed version.

It owns the write protocol for all of them (objects first, then a conditional write of the item
that points at them, objects removed again if that write loses; see `objects.put_then_point`).
Every state change is conditional, so concurrent writers and duplicate S3 events can never both
win: the claim for ingestion, a new version, the final ready/failed. Version objects get a key
unique per write, so a writer that loses never deletes what the winner stored.
"""

from __future__ import annotations

import contextlib
import uuid
from typing import Any, ClassVar

from resume_api.data import keys
from resume_api.data.objects import Body, ObjectStore, put_then_point
from resume_api.data.resume_items import ResumeItems, record_of
from resume_api.data.table import ConditionFailed, Table, item_key
from resume_api.errors import Conflict, NotFound
from resume_api.models.leases import INTERRUPTED
from resume_api.models.records import ResumeError, ResumeRecord, UploadWarning
from resume_api.models.resume import Resume

_NAMES = {"#status": "status", "#error": "error", "#version": "version"}


class VersionConflict(Exception):
    """A new version lost to another writer; `current` is the version stored now (None: gone)."""

    def __init__(self, current: int | None) -> None:
        self.current = current
        super().__init__(f"version conflict (current: {current})")


def _names(*expressions: str) -> dict[str, str]:
    text = " ".join(expressions)
    return {k: v for k, v in _NAMES.items() if k in text}


def document_of(resume: Resume) -> dict[str, object]:
    """The stored form of a resume document (what parsed/…/resume.json holds)."""
    return resume.model_dump(mode="json", exclude_none=True)


class ResumeLookups:
    """The rules every reader of resumes shares (which one is meant, is it ready, which version),
    over three storage primitives a repository provides."""

    def get(self, token_hash: str, resume_id: str) -> ResumeRecord | None:
        raise NotImplementedError

    def list_all(self, token_hash: str) -> list[ResumeRecord]:
        raise NotImplementedError

    def _json(self, key: str) -> Any:
        raise NotImplementedError

    def find(self, token_hash: str, resume_id: str | None) -> ResumeRecord:
        """The named resume, or the latest ready one; 404 when there is none."""
        if resume_id:
            record = self.get(token_hash, resume_id)
            if record is None:
                raise NotFound("No such resume in this session.", code="resume_not_found")
            return record
        ready = [r for r in self.list_all(token_hash) if r.status == "ready"]
        if not ready:
            raise NotFound("This session has no ready resume yet; upload one first.", code="no_resume")
        return ready[-1]

    def load_ready(self, token_hash: str, resume_id: str | None) -> tuple[ResumeRecord, Resume]:
        """The resume (latest ready by default) with its current document; 409 if not ready."""
        record = self.find(token_hash, resume_id)
        if record.status != "ready":
            raise Conflict(f"The resume is {record.status}, not ready.", code="resume_not_ready")
        return record, self.document(record)

    def document(self, record: ResumeRecord, version: int | None = None) -> Resume:
        """A version of the resume's document (the current one by default); every version stays
        in S3 until the session ends."""
        if version is None or version == record.version:
            assert record.parsed_key
            return Resume.model_validate(self._json(record.parsed_key))
        if not 1 <= version <= len(record.version_keys):
            raise NotFound(
                f"Resume {record.resume_id} has versions 1 to {record.version}.", code="version_not_found"
            )
        return Resume.model_validate(self._json(record.version_keys[version - 1]))


class ResumeRepository(ResumeItems, ResumeLookups):
    """The items' reads and the pending item (data/resume_items.py), the documents and originals,
    and every other write."""

    def __init__(self, table: Table | None = None, objects: ObjectStore | None = None) -> None:
        super().__init__(table, objects)

    # -- reads -----------------------------------------------------------------------------------
    def _json(self, key: str) -> Any:
        return self.objects.get_json(key)

    def original_size(self, key: str) -> int | None:
        return self.objects.size(key)

    def original(self, key: str, max_bytes: int) -> bytes:
        return self.objects.get(key, max_bytes)

    def discard_original(self, key: str) -> None:
        """Remove an uploaded file that will never be parsed (too large); best effort."""
        self.objects.delete(key)

    # -- writes ----------------------------------------------------------------------------------
    @staticmethod
    def original_key(token_hash: str, resume_id: str, filename: str) -> str:
        """Direct uploads keep their original outside the ingest trigger (they are parsed already)."""
        return keys.original_prefix(token_hash, resume_id) + filename

    @staticmethod
    def _version_key(token_hash: str, resume_id: str, version: int) -> str:
        return keys.parsed_key(token_hash, resume_id, version).replace(
            "/resume.json", f"-{uuid.uuid4().hex[:8]}/resume.json"
        )

    def add_parsed(
        self,
        token_hash: str,
        record: ResumeRecord,
        original: bytes,
        original_type: str,
        resume: Resume,
        expires_at: int,
    ) -> ResumeRecord:
        """A resume uploaded and parsed at once: its original and version 1, then its item."""
        assert record.source_key
        version_key = self._version_key(token_hash, record.resume_id, 1)
        stored = record.model_copy(
            update={
                "status": "ready",
                "version": 1,
                "parsed_key": version_key,
                "version_keys": [version_key],
                "sections_available": resume.sections_available(),
            }
        )
        put_then_point(
            self.objects,
            [Body(record.source_key, original, original_type), Body.json(version_key, document_of(resume))],
            lambda: self._create(token_hash, stored, expires_at),
        )
        return stored

    def put_version(
        self, token_hash: str, resume_id: str, expected: int, resume: Resume, now: int
    ) -> ResumeRecord:
        """Store `resume` as version `expected + 1`, only if nobody stored another since `expected`
        was read; raises VersionConflict (with the version stored now) if someone did."""
        try:
            stored = self._with_version(
                token_hash, resume_id, expected + 1, resume, "new_version", expected=expected, now=now
            )
        except ConditionFailed:
            latest = self.get(token_hash, resume_id)
            raise VersionConflict(latest.version if latest else None) from None
        # the item is read back after the write: a writer right behind may have moved it on
        return stored.model_copy(update={"version": expected + 1})

    def claim(
        self, token_hash: str, resume_id: str, now: int, lease_s: int, until: int = 0
    ) -> ResumeRecord | None:
        """pending → processing, held for `lease_s` or until `until` (the attempt's own deadline),
        whichever is later, or take over a processing lease that ran out (a crashed attempt) while
        its retry window (`lease_s` more) lasts; None if someone else holds it, it is done, or it
        was given up."""
        lease = max(now + lease_s, until)
        try:
            return self._change(token_hash, resume_id, "claim", lease=lease, retry=lease + lease_s, now=now)
        except ConditionFailed:
            return None

    def give_up(self, token_hash: str, resume_id: str, now: int) -> ResumeRecord | None:
        """processing past its retry window → failed with the reason every reader already shows;
        None if it is not (still held, or ended)."""
        try:
            return self._change(
                token_hash,
                resume_id,
                "given_up",
                error=ResumeError.model_validate(INTERRUPTED).model_dump(),
                now=now,
            )
        except ConditionFailed:
            return None

    def release(self, token_hash: str, resume_id: str, now: int) -> None:
        """Hand a claim back (an AWS error midway) so a retry can take it at once."""
        with contextlib.suppress(ConditionFailed):
            self._change(token_hash, resume_id, "release", now=now)

    def complete(
        self,
        token_hash: str,
        resume_id: str,
        resume: Resume,
        kind: str,
        now: int,
        warnings: list[UploadWarning] | None = None,
    ) -> ResumeRecord | None:
        """processing → ready with `resume` as version 1 and the parse's warnings; None if the claim
        was lost meanwhile."""
        found = [w.model_dump() for w in warnings or []]
        try:
            return self._with_version(
                token_hash, resume_id, 1, resume, "ready", kind=kind, now=now, warnings=found
            )
        except ConditionFailed:
            return None

    def fail(self, token_hash: str, resume_id: str, error: ResumeError, now: int) -> ResumeRecord | None:
        """pending/processing → failed with why; None if it had already ended."""
        try:
            return self._change(token_hash, resume_id, "failed", error=error.model_dump(), now=now)
        except ConditionFailed:
            return None

    def _with_version(
        self, token_hash: str, resume_id: str, number: int, resume: Resume, statement: str, **vals: Any
    ) -> ResumeRecord:
        """Version `number` of the document to S3, then the named change that points the item at it."""
        key = self._version_key(token_hash, resume_id, number)
        return put_then_point(
            self.objects,
            [Body.json(key, document_of(resume))],
            lambda: self._change(
                token_hash, resume_id, statement, key=key, sections=resume.sections_available(), **vals
            ),
        )

    # -- the conditional statements, the one part that is DynamoDB's ------------------------------
    _STATEMENTS: ClassVar[dict[str, tuple[str, str, dict[str, Any]]]] = {
        "new_version": (
            "SET #version = :next, parsed_key = :key, sections_available = :sections, updated_at = :now, "
            "version_keys = list_append(if_not_exists(version_keys, :none), :keys)",
            "#status = :ready AND #version = :expected",
            {"ready": "ready", "none": []},
        ),
        "claim": (
            "SET #status = :processing, lease_until = :lease, retry_until = :retry, updated_at = :now",
            "#status = :pending OR (#status = :processing AND lease_until < :now AND retry_until >= :now)",
            {"processing": "processing", "pending": "pending"},
        ),
        "release": (
            "SET #status = :pending, updated_at = :now REMOVE lease_until, retry_until",
            "#status = :processing",
            {"pending": "pending", "processing": "processing"},
        ),
        "ready": (
            "SET #status = :ready, #version = :one, parsed_key = :key, version_keys = :keys, "
            "sections_available = :sections, kind = :kind, warnings = :warnings, updated_at = :now "
            "REMOVE lease_until, retry_until, #error",
            "#status = :processing",
            {"ready": "ready", "one": 1, "processing": "processing"},
        ),
        "failed": (
            "SET #status = :failed, #error = :error, updated_at = :now REMOVE lease_until, retry_until",
            "#status IN (:pending, :processing)",
            {"failed": "failed", "pending": "pending", "processing": "processing"},
        ),
        "given_up": (
            "SET #status = :failed, #error = :error, updated_at = :now REMOVE lease_until, retry_until",
            "#status = :processing AND retry_until < :now",
            {"failed": "failed", "processing": "processing"},
        ),
    }

    def _change(self, token_hash: str, resume_id: str, statement: str, **vals: Any) -> ResumeRecord:
        """Apply one named conditional change; ConditionFailed if its condition does not hold."""
        expression, condition, constants = self._STATEMENTS[statement]
        if "key" in vals:
            vals["keys"] = [vals["key"]]
        if "expected" in vals:
            vals["next"] = vals["expected"] + 1
        item = self.table.update(
            item_key(token_hash, keys.resume_sk(resume_id)),
            expression,
            condition,
            _names(expression, condition),
            **constants,
            **vals,
        )
        return record_of(item)
