"""The authorizer's decisions and the quota policy, against in-memory session and counter fakes."""

from __future__ import annotations

import time

import pytest

from resume_api.auth.authorizer import LAST_SEEN_EVERY_S, authorize
from resume_api.auth.tokens import new_session_id, session_hash
from resume_api.data.quotas import Quotas
from resume_api.data.session_lookup import SessionStatus
from resume_api.errors import ServiceUnavailable, TooManyRequests
from resume_api.settings import Limits
from tests.fakes import FakeClock, MemoryCounter


class FakeLookup:
    def __init__(self, status: SessionStatus | None, *, down: bool = False, touch_down: bool = False) -> None:
        self.value, self.down, self.touch_down = status, down, touch_down
        self.touched: list[int] = []

    def status(self, token_hash: str) -> SessionStatus | None:
        if self.down:
            raise ServiceUnavailable("DYNAMODB is unavailable; retry shortly.", code="backend_unavailable")
        return self.value

    def touch(self, token_hash: str, now: int, every_s: int) -> bool:
        if self.touch_down:
            raise ServiceUnavailable("DYNAMODB is unavailable; retry shortly.", code="backend_unavailable")
        self.touched.append(now)
        return True


def _event(token: str) -> dict[str, object]:
    return {"headers": {"X-Session-ID": token}, "methodArn": "arn:aws:execute-api:x", "requestContext": {}}


def _status(expires_in: int = 3600, seen_ago: int = 0, revoked: bool = False) -> SessionStatus:
    now = int(time.time())
    return SessionStatus(now - 100, now + expires_in, now - seen_ago, now if revoked else None)


def test_a_live_session_is_allowed_with_its_hash_never_its_token() -> None:
    token = new_session_id()
    lookup = FakeLookup(_status())
    policy = authorize(_event(token), lookup)  # type: ignore[arg-type]
    assert policy["policyDocument"]["Statement"][0]["Effect"] == "Allow"
    assert policy["context"]["session_hash"] == session_hash(token)
    assert token not in str(policy) and lookup.touched == []


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (None, "invalid_session"),
        (_status(revoked=True), "session_revoked"),
        (_status(expires_in=-1), "session_expired"),
    ],
)
def test_unknown_revoked_and_expired_sessions_are_denied(status: SessionStatus | None, code: str) -> None:
    policy = authorize(_event(new_session_id()), FakeLookup(status))  # type: ignore[arg-type]
    assert policy["policyDocument"]["Statement"][0]["Effect"] == "Deny"
    assert policy["context"]["code"] == code


def test_a_malformed_token_is_denied_before_any_lookup() -> None:
    lookup = FakeLookup(None, down=True)
    policy = authorize(_event("Basic abc"), lookup)  # type: ignore[arg-type]
    assert policy["context"]["code"] == "malformed_token"


def test_a_storage_failure_raises_and_never_allows() -> None:
    with pytest.raises(ServiceUnavailable):
        authorize(_event(new_session_id()), FakeLookup(_status(), down=True))  # type: ignore[arg-type]


def test_last_seen_is_written_at_most_once_a_minute_and_its_failure_denies_nothing() -> None:
    fresh = FakeLookup(_status(seen_ago=LAST_SEEN_EVERY_S - 5))
    authorize(_event(new_session_id()), fresh)  # type: ignore[arg-type]
    assert fresh.touched == []
    stale = FakeLookup(_status(seen_ago=LAST_SEEN_EVERY_S))
    authorize(_event(new_session_id()), stale)  # type: ignore[arg-type]
    assert len(stale.touched) == 1
    broken = FakeLookup(_status(seen_ago=600), touch_down=True)
    policy = authorize(_event(new_session_id()), broken)  # type: ignore[arg-type]
    assert policy["policyDocument"]["Statement"][0]["Effect"] == "Allow"


def test_quota_windows_refuse_past_the_limit_and_reopen() -> None:
    clock = FakeClock(3600 * 1000)
    quotas = Quotas(MemoryCounter(), Limits(optimizations_per_hour=2), clock)
    quotas.optimization("h")
    quotas.optimization("h")
    with pytest.raises(TooManyRequests) as refused:
        quotas.optimization("h")
    assert refused.value.headers == {"Retry-After": "3600"}
    quotas.optimization("other")
    clock.advance(3600)
    quotas.optimization("h")


def test_a_limit_of_zero_switches_a_quota_off() -> None:
    counter = MemoryCounter()
    quotas = Quotas(counter, Limits(uploads_per_minute=0, max_resumes_per_session=0), FakeClock())
    for _ in range(50):
        quotas.upload("h")
        with quotas.resume_slot("h", 2_000_000_000):
            pass
    assert counter.used == {}
