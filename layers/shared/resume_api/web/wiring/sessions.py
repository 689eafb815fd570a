"""The session repository (sessions, their encrypted keys, their erasure)."""

from __future__ import annotations

from functools import cache

from resume_api.data.sessions import SessionRepository
from resume_api.ports import Sessions


@cache
def session_repository() -> Sessions:
    return SessionRepository()
