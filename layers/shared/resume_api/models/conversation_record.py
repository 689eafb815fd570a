"""What the service stores about an optimization or a generation (a server-owned item).

Apart from models/records.py (the resume items every resume reader builds) so that a function
that never reads or writes a conversation does not build this model, and a function that reads
only conversations builds no resume record.
"""

# No `from __future__ import annotations` here: pydantic would compile every field's annotation
# string (an eval) while it builds these models, at every cold start.

from typing import Any

from pydantic import BaseModel, Field

from resume_api.models.leases import INTERRUPTED, STALE_AFTER_S


class ConversationRecord(BaseModel):
    """One optimization or generation (`CONV#<id>` under the session): what happened, and where
    its request and result are in S3 — never a secret, the prompt text or the resume itself."""

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
    lease_until: int | None = Field(
        None, description="queued: until the job may still start; running: until the worker's deadline."
    )

    def given_up(self, now: float) -> bool:
        """Queued or running past its lease (plus the grace a late write needs): the job died
        without recording it (a crash, or an outage that also failed the `failed` write)."""
        if self.status not in ("queued", "running") or self.lease_until is None:
            return False
        return self.lease_until + STALE_AFTER_S < now

    def shown(self, now: float) -> tuple[str, dict[str, str] | None]:
        """Status and error as a reader sees them: a job given up reads as failed."""
        if self.given_up(now):
            return "failed", dict(INTERRUPTED)
        return self.status, self.error
