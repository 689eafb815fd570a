"""The ProviderFactory port: the session's LLM provider."""

from __future__ import annotations

from resume_api.llm.base import LlmProvider
from resume_api.llm.registry import provider_for_session
from resume_api.models.session import SessionItem
from resume_api.web.wiring.sessions import session_repository


def providers(session: SessionItem) -> LlmProvider:
    """The session's LLM, its key read from the session repository."""
    return provider_for_session(session, session_repository())
