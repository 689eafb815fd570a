"""The resume repository: records, originals, documents and every write of them."""

from __future__ import annotations

from functools import cache

from resume_api.data.resumes import ResumeRepository
from resume_api.ports import Resumes


@cache
def resume_repository() -> Resumes:
    return ResumeRepository()
