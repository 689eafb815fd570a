"""What the service stores about a session's resumes and conversations (server-owned items).

The repositories in data/ read and write these; clients never set any of their fields (a PATCH
body is a `SectionsPatch`, which has none of them).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

ResumeStatus = Literal["pending", "processing", "ready", "failed"]
STALE_AFTER_S = 300
"""A `processing` claim this long past its lease has been given up by every retry."""


class ResumeError(BaseModel):
    code: str
    message: str


class ResumeRecord(BaseModel):
    """The resume's metadata item in DynamoDB (server-owned: clients never set these)."""

    resume_id: str
    filename: str
    status: ResumeStatus
    uploaded_at: int
    updated_at: int
    version: int = 0
    kind: str | None = None
    size_bytes: int | None = None
    content_type: str | None = None
    source_key: str
    parsed_key: str | None = None
    version_keys: list[str] = Field(default_factory=list, description="S3 key of version n at [n - 1].")
    sections_available: list[str] = Field(default_factory=list)
    error: ResumeError | None = None
    lease_until: int | None = None
    origin: str = "upload"

    def shown_status(self, now: float) -> tuple[ResumeStatus, ResumeError | None]:
        """Status and error as a reader sees them: a claim abandoned long ago reads as failed."""
        if self.status == "processing" and (self.lease_until or 0) + STALE_AFTER_S < now:
            return "failed", ResumeError(
                code="processing_failed", message="Processing the file failed repeatedly."
            )
        return self.status, self.error


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
