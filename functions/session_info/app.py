"""GET /v1/session/info: the session's timing, its masked LLM config, its resumes and conversations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic import sessions
from resume_api.models.session_info import SessionInfoResponse
from resume_api.web.app import create_app
from resume_api.web.context import Caller, current_caller
from resume_api.web.contract import success
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler
from resume_api.web.wiring.conversations import conversation_repository
from resume_api.web.wiring.resume_items import resume_items
from resume_api.web.wiring.sessions import session_repository

router = APIRouter(tags=["session"])


@router.get(
    "/v1/session/info",
    operation_id="session_info",
    summary="Read the session",
    description="The session's timing (created, last seen, expiry), its LLM configuration with the "
    "key masked, and every resume and conversation (optimization or generation) it holds.",
    response_model=SessionInfoResponse,
    responses={200: success("The session's state."), **error_responses(401, 503)},
)
def session_info(caller: Annotated[Caller, Depends(current_caller)]) -> SessionInfoResponse:
    return sessions.session_info(
        caller.token_hash,
        sessions=session_repository(),
        resumes=resume_items(),
        conversations=conversation_repository(),
    )


app = create_app(router)
handler = make_handler(app)
