"""Patching the sections of a stored resume (PATCH /resume_sections).

A PATCH names the version it changes, as If-Match (the ETag GET gave: 412 when it is not the
current one) or as `version` in an application/json body (409 when stale). Dates and URLs it
brings in are checked first (models/values.py: 422 naming each field). The resume repository
stores the result as the next version only if nobody else did first, so of concurrent writers
exactly one wins and the others get the same 412 or 409 with the version stored now.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from resume_api.auth.caller import Caller
from resume_api.data.resumes import VersionConflict
from resume_api.errors import Conflict, PreconditionFailed, Unprocessable
from resume_api.models.patches import SectionsEdit, apply_edit, changed_sections
from resume_api.models.sections import IfMatch, etag, if_match_allows
from resume_api.models.sections_patch import PatchSectionsRequest, PatchSectionsResponse
from resume_api.models.values import new_problems, refuse_bad_values
from resume_api.ports import Clock, Resumes

if TYPE_CHECKING:
    from resume_api.models.resume import Resume


def _conflict(current: int | None) -> Conflict:
    return Conflict(
        "The resume changed since you read it; reload and retry.",
        code="version_conflict",
        details={"current_version": current},
    )


def _precondition_failed(current: int | None) -> PreconditionFailed:
    return PreconditionFailed(
        "The resume is not at the version If-Match names; reload and retry.",
        headers={"ETag": etag(current)} if current else None,
        details={"current_version": current},
    )


def _target(edit: SectionsEdit, resume_id: str | None) -> tuple[str | None, int | None]:
    """Which resume (the query's or the body's `resume_id`) and which version the body names."""
    if not isinstance(edit, PatchSectionsRequest):
        return resume_id, None
    if resume_id and edit.resume_id and resume_id != edit.resume_id:
        raise Unprocessable(
            "resume_id: the query and the body name different resumes.",
            code="validation_error",
            details={"fields": [{"field": "resume_id", "message": "differs from the query's"}]},
        )
    return resume_id or edit.resume_id, edit.version


def _refuse_values_brought_in(edit: SectionsEdit, current: Resume, updated: Resume) -> None:
    """422 for a date or URL the edit brings in that breaks its rule; values stored before the
    rules existed stay readable (the resume model itself is permissive)."""
    if isinstance(edit, PatchSectionsRequest):
        refuse_bad_values(edit.sections.model_dump(mode="json", exclude_unset=True), "sections")
        return
    brought_in = new_problems(updated.model_dump(mode="json"), current.model_dump(mode="json"))
    if brought_in:
        message = "; ".join(f"{p['field']}: {p['message']}" for p in brought_in[:5])
        raise Unprocessable(message, code="validation_error", details={"fields": brought_in[:20]})


def patch_sections(
    caller: Caller,
    edit: SectionsEdit,
    *,
    resumes: Resumes,
    clock: Clock = time.time,
    resume_id: str | None = None,
    if_match: IfMatch | None = None,
) -> PatchSectionsResponse:
    """Apply one edit to the resume (the latest ready one by default) and store the next version."""
    target, version = _target(edit, resume_id)
    if version is None and if_match is None:
        raise Unprocessable(
            'version: say which version you change, as If-Match: "<version>" (the ETag GET gave) '
            "or as version in an application/json body.",
            code="validation_error",
            details={"fields": [{"field": "version", "message": "Field required (or send If-Match)"}]},
        )
    record, current = resumes.load_ready(caller.token_hash, target)
    if if_match is not None and not if_match_allows(if_match, record.version):
        raise _precondition_failed(record.version)
    if version is not None and version != record.version:
        raise _conflict(record.version)
    try:
        updated = apply_edit(current, edit)
    except Conflict as failed_test:
        failed_test.details.setdefault("current_version", record.version)
        raise
    _refuse_values_brought_in(edit, current, updated)
    changed = changed_sections(current, updated)
    if not changed:
        return PatchSectionsResponse(
            resume_id=record.resume_id, version=record.version, sections_changed=[], resume=current
        )
    try:
        stored = resumes.put_version(
            caller.token_hash, record.resume_id, record.version, updated, int(clock())
        )
    except VersionConflict as lost:
        raise (
            _conflict(lost.current) if version is not None else _precondition_failed(lost.current)
        ) from None
    return PatchSectionsResponse(
        resume_id=record.resume_id, version=stored.version, sections_changed=changed, resume=updated
    )
