"""The conversation repository, and the generated documents stored beside conversations."""

from __future__ import annotations

from functools import cache

from resume_api.data.conversations import ConversationRepository
from resume_api.data.documents import DocumentRepository
from resume_api.ports import Conversations, Documents


@cache
def conversation_repository() -> Conversations:
    return ConversationRepository()


@cache
def document_repository() -> Documents:
    return DocumentRepository()
