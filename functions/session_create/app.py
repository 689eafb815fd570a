"""POST /v1/session/create: start a session holding the caller's LLM configuration."""

from __future__ import annotations

from fastapi import APIRouter, Request

from resume_api.auth.tokens import session_ref
from resume_api.logic import sessions
from resume_api.models.session import CreateSessionRequest, CreateSessionResponse
from resume_api.web import wiring
from resume_api.web.app import create_app, note
from resume_api.web.context import source_ip_of
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler

router = APIRouter(tags=["session"])


@router.post(
    "/v1/session/create",
    operation_id="create_session",
    status_code=201,
    response_model=CreateSessionResponse,
    responses=error_responses(400, 422, 429, 503),
)
def create_session(body: CreateSessionRequest, request: Request) -> CreateSessionResponse:
    token_hash, response = sessions.create_session(
        body, source_ip_of(request), sessions=wiring.sessions(), quotas=wiring.quotas()
    )
    note(request, session_ref=session_ref(token_hash), provider=body.llm_config.provider)
    return response


app = create_app(router)
handler = make_handler(app)
