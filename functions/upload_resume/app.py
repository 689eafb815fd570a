"""POST /v1/upload_resume: a PDF or DOCX as multipart `file` → stored, parsed, returned."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile

from resume_api.logic import uploads
from resume_api.models.uploads import UploadResponse
from resume_api.settings import limits
from resume_api.web import wiring
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller, deadline_of
from resume_api.web.errors import error_responses
from resume_api.web.forms import one_part
from resume_api.web.handler import make_handler
from resume_api.web.parser import parse_upload

router = APIRouter(tags=["resumes"])


@router.post(
    "/v1/upload_resume",
    operation_id="upload_resume",
    status_code=201,
    response_model=UploadResponse,
    responses=error_responses(400, 401, 413, 415, 422, 429, 503),
)
async def upload_resume(
    request: Request,
    caller: Annotated[Caller, Depends(current_caller)],
    file: Annotated[UploadFile, File(description="The resume, PDF or DOCX, up to 4 MB.")],
    use_llm: Annotated[
        bool, Query(description="Let the session's LLM correct the parsed structure (never required).")
    ] = False,
) -> UploadResponse:
    await one_part(request, "file")
    data = await file.read(limits().max_upload_bytes + 1)
    response = uploads.upload_resume(
        caller,
        file.filename,
        data,
        file.content_type,
        resumes=wiring.resumes(),
        quotas=wiring.quotas(),
        parse=parse_upload,
        sessions=wiring.sessions(),
        providers=wiring.providers,
        use_llm=use_llm,
        deadline=deadline_of(request, margin_s=2.0),
    )
    used = response.refinement.used if response.refinement else None
    note(request, resume_id=response.resume_id, size_bytes=len(data), refined=used)
    return response


app = create_app(router, max_body_bytes=limits().max_upload_bytes + 64 * 1024)
handler = make_handler(app)
