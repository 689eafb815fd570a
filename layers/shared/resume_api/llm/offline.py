"""The offline provider: tailoring by rules, with no network and no model.

It reorders bullets and skills by relevance to the job and uses the job's spelling for skills
the resume already lists under another name ("Postgres" → "PostgreSQL"); a skill the job writes
with the same tokens is left exactly as the resume writes it ("CI/CD" never becomes "CI / CD").
It never writes a new sentence, so it cannot invent anything; its answer still goes through
the same validation and truth guard as a model's. This makes the whole flow work in `make dev`
and in tests without any LLM.
"""

from __future__ import annotations

import json
import time
from typing import Any

from resume_api.ats.keywords import Keyword, extract_keywords, single_terms
from resume_api.ats.normalize import compact
from resume_api.llm.base import LlmRequest, LlmResponse, ProbeResult
from resume_api.models.llm_config import LlmConfigBase
from resume_api.models.resume import Resume
from resume_api.tailoring.relevance import by_relevance, job_spelling, relevance


class OfflineProvider:
    name = "offline"

    def __init__(self, config: LlmConfigBase | None = None) -> None:
        self.model = (config.model_name if config else "") or "offline-rules"

    def probe(self) -> ProbeResult:
        return ProbeResult(model_available=True, models=[self.model])

    def complete(self, request: LlmRequest) -> LlmResponse:
        started = time.perf_counter()
        resume = Resume.model_validate(request.context.get("resume") or {})
        keywords = extract_keywords(str(request.context.get("jd") or ""))
        notes: list[str] = []

        def ordered(path: str, items: list[str]) -> list[str]:
            result = by_relevance(items, keywords)
            if result != items:
                notes.append(f"{path}: reordered by relevance to the job")
            return result

        def skill_group(index: int, name: str | None, skills: list[str]) -> dict[str, Any]:
            spelled = []
            for skill in ordered(f"skills[{index}].keywords", skills):
                job_name = _as_the_job_writes_it(skill, keywords)
                if job_name != skill:
                    notes.append(f"skills[{index}]: {skill!r} written as the job writes it, {job_name!r}")
                spelled.append(job_name)
            return {"name": name, "keywords": spelled}

        groups = [skill_group(i, g.name, g.keywords) for i, g in enumerate(resume.skills)]
        by_fit = sorted(groups, key=lambda g: -sum(relevance(k, keywords) for k in g["keywords"]))
        if by_fit != groups:
            notes.append("skills: groups reordered by relevance to the job")
        answer: dict[str, Any] = {
            "summary": resume.basics.summary,
            "work": [
                {
                    "name": w.name,
                    "position": w.position,
                    "startDate": w.startDate,
                    "endDate": w.endDate,
                    "summary": w.summary,
                    "highlights": ordered(f"work[{i}].highlights", w.highlights),
                }
                for i, w in enumerate(resume.work)
            ],
            "projects": [
                {
                    "name": p.name,
                    "description": p.description,
                    "highlights": ordered(f"projects[{i}].highlights", p.highlights),
                }
                for i, p in enumerate(resume.projects)
            ],
            "skills": by_fit,
            "certificates": [{"name": c.name, "issuer": c.issuer} for c in resume.certificates],
            "notes": notes[:20] or ["Nothing to change: the resume's order already fits the job."],
        }
        text = json.dumps(answer, ensure_ascii=False)
        return LlmResponse(
            text=text,
            model=self.model,
            provider=self.name,
            usage={"input_tokens": 0, "output_tokens": 0},
            latency_ms=(time.perf_counter() - started) * 1000,
        )


def _as_the_job_writes_it(skill: str, keywords: list[Keyword]) -> str:
    """The job's name for a skill the resume lists under a synonym; the resume's own when only spacing,
    case or hyphens differ. Alternatives are looked up one by one ("Mongo" is not "PostgreSQL or MongoDB")."""
    job_name = job_spelling(skill, list(single_terms(keywords)))
    return skill if compact(job_name) == compact(skill) else job_name
