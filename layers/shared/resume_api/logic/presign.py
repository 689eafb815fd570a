"""A presigned upload (POST /upload_resume/presign): a pending resume and the signed POST to S3.

S3 then notifies the ingest function, which parses the file. The quotas are the direct upload's
(`Quotas.admit_upload`): a resume slot and an upload per minute.
"""

from __future__ import annotations

import time

from resume_api.auth.caller import Caller
from resume_api.data.quotas import Quotas
from resume_api.errors import PayloadTooLarge
from resume_api.models.presign import PresignedPost, PresignRequest, PresignResponse
from resume_api.models.records import ResumeRecord
from resume_api.models.time import iso
from resume_api.models.upload_rules import ACCEPTED_TYPES, clean_filename, new_resume_id
from resume_api.ports import Clock, PendingResumes
from resume_api.settings import Limits, limits


def presign_upload(
    caller: Caller,
    request: PresignRequest,
    *,
    resumes: PendingResumes,
    quotas: Quotas,
    settings: Limits | None = None,
    clock: Clock = time.time,
) -> PresignResponse:
    settings = settings or limits()
    name = clean_filename(request.filename)
    if request.size > settings.max_presigned_bytes:
        raise PayloadTooLarge(
            f"Files are limited to {settings.max_presigned_bytes // (1024 * 1024)} MB.", code="file_too_large"
        )
    with quotas.admit_upload(caller.token_hash, caller.expires_at):
        return _presign(caller, name, request, resumes, settings, clock)


def _presign(
    caller: Caller,
    name: str,
    request: PresignRequest,
    resumes: PendingResumes,
    settings: Limits,
    clock: Clock,
) -> PresignResponse:
    """The pending resume and the signed POST that lets the client upload exactly the size declared."""
    now = clock()
    resume_id = new_resume_id(now)
    source_key, post = resumes.presigned_post(
        caller.token_hash,
        resume_id,
        name,
        request.content_type,
        request.size,
        settings.presign_expiry_s,
    )
    record = ResumeRecord(
        resume_id=resume_id,
        filename=name,
        status="pending",
        uploaded_at=int(now),
        updated_at=int(now),
        kind=ACCEPTED_TYPES[request.content_type],
        size_bytes=request.size,
        content_type=request.content_type,
        source_key=source_key,
    )
    resumes.add_pending(caller.token_hash, record, caller.expires_at)
    return PresignResponse(
        resume_id=resume_id,
        status="pending",
        upload=PresignedPost(url=post["url"], fields={k: str(v) for k, v in post["fields"].items()}),
        expires_at=iso(int(now) + settings.presign_expiry_s) or "",
        max_bytes=request.size,
        poll=f"/api/v1/session/resume/{resume_id}",
    )
