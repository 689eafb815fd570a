"""POST /v1/ats_score: a deterministic 0–100 keyword score of a resume against a job (no LLM)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic.ats import score_resume
from resume_api.models.ats import AtsRequest, AtsResponse
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.contract import success
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler
from resume_api.web.wiring.resumes import resume_repository

router = APIRouter(tags=["optimize"])

EXAMPLES: dict[str, Any] = {
    "latest": {
        "summary": "Score the latest resume against a job",
        "value": {"jd": "Backend engineer: Python, PostgreSQL and AWS Lambda required."},
    },
    "parsed": {
        "summary": "Score a resume given in the request",
        "value": {
            "parsed": {
                "basics": {"name": "Jane Doe"},
                "skills": [{"name": "Languages", "keywords": ["Python", "SQL"]}],
            },
            "jd": "Backend engineer: Python, PostgreSQL and AWS Lambda required.",
        },
    },
}


@router.post(
    "/v1/ats_score",
    operation_id="ats_score",
    summary="Score a resume against a job description (no LLM)",
    description="A deterministic 0–100 keyword score of the latest resume (or `resume_id`, or a "
    "`parsed` resume in the request) against `jd`: the keywords and phrases the job asks for, "
    "which the resume has (and where), which it misses, weighted by whether the job requires them. "
    'Alternatives the job offers ("GitHub Actions or CircleCI", "Java/Kotlin") are one keyword '
    "met by any of them; keywords match whole words. **404** without a resume, **409** while it "
    "is still being parsed.",
    response_model=AtsResponse,
    responses={200: success("The score and its breakdown."), **error_responses(400, 401, 404, 409, 422, 503)},
)
def ats_score(
    body: Annotated[AtsRequest, Body(openapi_examples=EXAMPLES)],
    request: Request,
    caller: Annotated[Caller, Depends(current_caller)],
) -> AtsResponse:
    result = score_resume(caller, body, resumes=resume_repository())
    note(request, resume_id=result.resume_id, version=result.version)
    return result


app = create_app(router)
handler = make_handler(app)
