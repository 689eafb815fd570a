"""ATS score requests and results."""

# No `from __future__ import annotations` here: pydantic would compile every field's annotation
# string (an eval) while it builds these models, at every cold start.

from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from resume_api.models.empty import empty_list
from resume_api.models.resume import Resume


class MatchedKeyword(BaseModel):
    keyword: str
    category: str
    weight: int
    alternatives: list[str] = Field(
        default_factory=empty_list,
        description='Terms the job offers as alternatives ("A or B"): any one meets it.',
    )
    exact: bool = Field(description="Written as the job description writes it (else found under a synonym).")
    where: list[str] = Field(
        description="JSON paths in the resume where it appears, e.g. work[0].highlights[2]."
    )


class MissingKeyword(BaseModel):
    keyword: str
    category: str
    weight: int
    alternatives: list[str] = Field(
        default_factory=empty_list,
        description='Terms the job offers as alternatives ("A or B"): any one meets it.',
    )
    required: bool


class CategoryScore(BaseModel):
    matched: int
    total: int
    score: int


class AtsResult(BaseModel):
    score: int = Field(ge=0, le=100)
    keywords_total: int
    matched: list[MatchedKeyword]
    missing: list[MissingKeyword]
    breakdown: dict[str, CategoryScore]


class AtsRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resume_id: str | None = Field(None, max_length=64)
    parsed: Resume | None = Field(None, description="Score this resume instead of a stored one.")
    jd: str = Field(min_length=20, max_length=50_000, description="The job description, as text.")

    @model_validator(mode="after")
    def _one_source(self) -> Self:
        """As optimize and generate: a request naming two resumes is refused, never half-read."""
        if self.resume_id and self.parsed:
            raise ValueError("give resume_id or parsed, not both")
        return self


class AtsResponse(AtsResult):
    resume_id: str | None
    version: int | None
