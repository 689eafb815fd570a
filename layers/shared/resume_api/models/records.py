"""What the service stores about a session's resumes (server-owned items); its conversations are
models/conversation_record.py, which only the functions that read or write one build.

The repositories in data/ read and write these; clients never set any of their fields (a PATCH
body is a `SectionsPatch`, which has none of them).
"""

# No `from __future__ import annotations` here: pydantic would compile every field's annotation
# string (an eval) while it builds these models, at every cold start.

from typing import Literal

from pydantic import BaseModel, Field

from resume_api.models.empty import empty_list
from resume_api.models.leases import INTERRUPTED, STALE_AFTER_S

ResumeStatus = Literal["pending", "processing", "ready", "failed"]


class ResumeError(BaseModel):
    code: str
    message: str


MAX_WARNINGS = 50
WarningKind = Literal["instruction", "hidden_text"]


class UploadWarning(BaseModel):
    """Something in the file a recruiter and the person should know about: text addressed to an AI or
    a screener, or text no reader of the resume sees. Never followed, never part of the sections."""

    kind: WarningKind = Field(
        description="`instruction`: text addressed to an AI or a screening system; `hidden_text`: "
        "text no reader sees (left out of the parsed sections)."
    )
    text: str = Field(max_length=200, description="The passage, cut to 200 characters.")
    page: int | None = Field(None, ge=1, description="1-based page of a PDF; null for a DOCX.")
    reason: str = Field(
        max_length=40,
        description="For `hidden_text` how it is hidden: `same_colour` (as what is behind it), "
        "`tiny_text` (under 2 pt), `outside_page`, `clipped`, `invisible` (render mode 3), "
        "`transparent`, `covered` (under a solid box or an opaque image painted after it), "
        "`hidden_layer` (in an optional content layer the document's default view turns off), "
        "`hidden_run` (Word's hidden text). For `instruction` what it does: "
        "`override`, `ranking`, `edit`, `address`, `role`, `exfiltration`.",
    )
    hidden: bool = Field(False, description="Whether the passage is hidden from a reader.")


def warning_counts(warnings: list[UploadWarning]) -> dict[str, int]:
    """Warnings counted by kind: what an audit event says of them (never their text)."""
    counts: dict[str, int] = {}
    for warning in warnings:
        counts[warning.kind] = counts.get(warning.kind, 0) + 1
    return counts


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
    version_keys: list[str] = Field(default_factory=empty_list, description="S3 key of version n at [n - 1].")
    sections_available: list[str] = Field(default_factory=empty_list)
    error: ResumeError | None = None
    lease_until: int | None = None
    retry_until: int | None = Field(
        None, description="Until then a retry may take over a claim whose lease ran out; then it is failed."
    )
    origin: str = "upload"
    warnings: list[UploadWarning] = Field(
        default_factory=empty_list,
        max_length=MAX_WARNINGS,
        description="What the parse found (see UploadWarning).",
    )

    def given_up(self, now: float) -> bool:
        """A `processing` claim whose attempt and every retry window are over: it is failed, stored
        so or not yet (the next ingest delivery stores it; every reader already sees it)."""
        if self.status != "processing":
            return False
        give_up_at = self.retry_until or (self.lease_until or 0) + STALE_AFTER_S
        return give_up_at < int(now)  # whole seconds, as the claim's condition compares them

    def shown_status(self, now: float) -> tuple[ResumeStatus, ResumeError | None]:
        """Status and error as a reader sees them: a claim given up reads as failed."""
        if self.given_up(now):
            return "failed", ResumeError.model_validate(INTERRUPTED)
        return self.status, self.error
