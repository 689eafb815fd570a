"""Quotas: what each session and each address may do, counted in DynamoDB, and the 429 that says
when to retry.

`QuotaCounter` is the storage: fixed-window counters, one conditional `ADD` per request that
counts and refuses in the same write, so concurrent requests cannot overshoot the limit and
nothing lives in a function's memory. Each counter item expires with its window (TTL).
`Quotas` is the policy (limits from the template; 0 switches a quota off) over any counter.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from resume_api.data import keys
from resume_api.data.table import ConditionFailed, Table
from resume_api.errors import TooManyRequests
from resume_api.settings import Limits, limits

MINUTE, HOUR = 60, 3600


@dataclass(frozen=True)
class Window:
    limit: int
    seconds: int


class QuotaExceeded(Exception):
    def __init__(self, retry_after_s: int) -> None:
        self.retry_after_s = retry_after_s
        super().__init__(f"quota exceeded; retry after {retry_after_s}s")


class Counter(Protocol):
    def take(self, pk: str, kind: str, window: Window, now: float) -> int: ...


class QuotaCounter:
    """Fixed-window counters in the sessions table."""

    def __init__(self, table: Table | None = None) -> None:
        self.table = table or Table()

    def take(self, pk: str, kind: str, window: Window, now: float) -> int:
        """Count one use of `kind` under `pk`; raises QuotaExceeded when the window is full."""
        start = int(now // window.seconds) * window.seconds
        end = start + window.seconds
        try:
            item = self.table.update(
                {"pk": {"S": pk}, "sk": {"S": f"QUOTA#{kind}#{start}"}},
                "ADD used :one SET #ttl = :ttl",
                "attribute_not_exists(used) OR used < :limit",
                {"#ttl": "ttl"},
                one=1,
                limit=window.limit,
                ttl=end + 3600,
            )
        except ConditionFailed:
            raise QuotaExceeded(max(1, int(end - now))) from None
        return int(item["used"])


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

    def resume_slots(self, existing: int) -> None:
        n = self.settings.max_resumes_per_session
        if n > 0 and existing >= n:
            raise TooManyRequests(
                f"A session holds at most {n} resumes; start a new session for more.",
                retry_after_s=None,
                code="too_many_resumes",
            )
