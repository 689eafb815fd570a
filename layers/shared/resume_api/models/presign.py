"""The presigned upload's request and answer (POST /upload_resume/presign). No resume document model
here: a presign stores a pending record only. The rules every upload is held to (its type, its
name, the new resume's id) are models/upload_rules.py."""

# No `from __future__ import annotations`: pydantic would compile each field's annotation string
# (an eval) while it builds these models, at every cold start.

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


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
