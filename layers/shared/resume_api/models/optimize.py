"""Optimization requests and results (a conversation's view is models/conversation_view.py)."""

# No `from __future__ import annotations` here: pydantic would compile every field's annotation
# string (an eval) while it builds these models, at every cold start.

from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from resume_api.models.ats import AtsResult
from resume_api.models.resume import Resume
from resume_api.models.usage import Usage

Goal = Literal[
    "ats_optimization",
    "keyword_matching",
    "readability",
    "impact_focused",
    "skills_enhancement",
    "industry_specific",
]


class OptimizeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resume_id: str | None = Field(None, max_length=64, description="Default: the session's latest resume.")
    parsed: Resume | None = Field(None, description="Optimize this resume instead of a stored one.")
    jd: str = Field(min_length=20, max_length=50_000, description="The job description, as text.")
    optimization_goals: list[Goal] = Field(
        default_factory=lambda: list[Goal](["ats_optimization"]), max_length=6
    )

    @model_validator(mode="after")
    def _one_source(self) -> Self:
        if self.resume_id and self.parsed:
            raise ValueError("give resume_id or parsed, not both")
        return self


class Change(BaseModel):
    section: str
    path: str
    before: Any = None
    after: Any = None
    reason: str


class RemovedClaim(BaseModel):
    section: str
    path: str
    claim: str
    reason: str
    kind: str = Field(
        "other",
        description="What sort of claim: number, multiplier, magnitude, tenure, organization, place, name, "
        "title, promotion, award, patent, publication, degree, certification, language, leadership, scope, "
        "superlative, skill, link, employer, entry, date, secret or instructions.",
    )


class Gap(BaseModel):
    keyword: str
    category: str
    required: bool


class AtsComparison(BaseModel):
    before: int
    after: int
    matched_keywords: list[str]
    missing_keywords: list[str]
    detail_before: AtsResult
    detail_after: AtsResult


class OptimizeResponse(BaseModel):
    resume_id: str | None
    version: int | None = Field(description="The new version the optimized resume was stored as.")
    optimized_resume: Resume
    changes: list[Change]
    removed_claims: list[RemovedClaim]
    gaps: list[Gap]
    ats: AtsComparison
    provider: str
    model: str
    usage: Usage
    conversation_id: str


class OptimizeAccepted(BaseModel):
    conversation_id: str
    status: Literal["queued"]
    poll: str
