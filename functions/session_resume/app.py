"""GET /v1/session/resume/{resume_id}: one resume in full; poll it after a presigned upload."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic import resume_view
from resume_api.models.sections import ResumeView
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.contract import success
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler
from resume_api.web.wiring.resumes import resume_repository

router = APIRouter(tags=["session"])


@router.get(
    "/v1/session/resume/{resume_id}",
    operation_id="get_resume",
    summary="Read one resume (poll it after a presigned upload)",
    description="One resume of the session with its status and, once `ready`, its parsed document. "
    "After a presigned upload, poll this until `status` is `ready` or `failed` (with `error` saying "
    "why). Another session's resume is a **404** with the same body as an unknown id.",
    response_model=ResumeView,
    responses={
        200: success("The resume, and its document once ready."),
        **error_responses(401, 404, 422, 503),
    },
)
def get_resume(
    request: Request,
    caller: Annotated[Caller, Depends(current_caller)],
    resume_id: Annotated[
        str,
        Path(
            max_length=64,
            description="The resume's id, from an upload, a presign or the list.",
            openapi_examples={"resume": {"summary": "A resume id", "value": "r_01jd3x8k2m9q4v7w5t6y0z1a2b"}},
        ),
    ],
) -> ResumeView:
    note(request, resume_id=resume_id)
    return resume_view.get_resume(caller.token_hash, resume_id, resumes=resume_repository())


app = create_app(router)
handler = make_handler(app)
