"""Reading the sections of a stored resume (GET /resume_sections): the resume, its summary and the
session's expiry. Changing them is logic/sections_patch.py (PATCH), whose models this builds none of.
"""

from __future__ import annotations

import time

from resume_api.auth.caller import Caller
from resume_api.models.listing import summary_fields
from resume_api.models.sections import SectionsResponse, SessionMeta
from resume_api.models.time import iso
from resume_api.ports import Clock, Resumes


def get_sections(
    caller: Caller, resume_id: str | None, *, resumes: Resumes, clock: Clock = time.time
) -> SectionsResponse:
    record, resume = resumes.load_ready(caller.token_hash, resume_id)
    return SectionsResponse.model_validate(
        dict(
            summary_fields(record, clock()),
            resume=resume,
            session=SessionMeta(expires_at=iso(caller.expires_at) or ""),
        )
    )
