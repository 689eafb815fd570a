"""Uploading a resume directly: parsed at once (a presigned POST, which S3 hands to ingest, is
logic/presign.py: it builds no resume model and asks no LLM).

A direct upload may let the session's LLM tidy the parse (`?use_llm=true`): the LLM re-files
what the rules read and the check in tailoring/structure.py keeps only what the source supports.
If the LLM fails or is slow, the upload still succeeds with the rule-based parse and says why.
The resume repository stores the original, version 1 and the item as one write.
"""

from __future__ import annotations

import time

from pydantic import ValidationError

from resume_api.auth.caller import Caller
from resume_api.data.quotas import Quotas
from resume_api.errors import ApiError, PayloadTooLarge
from resume_api.llm.ask import ask, json_object
from resume_api.llm.base import LlmRequest
from resume_api.models.records import ResumeRecord, UploadWarning
from resume_api.models.resume import Resume
from resume_api.models.session import live_session
from resume_api.models.upload_rules import ACCEPTED_TYPES, clean_filename, new_resume_id
from resume_api.models.uploads import Refinement, UploadResponse
from resume_api.models.values import new_problems
from resume_api.observability import count
from resume_api.ports import Clock, Parser, ProviderFactory, Resumes, Sessions
from resume_api.settings import Limits, limits
from resume_api.tailoring.structure import (
    RefinedStructure,
    apply_structure,
    structure_messages,
    structure_of,
    structure_schema,
)

MIN_LLM_S = 4.0
"""Below this much time left there is no point asking: keep the heuristic parse."""


def upload_resume(
    caller: Caller,
    filename: str | None,
    data: bytes,
    content_type: str | None,
    *,
    resumes: Resumes,
    quotas: Quotas,
    parse: Parser,
    sessions: Sessions,
    providers: ProviderFactory,
    use_llm: bool = False,
    deadline: float | None = None,
    settings: Limits | None = None,
    clock: Clock = time.time,
) -> UploadResponse:
    settings = settings or limits()
    name = clean_filename(filename)
    if len(data) > settings.max_upload_bytes:
        raise PayloadTooLarge(
            f"Direct uploads are limited to {settings.max_upload_bytes // (1024 * 1024)} MB; "
            "use /upload_resume/presign for files up to 10 MB.",
            code="file_too_large",
        )
    with quotas.admit_upload(caller.token_hash, caller.expires_at):
        kind, resume, warnings = parse(data, name)
        refinement = None
        if use_llm:
            resume, refinement = refine_structure(
                caller, resume, deadline or clock() + 20, sessions=sessions, providers=providers, clock=clock
            )
        return _store(caller, name, data, content_type, kind, resume, refinement, warnings, resumes, clock)


def _store(
    caller: Caller,
    name: str,
    data: bytes,
    content_type: str | None,
    kind: str,
    resume: Resume,
    refinement: Refinement | None,
    warnings: list[UploadWarning],
    resumes: Resumes,
    clock: Clock,
) -> UploadResponse:
    """The original, version 1 and the item, as one write (refused if the session was erased)."""
    now = clock()
    resume_id = new_resume_id(now)
    stored_type = next((t for t, k in ACCEPTED_TYPES.items() if k == kind), "application/octet-stream")
    record = resumes.add_parsed(
        caller.token_hash,
        ResumeRecord(
            resume_id=resume_id,
            filename=name,
            status="ready",
            uploaded_at=int(now),
            updated_at=int(now),
            kind=kind,
            size_bytes=len(data),
            content_type=content_type or stored_type,
            source_key=resumes.original_key(caller.token_hash, resume_id, name),
            warnings=warnings,
        ),
        data,
        stored_type,
        resume,
        caller.expires_at,
    )
    return UploadResponse(
        resume_id=resume_id,
        filename=name,
        status="ready",
        version=record.version,
        sections_available=record.sections_available,
        resume=resume,
        refinement=refinement,
        warnings=warnings,
    )


def refine_structure(
    caller: Caller,
    resume: Resume,
    deadline: float,
    *,
    sessions: Sessions,
    providers: ProviderFactory,
    clock: Clock = time.time,
) -> tuple[Resume, Refinement]:
    """The resume with the LLM's structural corrections that the source supports, and a report."""
    session = live_session(sessions.get(caller.token_hash), clock())
    config = session.llm_config
    report = Refinement(used=False, provider=config.provider, model=config.model_name)
    if config.provider == "offline":
        report.error = {
            "code": "llm_not_configured",
            "message": "The offline provider does not refine parses.",
        }
        return resume, report
    remaining = deadline - clock()
    if remaining < MIN_LLM_S:
        report.error = {"code": "llm_timeout", "message": "No time was left to ask the LLM."}
        return resume, report
    request = LlmRequest(
        messages=structure_messages(resume),
        schema=structure_schema(),
        schema_name="resume_structure",
        temperature=0.0,
        max_tokens=config.max_tokens,
        timeout_s=min(config.timeout_s, remaining - 1.0),
        task="refine_structure",
    )
    try:
        run = ask(providers(session), request, deadline, _read_structure, repairs=1, clock=clock)
    except (ApiError, ValidationError, ValueError) as exc:
        count("refine.skipped")
        code = exc.code if isinstance(exc, ApiError) else "llm_bad_output"
        message = exc.message if isinstance(exc, ApiError) else "The LLM's answer was not usable."
        report.error = {"code": code, "message": message}
        return resume, report
    refined, changed, removed, kept = apply_structure(resume, run.output)
    brought_in = new_problems(refined.model_dump(mode="json"), resume.model_dump(mode="json"))
    if brought_in:  # a date or URL no resume may hold (models/values.py): keep the parse
        count("refine.skipped")
        report.error = {
            "code": "llm_bad_output",
            "message": f"The LLM's answer had an invalid {brought_in[0]['field']}.",
        }
        return resume, report
    count("refine.used")
    report.used = True
    report.sections_changed = changed
    report.sections_kept = kept
    report.removed = removed
    return refined, report


def _read_structure(text: str) -> RefinedStructure:
    return structure_of(json_object(text))
