"""The ATS score: weighted share of the job description's keywords that the resume contains.

A requirement the job offers alternatives for ("GitHub Actions or CircleCI") is one keyword,
met by any of its terms.

A keyword written the way the job description writes it counts fully; found only under a
synonym ("Postgres" for "PostgreSQL") it counts half, as many ATS match literally. The same
function scores the resume before and after optimization, so the change is measurable.
"""

from __future__ import annotations

from resume_api.ats.keywords import Keyword, extract_keywords
from resume_api.ats.matching import find, resume_texts
from resume_api.models.ats import AtsResult, CategoryScore, MatchedKeyword, MissingKeyword
from resume_api.models.resume import Resume


def score_keywords(resume: Resume, keywords: list[Keyword]) -> AtsResult:
    texts = resume_texts(resume)
    matched: list[MatchedKeyword] = []
    missing: list[MissingKeyword] = []
    breakdown: dict[str, CategoryScore] = {}
    total_weight = got_weight = 0.0
    for keyword in keywords:
        where = find(keyword, texts)
        exact = bool(where) and bool(find(keyword, texts, exact=True))
        category = breakdown.setdefault(keyword.category, CategoryScore(matched=0, total=0, score=0))
        category.total += 1
        total_weight += keyword.weight
        if where:
            category.matched += 1
            got_weight += keyword.weight if exact else keyword.weight / 2
            matched.append(
                MatchedKeyword(
                    keyword=keyword.term,
                    category=keyword.category,
                    weight=keyword.weight,
                    alternatives=[a.term for a in keyword.alternatives],
                    exact=exact,
                    where=where[:10],
                )
            )
        else:
            missing.append(
                MissingKeyword(
                    keyword=keyword.term,
                    category=keyword.category,
                    weight=keyword.weight,
                    alternatives=[a.term for a in keyword.alternatives],
                    required=keyword.required,
                )
            )
    for category in breakdown.values():
        category.score = round(100 * category.matched / category.total) if category.total else 0
    score = round(100 * got_weight / total_weight) if total_weight else 0
    missing.sort(key=lambda m: (-m.weight, m.keyword.lower()))
    return AtsResult(
        score=score,
        keywords_total=len(keywords),
        matched=matched,
        missing=missing,
        breakdown=breakdown,
    )


def ats_score(resume: Resume, job_description: str) -> AtsResult:
    return score_keywords(resume, extract_keywords(job_description))
