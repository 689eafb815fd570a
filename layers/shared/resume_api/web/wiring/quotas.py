"""The per-session and per-address quota counters."""

from __future__ import annotations

from functools import cache

from resume_api.data.quotas import Quotas


@cache
def quota_counters() -> Quotas:
    return Quotas()
