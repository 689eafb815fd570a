"""Quotas: what each session and each address may do, counted in DynamoDB, and the 429 that says
when to retry.

`QuotaCounter` is the storage: fixed-window counters, one conditional `ADD` per request that
counts and refuses in the same write, so concurrent requests cannot overshoot the limit and
nothing lives in a function's memory. Each counter item expires with its window (TTL). The
resume slots of a session are the same kind of counter without a window (`SLOTS#resumes`,
expiring with the session): reserved before a resume is stored, given back if it is not, so
parallel uploads can never hold more than the limit (docs/threats.md 34). A rate quota taken
by a request that then fails on our side (a 503) is given back too; one whose request was
refused for its own input is not (the work was done).
`Quotas` is the policy (limits from the template; 0 switches a quota off) over any counter.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable, Iterator
from typing import NamedTuple, Protocol

from resume_api.data import keys
from resume_api.data.table import ConditionFailed, Table
from resume_api.errors import ApiError, ServiceUnavailable, TooManyRequests
from resume_api.settings import Limits, limits

MINUTE, HOUR = 60, 3600


class Window(NamedTuple):
    limit: int
    seconds: int


class QuotaExceeded(Exception):
    def __init__(self, retry_after_s: int) -> None:
        self.retry_after_s = retry_after_s
        super().__init__(f"quota exceeded; retry after {retry_after_s}s")


class Counter(Protocol):
    def take(self, pk: str, kind: str, window: Window, now: float) -> int: ...
    def give_back(self, pk: str, kind: str, window: Window, taken_at: float) -> None: ...
    def reserve(self, pk: str, kind: str, limit: int, expires_at: int) -> int: ...
    def release(self, pk: str, kind: str) -> None: ...


def _window_sk(kind: str, window: Window, at: float) -> tuple[str, int]:
    start = int(at // window.seconds) * window.seconds
    return f"QUOTA#{kind}#{start}", start + window.seconds


class QuotaCounter:
    """Fixed-window counters in the sessions table."""

    def __init__(self, table: Table | None = None) -> None:
        self.table = table or Table()

    def take(self, pk: str, kind: str, window: Window, now: float) -> int:
        """Count one use of `kind` under `pk`; raises QuotaExceeded when the window is full."""
        sk, end = _window_sk(kind, window, now)
        try:
            return self._add(pk, sk, window.limit, end + 3600)
        except ConditionFailed:
            raise QuotaExceeded(max(1, int(end - now))) from None

    def give_back(self, pk: str, kind: str, window: Window, taken_at: float) -> None:
        """Undo one `take` made at `taken_at` (in its own window); best effort."""
        self._subtract(pk, _window_sk(kind, window, taken_at)[0])

    def reserve(self, pk: str, kind: str, limit: int, expires_at: int) -> int:
        """Hold one of `limit` slots of `kind` under `pk` (no window); QuotaExceeded when all are held."""
        try:
            return self._add(pk, f"SLOTS#{kind}", limit, expires_at)
        except ConditionFailed:
            raise QuotaExceeded(0) from None

    def release(self, pk: str, kind: str) -> None:
        """Give a slot back (its resume was not stored); best effort."""
        self._subtract(pk, f"SLOTS#{kind}")

    def _add(self, pk: str, sk: str, limit: int, ttl: int) -> int:
        item = self.table.update(
            {"pk": {"S": pk}, "sk": {"S": sk}},
            "ADD used :one SET #ttl = :ttl",
            "attribute_not_exists(used) OR used < :limit",
            {"#ttl": "ttl"},
            one=1,
            limit=limit,
            ttl=ttl,
        )
        return int(item["used"])

    def _subtract(self, pk: str, sk: str) -> None:
        """One less, never below zero, never recreating a counter an erasure swept; a failure here
        must not hide the error being handled, so it only costs a slot until the item expires."""
        with contextlib.suppress(ConditionFailed, ApiError):
            self.table.update(
                {"pk": {"S": pk}, "sk": {"S": sk}}, "ADD used :minus", "used > :zero", minus=-1, zero=0
            )


def address_key(source_ip: str) -> str:
    """Addresses are counted by hash: the table holds no IP address."""
    return "ADDR#" + hashlib.sha256(source_ip.encode()).hexdigest()


class Quotas:
    def __init__(
        self,
        counter: Counter | None = None,
        settings: Limits | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.counter = counter or QuotaCounter()
        self.settings = settings or limits()
        self.clock = clock

    def _take(self, pk: str, kind: str, window: Window, message: str) -> None:
        if window.limit <= 0:
            return
        try:
            self.counter.take(pk, kind, window, self.clock())
        except QuotaExceeded as exc:
            raise TooManyRequests(message, retry_after_s=exc.retry_after_s, code="quota_exceeded") from None

    @contextlib.contextmanager
    def _given_back_on_outage(self, pk: str, kind: str, window: Window) -> Iterator[None]:
        """The block runs with the quota taken; a 503 inside it (our failure) gives it back."""
        taken_at = self.clock()
        try:
            yield
        except ServiceUnavailable:
            if window.limit > 0:
                self.counter.give_back(pk, kind, window, taken_at)
            raise

    def _per_address(self, source_ip: str, kind: str, n: int, what: str) -> None:
        self._take(
            address_key(source_ip), kind, Window(n, HOUR), f"At most {n} {what} per hour from one address."
        )

    def _per_session(self, token_hash: str, kind: str, n: int, window_s: int, what: str) -> None:
        per = "minute" if window_s == MINUTE else "hour"
        self._take(
            keys.session_pk(token_hash),
            kind,
            Window(n, window_s),
            f"At most {n} {what} per {per} per session.",
        )

    def session_creation(self, source_ip: str) -> None:
        self._per_address(source_ip, "session_create", self.settings.sessions_per_ip_per_hour, "sessions")

    def config_test(self, source_ip: str) -> None:
        self._per_address(
            source_ip, "test_config", self.settings.sessions_per_ip_per_hour, "configuration tests"
        )

    def upload(self, token_hash: str) -> None:
        self._per_session(token_hash, "upload", self.settings.uploads_per_minute, MINUTE, "uploads")

    def optimization(self, token_hash: str) -> None:
        self._per_session(token_hash, "optimize", self.settings.optimizations_per_hour, HOUR, "optimizations")

    def upload_refunded_on_outage(self, token_hash: str) -> contextlib.AbstractContextManager[None]:
        """Around the work an upload quota paid for: a 503 gives the upload back."""
        window = Window(self.settings.uploads_per_minute, MINUTE)
        return self._given_back_on_outage(keys.session_pk(token_hash), "upload", window)

    def optimization_refunded_on_outage(self, token_hash: str) -> contextlib.AbstractContextManager[None]:
        """Around the work an optimization quota paid for: a 503 gives the optimization back."""
        window = Window(self.settings.optimizations_per_hour, HOUR)
        return self._given_back_on_outage(keys.session_pk(token_hash), "optimize", window)

    @contextlib.contextmanager
    def admit_upload(self, token_hash: str, expires_at: int) -> Iterator[None]:
        """The quotas of a new resume, in order: one of the session's resume slots (an atomic
        reservation), then uploads per minute (a counted write). The slot goes back if no resume is
        stored; the upload too if the work fails with a 503. A direct upload and a presign share it."""
        with self.resume_slot(token_hash, expires_at):
            self.upload(token_hash)
            with self.upload_refunded_on_outage(token_hash):
                yield

    @contextlib.contextmanager
    def resume_slot(self, token_hash: str, expires_at: int) -> Iterator[None]:
        """Hold one of the session's resume slots while the block stores a resume; any failure in
        the block gives it back. 429 (no Retry-After: waiting does not help) when all are held."""
        n = self.settings.max_resumes_per_session
        if n <= 0:
            yield
            return
        pk = keys.session_pk(token_hash)
        try:
            self.counter.reserve(pk, "resumes", n, expires_at)
        except QuotaExceeded:
            raise TooManyRequests(
                f"A session holds at most {n} resumes; start a new session for more.",
                retry_after_s=None,
                code="too_many_resumes",
            ) from None
        try:
            yield
        except BaseException:
            self.counter.release(pk, "resumes")
            raise
