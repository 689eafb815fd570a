"""The offline provider: tailoring by rules, with no network and no model.

It reorders bullets and skills by relevance to the job and uses the job's spelling for skills
the resume already lists under another name. It never writes a new sentence, so it cannot
invent anything; its answer still goes through the same validation and truth guard as a
model's. This makes the whole flow work in `make dev` and in tests without any LLM.
"""

from __future__ import annotations

import json
import time
from typing import Any

from resume_api.ats.keywords import extract_keywords
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
        answer: dict[str, Any] = {
            "summary": resume.basics.summary,
            "work": [
                {
                    "name": w.name,
                    "position": w.position,
                    "startDate": w.startDate,
                    "endDate": w.endDate,
                    "summary": w.summary,
                    "highlights": by_relevance(w.highlights, keywords),
                }
                for w in resume.work
            ],
            "projects": [
                {
                    "name": p.name,
                    "description": p.description,
                    "highlights": by_relevance(p.highlights, keywords),
                }
                for p in resume.projects
            ],
            "skills": sorted(
                (
                    {
                        "name": group.name,
                        "keywords": [
                            job_spelling(k, keywords) for k in by_relevance(group.keywords, keywords)
                        ],
                    }
                    for group in resume.skills
                ),
                key=lambda g: -sum(relevance(k, keywords) for k in g["keywords"]),
            ),
            "certificates": [{"name": c.name, "issuer": c.issuer} for c in resume.certificates],
            "notes": [
                "Ordered bullets and skills by relevance to the job; used the job's spelling for listed skills."
            ],
        }
        text = json.dumps(answer, ensure_ascii=False)
        return LlmResponse(
            text=text,
            model=self.model,
            provider=self.name,
            usage={"input_tokens": 0, "output_tokens": 0},
            latency_ms=(time.perf_counter() - started) * 1000,
        )
