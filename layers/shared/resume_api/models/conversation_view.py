"""What GET /session/conversation/{id} answers: a job's status and, once done, its result as JSON.

Apart from models/optimize.py: the result is kept as the plain JSON the job stored, so reading a
conversation builds neither the resume document nor the optimize and ATS models.
"""

# No `from __future__ import annotations` here: pydantic would compile every field's annotation
# string (an eval) while it builds these models, at every cold start.

from typing import Any, Literal

from pydantic import BaseModel

ConversationStatus = Literal["queued", "running", "succeeded", "failed"]


class ConversationView(BaseModel):
    conversation_id: str
    kind: str
    status: ConversationStatus
    created_at: str
    updated_at: str
    resume_id: str | None = None
    provider: str | None = None
    model: str | None = None
    result: dict[str, Any] | None = None
    error: dict[str, str] | None = None
