"""Reading a conversation (GET /session/conversation/{id}): status and, once done, its result."""

from __future__ import annotations

import time

from resume_api.errors import NotFound
from resume_api.models.conversation_view import ConversationView
from resume_api.models.time import iso
from resume_api.ports import Clock, Conversations


def get_conversation(
    token_hash: str, conversation_id: str, *, conversations: Conversations, clock: Clock = time.time
) -> ConversationView:
    """A job past its lease reads as failed with why, though its worker never said so."""
    record = conversations.get(token_hash, conversation_id)
    if record is None:
        raise NotFound("No such conversation in this session.", code="conversation_not_found")
    status, error = record.shown(clock())
    return ConversationView(
        conversation_id=record.conversation_id,
        kind=record.kind,
        status=status,
        created_at=iso(record.created_at) or "",
        updated_at=iso(record.updated_at) or "",
        resume_id=record.resume_id,
        provider=record.provider,
        model=record.model,
        result=conversations.result(record),
        error=error,
    )
