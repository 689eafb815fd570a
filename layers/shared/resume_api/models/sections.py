"""Reading a stored resume: the full view, and the version rules (ETag, If-Match) both GET and PATCH
follow. The summary every list shows is models/listing; PATCH's request and answer models are
models/sections_patch (GET /resume_sections and GET /session/resume build neither)."""

# No `from __future__ import annotations` here: pydantic would compile every field's annotation
# string (an eval) while it builds these models, at every cold start.

from typing import Literal

from pydantic import BaseModel

from resume_api.models.listing import ResumeSummary
from resume_api.models.resume import Resume

PATCH_MEDIA_TYPES = ("application/json", "application/merge-patch+json", "application/json-patch+json")
"""What PATCH /resume_sections accepts (models.patches reads each), as the Accept-Patch header lists them."""


class ResumeView(ResumeSummary):
    """One resume in full: its metadata and, once ready, the parsed document."""

    resume: Resume | None = None


class SessionMeta(BaseModel):
    expires_at: str


class SectionsResponse(ResumeView):
    session: SessionMeta


IfMatch = tuple[str, ...] | Literal["*"]
"""An If-Match header, read: the opaque tags of its strong entity tags, or `*` (any version)."""


def etag(version: int) -> str:
    """The resume version as a strong entity tag: the ETag of GET /resume_sections and of PATCH."""
    return f'"{version}"'


def if_match_allows(if_match: IfMatch, version: int) -> bool:
    """RFC 9110 If-Match with strong comparison: `*`, or one of its tags is this version's."""
    return if_match == "*" or str(version) in if_match
