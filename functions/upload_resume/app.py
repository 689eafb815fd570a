"""POST /v1/upload_resume: a PDF or DOCX as multipart `file` → stored, parsed, returned."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Query, Request, Response, UploadFile

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic import uploads
from resume_api.models.records import warning_counts
from resume_api.models.uploads import UploadResponse
from resume_api.settings import limits
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller, deadline_of
from resume_api.web.contract import location, resume_path, success
from resume_api.web.errors import error_responses
from resume_api.web.forms import one_part
from resume_api.web.handler import make_handler
from resume_api.web.parser import parser_until
from resume_api.web.wiring.providers import providers
from resume_api.web.wiring.quotas import quota_counters
from resume_api.web.wiring.resumes import resume_repository
from resume_api.web.wiring.sessions import session_repository

router = APIRouter(tags=["resumes"])

EXAMPLES: dict[str, Any] = {
    "pdf": {"summary": "A PDF resume (the file's bytes go in the part)", "value": {"file": "resume.pdf"}},
    "docx": {"summary": "A Word (DOCX) resume", "value": {"file": "resume.docx"}},
}


@router.post(
    "/v1/upload_resume",
    operation_id="upload_resume",
    summary="Upload a resume and parse it",
    description="A PDF or DOCX (up to 4 MB; larger ones through the presigned upload) as the "
    "multipart part `file`. The type is decided by the bytes, not the name or the part's type; "
    "encrypted, macro-enabled and legacy Word files are refused (**415**), as are files that cannot "
    "be read, or have too many pages (**422** `bad_document` with why). It is parsed at once, in a "
    "bounded child process, and answered as JSON Resume with the raw text of each section. "
    "`?use_llm=true` lets the session's LLM re-file what the rules read, checked against the "
    "source (see `refinement`); the upload succeeds without it if the LLM fails. "
    "**429** past the uploads per minute (with Retry-After) or the resumes per session.",
    status_code=201,
    response_model=UploadResponse,
    responses={
        201: success(
            "Stored and parsed: the resume, version 1.",
            Location=location("The new resume: GET /session/resume/{resume_id}."),
        ),
        **error_responses(400, 401, 413, 415, 422, 429, 503),
    },
    openapi_extra={"requestBody": {"content": {"multipart/form-data": {"examples": EXAMPLES}}}},
)
async def upload_resume(
    request: Request,
    response: Response,
    caller: Annotated[Caller, Depends(current_caller)],
    file: Annotated[UploadFile, File(description="The resume, PDF or DOCX, up to 4 MB.")],
    use_llm: Annotated[
        bool,
        Query(
            description="Let the session's LLM correct the parsed structure (never required).",
            openapi_examples={
                "refine": {"summary": "Refine the parse with the session's LLM", "value": True}
            },
        ),
    ] = False,
) -> UploadResponse:
    await one_part(request, "file")
    data = await file.read(limits().max_upload_bytes + 1)
    deadline = deadline_of(request, margin_s=2.0)
    result = uploads.upload_resume(
        caller,
        file.filename,
        data,
        file.content_type,
        resumes=resume_repository(),
        quotas=quota_counters(),
        parse=parser_until(deadline),
        sessions=session_repository(),
        providers=providers,
        use_llm=use_llm,
        deadline=deadline,
    )
    used = result.refinement.used if result.refinement else None
    response.headers["Location"] = resume_path(result.resume_id)
    counts = warning_counts(result.warnings) or None
    note(request, resume_id=result.resume_id, size_bytes=len(data), refined=used, warnings=counts)
    return result


app = create_app(router, max_body_bytes=limits().max_upload_bytes + 64 * 1024)
handler = make_handler(app)
