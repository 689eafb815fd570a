"""POST /v1/ats_score: a deterministic 0–100 keyword score of a resume against a job (no LLM)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from resume_api.logic.ats import score_resume
from resume_api.models.ats import AtsRequest, AtsResponse
from resume_api.web import wiring
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler

router = APIRouter(tags=["optimize"])


@router.post(
    "/v1/ats_score",
    operation_id="ats_score",
    response_model=AtsResponse,
    responses=error_responses(400, 401, 404, 409, 422, 503),
)
def ats_score(
    body: AtsRequest, request: Request, caller: Annotated[Caller, Depends(current_caller)]
) -> AtsResponse:
    result = score_resume(caller, body, resumes=wiring.resumes())
    note(request, resume_id=result.resume_id, version=result.version)
    return result


app = create_app(router)
handler = make_handler(app)
