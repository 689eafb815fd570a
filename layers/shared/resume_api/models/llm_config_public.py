"""The LLM configuration as the caller sees it (the key masked): built only by the functions that
answer with it (session create and info), not by every function that reads a session."""

from __future__ import annotations

from resume_api.models.llm_config import BUILT, LlmConfigBase
from resume_api.models.session import SessionItem


class LlmConfigPublic(LlmConfigBase):
    """As returned to the caller: the key masked."""

    model_config = BUILT

    api_key_masked: str | None = None


def public_config(session: SessionItem) -> LlmConfigPublic:
    """The session's configuration as shown to its caller."""
    return LlmConfigPublic(**session.llm_config.model_dump(), api_key_masked=session.api_key_hint)
