"""The resume records alone, for routes that list resumes and never read a document."""

from __future__ import annotations

from functools import cache

from resume_api.data.resume_index import ResumeIndex as ResumeItems
from resume_api.ports import ResumeIndex


@cache
def resume_index() -> ResumeIndex:
    return ResumeItems()
