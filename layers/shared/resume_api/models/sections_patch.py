"""PATCH /resume_sections: the application/json request (named sections, replaced whole) and the
answer of every form. Apart from models/sections so that reading a resume builds neither."""

# No `from __future__ import annotations`: pydantic would compile each field's annotation string
# (an eval) while it builds these models, at every cold start.

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
