"""Parsing uploads that arrive through S3 (the presigned flow), once per object whatever S3 redelivers.

Only objects under `uploads/<session-hash>/<resume-id>/` whose resume is waiting (`pending`)
are processed; a conditional claim makes duplicate or concurrent deliveries no-ops. A file
that cannot be parsed ends `failed` with its reason (no retry can fix it); an AWS error hands
the claim back and raises, so Lambda retries and, in the end, the failure destination gets
the event. A claim whose attempt died without handing it back (a crash, or an outage that also
failed the hand-back) may be taken over by a retry for one more lease; a delivery after that
stores the `failed` every reader already sees (docs/threats.md 22).

An object that no resume names, or whose session was revoked, erased or has expired, is deleted
at once: a presigned POST used after DELETE or expiry leaves nothing behind (docs/threats.md 33).
"""

from __future__ import annotations

import contextlib
import math
import re
import time
from typing import Any
from urllib.parse import unquote_plus

from resume_api import audit
from resume_api.auth.tokens import session_ref
from resume_api.data.table import SessionErased
from resume_api.errors import ApiError, PayloadTooLarge, Unauthorized, Unprocessable
from resume_api.models.records import ResumeError, ResumeRecord, warning_counts
from resume_api.models.session import live_session
from resume_api.models.slotted import Frozen
from resume_api.models.uploads import ParsedUpload
from resume_api.observability import count, logger
from resume_api.ports import Clock, Parser, Resumes, Sessions
from resume_api.settings import Limits, limits

_KEY_RE = re.compile(r"uploads/(?P<hash>[0-9a-f]{64})/(?P<resume_id>r_[0-9a-f]{24})/(?P<name>[^/]+)")


class S3Object(Frozen):
    __slots__ = ("bucket", "key", "size")
    bucket: str
    key: str
    size: int

    def __init__(self, bucket: str, key: str, size: int) -> None:
        object.__setattr__(self, "bucket", bucket)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "size", size)


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
    deadline: float = 0,
) -> str:
    """Process one uploaded object; returns what happened (for logs and tests): `ready`, `failed`,
    `skipped` (a duplicate or a claim held elsewhere), `removed` (nothing may keep it), `ignored`.

    `deadline` (epoch seconds) is when this invocation ends whatever it does (its Lambda's timeout):
    the claim holds at least until then, so an attempt that is slow, not dead (a parse waiting for a
    core), is never taken over by a redelivery nor read as failed."""
    match = _KEY_RE.fullmatch(obj.key)
    if not match:
        logger.info("ignored object outside uploads/<hash>/<id>/", extra={"reason": "foreign_key"})
        return "ignored"
    settings = settings or limits()
    token_hash, resume_id = match["hash"], match["resume_id"]
    record = resumes.get(token_hash, resume_id)
    if record is None or record.source_key != obj.key:
        return _remove(resumes, obj, "unnamed")  # its session was erased, or it was never asked for
    if record.status not in ("pending", "processing"):
        count("ingest.duplicate_or_foreign")
        return "skipped"
    now = int(clock())
    try:
        live_session(sessions.get(token_hash), now)
    except Unauthorized:
        return _session_gone(resumes, obj, token_hash, resume_id, now)
    try:
        claimed = resumes.claim(token_hash, resume_id, now, settings.ingest_lease_s, math.ceil(deadline))
        if claimed is None:
            if resumes.give_up(token_hash, resume_id, now) is not None:
                count("ingest.given_up")
                return "failed"
            count("ingest.duplicate_or_foreign")
            return "skipped"
    except SessionErased:
        return _remove(resumes, obj, "session_erased")

    with audit.operation(
        "ingest_resume", session_ref=session_ref(token_hash), request_id=request_id, resume_id=resume_id
    ) as op:
        try:
            kind, resume, warnings = _process(obj, claimed, resumes, parse, settings)
            done = resumes.complete(token_hash, resume_id, resume, kind, int(clock()), warnings)
            if warnings:
                op.extra["warnings"] = warning_counts(warnings)
        except SessionErased:
            op.outcome = "rejected"
            op.extra["reason"] = "session_erased"
            return _remove(resumes, obj, "session_erased")
        except ApiError as exc:
            if exc.status >= 500:
                resumes.release(token_hash, resume_id, int(clock()))
                raise
            try:
                resumes.fail(
                    token_hash, resume_id, ResumeError(code=exc.code, message=exc.message), int(clock())
                )
            except SessionErased:
                return _remove(resumes, obj, "session_erased")
            op.outcome = "rejected"
            op.extra["reason"] = exc.code
            return "failed"
        except Exception:
            resumes.release(token_hash, resume_id, int(clock()))
            raise
        return "ready" if done is not None else "skipped"


def _session_gone(resumes: Resumes, obj: S3Object, token_hash: str, resume_id: str, now: int) -> str:
    """The file came after its session expired or was revoked: removed, and where the session only
    expired (its items may still be read until TTL), the resume says why."""
    gone = ResumeError(
        code="session_gone", message="The session expired or was revoked before the upload arrived."
    )
    with contextlib.suppress(SessionErased):  # revoked: the erasure sweeps the resume itself
        resumes.fail(token_hash, resume_id, gone, now)
    return _remove(resumes, obj, "session_gone")


def _remove(resumes: Resumes, obj: S3Object, reason: str) -> str:
    """Delete an uploaded object nothing may keep, at once (not days later by the lifecycle rule)."""
    resumes.discard_original(obj.key)
    count(f"ingest.removed.{reason}")
    logger.info("uploaded object removed", extra={"reason": reason})
    return "removed"


def _process(
    obj: S3Object, record: ResumeRecord, resumes: Resumes, parse: Parser, settings: Limits
) -> ParsedUpload:
    """The object's size checked again before reading (the POST policy allows 1 to the declared
    size; moto and a misconfigured bucket would not enforce it), then the bounded read and parse."""
    size = resumes.original_size(obj.key)
    if size is None:
        raise Unprocessable("The uploaded file is gone.", code="missing_object")
    declared = min(record.size_bytes or settings.max_presigned_bytes, settings.max_presigned_bytes)
    if size > declared:
        resumes.discard_original(obj.key)
        raise PayloadTooLarge(
            f"The file is {size} bytes, more than the {declared} declared for it.", code="file_too_large"
        )
    return parse(resumes.original(obj.key, declared), record.filename)
