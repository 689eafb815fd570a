"""Reading and patching a stored resume: the full view, and the PATCH request and answer (the
summary every list shows is models/listing)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_api.models.listing import ResumeSummary
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

PATCH_MEDIA_TYPES = ("application/json", "application/merge-patch+json", "application/json-patch+json")
"""What PATCH /resume_sections accepts (models.patches reads each), as the Accept-Patch header lists them."""


class ResumeView(ResumeSummary):
    """One resume in full: its metadata and, once ready, the parsed document."""

    resume: Resume | None = None


class SessionMeta(BaseModel):
    expires_at: str


class SectionsResponse(ResumeView):
    session: SessionMeta


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
    """The application/json form of PATCH: named sections, replaced whole (`basics` merges)."""

    model_config = ConfigDict(extra="forbid")

    resume_id: str | None = Field(None, max_length=64, description="Default: the latest ready resume.")
    version: int | None = Field(
        None,
        ge=1,
        description="The version you read; a stale one is a 409. Required unless If-Match is sent.",
    )
    sections: SectionsPatch


class PatchSectionsResponse(BaseModel):
    resume_id: str
    version: int
    sections_changed: list[str]
    resume: Resume


IfMatch = tuple[str, ...] | Literal["*"]
"""An If-Match header, read: the opaque tags of its strong entity tags, or `*` (any version)."""


def etag(version: int) -> str:
    """The resume version as a strong entity tag: the ETag of GET /resume_sections and of PATCH."""
    return f'"{version}"'


def if_match_allows(if_match: IfMatch, version: int) -> bool:
    """RFC 9110 If-Match with strong comparison: `*`, or one of its tags is this version's."""
    return if_match == "*" or str(version) in if_match
