"""GET /v1/session/resumes: every resume of the session, with status and the sections it holds."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic import resume_listing
from resume_api.models.listing import ResumeSummary
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.contract import success
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler
from resume_api.web.wiring.resume_items import resume_items

router = APIRouter(tags=["session"])


@router.get(
    "/v1/session/resumes",
    operation_id="list_resumes",
    summary="List the session's resumes",
    description="Every resume of the session in upload order: id, file name, status (`pending`, "
    "`processing`, `ready`, `failed` with why), version and the sections it holds.",
    response_model=list[ResumeSummary],
    responses={200: success("The resumes, oldest first."), **error_responses(401, 503)},
)
def list_resumes(request: Request, caller: Annotated[Caller, Depends(current_caller)]) -> list[ResumeSummary]:
    found = resume_listing.list_resumes(caller.token_hash, resumes=resume_items())
    note(request, resumes=len(found))
    return found


app = create_app(router)
handler = make_handler(app)
