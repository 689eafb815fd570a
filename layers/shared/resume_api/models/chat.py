"""One message of a chat with a model: built by prompts (tailoring/) and sent by providers (llm/).

It sits in models/ so that the code that writes prompts and the code that sends them both depend
on it, and not on each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class ChatMessage:
    role: Literal["system", "user", "assistant"]
    content: str
