"""What every list of resumes shows about each one: a summary of its record, no document.

Apart from models/sections (the full view) and models/sections_patch (the PATCH models) so that
what only lists resumes (session info, the resume list) builds neither the resume document's
models nor the PATCH ones.
"""

# No `from __future__ import annotations` here: pydantic would compile every field's annotation
# string (an eval) while it builds these models, at every cold start.

from typing import Self

from pydantic import BaseModel, Field

from resume_api.models.empty import empty_list
from resume_api.models.records import ResumeError, ResumeRecord, ResumeStatus, UploadWarning
from resume_api.models.time import iso


class ResumeSummary(BaseModel):
    resume_id: str
    filename: str
    status: ResumeStatus
    uploaded_at: str
    updated_at: str
    version: int
    sections_available: list[str] = Field(default_factory=empty_list)
    error: ResumeError | None = None
    warnings: list[UploadWarning] = Field(
        default_factory=empty_list,
        description="What the parse found: text addressed to an AI or a screener, text no reader sees.",
    )

    @classmethod
    def of(cls, record: ResumeRecord, now: float) -> Self:
        return cls.model_validate(summary_fields(record, now))


def summary_fields(record: ResumeRecord, now: float) -> dict[str, object]:
    """What every view of a resume shows about it, as of `now`."""
    status, error = record.shown_status(now)
    return {
        "resume_id": record.resume_id,
        "filename": record.filename,
        "status": status,
        "uploaded_at": iso(record.uploaded_at) or "",
        "updated_at": iso(record.updated_at) or "",
        "version": record.version,
        "sections_available": record.sections_available,
        "error": error,
        "warnings": record.warnings,
    }
