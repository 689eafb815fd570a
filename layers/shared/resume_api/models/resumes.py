"""Resumes as the API shows them and as the session stores them (metadata; the document lives in S3)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_api.models.resume import (
    Award,
    Basics,
    Certificate,
    Education,
    Interest,
    Language,
    Project,
    Publication,
    Reference,
    Resume,
    Skill,
    Volunteer,
    Work,
)

ResumeStatus = Literal["pending", "processing", "ready", "failed"]
ACCEPTED_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


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


class ResumeSummary(BaseModel):
    resume_id: str
    filename: str
    status: ResumeStatus
    uploaded_at: str
    updated_at: str
    version: int
    sections_available: list[str] = Field(default_factory=list)
    error: ResumeError | None = None


class ResumeView(ResumeSummary):
    """One resume in full: its metadata and, once ready, the parsed document."""

    resume: Resume | None = None


class SessionMeta(BaseModel):
    expires_at: str


class SectionsResponse(ResumeView):
    session: SessionMeta


class RemovedValue(BaseModel):
    section: str
    path: str
    value: str


class Refinement(BaseModel):
    """What `?use_llm=true` did: whether the LLM's structure was used, and what it could not back."""

    used: bool
    provider: str | None = None
    model: str | None = None
    sections_changed: list[str] = Field(default_factory=list)
    removed: list[RemovedValue] = Field(
        default_factory=list, description="Values the LLM returned that the source text does not contain."
    )
    error: dict[str, str] | None = Field(None, description="Why the heuristic parse was kept as it was.")


class UploadResponse(BaseModel):
    resume_id: str
    filename: str
    status: Literal["ready"]
    version: int
    sections_available: list[str]
    resume: Resume
    refinement: Refinement | None = Field(None, description="Present when ?use_llm=true was given.")


class PresignRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filename: str = Field(min_length=1, max_length=200)
    content_type: Literal[
        "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    ]
    size: int = Field(gt=0, description="Exact size in bytes; the upload policy enforces it as a maximum.")


class PresignedPost(BaseModel):
    url: str
    fields: dict[str, str]


class PresignResponse(BaseModel):
    resume_id: str
    status: Literal["pending"]
    upload: PresignedPost = Field(
        description="POST the file as multipart form data: these fields, then `file`."
    )
    expires_at: str
    max_bytes: int
    poll: str = Field(description="GET this path until status is ready or failed.")


class SectionsPatch(BaseModel):
    """The sections a PATCH may replace. Lists are replaced whole; `basics` merges field by field."""

    model_config = ConfigDict(extra="forbid")

    basics: Basics | None = None
    work: list[Work] | None = None
    volunteer: list[Volunteer] | None = None
    education: list[Education] | None = None
    awards: list[Award] | None = None
    certificates: list[Certificate] | None = None
    publications: list[Publication] | None = None
    skills: list[Skill] | None = None
    languages: list[Language] | None = None
    interests: list[Interest] | None = None
    references: list[Reference] | None = None
    projects: list[Project] | None = None


class PatchSectionsRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resume_id: str | None = Field(None, max_length=64)
    version: int = Field(ge=1, description="The version you read; a stale one is a 409.")
    sections: SectionsPatch


class PatchSectionsResponse(BaseModel):
    resume_id: str
    version: int
    sections_changed: list[str]
    resume: Resume
