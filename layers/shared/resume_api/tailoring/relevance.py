"""How relevant a piece of resume text is to a job: the weight of the job's keywords it mentions."""

from __future__ import annotations

from resume_api.ats.keywords import Keyword
from resume_api.ats.normalize import clean, pattern


def relevance(text: str, keywords: list[Keyword]) -> int:
    text = clean(text or "")
    return sum(
        k.weight
        for k in keywords
        if k.category != "title" and any(pattern(v).search(text) for v in k.variants)
    )


def by_relevance(items: list[str], keywords: list[Keyword]) -> list[str]:
    """Most relevant first; ties keep their original order (a stable sort)."""
    return sorted(items, key=lambda item: -relevance(item, keywords))


def job_spelling(keyword: str, keywords: list[Keyword]) -> str:
    """The job description's spelling of a skill the resume writes differently ("Postgres" → "PostgreSQL")."""
    text = clean(keyword).strip()
    for k in keywords:
        if k.jd_spellings and any(pattern(v).fullmatch(text) for v in k.variants):
            return text if text in k.jd_spellings else k.jd_spellings[0]
    return keyword
