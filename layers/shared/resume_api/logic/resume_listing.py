"""Listing a session's resumes (GET /session/resumes): each one's summary, no document.

Apart from reading one in full (logic/resume_view.py) so that the list builds none of the resume
document's models. Lookups are keyed by the caller's session hash: another session's resumes are
never listed.
"""

from __future__ import annotations

import time

from resume_api.models.listing import ResumeSummary
from resume_api.ports import Clock, ResumeIndex


def list_resumes(token_hash: str, *, resumes: ResumeIndex, clock: Clock = time.time) -> list[ResumeSummary]:
    now = clock()
    return [ResumeSummary.of(r, now) for r in resumes.list_all(token_hash)]
