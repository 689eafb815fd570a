"""POST /v1/generate_resume: a finished DOCX, PDF, Markdown or JSON Resume, with a download link."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from resume_api.logic.generate import generate
from resume_api.models.generate import GenerateRequest, GenerateResponse
from resume_api.web import wiring
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler

router = APIRouter(tags=["generate"])


@router.post(
    "/v1/generate_resume",
    operation_id="generate_resume",
    status_code=201,
    response_model=GenerateResponse,
    responses=error_responses(400, 401, 404, 409, 413, 422, 503),
)
def generate_resume(
    body: GenerateRequest, request: Request, caller: Annotated[Caller, Depends(current_caller)]
) -> GenerateResponse:
    result = generate(caller, body, resumes=wiring.resumes(), documents=wiring.documents())
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
