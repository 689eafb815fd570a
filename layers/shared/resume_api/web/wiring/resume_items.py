"""The resume items alone, for routes that list resumes or presign an upload and never read a document."""

from __future__ import annotations

from functools import cache

from resume_api.data.resume_items import ResumeItems


@cache
def resume_items() -> ResumeItems:
    return ResumeItems()
