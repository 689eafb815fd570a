"""GET /v1/resume_sections: the session's latest ready resume (or `?resume_id=`) with its metadata."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from resume_api.logic import sections
from resume_api.models.sections import SectionsResponse
from resume_api.web import wiring
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler

router = APIRouter(tags=["resumes"])


@router.get(
    "/v1/resume_sections",
    operation_id="get_resume_sections",
    response_model=SectionsResponse,
    responses=error_responses(401, 404, 409, 422, 503),
)
def get_resume_sections(
    request: Request,
    caller: Annotated[Caller, Depends(current_caller)],
    resume_id: Annotated[str | None, Query(max_length=64)] = None,
) -> SectionsResponse:
    response = sections.get_sections(caller, resume_id, resumes=wiring.resumes())
    note(request, resume_id=response.resume_id, version=response.version)
    return response


app = create_app(router)
handler = make_handler(app)
