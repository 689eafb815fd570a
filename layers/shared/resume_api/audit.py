"""One structured audit event per operation, to CloudWatch through the Powertools Logger.

An event says who (a short, non-reversible session reference), did what (action), to what
(resume id), how it ended (outcome, status) and how long it took. It never carries a session
id, an API key or resume text: callers pass only the fields below, and `extra` is limited to
names listed in `_EXTRA_FIELDS`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from resume_api.models.slotted import Slotted
from resume_api.observability import count, logger

_EXTRA_FIELDS = frozenset(
    {
        "reason",
        "sections_changed",
        "version",
        "provider",
        "model",
        "format",
        "template",
        "conversation_id",
        "document_id",
        "kind",
        "size_bytes",
        "pages",
        "removed_claims",
        "attempt",
        "mode",
        "refined",
        "resumes",
        "warnings",
    }
)


def emit(
    action: str,
    outcome: str,
    *,
    session_ref: str | None = None,
    request_id: str | None = None,
    resume_id: str | None = None,
    duration_ms: float | None = None,
    status: int | None = None,
    **extra: Any,
) -> None:
    """Log one audit event and count it as the metric `<action>.<outcome>`."""
    unknown = set(extra) - _EXTRA_FIELDS
    if unknown:
        raise ValueError(f"audit fields not allowed: {sorted(unknown)}")
    event: dict[str, Any] = {
        "action": action,
        "outcome": outcome,
        "session_ref": session_ref,
        "request_id": request_id,
        "resume_id": resume_id,
        "duration_ms": None if duration_ms is None else round(duration_ms, 1),
        "status": status,
    }
    event.update({k: v for k, v in extra.items() if v is not None})
    logger.info("audit", extra={"audit": event})
    count(f"{action}.{outcome}")


class AuditRecord(Slotted):
    """Fields an operation fills in as it learns them; emitted once when it ends."""

    __slots__ = ("action", "extra", "outcome", "request_id", "resume_id", "session_ref", "started")
    action: str
    session_ref: str | None
    request_id: str | None
    resume_id: str | None
    outcome: str | None
    extra: dict[str, Any]
    started: float

    def __init__(
        self,
        action: str,
        session_ref: str | None = None,
        request_id: str | None = None,
        resume_id: str | None = None,
        outcome: str | None = None,
        extra: dict[str, Any] | None = None,
        started: float | None = None,
    ) -> None:
        self.action = action
        self.session_ref = session_ref
        self.request_id = request_id
        self.resume_id = resume_id
        self.outcome = outcome
        self.extra = {} if extra is None else extra
        self.started = time.perf_counter() if started is None else started

    def emit(self, outcome: str, status: int | None = None) -> None:
        emit(
            self.action,
            self.outcome or outcome,
            session_ref=self.session_ref,
            request_id=self.request_id,
            resume_id=self.resume_id,
            duration_ms=(time.perf_counter() - self.started) * 1000,
            status=status,
            **self.extra,
        )


@contextmanager
def operation(action: str, **fields: Any) -> Iterator[AuditRecord]:
    """Audit a non-HTTP operation (S3 ingest, async worker): success, or failure on exception."""
    record = AuditRecord(action=action, **fields)
    try:
        yield record
    except Exception as exc:
        record.extra.setdefault("reason", getattr(exc, "code", type(exc).__name__))
        record.emit("failure")
        raise
    record.emit("success")
