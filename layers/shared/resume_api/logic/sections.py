"""Reading and patching the sections of a stored resume (GET/PATCH /resume_sections).

Dates and URLs in the body are checked first (models/values.py: 422 naming each field). A PATCH
names the version it read; the resume repository stores the result as the next version
only if nobody else did first, so of concurrent writers exactly one wins and the others get 409
with the version stored now.
"""

from __future__ import annotations

import time

from resume_api.auth.caller import Caller
from resume_api.data.resumes import VersionConflict
from resume_api.errors import Conflict
from resume_api.models.resume import Resume
from resume_api.models.sections import (
    PatchSectionsRequest,
    PatchSectionsResponse,
    SectionsResponse,
    SessionMeta,
    summary_fields,
)
from resume_api.models.time import iso
from resume_api.models.values import refuse_bad_values
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


def merge_sections(current: Resume, request: PatchSectionsRequest) -> tuple[Resume, list[str]]:
    """Lists are replaced whole, `basics` field by field; returns the new resume and what changed."""
    patch = request.sections.model_dump(exclude_unset=True, mode="json")
    data = current.model_dump(mode="json")
    changed = []
    for section, value in patch.items():
        new_value = dict(data["basics"], **value) if section == "basics" else value
        if new_value != data[section]:
            changed.append(section)
        data[section] = new_value
    return Resume.model_validate(data), changed


def _conflict(current: int | None) -> Conflict:
    return Conflict(
        "The resume changed since you read it; reload and retry.",
        code="version_conflict",
        details={"current_version": current},
    )


def patch_sections(
    caller: Caller, request: PatchSectionsRequest, *, resumes: Resumes, clock: Clock = time.time
) -> PatchSectionsResponse:
    refuse_bad_values(request.sections.model_dump(mode="json", exclude_unset=True), "sections")
    record, current = resumes.load_ready(caller.token_hash, request.resume_id)
    if request.version != record.version:
        raise _conflict(record.version)
    updated, changed = merge_sections(current, request)
    if not changed:
        return PatchSectionsResponse(
            resume_id=record.resume_id, version=record.version, sections_changed=[], resume=current
        )
    try:
        stored = resumes.put_version(
            caller.token_hash, record.resume_id, record.version, updated, int(clock())
        )
    except VersionConflict as lost:
        raise _conflict(lost.current) from None
    return PatchSectionsResponse(
        resume_id=record.resume_id, version=stored.version, sections_changed=changed, resume=updated
    )
