"""The session repository: the session item, its encrypted API key, revocation and erasure.

Only the SHA-256 of the session id is stored and keyed on. The API key is encrypted with KMS
(the session hash bound in the encryption context) before it reaches DynamoDB, and decrypted
only for a caller that asks for it. Every item of a session carries the `ttl` attribute so
DynamoDB eventually sweeps it; reads do not rely on that sweep.
"""

from __future__ import annotations

from typing import Any

from resume_api.data import keys
from resume_api.data.objects import ObjectStore
from resume_api.data.secrets import decrypt_api_key, encrypt_api_key
from resume_api.data.session_lookup import SessionLookup
from resume_api.data.table import ConditionFailed, SessionErased, Table, item_key
from resume_api.models.llm_config import LlmConfigStored
from resume_api.models.session import SessionItem


class SessionRepository(SessionLookup):
    def __init__(self, table: Table | None = None, objects: ObjectStore | None = None) -> None:
        super().__init__(table)
        self.objects = objects or ObjectStore()

    def create(self, session: SessionItem, api_key: str | None) -> None:
        """Store a new session; the key is encrypted first and only its ciphertext is kept."""
        ciphertext = encrypt_api_key(session.token_hash, api_key) if api_key else None
        self.table.put_new(
            {
                "pk": keys.session_pk(session.token_hash),
                "sk": keys.SESSION_SK,
                "item_type": "session",
                "created_at": session.created_at,
                "expires_at": session.expires_at,
                "last_seen_at": session.last_seen_at,
                "ttl": session.expires_at,
                "llm_config": session.llm_config.model_dump(exclude_none=True),
                "api_key_ct": ciphertext,
                "api_key_hint": session.api_key_hint,
                "api_key_host": session.api_key_host,
            }
        )

    def get(self, token_hash: str) -> SessionItem | None:
        data = self.table.get(item_key(token_hash, keys.SESSION_SK))
        if data is None:
            return None
        return SessionItem(
            token_hash=token_hash,
            created_at=data["created_at"],
            expires_at=data["expires_at"],
            last_seen_at=data.get("last_seen_at", data["created_at"]),
            revoked_at=data.get("revoked_at"),
            llm_config=LlmConfigStored(**data["llm_config"]),
            api_key_hint=data.get("api_key_hint"),
            api_key_host=data.get("api_key_host"),
            has_api_key="api_key_ct" in data,
        )

    def api_key(self, token_hash: str) -> str | None:
        """The session's API key in clear, for the one call about to use it.

        SessionErased (401 `session_revoked`) if the session was revoked or erased since the
        request read it: DELETE drops the key, and a request that went on without it would ask
        the model with no key and report the provider's refusal (502) for what was a DELETE."""
        item = self.table.get(item_key(token_hash, keys.SESSION_SK), "api_key_ct, revoked_at")
        if item is None or "revoked_at" in item:
            raise SessionErased()
        ciphertext: Any = item.get("api_key_ct")
        return decrypt_api_key(token_hash, bytes(ciphertext)) if ciphertext else None

    def revoke(self, token_hash: str, now: int) -> bool:
        """Mark revoked (the erased mark every writer's conditional write checks, see
        `table.SESSION_LIVE`) and drop the key ciphertext and its hints; False if it was already
        revoked or is gone."""
        try:
            self.table.update(
                item_key(token_hash, keys.SESSION_SK),
                "SET revoked_at = :now REMOVE api_key_ct, api_key_hint, api_key_host",
                "attribute_exists(pk) AND attribute_not_exists(revoked_at)",
                now=now,
            )
        except ConditionFailed:
            return False
        return True

    def erase(self, token_hash: str) -> int:
        """Delete the session's objects, then its other items; returns the objects erased.

        Runs after `revoke`: from then on no writer can commit an item of the session (each
        write checks the mark), so what this sweep lists is all there will be, but for objects a
        losing writer is about to remove itself. The session item itself stays (revoked, without
        its key) until TTL sweeps it, so a late request still gets "revoked" rather than "unknown".
        """
        erased = sum(self.objects.delete_under(prefix) for prefix in keys.session_prefixes(token_hash))
        children = [i for i in self.table.query(token_hash) if i["sk"] != keys.SESSION_SK]
        self.table.delete_many([{"pk": {"S": i["pk"]}, "sk": {"S": i["sk"]}} for i in children])
        return erased
