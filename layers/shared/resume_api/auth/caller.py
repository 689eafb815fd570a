"""The authenticated caller as logic sees it: a session hash and reference, never the token.

A named tuple (immutable, named fields) rather than a frozen dataclass: every HTTP function makes
this class at import, and a frozen dataclass compiles six methods to do it (~0.7 ms, against ~0.1).
The repositories' small value types (data: Body, Window, SessionStatus) are named tuples for the
same reason.
"""

from __future__ import annotations

from typing import NamedTuple


class Caller(NamedTuple):
    token_hash: str
    ref: str
    expires_at: int
    request_id: str
