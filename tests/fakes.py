"""In-memory fakes of the ports (repositories, job queue, quota counter, parser, LLM, clock).

The fast tier (`tests/unit/`) runs every use case against these: no runner, no moto, no network.
Each fake keeps the same promises as its real adapter in data/ (the same write protocol,
`put_then_point`, with its rollback; conditional state changes that lose the same way), so a
unit test can decide each race: `before_write` runs just before a conditional write (to play
the concurrent writer), `fail` makes the next object or item write raise like an AWS outage.
The real adapters keep their own tests through the runner, against moto.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from resume_api.auth.caller import Caller
from resume_api.auth.tokens import session_ref
from resume_api.data import keys
from resume_api.data.objects import Body, put_then_point
from resume_api.data.quotas import QuotaExceeded, Quotas, Window
from resume_api.data.resumes import VersionConflict, document_of
from resume_api.data.table import ConditionFailed
from resume_api.errors import ApiError, Conflict, NotFound, ServiceUnavailable
from resume_api.llm.base import LlmProvider, LlmRequest, LlmResponse, ProbeResult
from resume_api.llm.registry import provider_for
from resume_api.models.records import ConversationRecord, ResumeError, ResumeRecord
from resume_api.models.resume import Resume
from resume_api.models.session import SessionItem
from resume_api.settings import Limits

NOW = 1_750_000_000.0
HASH = "a" * 64


class FakeClock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Faults:
    """What should go wrong next: `fail` names writes that raise ServiceUnavailable (`"put:<key part>"`,
    `"item"`), `before_write` runs once before the next conditional item write."""

    fail: set[str] = field(default_factory=set)
    before_write: Callable[[], None] | None = None

    def check(self, what: str) -> None:
        for pattern in list(self.fail):
            kind, _, part = pattern.partition(":")
            if what.startswith(kind) and part in what:
                raise ServiceUnavailable("S3 is unavailable; retry shortly.", code="backend_unavailable")

    def racing(self) -> None:
        hook, self.before_write = self.before_write, None
        if hook:
            hook()


class MemoryObjects:
    """S3 as a dict: key → (bytes, content type)."""

    def __init__(self, faults: Faults) -> None:
        self.data: dict[str, tuple[bytes, str]] = {}
        self.faults = faults

    def put(self, key: str, body: bytes, content_type: str) -> None:
        self.faults.check(f"put:{key}")
        self.data[key] = (body, content_type)

    def delete(self, *keys_: str) -> None:
        for key in keys_:
            self.data.pop(key, None)

    def get_json(self, key: str) -> Any:
        return json.loads(self.data[key][0])

    def under(self, prefix: str) -> list[str]:
        return sorted(k for k in self.data if k.startswith(prefix))


class _Items:
    """DynamoDB items by (token_hash, sort key), with the outage and race hooks of every write."""

    def __init__(self, faults: Faults) -> None:
        self.items: dict[tuple[str, str], Any] = {}
        self.faults = faults

    def write(self, key: tuple[str, str], value: Any, condition: Callable[[Any], bool] | None = None) -> Any:
        self.faults.racing()
        self.faults.check("item")
        if condition is not None and not condition(self.items.get(key)):
            raise ConditionFailed
        self.items[key] = copy.deepcopy(value)
        return value


class FakeSessions:
    def __init__(self, world: World) -> None:
        self.world = world
        self.items: dict[str, SessionItem] = {}
        self.keys: dict[str, str] = {}
        self.key_reads = 0

    def create(self, session: SessionItem, api_key: str | None) -> None:
        if session.token_hash in self.items:
            raise ConditionFailed
        self.items[session.token_hash] = session.model_copy()
        if api_key:
            self.keys[session.token_hash] = api_key

    def get(self, token_hash: str) -> SessionItem | None:
        found = self.items.get(token_hash)
        return found.model_copy() if found else None

    def api_key(self, token_hash: str) -> str | None:
        self.key_reads += 1
        return self.keys.get(token_hash)

    def revoke(self, token_hash: str, now: int) -> bool:
        session = self.items.get(token_hash)
        if session is None or session.revoked_at is not None:
            return False
        self.items[token_hash] = session.model_copy(update={"revoked_at": now})
        self.keys.pop(token_hash, None)
        return True

    def erase(self, token_hash: str) -> int:
        objects = self.world.objects
        erased = [k for prefix in keys.session_prefixes(token_hash) for k in objects.under(prefix)]
        objects.delete(*erased)
        for table in (self.world.resumes.table, self.world.conversations.table):
            for key in [k for k in table.items if k[0] == token_hash]:
                del table.items[key]
        return len(erased)


class FakeResumes:
    """The resume repository in memory, with the real write protocol and version keys."""

    def __init__(self, objects: MemoryObjects, faults: Faults) -> None:
        self.objects = objects
        self.table = _Items(faults)
        self.counter = 0

    def _key(self, token_hash: str, resume_id: str) -> tuple[str, str]:
        return token_hash, keys.resume_sk(resume_id)

    def _version_key(self, token_hash: str, resume_id: str, version: int) -> str:
        self.counter += 1
        return keys.parsed_key(token_hash, resume_id, version).replace(
            "/resume.json", f"-{self.counter:08x}/resume.json"
        )

    def get(self, token_hash: str, resume_id: str) -> ResumeRecord | None:
        found = self.table.items.get(self._key(token_hash, resume_id))
        return ResumeRecord.model_validate(found) if found else None

    def list_all(self, token_hash: str) -> list[ResumeRecord]:
        records = [
            ResumeRecord.model_validate(v) for (h, _), v in self.table.items.items() if h == token_hash
        ]
        return sorted(records, key=lambda r: (r.uploaded_at, r.resume_id))

    def count(self, token_hash: str) -> int:
        return len(self.list_all(token_hash))

    def find(self, token_hash: str, resume_id: str | None) -> ResumeRecord:
        if resume_id:
            record = self.get(token_hash, resume_id)
            if record is None:
                raise NotFound("No such resume in this session.", code="resume_not_found")
            return record
        ready = [r for r in self.list_all(token_hash) if r.status == "ready"]
        if not ready:
            raise NotFound("This session has no ready resume yet; upload one first.", code="no_resume")
        return ready[-1]

    def load_ready(self, token_hash: str, resume_id: str | None) -> tuple[ResumeRecord, Resume]:
        record = self.find(token_hash, resume_id)
        if record.status != "ready":
            raise Conflict(f"The resume is {record.status}, not ready.", code="resume_not_ready")
        return record, self.document(record)

    def document(self, record: ResumeRecord, version: int | None = None) -> Resume:
        if version is None or version == record.version:
            assert record.parsed_key
            return Resume.model_validate(self.objects.get_json(record.parsed_key))
        if not 1 <= version <= len(record.version_keys):
            raise NotFound(
                f"Resume {record.resume_id} has versions 1 to {record.version}.", code="version_not_found"
            )
        return Resume.model_validate(self.objects.get_json(record.version_keys[version - 1]))

    def original_size(self, key: str) -> int | None:
        found = self.objects.data.get(key)
        return len(found[0]) if found else None

    def original(self, key: str, max_bytes: int) -> bytes:
        return self.objects.data[key][0][: max_bytes + 1]

    def discard_original(self, key: str) -> None:
        self.objects.delete(key)

    def presigned_post(
        self,
        token_hash: str,
        resume_id: str,
        filename: str,
        content_type: str,
        max_bytes: int,
        expires_s: int,
    ) -> tuple[str, dict[str, Any]]:
        key = keys.upload_prefix(token_hash, resume_id) + filename
        return key, {"url": "http://127.0.0.1/bucket", "fields": {"key": key, "Content-Type": content_type}}

    def original_key(self, token_hash: str, resume_id: str, filename: str) -> str:
        return keys.original_prefix(token_hash, resume_id) + filename

    def _create(self, token_hash: str, record: ResumeRecord) -> None:
        self.table.write(
            self._key(token_hash, record.resume_id), record.model_dump(), condition=lambda old: old is None
        )

    def add_pending(self, token_hash: str, record: ResumeRecord, expires_at: int) -> None:
        self._create(token_hash, record)

    def add_parsed(
        self,
        token_hash: str,
        record: ResumeRecord,
        original: bytes,
        original_type: str,
        resume: Resume,
        expires_at: int,
    ) -> ResumeRecord:
        key = self._version_key(token_hash, record.resume_id, 1)
        stored = record.model_copy(
            update={
                "status": "ready",
                "version": 1,
                "parsed_key": key,
                "version_keys": [key],
                "sections_available": resume.sections_available(),
            }
        )
        put_then_point(
            self.objects,
            [Body(record.source_key, original, original_type), Body.json(key, document_of(resume))],
            lambda: self._create(token_hash, stored),
        )
        return stored

    def put_version(
        self, token_hash: str, resume_id: str, expected: int, resume: Resume, now: int
    ) -> ResumeRecord:
        key = self._version_key(token_hash, resume_id, expected + 1)

        def point() -> ResumeRecord:
            def fresh(old: Any) -> bool:
                return old is not None and old["status"] == "ready" and old["version"] == expected

            current = self.table.items.get(self._key(token_hash, resume_id)) or {}
            new = dict(
                current,
                version=expected + 1,
                parsed_key=key,
                version_keys=[*current.get("version_keys", []), key],
                sections_available=resume.sections_available(),
                updated_at=now,
            )
            self.table.write(self._key(token_hash, resume_id), new, condition=fresh)
            return ResumeRecord.model_validate(new)

        try:
            return put_then_point(self.objects, [Body.json(key, document_of(resume))], point)
        except ConditionFailed:
            latest = self.get(token_hash, resume_id)
            raise VersionConflict(latest.version if latest else None) from None

    def _transition(
        self, token_hash: str, resume_id: str, allowed: Callable[[dict[str, Any]], bool], **changes: Any
    ) -> ResumeRecord | None:
        key = self._key(token_hash, resume_id)

        def condition(old: Any) -> bool:
            return old is not None and allowed(old)

        try:
            current = self.table.items.get(key) or {}
            new = {k: v for k, v in dict(current, **changes).items() if v is not _REMOVE}
            self.table.write(key, new, condition=condition)
        except ConditionFailed:
            return None
        return ResumeRecord.model_validate(new)

    def claim(self, token_hash: str, resume_id: str, now: int, lease_s: int) -> ResumeRecord | None:
        return self._transition(
            token_hash,
            resume_id,
            lambda old: (
                old["status"] == "pending"
                or (old["status"] == "processing" and (old.get("lease_until") or 0) < now)
            ),
            status="processing",
            lease_until=now + lease_s,
            updated_at=now,
        )

    def release(self, token_hash: str, resume_id: str, now: int) -> None:
        self._transition(
            token_hash,
            resume_id,
            lambda old: old["status"] == "processing",
            status="pending",
            updated_at=now,
            lease_until=_REMOVE,
        )

    def complete(
        self, token_hash: str, resume_id: str, resume: Resume, kind: str, now: int
    ) -> ResumeRecord | None:
        key = self._version_key(token_hash, resume_id, 1)

        def point() -> ResumeRecord:
            done = self._transition(
                token_hash,
                resume_id,
                lambda old: old["status"] == "processing",
                status="ready",
                version=1,
                parsed_key=key,
                version_keys=[key],
                sections_available=resume.sections_available(),
                kind=kind,
                updated_at=now,
                lease_until=_REMOVE,
                error=_REMOVE,
            )
            if done is None:
                raise ConditionFailed
            return done

        try:
            return put_then_point(self.objects, [Body.json(key, document_of(resume))], point)
        except ConditionFailed:
            return None

    def fail(self, token_hash: str, resume_id: str, error: ResumeError, now: int) -> ResumeRecord | None:
        return self._transition(
            token_hash,
            resume_id,
            lambda old: old["status"] in ("pending", "processing"),
            status="failed",
            error=error.model_dump(),
            updated_at=now,
            lease_until=_REMOVE,
        )


_REMOVE = object()


class FakeConversations:
    def __init__(self, objects: MemoryObjects, faults: Faults) -> None:
        self.objects = objects
        self.table = _Items(faults)

    def _body_key(self, token_hash: str, conversation_id: str, name: str) -> str:
        return keys.conversation_prefix(token_hash, conversation_id) + name

    def get(self, token_hash: str, conversation_id: str) -> ConversationRecord | None:
        found = self.table.items.get((token_hash, keys.conversation_sk(conversation_id)))
        return ConversationRecord.model_validate(found) if found else None

    def list_all(self, token_hash: str) -> list[ConversationRecord]:
        records = [
            ConversationRecord.model_validate(v) for (h, _), v in self.table.items.items() if h == token_hash
        ]
        return sorted(records, key=lambda r: (r.created_at, r.conversation_id))

    def request(self, record: ConversationRecord) -> Any:
        assert record.request_key
        return self.objects.get_json(record.request_key)

    def result(self, record: ConversationRecord) -> Any | None:
        if record.status != "succeeded" or not record.result_key:
            return None
        return self.objects.get_json(record.result_key)

    def _put(self, token_hash: str, record: ConversationRecord) -> None:
        self.table.write((token_hash, keys.conversation_sk(record.conversation_id)), record.model_dump())

    def add_queued(
        self, token_hash: str, record: ConversationRecord, request: Any, expires_at: int
    ) -> ConversationRecord:
        key = self._body_key(token_hash, record.conversation_id, "request.json")
        stored = record.model_copy(update={"status": "queued", "request_key": key})
        put_then_point(self.objects, [Body.json(key, request)], lambda: self._put(token_hash, stored))
        return stored

    def add_finished(
        self,
        token_hash: str,
        record: ConversationRecord,
        result: Any,
        expires_at: int,
        attachments: Sequence[Body] = (),
    ) -> ConversationRecord:
        key = self._body_key(token_hash, record.conversation_id, "result.json")
        stored = record.model_copy(update={"result_key": key})
        put_then_point(
            self.objects, [*attachments, Body.json(key, result)], lambda: self._put(token_hash, stored)
        )
        return stored

    def _update(
        self, token_hash: str, conversation_id: str, from_status: str, now: int, **fields: Any
    ) -> None:
        key = (token_hash, keys.conversation_sk(conversation_id))
        current = self.table.items.get(key) or {}
        self.table.write(
            key,
            dict(current, updated_at=now, **fields),
            condition=lambda old: old is not None and old["status"] == from_status,
        )

    def start(self, token_hash: str, conversation_id: str, now: int) -> bool:
        try:
            self._update(token_hash, conversation_id, "queued", now, status="running")
        except ConditionFailed:
            return False
        return True

    def finish(self, token_hash: str, conversation_id: str, result: Any, now: int, **fields: Any) -> bool:
        key = self._body_key(token_hash, conversation_id, "result.json")
        try:
            put_then_point(
                self.objects,
                [Body.json(key, result)],
                lambda: self._update(
                    token_hash, conversation_id, "running", now, status="succeeded", result_key=key, **fields
                ),
            )
        except ConditionFailed:
            return False
        return True

    def fail(
        self, token_hash: str, conversation_id: str, from_status: str, error: dict[str, str], now: int
    ) -> bool:
        try:
            self._update(token_hash, conversation_id, from_status, now, status="failed", error=error)
        except ConditionFailed:
            return False
        return True


class FakeDocuments:
    def __init__(self, conversations: FakeConversations) -> None:
        self.conversations = conversations

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
        key = keys.generated_key(token_hash, document_id, filename)
        self.conversations.add_finished(
            token_hash, conversation, summary, expires_at, attachments=[Body(key, data, content_type)]
        )
        return key

    def download_url(self, key: str, filename: str, expires_s: int) -> str:
        return f"http://127.0.0.1/bucket/{key}?expires={expires_s}"


class FakeJobs:
    def __init__(self) -> None:
        self.submitted: list[dict[str, Any]] = []
        self.down = False

    def submit(self, job: dict[str, Any]) -> None:
        if self.down:
            raise ServiceUnavailable("LAMBDA is unavailable; retry shortly.", code="backend_unavailable")
        self.submitted.append(job)


class MemoryCounter:
    """The quota counter's promise: count and refuse in one step, per fixed window."""

    def __init__(self) -> None:
        self.used: dict[tuple[str, str, int], int] = {}

    def take(self, pk: str, kind: str, window: Window, now: float) -> int:
        start = int(now // window.seconds) * window.seconds
        slot = (pk, kind, start)
        if self.used.get(slot, 0) >= window.limit:
            raise QuotaExceeded(max(1, int(start + window.seconds - now)))
        self.used[slot] = self.used.get(slot, 0) + 1
        return self.used[slot]


class ScriptedProvider:
    """An LLM that answers from a script: a string, a dict (sent as JSON) or an exception to raise."""

    name = "scripted"
    model = "scripted-model"

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers)
        self.requests: list[LlmRequest] = []

    def probe(self) -> ProbeResult:
        return ProbeResult(model_available=True)

    def complete(self, request: LlmRequest) -> LlmResponse:
        self.requests.append(copy.deepcopy(request))
        answer = self.answers.pop(0) if self.answers else {}
        if isinstance(answer, BaseException):
            raise answer
        text = answer if isinstance(answer, str) else json.dumps(answer)
        return LlmResponse(text=text, model=self.model, provider=self.name, usage={"input_tokens": 3})


class FakeParser:
    """Bytes → a resume from `documents`, or the error `errors` names for those bytes."""

    def __init__(self) -> None:
        self.documents: dict[bytes, Resume] = {}
        self.errors: dict[bytes, ApiError] = {}
        self.calls = 0

    def __call__(self, data: bytes, filename: str) -> tuple[str, Resume]:
        self.calls += 1
        if data in self.errors:
            raise self.errors[data]
        return ("docx" if filename.endswith(".docx") else "pdf"), self.documents[data]


@dataclass
class World:
    """Every port, faked and wired together as web/wiring.py wires the real ones."""

    limits: Limits = field(default_factory=Limits)
    clock: FakeClock = field(default_factory=FakeClock)
    faults: Faults = field(default_factory=Faults)
    provider: LlmProvider | None = None

    def __post_init__(self) -> None:
        self.objects = MemoryObjects(self.faults)
        self.sessions = FakeSessions(self)
        self.resumes = FakeResumes(self.objects, self.faults)
        self.conversations = FakeConversations(self.objects, self.faults)
        self.documents = FakeDocuments(self.conversations)
        self.jobs = FakeJobs()
        self.counter = MemoryCounter()
        self.quotas = Quotas(self.counter, self.limits, self.clock)
        self.parse = FakeParser()
        self.provider_calls: list[SessionItem] = []

    def providers(self, session: SessionItem) -> LlmProvider:
        self.provider_calls.append(session)
        if self.provider is not None:
            return self.provider
        return provider_for(session.llm_config, None)

    def session(self, token_hash: str = HASH, *, ttl_s: int = 3600, provider: str = "offline") -> Caller:
        """A live session in the world, and the caller the authorizer would hand the handler."""
        now = int(self.clock())
        self.sessions.items[token_hash] = SessionItem.model_validate(
            {
                "token_hash": token_hash,
                "created_at": now,
                "expires_at": now + ttl_s,
                "last_seen_at": now,
                "llm_config": {"provider": provider, "model_name": "m1"},
            }
        )
        return Caller(token_hash, session_ref(token_hash), now + ttl_s, "req-1")

    def ports(self, *names: str) -> dict[str, Any]:
        """The keyword arguments of a use case: `world.ports("resumes", "quotas")`."""
        return {name: getattr(self, name) for name in names}
