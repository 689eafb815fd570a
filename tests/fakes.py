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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from resume_api.auth.caller import Caller
from resume_api.auth.tokens import session_ref
from resume_api.data import keys
from resume_api.data.conversations import STARTABLE, ConversationRepository
from resume_api.data.documents import DocumentRepository
from resume_api.data.quotas import QuotaExceeded, Quotas, Window
from resume_api.data.resumes import ResumeRepository
from resume_api.data.table import ConditionFailed, SessionErased
from resume_api.errors import ApiError, ServiceUnavailable
from resume_api.llm.base import LlmProvider, LlmRequest, LlmResponse, ProbeResult
from resume_api.llm.registry import provider_for
from resume_api.models.conversation_record import ConversationRecord
from resume_api.models.records import ResumeRecord, UploadWarning
from resume_api.models.resume import Resume
from resume_api.models.session import SessionItem
from resume_api.models.uploads import ParsedUpload
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
    `"item"` for every item write, `"item:<sort key part>"` for some: `"item:CONV#"`), `before_write`
    runs once before the next conditional item write."""

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

    def size(self, key: str) -> int | None:
        found = self.data.get(key)
        return len(found[0]) if found else None

    def get(self, key: str, max_bytes: int) -> bytes:
        return self.data[key][0][: max_bytes + 1]

    def presigned_post(self, key: str, content_type: str, max_bytes: int, expires_s: int) -> dict[str, Any]:
        return {"url": "http://127.0.0.1/bucket", "fields": {"key": key, "Content-Type": content_type}}

    def presigned_get(self, key: str, expires_s: int, filename: str | None = None) -> str:
        return f"http://127.0.0.1/bucket/{key}?expires={expires_s}"

    def under(self, prefix: str) -> list[str]:
        return sorted(k for k in self.data if k.startswith(prefix))


Fence = Callable[[str], bool]
"""Is this session's erased mark still unset (the session there and not revoked)?"""


class _Items:
    """DynamoDB items by (token_hash, sort key), with the outage and race hooks of every write.

    Every write holds the session fence first, as `Table` adds it to every write of a session's
    items: a revoked or missing session makes the write raise SessionErased and change nothing."""

    def __init__(self, faults: Faults, fence: Fence) -> None:
        self.items: dict[tuple[str, str], Any] = {}
        self.faults = faults
        self.fence = fence

    def write(self, key: tuple[str, str], value: Any, condition: Callable[[Any], bool] | None = None) -> Any:
        self.faults.racing()
        self.faults.check(f"item:{key[1]}")
        if not self.fence(key[0]):
            raise SessionErased
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
        session = self.items.get(token_hash)
        if session is None or session.revoked_at is not None:
            raise SessionErased()
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
        for store in (self.world.resumes.items, self.world.conversations.items):
            for key in [k for k in store.items if k[0] == token_hash]:
                del store.items[key]
        counters = self.world.counter.used
        for slot in [s for s in counters if s[0] == keys.session_pk(token_hash)]:
            del counters[slot]
        return len(erased)

    def live(self, token_hash: str) -> bool:
        """The fence every write of the session's items holds (see `Table`)."""
        session = self.items.get(token_hash)
        return session is not None and session.revoked_at is None


class FakeResumes(ResumeRepository):
    """The real resume repository (its rules, write protocol and version keys) over in-memory items:
    only the storage statements are replaced, each with the same condition as its DynamoDB one."""

    def __init__(self, objects: MemoryObjects, faults: Faults, fence: Fence) -> None:
        super().__init__(objects=objects)  # type: ignore[arg-type]
        self.memory = objects
        self.items = _Items(faults, fence)

    def get(self, token_hash: str, resume_id: str) -> ResumeRecord | None:
        found = self.items.items.get((token_hash, keys.resume_sk(resume_id)))
        return ResumeRecord.model_validate(found) if found else None

    def list_all(self, token_hash: str) -> list[ResumeRecord]:
        records = [
            ResumeRecord.model_validate(v) for (h, _), v in self.items.items.items() if h == token_hash
        ]
        return sorted(records, key=lambda r: (r.uploaded_at, r.resume_id))

    def count(self, token_hash: str) -> int:
        return len(self.list_all(token_hash))

    def _create(self, token_hash: str, record: ResumeRecord, expires_at: int) -> None:
        self.items.write(
            (token_hash, keys.resume_sk(record.resume_id)),
            record.model_dump(),
            condition=lambda old: old is None,
        )

    _CONDITIONS: ClassVar[dict[str, Callable[[dict[str, Any], dict[str, Any]], bool]]] = {
        "new_version": lambda old, v: old["status"] == "ready" and old["version"] == v["expected"],
        "claim": lambda old, v: (
            old["status"] == "pending"
            or (
                old["status"] == "processing"
                and (old.get("lease_until") or 0) < v["now"]
                and (old.get("retry_until") or 0) >= v["now"]
            )
        ),
        "release": lambda old, v: old["status"] == "processing",
        "ready": lambda old, v: old["status"] == "processing",
        "failed": lambda old, v: old["status"] in ("pending", "processing"),
        "given_up": lambda old, v: old["status"] == "processing" and (old.get("retry_until") or 0) < v["now"],
    }

    def _change(self, token_hash: str, resume_id: str, statement: str, **vals: Any) -> ResumeRecord:
        key = (token_hash, keys.resume_sk(resume_id))
        old = dict(self.items.items.get(key) or {})
        new = dict(old, updated_at=vals["now"])
        if statement == "new_version":
            new.update(
                version=vals["expected"] + 1,
                parsed_key=vals["key"],
                version_keys=[*old.get("version_keys", []), vals["key"]],
                sections_available=vals["sections"],
            )
        elif statement == "claim":
            new.update(status="processing", lease_until=vals["lease"], retry_until=vals["retry"])
        elif statement == "release":
            new.update(status="pending", lease_until=None, retry_until=None)
        elif statement == "ready":
            new.update(
                status="ready",
                version=1,
                parsed_key=vals["key"],
                version_keys=[vals["key"]],
                sections_available=vals["sections"],
                kind=vals["kind"],
                warnings=vals.get("warnings", []),
                lease_until=None,
                retry_until=None,
                error=None,
            )
        elif statement in ("failed", "given_up"):
            new.update(status="failed", error=vals["error"], lease_until=None, retry_until=None)
        check = self._CONDITIONS[statement]
        self.items.write(key, new, condition=lambda current: current is not None and check(current, vals))
        return ResumeRecord.model_validate(new)


class FakeConversations(ConversationRepository):
    """The real conversation repository over in-memory items (only `_put` and `_update` replaced)."""

    def __init__(self, objects: MemoryObjects, faults: Faults, fence: Fence) -> None:
        super().__init__(objects=objects)  # type: ignore[arg-type]
        self.items = _Items(faults, fence)

    def get(self, token_hash: str, conversation_id: str) -> ConversationRecord | None:
        found = self.items.items.get((token_hash, keys.conversation_sk(conversation_id)))
        return ConversationRecord.model_validate(found) if found else None

    def list_all(self, token_hash: str) -> list[ConversationRecord]:
        records = [
            ConversationRecord.model_validate(v) for (h, _), v in self.items.items.items() if h == token_hash
        ]
        return sorted(records, key=lambda r: (r.created_at, r.conversation_id))

    def _put(self, token_hash: str, record: ConversationRecord, expires_at: int) -> None:
        self.items.write(
            (token_hash, keys.conversation_sk(record.conversation_id)),
            record.model_dump(),
            condition=lambda old: old is None,
        )

    _EXTRA: ClassVar[dict[str, Callable[[dict[str, Any], int], bool]]] = {
        "": lambda old, now: True,
        STARTABLE: lambda old, now: old.get("lease_until") is None or old["lease_until"] >= now,
    }

    def _update(
        self,
        token_hash: str,
        conversation_id: str,
        from_status: str,
        now: int,
        extra: str = "",
        **fields: Any,
    ) -> None:
        key = (token_hash, keys.conversation_sk(conversation_id))
        current = self.items.items.get(key) or {}
        holds = self._EXTRA[extra]
        self.items.write(
            key,
            dict(current, updated_at=now, **fields),
            condition=lambda old: old is not None and old["status"] == from_status and holds(old, now),
        )


class FakeJobs:
    def __init__(self) -> None:
        self.submitted: list[dict[str, Any]] = []
        self.down = False

    def submit(self, job: dict[str, Any]) -> None:
        if self.down:
            raise ServiceUnavailable("LAMBDA is unavailable; retry shortly.", code="backend_unavailable")
        self.submitted.append(job)


class MemoryCounter:
    """The quota counter's promise: count and refuse in one step, per fixed window (`start` > 0) or
    for the session's life (resume slots: `start` 0); counters of a session hold its fence."""

    def __init__(self, fence: Fence | None = None) -> None:
        self.used: dict[tuple[str, str, int], int] = {}
        self.fence = fence or (lambda token_hash: True)

    def _fenced(self, pk: str) -> None:
        if pk.startswith("SESSION#") and not self.fence(pk.removeprefix("SESSION#")):
            raise SessionErased

    def _add(self, slot: tuple[str, str, int], limit: int, refused: QuotaExceeded) -> int:
        self._fenced(slot[0])
        if self.used.get(slot, 0) >= limit:
            raise refused
        self.used[slot] = self.used.get(slot, 0) + 1
        return self.used[slot]

    def _subtract(self, slot: tuple[str, str, int]) -> None:
        if slot[0].startswith("SESSION#") and not self.fence(slot[0].removeprefix("SESSION#")):
            return  # an erased session's counters are gone and stay gone
        if self.used.get(slot, 0) > 0:
            self.used[slot] -= 1

    def take(self, pk: str, kind: str, window: Window, now: float) -> int:
        start = int(now // window.seconds) * window.seconds
        return self._add(
            (pk, kind, start), window.limit, QuotaExceeded(max(1, int(start + window.seconds - now)))
        )

    def give_back(self, pk: str, kind: str, window: Window, taken_at: float) -> None:
        self._subtract((pk, kind, int(taken_at // window.seconds) * window.seconds))

    def reserve(self, pk: str, kind: str, limit: int, expires_at: int) -> int:
        return self._add((pk, kind, 0), limit, QuotaExceeded(0))

    def release(self, pk: str, kind: str) -> None:
        self._subtract((pk, kind, 0))


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
        self.warnings: dict[bytes, list[UploadWarning]] = {}
        self.errors: dict[bytes, ApiError] = {}
        self.calls = 0

    def __call__(self, data: bytes, filename: str) -> ParsedUpload:
        self.calls += 1
        if data in self.errors:
            raise self.errors[data]
        kind = "docx" if filename.endswith(".docx") else "pdf"
        return ParsedUpload(kind, self.documents[data], list(self.warnings.get(data, [])))


@dataclass
class World:
    """Every port, faked and wired together as web/wiring/ wires the real ones."""

    limits: Limits = field(default_factory=Limits)
    clock: FakeClock = field(default_factory=FakeClock)
    faults: Faults = field(default_factory=Faults)
    provider: LlmProvider | None = None

    def __post_init__(self) -> None:
        self.objects = MemoryObjects(self.faults)
        self.sessions = FakeSessions(self)
        self.resumes = FakeResumes(self.objects, self.faults, self.sessions.live)
        self.conversations = FakeConversations(self.objects, self.faults, self.sessions.live)
        self.documents = DocumentRepository(self.conversations, self.objects)
        self.jobs = FakeJobs()
        self.counter = MemoryCounter(self.sessions.live)
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
