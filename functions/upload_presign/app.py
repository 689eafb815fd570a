"""POST /v1/upload_resume/presign: a presigned S3 POST for files up to 10 MB; S3 then triggers parsing."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from resume_api.logic import uploads
from resume_api.models.uploads import PresignRequest, PresignResponse
from resume_api.web import wiring
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler

router = APIRouter(tags=["resumes"])


@router.post(
    "/v1/upload_resume/presign",
    operation_id="presign_upload",
    status_code=201,
    response_model=PresignResponse,
    responses=error_responses(400, 401, 413, 422, 429, 503),
)
def presign_upload(
    body: PresignRequest, request: Request, caller: Annotated[Caller, Depends(current_caller)]
) -> PresignResponse:
    response = uploads.presign_upload(caller, body, resumes=wiring.resumes(), quotas=wiring.quotas())
    note(request, resume_id=response.resume_id, size_bytes=body.size)
    return response


app = create_app(router)
handler = make_handler(app)
