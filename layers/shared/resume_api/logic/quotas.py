"""The service's quotas: what each session and each address may do, and the 429 that says when to retry.

Limits come from the template (Limits settings); a limit of 0 switches a quota off.
"""

from __future__ import annotations

import hashlib

from resume_api.data import keys
from resume_api.data.quota_store import QuotaExceeded, QuotaStore, Window
from resume_api.errors import TooManyRequests
from resume_api.settings import limits

MINUTE, HOUR = 60, 3600


def _take(pk: str, kind: str, window: Window, message: str) -> None:
    if window.limit <= 0:
        return
    try:
        QuotaStore().take(pk, kind, window)
    except QuotaExceeded as exc:
        raise TooManyRequests(message, retry_after_s=exc.retry_after_s, code="quota_exceeded") from None


def address_key(source_ip: str) -> str:
    """Addresses are counted by hash: the table holds no IP address."""
    return "ADDR#" + hashlib.sha256(source_ip.encode()).hexdigest()


def _per_address(source_ip: str, kind: str, n: int, what: str) -> None:
    _take(address_key(source_ip), kind, Window(n, HOUR), f"At most {n} {what} per hour from one address.")


def _per_session(token_hash: str, kind: str, n: int, window_s: int, what: str) -> None:
    per = "minute" if window_s == MINUTE else "hour"
    _take(
        keys.session_pk(token_hash), kind, Window(n, window_s), f"At most {n} {what} per {per} per session."
    )


def session_creation(source_ip: str) -> None:
    _per_address(source_ip, "session_create", limits().sessions_per_ip_per_hour, "sessions")


def config_test(source_ip: str) -> None:
    _per_address(source_ip, "test_config", limits().sessions_per_ip_per_hour, "configuration tests")


def upload(token_hash: str) -> None:
    _per_session(token_hash, "upload", limits().uploads_per_minute, MINUTE, "uploads")


def optimization(token_hash: str) -> None:
    _per_session(token_hash, "optimize", limits().optimizations_per_hour, HOUR, "optimizations")


def resume_slots(existing: int) -> None:
    n = limits().max_resumes_per_session
    if n > 0 and existing >= n:
        raise TooManyRequests(
            f"A session holds at most {n} resumes; start a new session for more.",
            retry_after_s=None,
            code="too_many_resumes",
        )
