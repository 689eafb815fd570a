"""The authenticated caller as logic sees it: a session hash and reference, never the token."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Caller:
    token_hash: str
    ref: str
    expires_at: int
    request_id: str
