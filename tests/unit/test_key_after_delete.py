"""A DELETE that lands between a request's session read and its key read ends that request as
revoked (401 `session_revoked`), never as the model refusing a missing key (502 `llm_auth_failed`).

DELETE drops the key's ciphertext with the mark; a request that had read the live session before
went on to ask the model with no key. Found by the delete-mid-flight race under load.
"""

from __future__ import annotations

import pytest

from resume_api.data.table import SessionErased
from resume_api.llm.registry import provider_for_session
from resume_api.models.session import SessionItem
from tests.fakes import HASH, World

KEY = "sk-test-0123456789abcdef"


def _keyed_session(world: World) -> SessionItem:
    now = int(world.clock())
    item = SessionItem.model_validate(
        {
            "token_hash": HASH,
            "created_at": now,
            "expires_at": now + 3600,
            "last_seen_at": now,
            "llm_config": {
                "provider": "openai_compatible",
                "model_name": "m1",
                "base_url": "http://127.0.0.1:9/v1",
            },
            "api_key_hint": "sk-…cdef",
            "api_key_host": "127.0.0.1:9",
            "has_api_key": True,
        }
    )
    world.sessions.create(item, KEY)
    return item


def test_a_live_session_reads_its_key_for_the_call(world: World) -> None:
    session = _keyed_session(world)
    provider_for_session(session, world.sessions)
    assert world.sessions.key_reads == 1


def test_a_session_revoked_after_it_was_read_refuses_the_call_as_revoked(world: World) -> None:
    session = _keyed_session(world)  # what the request read while the session was live
    assert world.sessions.revoke(HASH, int(world.clock()))  # DELETE lands meanwhile
    with pytest.raises(SessionErased) as refused:
        provider_for_session(session, world.sessions)
    assert refused.value.status == 401 and refused.value.code == "session_revoked"
    assert KEY not in str(refused.value)


def test_a_session_erased_after_it_was_read_refuses_the_call_as_revoked(world: World) -> None:
    session = _keyed_session(world)
    del world.sessions.items[HASH]  # the item itself is gone (TTL or an erase)
    with pytest.raises(SessionErased):
        provider_for_session(session, world.sessions)
