"""Parsing uploads that arrive through S3 (the presigned flow), once per object whatever S3 redelivers.

Only objects under `uploads/<session-hash>/<resume-id>/` whose resume is waiting (`pending`)
are processed; a conditional claim makes duplicate or concurrent deliveries no-ops. A file
that cannot be parsed ends `failed` with its reason (no retry can fix it); an AWS error hands
the claim back and raises, so Lambda retries and, in the end, the failure destination gets
the event.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus

from resume_api import audit
from resume_api.auth.tokens import session_ref
from resume_api.errors import ApiError, PayloadTooLarge, Unauthorized, Unprocessable
from resume_api.models.records import ResumeError
from resume_api.models.session import live_session
from resume_api.observability import count, logger
from resume_api.ports import Clock, Parser, Resumes, Sessions
from resume_api.settings import Limits, limits

LEASE_S = 90
_KEY_RE = re.compile(r"uploads/(?P<hash>[0-9a-f]{64})/(?P<resume_id>r_[0-9a-f]{24})/(?P<name>[^/]+)")


@dataclass(frozen=True)
class S3Object:
    bucket: str
    key: str
    size: int


def objects_of(event: dict[str, Any]) -> list[S3Object]:
    """The objects an S3 notification names, keys URL-decoded as S3 encodes them (`+` is a space)."""
    found = []
    for record in event.get("Records") or []:
        s3 = record.get("s3") or {}
        key = unquote_plus(str((s3.get("object") or {}).get("key", "")))
        found.append(
            S3Object(
                str((s3.get("bucket") or {}).get("name", "")),
                key,
                int((s3.get("object") or {}).get("size", 0)),
            )
        )
    return found


def ingest(
    obj: S3Object,
    request_id: str | None = None,
    *,
    resumes: Resumes,
    sessions: Sessions,
    parse: Parser,
    settings: Limits | None = None,
    clock: Clock = time.time,
) -> str:
    """Process one uploaded object; returns what happened (for logs and tests)."""
    match = _KEY_RE.fullmatch(obj.key)
    if not match:
        logger.info("ignored object outside uploads/<hash>/<id>/", extra={"reason": "foreign_key"})
        return "ignored"
    token_hash, resume_id = match["hash"], match["resume_id"]
    record = resumes.get(token_hash, resume_id)
    if record is None or record.source_key != obj.key or record.status not in ("pending", "processing"):
        count("ingest.duplicate_or_foreign")
        return "skipped"
    claimed = resumes.claim(token_hash, resume_id, int(clock()), LEASE_S)
    if claimed is None:
        count("ingest.duplicate_or_foreign")
        return "skipped"

    with audit.operation(
        "ingest_resume", session_ref=session_ref(token_hash), request_id=request_id, resume_id=resume_id
    ) as op:
        try:
            outcome = _process(
                obj,
                token_hash,
                resume_id,
                claimed.filename,
                resumes,
                sessions,
                parse,
                settings or limits(),
                clock,
            )
        except ApiError as exc:
            if exc.status >= 500:
                resumes.release(token_hash, resume_id, int(clock()))
                raise
            resumes.fail(token_hash, resume_id, ResumeError(code=exc.code, message=exc.message), int(clock()))
            op.outcome = "rejected"
            op.extra["reason"] = exc.code
            return "failed"
        except Exception:
            resumes.release(token_hash, resume_id, int(clock()))
            raise
        return outcome


def _process(
    obj: S3Object,
    token_hash: str,
    resume_id: str,
    filename: str,
    resumes: Resumes,
    sessions: Sessions,
    parse: Parser,
    settings: Limits,
    clock: Clock,
) -> str:
    try:
        live_session(sessions.get(token_hash), clock())
    except Unauthorized as exc:
        raise Unprocessable(
            "The session expired or was revoked before the upload arrived.", code="session_gone"
        ) from exc
    max_bytes = settings.max_presigned_bytes
    size = resumes.original_size(obj.key)
    if size is None:
        raise Unprocessable("The uploaded file is gone.", code="missing_object")
    if size > max_bytes:
        resumes.discard_original(obj.key)
        raise PayloadTooLarge(
            f"The file is larger than {max_bytes // (1024 * 1024)} MB.", code="file_too_large"
        )
    kind, resume = parse(resumes.original(obj.key, max_bytes), filename)
    done = resumes.complete(token_hash, resume_id, resume, kind, int(clock()))
    return "ready" if done is not None else "skipped"
