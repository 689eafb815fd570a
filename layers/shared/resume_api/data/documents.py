"""The document repository: generated files, each stored with the conversation that made it.

The file, the conversation's result and its item are written in one pass of the shared write
protocol, so no conversation names a missing file and no file is left without its conversation.
Downloads are short-lived presigned GETs that name the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from resume_api.data import keys
from resume_api.data.conversations import ConversationRepository
from resume_api.data.objects import Body, ObjectStore
from resume_api.models.conversation_record import ConversationRecord


class _ConversationWriter(Protocol):
    def add_finished(
        self,
        token_hash: str,
        record: ConversationRecord,
        result: Any,
        expires_at: int,
        attachments: Sequence[Body] = (),
    ) -> ConversationRecord: ...


class _Links(Protocol):
    def presigned_get(self, key: str, expires_s: int, filename: str | None = None) -> str: ...


class DocumentRepository:
    def __init__(
        self, conversations: _ConversationWriter | None = None, objects: _Links | None = None
    ) -> None:
        self.objects: _Links = objects or ObjectStore()
        self.conversations = conversations or ConversationRepository(objects=ObjectStore())

    def add(
        self,
        token_hash: str,
        document_id: str,
        filename: str,
        data: bytes,
        content_type: str,
        conversation: ConversationRecord,
        summary: dict[str, Any],
        expires_at: int,
    ) -> str:
        """Store the file and its conversation (result: `summary`); returns the file's key."""
        key = keys.generated_key(token_hash, document_id, filename)
        self.conversations.add_finished(
            token_hash, conversation, summary, expires_at, attachments=[Body(key, data, content_type)]
        )
        return key

    def download_url(self, key: str, filename: str, expires_s: int) -> str:
        return self.objects.presigned_get(key, expires_s, filename=filename)
