"""GET /v1/session/conversation/{conversation_id}: status and result of an optimization."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic.conversations import get_conversation
from resume_api.models.conversation_view import ConversationView
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.contract import success
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler
from resume_api.web.wiring.conversations import conversation_repository

router = APIRouter(tags=["session"])


@router.get(
    "/v1/session/conversation/{conversation_id}",
    operation_id="get_conversation",
    summary="Read an optimization or generation (poll an async one)",
    description="Status and result of an optimization or a generation: `queued`, `running`, "
    "`succeeded` (with `result`, the same body the synchronous call answers) or `failed` (with "
    "`error`). Poll the path `?mode=async` answered. Another session's conversation is a **404**.",
    response_model=ConversationView,
    responses={
        200: success("The conversation and, once done, its result."),
        **error_responses(401, 404, 422, 503),
    },
)
def session_conversation(
    request: Request,
    caller: Annotated[Caller, Depends(current_caller)],
    conversation_id: Annotated[
        str,
        Path(
            max_length=64,
            description="The id an optimization or generation answered with.",
            openapi_examples={
                "conversation": {"summary": "A conversation id", "value": "c_01jd3x9p5r8s2t4u6v7w9x0y1z"}
            },
        ),
    ],
) -> ConversationView:
    note(request, conversation_id=conversation_id)
    return get_conversation(caller.token_hash, conversation_id, conversations=conversation_repository())


app = create_app(router)
handler = make_handler(app)
