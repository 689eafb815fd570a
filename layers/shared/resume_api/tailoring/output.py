"""What the LLM must return: a tailored resume, field for field, that the truth guard then checks.

The model echoes each entry's employer, title and dates so the guard can pair it with the
source entry; those echoed facts are never taken from the model, only compared. Unknown keys
are ignored rather than refused: a chatty model still produces a usable answer. Every limit is
the resume schema's own (models/resume.py), so any resume that validates can come back tailored.
"""

# No `from __future__ import annotations`: pydantic would compile each field's annotation string
# (an eval) while it builds these models, at every cold start.

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from resume_api.models.empty import empty_list
from resume_api.models.json_schema import inline_schema
from resume_api.models.resume import Basics, Certificate, Project, Resume, Skill, Work


def _limit(model: type[BaseModel], name: str) -> int:
    """The max_length the resume schema sets on `model.name`: one source of truth for both schemas."""
    for item in model.model_fields[name].metadata:
        if hasattr(item, "max_length") and item.max_length is not None:
            return int(item.max_length)
    raise LookupError(f"{model.__name__}.{name} has no max_length")


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class TailoredWork(_Out):
    name: str | None = Field(
        None, max_length=_limit(Work, "name"), description="Employer, exactly as in the source."
    )
    position: str | None = Field(
        None, max_length=_limit(Work, "position"), description="Job title, exactly as in the source."
    )
    startDate: str | None = Field(None, max_length=_limit(Work, "startDate"))
    endDate: str | None = Field(None, max_length=_limit(Work, "endDate"))
    summary: str | None = Field(None, max_length=_limit(Work, "summary"))
    highlights: list[str] = Field(default_factory=empty_list, max_length=_limit(Work, "highlights"))


class TailoredSkill(_Out):
    name: str | None = Field(None, max_length=_limit(Skill, "name"))
    keywords: list[str] = Field(default_factory=empty_list, max_length=_limit(Skill, "keywords"))


class TailoredProject(_Out):
    name: str | None = Field(None, max_length=_limit(Project, "name"))
    description: str | None = Field(None, max_length=_limit(Project, "description"))
    highlights: list[str] = Field(default_factory=empty_list, max_length=_limit(Project, "highlights"))


class TailoredCertificate(_Out):
    name: str | None = Field(None, max_length=_limit(Certificate, "name"))
    issuer: str | None = Field(None, max_length=_limit(Certificate, "issuer"))


class TailoredOutput(_Out):
    summary: str | None = Field(
        None, max_length=_limit(Basics, "summary"), description="A rewritten professional summary."
    )
    work: list[TailoredWork] = Field(default_factory=empty_list, max_length=_limit(Resume, "work"))
    skills: list[TailoredSkill] = Field(default_factory=empty_list, max_length=_limit(Resume, "skills"))
    projects: list[TailoredProject] = Field(default_factory=empty_list, max_length=_limit(Resume, "projects"))
    certificates: list[TailoredCertificate] = Field(
        default_factory=empty_list, max_length=_limit(Resume, "certificates")
    )
    notes: list[str] = Field(
        default_factory=empty_list, max_length=200, description="Why each change was made."
    )


def output_schema() -> dict[str, Any]:
    """The JSON schema handed to providers that can enforce one (inlined: some reject $ref)."""
    return inline_schema(TailoredOutput)
