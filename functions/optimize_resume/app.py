"""POST /v1/optimize_resume: tailor a resume to a job with the session's LLM (sync, or ?mode=async → 202)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from resume_api.logic import optimize
from resume_api.models.optimize import OptimizeAccepted, OptimizeRequest, OptimizeResponse
from resume_api.web import wiring
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller, deadline_of
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler

router = APIRouter(tags=["optimize"])


@router.post(
    "/v1/optimize_resume",
    operation_id="optimize_resume",
    response_model=OptimizeResponse,
    responses={
        202: {"model": OptimizeAccepted, "description": "Queued (?mode=async): poll the conversation."},
        **error_responses(400, 401, 404, 409, 422, 429, 502, 503, 504),
    },
)
def optimize_resume(
    body: OptimizeRequest,
    request: Request,
    caller: Annotated[Caller, Depends(current_caller)],
    mode: Annotated[
        Literal["sync", "async"], Query(description="async: answer 202 at once and work in the background.")
    ] = "sync",
) -> OptimizeResponse | JSONResponse:
    if mode == "async":
        accepted = optimize.enqueue_optimization(
            caller,
            body,
            resumes=wiring.resumes(),
            conversations=wiring.conversations(),
            quotas=wiring.quotas(),
            jobs=wiring.jobs(),
        )
        note(request, conversation_id=accepted.conversation_id, mode=mode)
        return JSONResponse(accepted.model_dump(), status_code=202)
    result = optimize.optimize(
        caller,
        body,
        deadline=deadline_of(request),
        sessions=wiring.sessions(),
        resumes=wiring.resumes(),
        conversations=wiring.conversations(),
        quotas=wiring.quotas(),
        providers=wiring.providers,
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
