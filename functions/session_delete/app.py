"""DELETE /v1/session: revoke the session at once and erase what it stored."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic import sessions
from resume_api.models.session_info import DeleteSessionResponse
from resume_api.web.app import create_app
from resume_api.web.context import Caller, current_caller
from resume_api.web.contract import success
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler
from resume_api.web.wiring.sessions import session_repository

router = APIRouter(tags=["session"])


@router.delete(
    "/v1/session",
    operation_id="delete_session",
    summary="Revoke the session and erase what it stored",
    description="Revokes the session at once (the authorizer caches nothing, so the very next call "
    "with it is a **401** `session_revoked`) and erases its uploaded files, parsed versions and "
    "generated documents.",
    response_model=DeleteSessionResponse,
    responses={200: success("Revoked; how many stored files were erased."), **error_responses(401, 503)},
)
def delete_session(caller: Annotated[Caller, Depends(current_caller)]) -> DeleteSessionResponse:
    return sessions.delete_session(caller.token_hash, sessions=session_repository())


app = create_app(router)
handler = make_handler(app)
