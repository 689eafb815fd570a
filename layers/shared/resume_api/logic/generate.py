"""Generating a document: render the resume, store it with the conversation that made it, and hand
back a short-lived download link.

The document repository writes the file and the conversation as one write: no stored record
ever points at a missing object and no object is left without its record.
"""

from __future__ import annotations

import re
import secrets
import time
import unicodedata

from resume_api.auth.caller import Caller
from resume_api.models.conversation_record import ConversationRecord
from resume_api.models.generate import GenerateRequest, GenerateResponse
from resume_api.models.resume import Resume
from resume_api.models.time import iso
from resume_api.ports import Clock, Documents, Resumes
from resume_api.render import render
from resume_api.settings import Limits, limits


def new_document_id(now: float) -> str:
    return f"d_{int(now * 1000):012x}{secrets.token_hex(6)}"


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


def _source(
    caller: Caller, request: GenerateRequest, resumes: Resumes
) -> tuple[Resume, str | None, int | None]:
    if request.parsed is not None:
        return request.parsed, None, None
    record, resume = resumes.load_ready(caller.token_hash, request.resume_id)
    if request.version and request.version != record.version:
        resume = resumes.document(record, request.version)
    return resume, record.resume_id, request.version or record.version


def generate(
    caller: Caller,
    request: GenerateRequest,
    *,
    resumes: Resumes,
    documents: Documents,
    settings: Limits | None = None,
    clock: Clock = time.time,
) -> GenerateResponse:
    resume, resume_id, version = _source(caller, request, resumes)
    rendered = render(resume, request.format, request.template)
    now = clock()
    document_id = new_document_id(now)
    conversation_id = "c_" + document_id[2:]
    filename = download_name(resume, request.template, rendered.extension)
    expires_in = (settings or limits()).download_expiry_s
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
    key = documents.add(
        caller.token_hash,
        document_id,
        filename,
        rendered.data,
        rendered.content_type,
        ConversationRecord(
            conversation_id=conversation_id,
            kind="generate",
            status="succeeded",
            created_at=int(now),
            updated_at=int(now),
            resume_id=resume_id,
            summary={k: v for k, v in summary.items() if v is not None},
        ),
        summary,
        caller.expires_at,
    )
    return GenerateResponse.model_validate(
        dict(
            summary,
            download_url=documents.download_url(key, filename, expires_in),
            expires_at=iso(int(now) + expires_in) or "",
            conversation_id=conversation_id,
        )
    )
