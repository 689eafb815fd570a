"""Resumes of a session: upload, presigned upload, read, patch, list.

The original, each parsed version and the metadata item are written so that a failure midway
leaves nothing pointing at a missing object: files first, metadata last (conditionally), and
files removed again when the metadata write does not happen.
"""

from __future__ import annotations

import secrets
import time
import unicodedata
import uuid

from resume_api.auth.caller import Caller
from resume_api.data import keys
from resume_api.data.objects import ObjectStore
from resume_api.data.resume_store import ConditionFailed, ResumeStore
from resume_api.errors import Conflict, NotFound, PayloadTooLarge, Unprocessable
from resume_api.logic import quotas
from resume_api.models.resume import Resume
from resume_api.models.resumes import (
    ACCEPTED_TYPES,
    PatchSectionsRequest,
    PatchSectionsResponse,
    PresignedPost,
    PresignRequest,
    PresignResponse,
    ResumeError,
    ResumeRecord,
    ResumeSummary,
    ResumeView,
    SectionsResponse,
    SessionMeta,
    UploadResponse,
)
from resume_api.models.session import iso
from resume_api.settings import limits

STALE_AFTER_S = 300
"""A `processing` claim this long past its lease has been given up by every retry."""


def new_resume_id() -> str:
    """Time-ordered (milliseconds) then random: the latest upload sorts last even within a second."""
    return f"r_{int(time.time() * 1000):012x}{secrets.token_hex(6)}"


def clean_filename(name: str | None) -> str:
    """The file name as given, refused if it could be read as a path or carries control characters."""
    name = unicodedata.normalize("NFC", (name or "").strip())
    if not name or len(name) > 200:
        raise Unprocessable("The file name must be 1 to 200 characters.", code="bad_filename")
    if any(c in name for c in "/\\") or name in {".", ".."} or name.startswith("."):
        raise Unprocessable("The file name must not contain a path.", code="bad_filename")
    if any(unicodedata.category(c) in {"Cc", "Cf", "Cs", "Co"} for c in name):
        raise Unprocessable("The file name contains control characters.", code="bad_filename")
    return name


def parse_upload(data: bytes, filename: str) -> tuple[str, Resume]:
    """Sniff by magic bytes, then parse in a bounded child process; raises 413/415/422 errors."""
    from resume_api.parsing import sniff_kind
    from resume_api.parsing.sandbox import parse_bounded

    kind = sniff_kind(data, filename)
    settings = limits()
    parsed = parse_bounded(
        data, filename, timeout_s=settings.parse_timeout_s, memory_mb=settings.parse_memory_mb
    )
    return kind, Resume.model_validate(parsed)


def to_document(resume: Resume) -> dict[str, object]:
    return resume.model_dump(mode="json", exclude_none=True)


def new_version_key(token_hash: str, resume_id: str, version: int) -> str:
    """Unique per write: concurrent writers of the same version never share (or delete) an object."""
    return keys.parsed_key(token_hash, resume_id, version).replace(
        "/resume.json", f"-{uuid.uuid4().hex[:8]}/resume.json"
    )


def _admit_upload(token_hash: str) -> None:
    """Quotas first: the session's resume count (a read), then uploads per minute (a counted write)."""
    quotas.resume_slots(ResumeStore().count(token_hash))
    quotas.upload(token_hash)


def upload_resume(
    caller: Caller,
    filename: str | None,
    data: bytes,
    content_type: str | None,
    *,
    use_llm: bool = False,
    deadline: float | None = None,
) -> UploadResponse:
    name = clean_filename(filename)
    if len(data) > limits().max_upload_bytes:
        raise PayloadTooLarge(
            f"Direct uploads are limited to {limits().max_upload_bytes // (1024 * 1024)} MB; "
            "use /upload_resume/presign for files up to 10 MB.",
            code="file_too_large",
        )
    _admit_upload(caller.token_hash)
    kind, resume = parse_upload(data, name)
    refinement = None
    if use_llm:
        from resume_api.logic.refine import refine_structure

        resume, refinement = refine_structure(caller, resume, deadline or time.time() + 20)
    resume_id = new_resume_id()
    now = int(time.time())
    objects, store = ObjectStore(), ResumeStore()
    source_key = keys.original_prefix(caller.token_hash, resume_id) + name
    parsed_key = new_version_key(caller.token_hash, resume_id, 1)
    stored_type = next((t for t, k in ACCEPTED_TYPES.items() if k == kind), "application/octet-stream")
    objects.put(source_key, data, stored_type)
    try:
        objects.put_json(parsed_key, to_document(resume))
        record = ResumeRecord(
            resume_id=resume_id,
            filename=name,
            status="ready",
            uploaded_at=now,
            updated_at=now,
            version=1,
            kind=kind,
            size_bytes=len(data),
            content_type=content_type or stored_type,
            source_key=source_key,
            parsed_key=parsed_key,
            version_keys=[parsed_key],
            sections_available=resume.sections_available(),
        )
        store.create(caller.token_hash, record, caller.expires_at)
    except Exception:
        objects.delete(source_key, parsed_key)
        raise
    return UploadResponse(
        resume_id=resume_id,
        filename=name,
        status="ready",
        version=1,
        sections_available=record.sections_available,
        resume=resume,
        refinement=refinement,
    )


def presign_upload(caller: Caller, request: PresignRequest) -> PresignResponse:
    name = clean_filename(request.filename)
    settings = limits()
    if request.size > settings.max_presigned_bytes:
        raise PayloadTooLarge(
            f"Files are limited to {settings.max_presigned_bytes // (1024 * 1024)} MB.", code="file_too_large"
        )
    _admit_upload(caller.token_hash)
    resume_id = new_resume_id()
    now = int(time.time())
    source_key = keys.upload_prefix(caller.token_hash, resume_id) + name
    post = ObjectStore().presigned_post(
        source_key, request.content_type, settings.max_presigned_bytes, settings.presign_expiry_s
    )
    record = ResumeRecord(
        resume_id=resume_id,
        filename=name,
        status="pending",
        uploaded_at=now,
        updated_at=now,
        kind=ACCEPTED_TYPES[request.content_type],
        size_bytes=request.size,
        content_type=request.content_type,
        source_key=source_key,
    )
    ResumeStore().create(caller.token_hash, record, caller.expires_at)
    return PresignResponse(
        resume_id=resume_id,
        status="pending",
        upload=PresignedPost(url=post["url"], fields={k: str(v) for k, v in post["fields"].items()}),
        expires_at=iso(now + settings.presign_expiry_s) or "",
        max_bytes=settings.max_presigned_bytes,
        poll=f"/api/v1/session/resume/{resume_id}",
    )


def _summary_fields(record: ResumeRecord, now: float) -> dict[str, object]:
    status, error = record.status, record.error
    if status == "processing" and (record.lease_until or 0) + STALE_AFTER_S < now:
        status = "failed"
        error = ResumeError(code="processing_failed", message="Processing the file failed repeatedly.")
    return {
        "resume_id": record.resume_id,
        "filename": record.filename,
        "status": status,
        "uploaded_at": iso(record.uploaded_at) or "",
        "updated_at": iso(record.updated_at) or "",
        "version": record.version,
        "sections_available": record.sections_available,
        "error": error,
    }


def summarize(record: ResumeRecord) -> ResumeSummary:
    return ResumeSummary.model_validate(_summary_fields(record, time.time()))


def list_resumes(token_hash: str) -> list[ResumeSummary]:
    return [summarize(r) for r in ResumeStore().list_all(token_hash)]


def _load(token_hash: str, resume_id: str | None) -> ResumeRecord:
    store = ResumeStore()
    if resume_id:
        record = store.get(token_hash, resume_id)
        if record is None:
            raise NotFound("No such resume in this session.", code="resume_not_found")
        return record
    ready = [r for r in store.list_all(token_hash) if r.status == "ready"]
    if not ready:
        raise NotFound("This session has no ready resume yet; upload one first.", code="no_resume")
    return ready[-1]


def _document_of(record: ResumeRecord) -> Resume:
    assert record.parsed_key
    return Resume.model_validate(ObjectStore().get_json(record.parsed_key))


def version_document(record: ResumeRecord, version: int) -> Resume:
    """An earlier version of a resume (every version stays in S3 until the session ends)."""
    if version == record.version:
        return _document_of(record)
    if not 1 <= version <= len(record.version_keys):
        raise NotFound(
            f"Resume {record.resume_id} has versions 1 to {record.version}.", code="version_not_found"
        )
    return Resume.model_validate(ObjectStore().get_json(record.version_keys[version - 1]))


def load_resume(token_hash: str, resume_id: str | None) -> tuple[ResumeRecord, Resume]:
    """The session's resume (latest ready one by default) with its current version's document."""
    record = _load(token_hash, resume_id)
    if record.status != "ready":
        raise Conflict(f"The resume is {record.status}, not ready.", code="resume_not_ready")
    return record, _document_of(record)


def get_resume(token_hash: str, resume_id: str) -> ResumeView:
    record = _load(token_hash, resume_id)
    fields = _summary_fields(record, time.time())
    resume = _document_of(record) if record.status == "ready" else None
    return ResumeView.model_validate(dict(fields, resume=resume))


def get_sections(caller: Caller, resume_id: str | None) -> SectionsResponse:
    record, resume = load_resume(caller.token_hash, resume_id)
    fields = _summary_fields(record, time.time())
    return SectionsResponse.model_validate(
        dict(fields, resume=resume, session=SessionMeta(expires_at=iso(caller.expires_at) or ""))
    )


def merge_sections(current: Resume, request: PatchSectionsRequest) -> tuple[Resume, list[str]]:
    """Lists are replaced whole, `basics` field by field; returns the new resume and what changed."""
    patch = request.sections.model_dump(exclude_unset=True, mode="json")
    data = current.model_dump(mode="json")
    changed = []
    for section, value in patch.items():
        new_value = dict(data["basics"], **value) if section == "basics" else value
        if new_value != data[section]:
            changed.append(section)
        data[section] = new_value
    return Resume.model_validate(data), changed


def patch_sections(caller: Caller, request: PatchSectionsRequest) -> PatchSectionsResponse:
    record, current = load_resume(caller.token_hash, request.resume_id)
    if request.version != record.version:
        raise Conflict(
            "The resume changed since you read it; reload and retry.",
            code="version_conflict",
            details={"current_version": record.version},
        )
    updated, changed = merge_sections(current, request)
    if not changed:
        return PatchSectionsResponse(
            resume_id=record.resume_id, version=record.version, sections_changed=[], resume=current
        )
    objects = ObjectStore()
    new_key = new_version_key(caller.token_hash, record.resume_id, record.version + 1)
    objects.put_json(new_key, to_document(updated))
    try:
        bumped = ResumeStore().bump_version(
            caller.token_hash,
            record.resume_id,
            expected=record.version,
            parsed_key=new_key,
            sections=updated.sections_available(),
            now=int(time.time()),
        )
    except ConditionFailed:
        objects.delete(new_key)
        latest = ResumeStore().get(caller.token_hash, record.resume_id)
        raise Conflict(
            "The resume changed since you read it; reload and retry.",
            code="version_conflict",
            details={"current_version": latest.version if latest else None},
        ) from None
    except Exception:
        objects.delete(new_key)
        raise
    return PatchSectionsResponse(
        resume_id=record.resume_id, version=bumped.version, sections_changed=changed, resume=updated
    )
