"""POST /v1/upload_resume/presign: a presigned S3 POST for files up to 10 MB; S3 then triggers parsing."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request, Response

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic import presign
from resume_api.models.presign import PresignRequest, PresignResponse
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.contract import location, success
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler
from resume_api.web.wiring.quotas import quota_counters
from resume_api.web.wiring.resume_items import resume_items

router = APIRouter(tags=["resumes"])

EXAMPLES: dict[str, Any] = {
    "pdf": {
        "summary": "A 48 kB PDF",
        "value": {"filename": "resume.pdf", "content_type": "application/pdf", "size": 48213},
    },
}


@router.post(
    "/v1/upload_resume/presign",
    operation_id="presign_upload",
    summary="Get a presigned S3 upload for a large resume",
    description="For files up to 10 MB: a pending resume and a presigned S3 POST (URL and form "
    "fields, valid 15 minutes; the policy enforces the size and type). POST the file there as "
    "multipart form data (the fields, then `file`); S3 then triggers the parse. Poll the `poll` "
    "path (also the `Location`) until `status` is `ready` or `failed`. **413** above 10 MB, "
    "**429** past the upload quotas.",
    status_code=201,
    response_model=PresignResponse,
    responses={
        201: success(
            "A pending resume and where to upload its file.",
            Location=location("The pending resume: poll GET /session/resume/{resume_id}."),
        ),
        **error_responses(400, 401, 413, 422, 429, 503),
    },
)
def presign_upload(
    body: Annotated[PresignRequest, Body(openapi_examples=EXAMPLES)],
    request: Request,
    response: Response,
    caller: Annotated[Caller, Depends(current_caller)],
) -> PresignResponse:
    result = presign.presign_upload(caller, body, resumes=resume_items(), quotas=quota_counters())
    response.headers["Location"] = result.poll
    note(request, resume_id=result.resume_id, size_bytes=body.size)
    return result


app = create_app(router)
handler = make_handler(app)
