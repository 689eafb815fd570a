"""The real ports, built once per container: the composition root every function draws from.

Use cases in logic/ take their repositories, queue, quotas, LLM provider factory and clock as
arguments; this module is the one place that picks the production adapters for them (the fast
tests pass in-memory fakes instead). Each is made on first use and reused across invocations,
like the boto3 clients underneath.
"""

from __future__ import annotations

from functools import cache

from resume_api.data.conversations import ConversationRepository
from resume_api.data.documents import DocumentRepository
from resume_api.data.jobs import LambdaJobQueue
from resume_api.data.quotas import Quotas
from resume_api.data.resumes import ResumeRepository
from resume_api.data.sessions import SessionRepository
from resume_api.llm.base import LlmProvider
from resume_api.llm.registry import provider_for_session
from resume_api.models.session import SessionItem
from resume_api.ports import Conversations, Documents, JobQueue, Resumes, Sessions


@cache
def sessions() -> Sessions:
    return SessionRepository()


@cache
def resumes() -> Resumes:
    return ResumeRepository()


@cache
def conversations() -> Conversations:
    return ConversationRepository()


@cache
def documents() -> Documents:
    return DocumentRepository()


@cache
def jobs() -> JobQueue:
    return LambdaJobQueue()


@cache
def quotas() -> Quotas:
    return Quotas()


def providers(session: SessionItem) -> LlmProvider:
    """The ProviderFactory port: the session's LLM, its key read from the session repository."""
    return provider_for_session(session, sessions())
