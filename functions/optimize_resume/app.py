"""POST /v1/optimize_resume: tailor a resume to a job with the session's LLM (sync, or ?mode=async → 202)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import JSONResponse

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic import optimize
from resume_api.models.optimize import OptimizeAccepted, OptimizeRequest, OptimizeResponse
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller, deadline_of
from resume_api.web.contract import location, success
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler
from resume_api.web.wiring.conversations import conversation_repository
from resume_api.web.wiring.jobs import job_queue
from resume_api.web.wiring.providers import providers
from resume_api.web.wiring.quotas import quota_counters
from resume_api.web.wiring.resumes import resume_repository
from resume_api.web.wiring.sessions import session_repository

router = APIRouter(tags=["optimize"])

EXAMPLES: dict[str, Any] = {
    "latest": {
        "summary": "Tailor the latest resume to a job",
        "value": {
            "jd": "Backend engineer: Python, PostgreSQL and AWS Lambda required.",
            "optimization_goals": ["ats_optimization", "keyword_matching"],
        },
    },
}


@router.post(
    "/v1/optimize_resume",
    operation_id="optimize_resume",
    summary="Tailor a resume to a job with the session's LLM",
    description="Rewrites the latest resume (or `resume_id`, or a `parsed` one) for `jd` with the "
    "session's LLM: reorders, rewords and emphasizes, never inventing. The answer must validate "
    "against a schema (two repair attempts, then **502** `llm_bad_output`); then the truth guard "
    "keeps every employer, title, date, degree and number as in the source, removes any claim "
    "the source does not support (listed in `removed_claims`) and lists skills only the job asks "
    "for as `gaps`. The result is stored as the resume's next version, with the ATS score before "
    "and after. A sync call that would outlive API Gateway's 29 s is a **504** `llm_timeout`: use "
    "`?mode=async`, which answers **202** at once (its `poll` path is also the `Location`); poll "
    "the conversation. **429** past the optimizations per hour (with Retry-After).",
    response_model=OptimizeResponse,
    responses={
        200: success("The tailored resume, stored as a new version, with what changed and why."),
        202: {
            "model": OptimizeAccepted,
            "description": "Queued (?mode=async): poll the conversation.",
            "headers": {"Location": location("The conversation to poll.")},
        },
        **error_responses(400, 401, 404, 409, 422, 429, 502, 503, 504),
    },
)
def optimize_resume(
    body: Annotated[OptimizeRequest, Body(openapi_examples=EXAMPLES)],
    request: Request,
    caller: Annotated[Caller, Depends(current_caller)],
    mode: Annotated[
        Literal["sync", "async"],
        Query(
            description="async: answer 202 at once and work in the background.",
            openapi_examples={
                "async": {"summary": "Queue it and poll (slow local models)", "value": "async"}
            },
        ),
    ] = "sync",
) -> OptimizeResponse | JSONResponse:
    if mode == "async":
        accepted = optimize.enqueue_optimization(
            caller,
            body,
            resumes=resume_repository(),
            conversations=conversation_repository(),
            quotas=quota_counters(),
            jobs=job_queue(),
        )
        note(request, conversation_id=accepted.conversation_id, mode=mode)
        return JSONResponse(accepted.model_dump(), status_code=202, headers={"Location": accepted.poll})
    result = optimize.optimize(
        caller,
        body,
        deadline=deadline_of(request),
        sessions=session_repository(),
        resumes=resume_repository(),
        conversations=conversation_repository(),
        quotas=quota_counters(),
        providers=providers,
    )
    note(
        request,
        resume_id=result.resume_id,
        version=result.version,
        conversation_id=result.conversation_id,
        provider=result.provider,
        model=result.model,
        removed_claims=len(result.removed_claims),
        mode=mode,
    )
    return result


app = create_app(router)
handler = make_handler(app)
