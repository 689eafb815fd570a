"""Any valid resume can be optimized (issue #11, item 5): the output schema allows what the resume
schema allows, so the largest resume that validates comes back tailored, with a model and offline.

Before, a job with 41 bullets, 61 jobs, 41 skill groups, a summary over 3,000 characters or a job
summary over 2,000 made every provider, offline included, answer 502 llm_bad_output.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from pydantic import BaseModel

from resume_api.llm.base import LlmRequest, LlmResponse, ProbeResult
from resume_api.llm.offline import OfflineProvider
from resume_api.logic.optimize import tailor
from resume_api.models.llm_config import LlmConfigStored
from resume_api.models.optimize import OptimizeRequest
from resume_api.models.resume import Basics, Resume, Skill, Work
from resume_api.tailoring.output import TailoredOutput
from tests.tailoring.test_guard import SESSION

SECTIONS = ("work", "skills", "projects", "certificates")
JD = "Senior Backend Engineer: Python, PostgreSQL, Kubernetes and Docker required; REST APIs."


def _limit(model: type[BaseModel], name: str) -> int:
    return int(next(m.max_length for m in model.model_fields[name].metadata if hasattr(m, "max_length")))


def _text(size: int, seed: int) -> str:
    sentence = f"Delivered project {seed} on time with the team using Python and SQL. "
    return (sentence * (size // len(sentence) + 1))[:size].rstrip()


def _job(i: int, bullets: int = 3, summary: int = 200) -> dict[str, Any]:
    return {
        "name": f"Employer {i} Holdings",
        "position": "Software Engineer",
        "startDate": "2010-01",
        "endDate": "2012-01",
        "summary": _text(summary, i),
        "highlights": [f"Built service {i}-{k} in Python for the billing team" for k in range(bullets)],
    }


def _resume(**sections: Any) -> Resume:
    base: dict[str, Any] = {
        "basics": {"name": "Max Size", "summary": _text(300, 0)},
        "work": [_job(0)],
        "skills": [{"name": "Languages", "keywords": ["Python", "SQL"]}],
    }
    base.update(sections)
    return Resume.model_validate(base)


def largest_resumes() -> dict[str, Resume]:
    """One resume at the schema's maximum in each dimension, and one past every old output limit at once
    (the whole maximum at once is tens of megabytes of JSON, more than any request can carry)."""
    skills_max = [
        {"name": f"Group {g}", "keywords": [f"Tool{g}x{k}" for k in range(_limit(Skill, "keywords"))]}
        for g in range(3)
    ]
    return {
        "jobs": _resume(work=[_job(i, bullets=1, summary=50) for i in range(_limit(Resume, "work"))]),
        "bullets": _resume(work=[_job(0, bullets=_limit(Work, "highlights"))]),
        "summary": _resume(basics={"name": "Max Size", "summary": _text(_limit(Basics, "summary"), 0)}),
        "job summary": _resume(work=[_job(0, summary=_limit(Work, "summary"))]),
        "skill groups": _resume(
            skills=[{"name": f"Group {g}", "keywords": [f"Tool{g}"]} for g in range(_limit(Resume, "skills"))]
        ),
        "keywords": _resume(skills=skills_max),
        "projects": _resume(
            projects=[
                {"name": f"Project {p}", "description": _text(300, p), "highlights": ["Built it in Python"]}
                for p in range(_limit(Resume, "projects"))
            ]
        ),
        "certificates": _resume(
            certificates=[{"name": f"Certificate {c}"} for c in range(_limit(Resume, "certificates"))]
        ),
        "past every old limit": _resume(
            basics={"name": "Max Size", "summary": _text(3_001, 0)},
            work=[_job(i, bullets=41 if i == 0 else 2, summary=2_001 if i == 0 else 50) for i in range(61)],
            skills=[{"name": f"Group {g}", "keywords": [f"Tool{g}"]} for g in range(41)],
            projects=[{"name": f"Project {p}", "description": _text(2_001, p)} for p in range(61)],
            certificates=[{"name": f"Certificate {c}"} for c in range(61)],
        ),
    }


class EchoModel:
    """A fake model that answers with the whole resume, every section at its maximum."""

    name = "fake"
    model = "fake-max"

    def probe(self) -> ProbeResult:
        return ProbeResult(model_available=True)

    def complete(self, request: LlmRequest) -> LlmResponse:
        resume = request.context["resume"]
        answer: dict[str, Any] = {
            "summary": resume["basics"]["summary"],
            "work": list(reversed(resume["work"])),
            "skills": list(reversed(resume["skills"])),
            "projects": resume["projects"],
            "certificates": resume["certificates"],
            "notes": ["Reordered skill groups."],
        }
        return LlmResponse(text=json.dumps(answer), model=self.model, provider=self.name)


def test_the_output_schema_allows_what_the_resume_schema_allows() -> None:
    for name, resume in largest_resumes().items():
        data = resume.model_dump(mode="json", exclude_none=True)
        output = TailoredOutput.model_validate(
            {"summary": data["basics"].get("summary"), **{k: data.get(k, []) for k in SECTIONS}}
        )
        assert len(output.work) == len(resume.work), name
        assert [len(w.highlights) for w in output.work] == [len(w.highlights) for w in resume.work], name
        assert output.summary == resume.basics.summary, name


CASES = [(name, provider) for name in largest_resumes() for provider in ("fake model", "offline")]


@pytest.mark.parametrize(("name", "provider"), CASES, ids=[f"{n}-{p}" for n, p in CASES])
def test_the_largest_valid_resumes_are_optimized(name: str, provider: str) -> None:
    resume = largest_resumes()[name]
    chosen: Any = (
        EchoModel()
        if provider == "fake model"
        else OfflineProvider(LlmConfigStored(provider="offline", model_name="offline-rules"))
    )
    request = OptimizeRequest(jd=JD, optimization_goals=["ats_optimization"])
    result, ats, _, run = tailor(resume, request, chosen, SESSION, time.time() + 120)
    assert run.usage.llm_calls == 1, "no repair: the first answer validated"
    assert result.removed_claims == []
    tailored = result.resume
    assert [len(w.highlights) for w in tailored.work] == [len(w.highlights) for w in resume.work]
    assert [w.summary for w in tailored.work] == [w.summary for w in resume.work]
    assert tailored.basics.summary == resume.basics.summary
    assert sorted(k for g in tailored.skills for k in g.keywords) == sorted(
        k for g in resume.skills for k in g.keywords
    )
    assert len(tailored.projects) == len(resume.projects)
    Resume.model_validate(tailored.model_dump(mode="json"))
    assert 0 <= ats.before <= ats.after <= 100
