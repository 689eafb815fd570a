"""One message of a chat with a model: built by prompts (tailoring/) and sent by providers (llm/).

It sits in models/ so that the code that writes prompts and the code that sends them both depend
on it, and not on each other.
"""

from __future__ import annotations

from typing import Literal

from resume_api.models.slotted import Frozen


class ChatMessage(Frozen):
    __slots__ = ("content", "role")
    role: Literal["system", "user", "assistant"]
    content: str

    def __init__(self, role: Literal["system", "user", "assistant"], content: str) -> None:
        object.__setattr__(self, "role", role)
        object.__setattr__(self, "content", content)
