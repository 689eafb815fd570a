"""POST /ats_score: the deterministic keyword score of a stored (or given) resume against a job."""

from __future__ import annotations

from resume_api.ats.score import ats_score
from resume_api.auth.caller import Caller
from resume_api.models.ats import AtsRequest, AtsResponse
from resume_api.ports import Resumes


def score_resume(caller: Caller, request: AtsRequest, *, resumes: Resumes) -> AtsResponse:
    if request.parsed is not None:
        result = ats_score(request.parsed, request.jd)
        return AtsResponse(resume_id=None, version=None, **result.model_dump())
    record, resume = resumes.load_ready(caller.token_hash, request.resume_id)
    result = ats_score(resume, request.jd)
    return AtsResponse(resume_id=record.resume_id, version=record.version, **result.model_dump())
