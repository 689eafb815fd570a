"""What every upload of a resume file is held to (its type, its name, the new resume's id), and the
presigned upload's request and answer (POST /upload_resume/presign). No resume document model
here: a presign stores a pending record only."""

from __future__ import annotations

import secrets
import unicodedata
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_api.errors import Unprocessable

ACCEPTED_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


def new_resume_id(now: float) -> str:
    """Time-ordered (milliseconds) then random: the latest upload sorts last even within a second."""
    return f"r_{int(now * 1000):012x}{secrets.token_hex(6)}"


def clean_filename(name: str | None) -> str:
    """The file name as given, refused if it could be read as a path or carries control characters."""
    name = unicodedata.normalize("NFC", (name or "").strip())
    if not name or len(name) > 200:
        raise Unprocessable("The file name must be 1 to 200 characters.", code="bad_filename")
    if any(c in name for c in "/\\") or name in {".", ".."} or name.startswith("."):
        raise Unprocessable("The file name must not contain a path.", code="bad_filename")
    if any(unicodedata.category(c) in {"Cc", "Cf", "Cs", "Co"} for c in name):
        raise Unprocessable("The file name contains control characters.", code="bad_filename")
    return name


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
