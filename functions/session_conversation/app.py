"""GET /v1/session/conversation/{conversation_id}: status and result of an optimization."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request

from resume_api.logic.conversations import get_conversation
from resume_api.models.optimize import ConversationView
from resume_api.web import wiring
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler

router = APIRouter(tags=["session"])


@router.get(
    "/v1/session/conversation/{conversation_id}",
    operation_id="get_conversation",
    response_model=ConversationView,
    responses=error_responses(401, 404, 422, 503),
)
def session_conversation(
    request: Request,
    caller: Annotated[Caller, Depends(current_caller)],
    conversation_id: Annotated[str, Path(max_length=64)],
) -> ConversationView:
    note(request, conversation_id=conversation_id)
    return get_conversation(caller.token_hash, conversation_id, conversations=wiring.conversations())


app = create_app(router)
handler = make_handler(app)
