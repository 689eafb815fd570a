"""GET /v1/resume_sections: the session's latest ready resume (or `?resume_id=`) with its metadata."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic import sections
from resume_api.models.sections import PATCH_MEDIA_TYPES, SectionsResponse, etag
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.contract import ACCEPT_PATCH, ETAG, success
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler
from resume_api.web.wiring.resumes import resume_repository

router = APIRouter(tags=["resumes"])


@router.get(
    "/v1/resume_sections",
    operation_id="get_resume_sections",
    summary="Read a resume's sections",
    description="The session's latest ready resume (or the one `?resume_id=` names): its JSON Resume "
    "sections, the raw text of every section the parser found, its version and file metadata, and "
    'when the session expires. The `ETag` header is the version (`"1"`): send it back as `If-Match` '
    "to PATCH. **404** `no_resume` when the session has no ready resume, **409** `resume_not_ready` "
    "for one still being parsed.",
    response_model=SectionsResponse,
    responses={
        200: success("The resume and its metadata.", ETag=ETAG, Accept_Patch=ACCEPT_PATCH),
        **error_responses(401, 404, 409, 422, 503),
    },
)
def get_resume_sections(
    request: Request,
    response: Response,
    caller: Annotated[Caller, Depends(current_caller)],
    resume_id: Annotated[
        str | None,
        Query(
            max_length=64,
            description="Which resume (default: the latest ready one).",
            openapi_examples={
                "by_id": {"summary": "A resume of this session", "value": "r_01jd3x8k2m9q4v7w5t6y0z1a2b"}
            },
        ),
    ] = None,
) -> SectionsResponse:
    result = sections.get_sections(caller, resume_id, resumes=resume_repository())
    response.headers["ETag"] = etag(result.version)
    response.headers["Accept-Patch"] = ", ".join(PATCH_MEDIA_TYPES)
    note(request, resume_id=result.resume_id, version=result.version)
    return result


app = create_app(router)
handler = make_handler(app)
