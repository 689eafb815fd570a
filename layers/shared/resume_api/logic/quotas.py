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


def session_creation(source_ip: str) -> None:
    n = limits().sessions_per_ip_per_hour
    _take(
        address_key(source_ip),
        "session_create",
        Window(n, HOUR),
        f"At most {n} sessions per hour from one address.",
    )


def config_test(source_ip: str) -> None:
    n = limits().sessions_per_ip_per_hour
    _take(
        address_key(source_ip),
        "test_config",
        Window(n, HOUR),
        f"At most {n} configuration tests per hour from one address.",
    )


def upload(token_hash: str) -> None:
    n = limits().uploads_per_minute
    _take(
        keys.session_pk(token_hash),
        "upload",
        Window(n, MINUTE),
        f"At most {n} uploads per minute per session.",
    )


def optimization(token_hash: str) -> None:
    n = limits().optimizations_per_hour
    _take(
        keys.session_pk(token_hash),
        "optimize",
        Window(n, HOUR),
        f"At most {n} optimizations per hour per session.",
    )


def resume_slots(existing: int) -> None:
    n = limits().max_resumes_per_session
    if n > 0 and existing >= n:
        raise TooManyRequests(
            f"A session holds at most {n} resumes; start a new session for more.",
            retry_after_s=None,
            code="too_many_resumes",
        )
