"""The session item as the authorizer needs it: is it there, revoked, expired; and last seen.

The light half of the session repository (`data/sessions.py` builds on it): standard library and
boto3 only, no pydantic, because the authorizer runs before every request and its cold start
is everybody's. Keyed by the SHA-256 of the session id, never the id.
"""

from __future__ import annotations

from typing import NamedTuple

from resume_api.data import keys
from resume_api.data.table import ConditionFailed, Table, item_key


class SessionStatus(NamedTuple):
    created_at: int
    expires_at: int
    last_seen_at: int
    revoked_at: int | None


class SessionLookup:
    def __init__(self, table: Table | None = None) -> None:
        self.table = table or Table()

    def status(self, token_hash: str) -> SessionStatus | None:
        item = self.table.get(
            item_key(token_hash, keys.SESSION_SK), "created_at, expires_at, last_seen_at, revoked_at"
        )
        if item is None:
            return None
        return SessionStatus(
            created_at=int(item["created_at"]),
            expires_at=int(item["expires_at"]),
            last_seen_at=int(item.get("last_seen_at", 0)),
            revoked_at=item.get("revoked_at"),
        )

    def touch(self, token_hash: str, now: int, every_s: int) -> bool:
        """Record last-seen unless it was recorded less than `every_s` ago; False if not written."""
        try:
            self.table.update(
                item_key(token_hash, keys.SESSION_SK),
                "SET last_seen_at = :now",
                "attribute_exists(pk) AND last_seen_at < :cutoff",
                now=now,
                cutoff=now - every_s,
            )
        except ConditionFailed:
            return False
        return True
