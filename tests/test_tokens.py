"""Token minting and header parsing, as units (the HTTP matrix is in test_authorizer)."""

from __future__ import annotations

import pytest

from resume_api.auth.tokens import TokenError, new_session_id, session_hash, session_ref, token_from_headers


def test_tokens_are_256_bit_and_distinct() -> None:
    tokens = {new_session_id() for _ in range(1000)}
    assert len(tokens) == 1000
    for token in list(tokens)[:10]:
        assert token.startswith("rs_")
        assert len(token) == 46


def test_hash_and_ref_are_stable_and_do_not_contain_the_token() -> None:
    token = new_session_id()
    assert session_hash(token) == session_hash(token)
    assert len(session_hash(token)) == 64
    ref = session_ref(session_hash(token))
    assert len(ref) == 12
    assert ref not in token
    assert ref not in session_hash(token)


def test_multi_value_headers_conflict() -> None:
    a, b = new_session_id(), new_session_id()
    with pytest.raises(TokenError) as err:
        token_from_headers({"X-Session-ID": b}, {"X-Session-ID": [a, b]})
    assert err.value.code == "conflicting_tokens"
    assert token_from_headers({"X-Session-ID": a}, {"X-Session-ID": [a, a]}) == a
