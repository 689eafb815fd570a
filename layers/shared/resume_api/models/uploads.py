"""Uploading a resume: the direct upload's answer, the presigned flow, and what `?use_llm=true` did."""

from __future__ import annotations

from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from resume_api.models.empty import empty_list
from resume_api.models.records import UploadWarning
from resume_api.models.resume import Resume

ACCEPTED_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


class ParsedUpload(NamedTuple):
    """What the parser makes of a file: its kind (pdf/docx), the resume, and the warnings."""

    kind: str
    resume: Resume
    warnings: list[UploadWarning]


class RemovedValue(BaseModel):
    section: str
    path: str
    value: str


class Refinement(BaseModel):
    """What `?use_llm=true` did: whether the LLM's structure was used, and what it could not back."""

    used: bool
    provider: str | None = None
    model: str | None = None
    sections_changed: list[str] = Field(default_factory=empty_list)
    removed: list[RemovedValue] = Field(
        default_factory=empty_list,
        description="Values the LLM returned that the source text does not contain.",
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
    warnings: list[UploadWarning] = Field(
        default_factory=empty_list,
        description="Text addressed to an AI or a screener, and text no reader sees (left out of the "
        "sections): reported, never followed.",
    )


class PresignRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filename: str = Field(min_length=1, max_length=200)
    content_type: Literal[
        "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    ]
    size: int = Field(
        gt=0, description="The file's size in bytes: the upload policy accepts 1 byte to this many, no more."
    )


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
    max_bytes: int = Field(description="The size declared: the upload policy accepts 1 byte to this many.")
    poll: str = Field(description="GET this path until status is ready or failed.")
