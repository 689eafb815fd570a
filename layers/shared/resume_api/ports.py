"""What the use cases need from the world, named as the domain needs it (ports).

`logic/` takes these as arguments and never builds them: `web/wiring/` builds the real ones
(the repositories in data/, the LLM providers in llm/, the bounded parser in parsing/) once per
container, and the fast tests pass in-memory fakes (`tests/fakes.py`). The real adapters satisfy
these protocols structurally; mypy checks that where the wiring hands them over. The models they
name are imported for the type checker only: a function that uses one port does not build the
models of the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

if TYPE_CHECKING:  # names for the type checker only: a port is a shape, importing it builds nothing
    from resume_api.data.objects import Body
    from resume_api.llm.base import LlmProvider
    from resume_api.models.conversation_record import ConversationRecord
    from resume_api.models.records import ResumeError, ResumeRecord, UploadWarning
    from resume_api.models.resume import Resume
    from resume_api.models.session import SessionItem
    from resume_api.models.uploads import ParsedUpload

Clock = Callable[[], float]
"""Epoch seconds now (`time.time` in production)."""

Parser: TypeAlias = "Callable[[bytes, str], ParsedUpload]"
"""Bytes and file name → the file's kind (pdf/docx), its parsed resume and its warnings; raises
413/415/422."""

ProviderFactory: TypeAlias = "Callable[[SessionItem], LlmProvider]"
"""The session's LLM provider, with its API key only where the key may go."""


class Sessions(Protocol):
    def create(self, session: SessionItem, api_key: str | None) -> None: ...
    def get(self, token_hash: str) -> SessionItem | None: ...
    def api_key(self, token_hash: str) -> str | None: ...
    def revoke(self, token_hash: str, now: int) -> bool: ...
    def erase(self, token_hash: str) -> int: ...


class ResumeIndex(Protocol):
    """The resumes of a session as records, without their documents: what listing them needs."""

    def get(self, token_hash: str, resume_id: str) -> ResumeRecord | None: ...
    def list_all(self, token_hash: str) -> list[ResumeRecord]: ...
    def count(self, token_hash: str) -> int: ...


class PendingResumes(ResumeIndex, Protocol):
    """What a presigned upload needs: where the file goes, and the pending resume's item."""

    def presigned_post(
        self,
        token_hash: str,
        resume_id: str,
        filename: str,
        content_type: str,
        max_bytes: int,
        expires_s: int,
    ) -> tuple[str, dict[str, Any]]: ...
    def add_pending(self, token_hash: str, record: ResumeRecord, expires_at: int) -> None: ...


class Resumes(PendingResumes, Protocol):
    def find(self, token_hash: str, resume_id: str | None) -> ResumeRecord: ...
    def load_ready(self, token_hash: str, resume_id: str | None) -> tuple[ResumeRecord, Resume]: ...
    def document(self, record: ResumeRecord, version: int | None = None) -> Resume: ...
    def original_size(self, key: str) -> int | None: ...
    def original(self, key: str, max_bytes: int) -> bytes: ...
    def discard_original(self, key: str) -> None: ...
    def original_key(self, token_hash: str, resume_id: str, filename: str) -> str: ...
    def add_parsed(
        self,
        token_hash: str,
        record: ResumeRecord,
        original: bytes,
        original_type: str,
        resume: Resume,
        expires_at: int,
    ) -> ResumeRecord: ...
    def put_version(
        self, token_hash: str, resume_id: str, expected: int, resume: Resume, now: int
    ) -> ResumeRecord: ...
    def claim(
        self, token_hash: str, resume_id: str, now: int, lease_s: int, until: int = 0
    ) -> ResumeRecord | None: ...
    def give_up(self, token_hash: str, resume_id: str, now: int) -> ResumeRecord | None: ...
    def release(self, token_hash: str, resume_id: str, now: int) -> None: ...
    def complete(
        self,
        token_hash: str,
        resume_id: str,
        resume: Resume,
        kind: str,
        now: int,
        warnings: list[UploadWarning] | None = None,
    ) -> ResumeRecord | None: ...
    def fail(self, token_hash: str, resume_id: str, error: ResumeError, now: int) -> ResumeRecord | None: ...


class Conversations(Protocol):
    def get(self, token_hash: str, conversation_id: str) -> ConversationRecord | None: ...
    def list_all(self, token_hash: str) -> list[ConversationRecord]: ...
    def request(self, record: ConversationRecord) -> Any: ...
    def result(self, record: ConversationRecord) -> Any | None: ...
    def add_queued(
        self, token_hash: str, record: ConversationRecord, request: Any, expires_at: int
    ) -> ConversationRecord: ...
    def add_finished(
        self,
        token_hash: str,
        record: ConversationRecord,
        result: Any,
        expires_at: int,
        attachments: Sequence[Body] = (),
    ) -> ConversationRecord: ...
    def start(self, token_hash: str, conversation_id: str, now: int, lease_until: int) -> bool: ...
    def finish(self, token_hash: str, conversation_id: str, result: Any, now: int, **fields: Any) -> bool: ...
    def fail(
        self, token_hash: str, conversation_id: str, from_status: str, error: dict[str, str], now: int
    ) -> bool: ...


class Documents(Protocol):
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
    ) -> str: ...
    def download_url(self, key: str, filename: str, expires_s: int) -> str: ...


class JobQueue(Protocol):
    def submit(self, job: dict[str, Any]) -> None: ...
