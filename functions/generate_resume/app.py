"""POST /v1/generate_resume: a finished DOCX, PDF, Markdown or JSON Resume, with a download link."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request, Response

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic.generate import generate
from resume_api.models.generate import GenerateRequest, GenerateResponse
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.contract import location, success
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler
from resume_api.web.wiring.conversations import document_repository
from resume_api.web.wiring.resumes import resume_repository

router = APIRouter(tags=["generate"])

EXAMPLES: dict[str, Any] = {
    "pdf": {"summary": "A PDF in the modern template", "value": {"format": "pdf", "template": "modern"}},
    "docx": {
        "summary": "A Word document in the ATS template",
        "value": {"format": "docx", "template": "ats"},
    },
    "markdown": {"summary": "Markdown of version 1", "value": {"format": "md", "version": 1}},
}


@router.post(
    "/v1/generate_resume",
    operation_id="generate_resume",
    summary="Generate a finished document (DOCX, PDF, Markdown, JSON Resume)",
    description="Renders the latest resume (or `resume_id` at `version`, or a `parsed` one) as DOCX, "
    "PDF, Markdown or JSON Resume in one of four single-column, ATS-readable templates (classic, "
    "modern, compact, ats), stores it and answers with a download link valid 10 minutes (also the "
    "`Location`). Every script is printed; every value of every section too. **404** without a "
    "resume or version, **409** while it is still being parsed, **413** for a resume too large "
    "to render.",
    status_code=201,
    response_model=GenerateResponse,
    responses={
        201: success(
            "The stored document and its download link.",
            Location=location("The document: a presigned GET, valid until expires_at."),
        ),
        **error_responses(400, 401, 404, 409, 413, 422, 503),
    },
)
def generate_resume(
    body: Annotated[GenerateRequest, Body(openapi_examples=EXAMPLES)],
    request: Request,
    response: Response,
    caller: Annotated[Caller, Depends(current_caller)],
) -> GenerateResponse:
    result = generate(caller, body, resumes=resume_repository(), documents=document_repository())
    response.headers["Location"] = result.download_url
    note(
        request,
        resume_id=result.resume_id,
        version=result.version,
        document_id=result.document_id,
        conversation_id=result.conversation_id,
        format=result.format,
        template=result.template,
        size_bytes=result.size_bytes,
        pages=result.pages,
    )
    return result


app = create_app(router)
handler = make_handler(app)
