"""The resume, as JSON Resume (https://jsonresume.org/schema) plus the raw text of every section.

One model serves the parser's output, PATCH validation, the LLM's structured output and the
document generators, so a field means the same thing everywhere. Unknown fields are refused:
a PATCH cannot smuggle data the rest of the service does not understand.
"""

# No `from __future__ import annotations` here: pydantic would compile every field's annotation
# string (an eval) while it builds these models, at every cold start.

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_api.models.empty import empty_list

SECTION_KEYS = (
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
)
"""The JSON Resume sections a client may read and PATCH, in JSON Resume order."""

SectionKey = Literal[
    "summary",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "other",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Location(_Strict):
    address: str | None = Field(None, max_length=500)
    postalCode: str | None = Field(None, max_length=40)
    city: str | None = Field(None, max_length=200)
    countryCode: str | None = Field(None, max_length=10)
    region: str | None = Field(None, max_length=200)


class Profile(_Strict):
    network: str | None = Field(None, max_length=100)
    username: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=500)


class Basics(_Strict):
    name: str | None = Field(None, max_length=300)
    label: str | None = Field(None, max_length=300)
    image: str | None = Field(None, max_length=500)
    email: str | None = Field(None, max_length=320)
    phone: str | None = Field(None, max_length=60)
    url: str | None = Field(None, max_length=500)
    summary: str | None = Field(None, max_length=10_000)
    location: Location | None = None
    profiles: list[Profile] = Field(default_factory=empty_list, max_length=50)


class Work(_Strict):
    name: str | None = Field(None, max_length=300)
    position: str | None = Field(None, max_length=300)
    location: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=500)
    startDate: str | None = Field(None, max_length=20)
    endDate: str | None = Field(None, max_length=20)
    summary: str | None = Field(None, max_length=10_000)
    highlights: list[str] = Field(default_factory=empty_list, max_length=200)
    description: str | None = Field(None, max_length=2_000)


class Volunteer(_Strict):
    organization: str | None = Field(None, max_length=300)
    position: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=500)
    startDate: str | None = Field(None, max_length=20)
    endDate: str | None = Field(None, max_length=20)
    summary: str | None = Field(None, max_length=10_000)
    highlights: list[str] = Field(default_factory=empty_list, max_length=200)


class Education(_Strict):
    institution: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=500)
    area: str | None = Field(None, max_length=300)
    studyType: str | None = Field(None, max_length=300)
    startDate: str | None = Field(None, max_length=20)
    endDate: str | None = Field(None, max_length=20)
    score: str | None = Field(None, max_length=100)
    location: str | None = Field(None, max_length=300)
    courses: list[str] = Field(default_factory=empty_list, max_length=200)


class Award(_Strict):
    title: str | None = Field(None, max_length=500)
    date: str | None = Field(None, max_length=20)
    awarder: str | None = Field(None, max_length=300)
    summary: str | None = Field(None, max_length=5_000)


class Certificate(_Strict):
    name: str | None = Field(None, max_length=500)
    date: str | None = Field(None, max_length=20)
    issuer: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=500)


class Publication(_Strict):
    name: str | None = Field(None, max_length=1_000)
    publisher: str | None = Field(None, max_length=300)
    releaseDate: str | None = Field(None, max_length=20)
    url: str | None = Field(None, max_length=500)
    summary: str | None = Field(None, max_length=5_000)


class Skill(_Strict):
    name: str | None = Field(None, max_length=300)
    level: str | None = Field(None, max_length=100)
    keywords: list[str] = Field(default_factory=empty_list, max_length=300)


class Language(_Strict):
    language: str | None = Field(None, max_length=100)
    fluency: str | None = Field(None, max_length=100)


class Interest(_Strict):
    name: str | None = Field(None, max_length=300)
    keywords: list[str] = Field(default_factory=empty_list, max_length=100)


class Reference(_Strict):
    name: str | None = Field(None, max_length=300)
    reference: str | None = Field(None, max_length=5_000)


class Project(_Strict):
    name: str | None = Field(None, max_length=300)
    description: str | None = Field(None, max_length=5_000)
    highlights: list[str] = Field(default_factory=empty_list, max_length=200)
    keywords: list[str] = Field(default_factory=empty_list, max_length=200)
    startDate: str | None = Field(None, max_length=20)
    endDate: str | None = Field(None, max_length=20)
    url: str | None = Field(None, max_length=500)
    roles: list[str] = Field(default_factory=empty_list, max_length=50)
    entity: str | None = Field(None, max_length=300)
    type: str | None = Field(None, max_length=100)


class Section(_Strict):
    """A section as printed: its heading, the JSON Resume key it maps to, and its full text."""

    heading: str = Field(max_length=300)
    key: SectionKey
    text: str = Field(default="", max_length=100_000)


class Resume(_Strict):
    basics: Basics = Field(default_factory=Basics)
    work: list[Work] = Field(default_factory=empty_list, max_length=200)
    volunteer: list[Volunteer] = Field(default_factory=empty_list, max_length=200)
    education: list[Education] = Field(default_factory=empty_list, max_length=100)
    awards: list[Award] = Field(default_factory=empty_list, max_length=200)
    certificates: list[Certificate] = Field(default_factory=empty_list, max_length=200)
    publications: list[Publication] = Field(default_factory=empty_list, max_length=500)
    skills: list[Skill] = Field(default_factory=empty_list, max_length=200)
    languages: list[Language] = Field(default_factory=empty_list, max_length=100)
    interests: list[Interest] = Field(default_factory=empty_list, max_length=100)
    references: list[Reference] = Field(default_factory=empty_list, max_length=100)
    projects: list[Project] = Field(default_factory=empty_list, max_length=200)
    sections: list[Section] = Field(default_factory=empty_list, max_length=200)

    def sections_available(self) -> list[str]:
        """The JSON Resume sections that hold something, in schema order."""
        present = []
        for key in SECTION_KEYS:
            value = getattr(self, key)
            if key == "basics":
                if value.model_dump(exclude_defaults=True):
                    present.append(key)
            elif value:
                present.append(key)
        return present
