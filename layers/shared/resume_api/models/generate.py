"""Generating a finished document from a resume: the request and what the caller gets back."""

# No `from __future__ import annotations`: pydantic would compile each field's annotation string
# (an eval) while it builds these models, at every cold start.

from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from resume_api.models.resume import Resume

Format = Literal["docx", "pdf", "md", "json"]
Template = Literal["classic", "modern", "compact", "ats"]


class GenerateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resume_id: str | None = Field(None, max_length=64, description="Default: the session's latest resume.")
    parsed: Resume | None = Field(None, description="Render this resume instead of a stored one.")
    version: int | None = Field(
        None, ge=1, le=100_000, description="Default: the latest (an optimized one when there is one)."
    )
    format: Format = Field(description="docx, pdf, md (Markdown) or json (JSON Resume).")
    template: Template = Field("classic", description="All templates are single-column and ATS-readable.")

    @model_validator(mode="after")
    def _one_source(self) -> Self:
        if self.resume_id and self.parsed:
            raise ValueError("give resume_id or parsed, not both")
        if self.parsed and self.version:
            raise ValueError("version applies to a stored resume, not to parsed")
        return self


class GenerateResponse(BaseModel):
    document_id: str
    format: Format
    template: Template
    filename: str
    content_type: str
    size_bytes: int
    pages: int = Field(description="PDF: its pages; DOCX: an estimate from the same layout; md/json: 0.")
    download_url: str = Field(description="A presigned GET, valid until expires_at.")
    expires_at: str
    resume_id: str | None
    version: int | None
    conversation_id: str
