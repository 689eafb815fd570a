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
from resume_api.data.objects import ObjectStore
from resume_api.data.resume_store import ConditionFailed, ResumeStore
from resume_api.data.session_store import SessionStore
from resume_api.errors import ApiError, PayloadTooLarge, Unprocessable
from resume_api.logic.resumes import new_version_key, parse_upload, to_document
from resume_api.models.resumes import ResumeError
from resume_api.observability import count, logger
from resume_api.settings import limits

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


def ingest(obj: S3Object, request_id: str | None = None) -> str:
    """Process one uploaded object; returns what happened (for logs and tests)."""
    match = _KEY_RE.fullmatch(obj.key)
    if not match:
        logger.info("ignored object outside uploads/<hash>/<id>/", extra={"reason": "foreign_key"})
        return "ignored"
    token_hash, resume_id = match["hash"], match["resume_id"]
    store = ResumeStore()
    record = store.get(token_hash, resume_id)
    if record is None or record.source_key != obj.key or record.status not in ("pending", "processing"):
        count("ingest.duplicate_or_foreign")
        return "skipped"
    now = int(time.time())
    try:
        record = store.claim(token_hash, resume_id, now, LEASE_S)
    except ConditionFailed:
        count("ingest.duplicate_or_foreign")
        return "skipped"

    with audit.operation(
        "ingest_resume", session_ref=session_ref(token_hash), request_id=request_id, resume_id=resume_id
    ) as op:
        try:
            outcome = _process(obj, token_hash, resume_id, record.filename, store)
        except ApiError as exc:
            if exc.status >= 500:
                store.release(token_hash, resume_id, int(time.time()))
                raise
            store.mark_failed(
                token_hash, resume_id, ResumeError(code=exc.code, message=exc.message), int(time.time())
            )
            op.outcome = "rejected"
            op.extra["reason"] = exc.code
            return "failed"
        except Exception:
            store.release(token_hash, resume_id, int(time.time()))
            raise
        return outcome


def _process(obj: S3Object, token_hash: str, resume_id: str, filename: str, store: ResumeStore) -> str:
    from resume_api.errors import Unauthorized
    from resume_api.logic.sessions import load_session

    try:
        load_session(token_hash, SessionStore())
    except Unauthorized as exc:
        raise Unprocessable(
            "The session expired or was revoked before the upload arrived.", code="session_gone"
        ) from exc
    max_bytes = limits().max_presigned_bytes
    objects = ObjectStore(obj.bucket or None)
    size = objects.size(obj.key)
    if size is None:
        raise Unprocessable("The uploaded file is gone.", code="missing_object")
    if size > max_bytes:
        objects.delete(obj.key)
        raise PayloadTooLarge(
            f"The file is larger than {max_bytes // (1024 * 1024)} MB.", code="file_too_large"
        )
    data = objects.get(obj.key, max_bytes)
    kind, resume = parse_upload(data, filename)
    parsed_key = new_version_key(token_hash, resume_id, 1)
    objects.put_json(parsed_key, to_document(resume))
    try:
        store.mark_ready(
            token_hash,
            resume_id,
            parsed_key=parsed_key,
            sections=resume.sections_available(),
            kind=kind,
            now=int(time.time()),
        )
    except ConditionFailed:
        objects.delete(parsed_key)
        return "skipped"
    except Exception:
        objects.delete(parsed_key)
        raise
    return "ready"
