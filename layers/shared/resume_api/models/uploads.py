"""Uploading a resume directly: what the parser makes of a file, the answer, and what `?use_llm=true` did.

The presigned flow's models are models/presign.py: asking for a presigned POST builds no resume model.
"""

# No `from __future__ import annotations`: pydantic would compile each field's annotation string
# (an eval) while it builds these models, at every cold start.

from typing import Literal, NamedTuple

from pydantic import BaseModel, Field

from resume_api.models.empty import empty_list
from resume_api.models.records import UploadWarning
from resume_api.models.resume import Resume


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
    sections_kept: list[str] = Field(
        default_factory=empty_list,
        description="Sections kept as parsed because the LLM's answer left out some of their text.",
    )
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
