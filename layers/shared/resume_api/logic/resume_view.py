"""Reading one resume in full (GET /session/resume/{id}): its summary and, once ready, its document.

Another session's resume is a 404 exactly like an unknown id: lookups are keyed by the caller's
session hash, so it is never found.
"""

from __future__ import annotations

import time

from resume_api.models.listing import summary_fields
from resume_api.models.sections import ResumeView
from resume_api.ports import Clock, Resumes


def get_resume(token_hash: str, resume_id: str, *, resumes: Resumes, clock: Clock = time.time) -> ResumeView:
    record = resumes.find(token_hash, resume_id)
    document = resumes.document(record) if record.status == "ready" else None
    return ResumeView.model_validate(dict(summary_fields(record, clock()), resume=document))
