"""Session tokens: minted from `secrets`, stored and looked up only as their SHA-256.

Also reads the token from a request's headers. Either `X-Session-ID: <id>` or
`Authorization: Bearer <id>` works, header names in any case; a request carrying two
different tokens, a malformed one, an empty one or an over-long one is refused before any
lookup. Only HTTP's own whitespace (space and tab) is trimmed around a value: a non-breaking
space, NEL or any other Unicode space makes the token malformed, never silently valid.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Mapping, Sequence

TOKEN_PREFIX = "rs_"  # noqa: S105 - a prefix, not a secret
_TOKEN_RE = re.compile(r"rs_[A-Za-z0-9_-]{43}")
_MAX_HEADER = 512
_OWS = " \t"
"""RFC 9110's optional whitespace: the only characters trimmed around a header value."""


class TokenError(Exception):
    """Why a request carries no usable token; `code` goes to the caller, never the token."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(message)


def new_session_id() -> str:
    """A fresh 256-bit token; the server never accepts an id chosen by a client."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def session_hash(token: str) -> str:
    """What the service stores and keys on instead of the token."""
    return hashlib.sha256(token.encode()).hexdigest()


def session_ref(token_hash: str) -> str:
    """A short reference for logs and audit events; it cannot be turned back into the hash."""
    return hashlib.sha256(b"ref:" + token_hash.encode()).hexdigest()[:12]


def _values(
    headers: Mapping[str, str] | None, multi: Mapping[str, Sequence[str]] | None, name: str
) -> list[str]:
    found: list[str] = []
    for source in (multi or {}, headers or {}):
        for key, value in source.items():
            if key.lower() != name:
                continue
            found.extend([value] if isinstance(value, str) else list(value or []))
    return found


def _single(values: list[str], header: str) -> str | None:
    distinct = {v.strip(_OWS) for v in values}
    if not distinct:
        return None
    if len(distinct) > 1:
        raise TokenError("conflicting_tokens", f"{header} was sent more than once with different values.")
    value = distinct.pop()
    if not value:
        raise TokenError("malformed_token", f"{header} is empty.")
    return value


def token_from_headers(
    headers: Mapping[str, str] | None, multi_value_headers: Mapping[str, Sequence[str]] | None = None
) -> str:
    """The session token a request carries, or TokenError saying why there is none."""
    session_header = _single(_values(headers, multi_value_headers, "x-session-id"), "X-Session-ID")
    authorization = _single(_values(headers, multi_value_headers, "authorization"), "Authorization")

    bearer: str | None = None
    if authorization is not None:
        if len(authorization) > _MAX_HEADER:
            raise TokenError("malformed_token", "The Authorization header is too long.")
        parts = [p for p in authorization.replace("\t", " ").split(" ") if p]
        if len(parts) != 2 or parts[0].lower() != "bearer":
            raise TokenError("malformed_token", "Authorization must be 'Bearer <session id>'.")
        bearer = parts[1]

    if session_header is not None and bearer is not None and session_header != bearer:
        raise TokenError("conflicting_tokens", "X-Session-ID and Authorization name different sessions.")
    token = session_header if session_header is not None else bearer
    if token is None:
        raise TokenError(
            "missing_token", "A session is required: send X-Session-ID or Authorization: Bearer."
        )
    if len(token) > _MAX_HEADER or not _TOKEN_RE.fullmatch(token):
        raise TokenError("malformed_token", "The session id is malformed.")
    return token
