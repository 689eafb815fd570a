"""Generating a document: render the resume, store it under the session's `generated/` prefix,
record the conversation, and hand back a short-lived download link.

Writes go document first, conversation last; if the conversation cannot be written the
document is deleted again, so no stored record ever points at a missing object and no object
is left without its record.
"""

from __future__ import annotations

import re
import secrets
import time
import unicodedata

from resume_api.auth.caller import Caller
from resume_api.data import keys
from resume_api.data.conversation_store import ConversationRecord, ConversationStore
from resume_api.data.objects import ObjectStore
from resume_api.logic.resumes import load_resume, version_document
from resume_api.models.generate import GenerateRequest, GenerateResponse
from resume_api.models.resume import Resume
from resume_api.models.session import iso
from resume_api.settings import limits


def new_document_id() -> str:
    return f"d_{int(time.time() * 1000):012x}{secrets.token_hex(6)}"


_LATIN = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
    }
)
"""Letters NFKD does not decompose into an ASCII base letter."""


def download_name(resume: Resume, template: str, extension: str) -> str:
    """`Jane_Doe-classic.pdf`: ASCII only, so every browser and S3 header accepts it."""
    name = (
        unicodedata.normalize("NFKD", (resume.basics.name or "").translate(_LATIN)) if resume.basics else ""
    )
    slug = re.sub(r"[^A-Za-z0-9]+", "_", name.encode("ascii", "ignore").decode()).strip("_")[:60]
    return f"{slug or 'resume'}-{template}.{extension}"


def _source(caller: Caller, request: GenerateRequest) -> tuple[Resume, str | None, int | None]:
    if request.parsed is not None:
        return request.parsed, None, None
    record, resume = load_resume(caller.token_hash, request.resume_id)
    if request.version and request.version != record.version:
        resume = version_document(record, request.version)
    return resume, record.resume_id, request.version or record.version


def generate(caller: Caller, request: GenerateRequest) -> GenerateResponse:
    from resume_api.render import render

    resume, resume_id, version = _source(caller, request)
    rendered = render(resume, request.format, request.template)
    document_id = new_document_id()
    conversation_id = "c_" + document_id[2:]
    filename = download_name(resume, request.template, rendered.extension)
    key = keys.generated_key(caller.token_hash, document_id, filename)
    result_key = keys.conversation_prefix(caller.token_hash, conversation_id) + "result.json"
    expires_in = limits().download_expiry_s
    objects = ObjectStore()
    objects.put(key, rendered.data, rendered.content_type)
    summary = {
        "document_id": document_id,
        "format": request.format,
        "template": request.template,
        "filename": filename,
        "content_type": rendered.content_type,
        "size_bytes": len(rendered.data),
        "pages": rendered.pages,
        "resume_id": resume_id,
        "version": version,
    }
    now = int(time.time())
    try:
        objects.put_json(result_key, summary)
        ConversationStore().put(
            caller.token_hash,
            ConversationRecord(
                conversation_id=conversation_id,
                kind="generate",
                status="succeeded",
                created_at=now,
                updated_at=now,
                resume_id=resume_id,
                result_key=result_key,
                summary={k: v for k, v in summary.items() if v is not None},
            ),
            caller.expires_at,
        )
    except Exception:
        objects.delete(key, result_key)
        raise
    url = objects.presigned_get(key, expires_in, filename=filename)
    return GenerateResponse.model_validate(
        dict(
            summary,
            download_url=url,
            expires_at=iso(now + expires_in) or "",
            conversation_id=conversation_id,
        )
    )
