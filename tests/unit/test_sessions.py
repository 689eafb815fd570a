"""Sessions: create, describe, revoke-and-erase, each rule and error against in-memory ports."""

from __future__ import annotations

import pytest

from resume_api.auth.tokens import session_hash
from resume_api.errors import TooManyRequests, Unauthorized
from resume_api.logic import session_create, sessions
from resume_api.models.records import ResumeRecord
from resume_api.models.session_create import CreateSessionRequest
from resume_api.settings import Limits
from tests.fakes import HASH, World
from tests.unit.conftest import sample_resume

KEY = "sk-unit-canary-1234567890abcd"


def _create(world: World, **config: object) -> tuple[str, object]:
    request = CreateSessionRequest.model_validate({"llm_config": {"provider": "offline", **config}})
    return session_create.create_session(request, "203.0.113.9", **world.ports("sessions", "quotas", "clock"))


def test_create_stores_only_the_hash_and_masks_the_key(world: World) -> None:
    request = CreateSessionRequest.model_validate(
        {"llm_config": {"provider": "openai", "model_name": "gpt-4o-mini", "api_key": KEY}, "ttl_hours": 2}
    )
    token_hash, response = session_create.create_session(
        request, "203.0.113.9", **world.ports("sessions", "quotas", "clock")
    )
    assert token_hash == session_hash(response.session_id)
    assert list(world.sessions.items) == [token_hash]
    stored = world.sessions.items[token_hash]
    assert stored.expires_at == int(world.clock()) + 7200
    assert stored.api_key_hint == "****abcd" and stored.api_key_host == "api.openai.com"
    assert world.sessions.keys[token_hash] == KEY
    assert KEY not in response.model_dump_json() and response.llm_config.api_key_masked == "****abcd"


def test_create_is_limited_per_address(world: World) -> None:
    world.quotas.settings = Limits(sessions_per_ip_per_hour=2)
    _create(world)
    _create(world)
    with pytest.raises(TooManyRequests) as refused:
        _create(world)
    assert refused.value.headers["Retry-After"]
    world.clock.advance(3600)
    _create(world)


def test_info_lists_resumes_and_conversations_and_shows_a_stale_claim_as_failed(world: World) -> None:
    caller = world.session()
    now = int(world.clock())
    world.resumes.add_pending(
        HASH,
        ResumeRecord(
            resume_id="r_1",
            filename="a.pdf",
            status="pending",
            uploaded_at=now,
            updated_at=now,
            source_key="uploads/x",
        ),
        caller.expires_at,
    )
    world.resumes.claim(HASH, "r_1", now, 90)
    world.clock.advance(90 + 301)
    info = sessions.session_info(HASH, **world.ports("sessions", "resumes", "conversations", "clock"))
    assert [(r.resume_id, r.status, r.error and r.error.code) for r in info.resumes] == [
        ("r_1", "failed", "processing_failed")
    ]
    assert info.session.expires_in_s == 3600 - 391
    assert info.conversations == []


@pytest.mark.parametrize("state", ["unknown", "revoked", "expired"])
def test_info_refuses_a_session_that_cannot_act(world: World, state: str) -> None:
    if state != "unknown":
        world.session()
    if state == "revoked":
        world.sessions.revoke(HASH, int(world.clock()))
    if state == "expired":
        world.clock.advance(3600)
    with pytest.raises(Unauthorized) as refused:
        sessions.session_info(HASH, **world.ports("sessions", "resumes", "conversations", "clock"))
    assert refused.value.code == ("session_expired" if state == "expired" else "invalid_session")


def test_delete_revokes_then_erases_every_object_and_item(world: World) -> None:
    caller = world.session()
    other = world.session("b" * 64)
    for who in (caller, other):
        world.resumes.add_parsed(
            who.token_hash,
            ResumeRecord(
                resume_id="r_1",
                filename="a.pdf",
                status="ready",
                uploaded_at=1,
                updated_at=1,
                source_key=world.resumes.original_key(who.token_hash, "r_1", "a.pdf"),
            ),
            b"%PDF",
            "application/pdf",
            sample_resume(),
            who.expires_at,
        )
    deleted = sessions.delete_session(HASH, **world.ports("sessions", "clock"))
    assert deleted.erased_objects == 2
    assert world.resumes.list_all(HASH) == []
    assert len(world.resumes.list_all(other.token_hash)) == 1
    assert all(HASH not in key for key in world.objects.data)
    assert world.sessions.items[HASH].revoked_at == int(world.clock())
    with pytest.raises(Unauthorized):
        sessions.delete_session(HASH, **world.ports("sessions", "clock"))
