"""Optimizing a resume for a job with the session's LLM, truthfully.

The model's answer must parse into the output schema (with up to two repair attempts, then
502 llm_bad_output); the truth guard then builds the tailored resume from the source and
reports every claim it refused. The result is stored as a new version of the resume (the
original stays) and as a conversation record; the ATS score, before and after, comes from
the same deterministic function.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import ValidationError

from resume_api.ats.keywords import extract_keywords
from resume_api.ats.score import score_keywords
from resume_api.auth.caller import Caller
from resume_api.data import keys
from resume_api.data.conversation_store import ConversationRecord, ConversationStore
from resume_api.data.objects import ObjectStore
from resume_api.data.resume_store import ConditionFailed, ResumeStore
from resume_api.data.secrets import decrypt_api_key
from resume_api.data.session_store import SessionStore
from resume_api.errors import Conflict
from resume_api.llm.base import LlmBadOutput, LlmProvider, LlmRequest, LlmResponse, LlmTimeout
from resume_api.logic import quotas
from resume_api.logic.resumes import load_resume, new_version_key, to_document
from resume_api.logic.sessions import load_session
from resume_api.models.ats import AtsResult
from resume_api.models.optimize import AtsComparison, Gap, OptimizeRequest, OptimizeResponse, Usage
from resume_api.models.resume import Resume
from resume_api.models.session import SessionItem
from resume_api.observability import count, milliseconds
from resume_api.tailoring.claims import HARD_CATEGORIES, Evidence, candidate_terms
from resume_api.tailoring.guard import GuardResult, guard, source_texts
from resume_api.tailoring.output import TailoredOutput, output_schema
from resume_api.tailoring.prompt import build_messages, repair_messages

REPAIRS = 2
T = TypeVar("T")
MIN_CALL_S = 3.0
"""Below this much time left, another LLM call cannot finish before the gateway gives up."""


def new_conversation_id() -> str:
    return f"c_{int(time.time() * 1000):012x}{secrets.token_hex(6)}"


def provider_for_session(session: SessionItem, token_hash: str) -> LlmProvider:
    """The session's provider, with its API key only if the config still points at the key's host."""
    from resume_api.llm.redact import redacting
    from resume_api.llm.registry import provider_for

    api_key = None
    if session.has_api_key and session.api_key_host and session.llm_config.host() == session.api_key_host:
        ciphertext = SessionStore().api_key_ciphertext(token_hash)
        api_key = decrypt_api_key(token_hash, ciphertext) if ciphertext else None
    return redacting(provider_for(session.llm_config, api_key), api_key)


def json_object(text: str) -> Any:
    """The model's JSON, tolerating a code fence or prose around one JSON object."""
    body = text.strip()
    fenced = re.search(r"```(?:json)?\s*(\{.*\})\s*```", body, re.DOTALL)
    if fenced:
        body = fenced.group(1)
    elif not body.startswith("{"):
        start, end = body.find("{"), body.rfind("}")
        if start != -1 and end > start:
            body = body[start : end + 1]
    return json.loads(body)


def parse_output(text: str) -> TailoredOutput:
    data = json_object(text)
    if not isinstance(data, dict) or not {"summary", "work", "skills", "projects"} & set(data):
        raise ValueError("the answer has none of the fields of the schema (summary, work, skills, projects)")
    return TailoredOutput.model_validate(data)


@dataclass
class _Run(Generic[T]):
    output: T
    last: LlmResponse
    usage: Usage


def ask(
    provider: LlmProvider,
    request: LlmRequest,
    deadline: float,
    parse: Callable[[str], T],
    repairs: int = REPAIRS,
) -> _Run[T]:
    """One call, then up to `repairs` more that show the model its validation errors; 502 after."""
    usage = Usage()
    messages = request.messages
    for attempt in range(repairs + 1):
        remaining = deadline - time.time()
        if remaining < MIN_CALL_S:
            raise LlmTimeout()
        request.messages = messages
        request.timeout_s = min(request.timeout_s, remaining - 1.0)
        response = provider.complete(request)
        usage.llm_calls += 1
        usage.llm_ms += response.latency_ms
        usage.input_tokens += int(response.usage.get("input_tokens", 0))
        usage.output_tokens += int(response.usage.get("output_tokens", 0))
        milliseconds("llm.latency", response.latency_ms)
        try:
            return _Run(parse(response.text), response, usage)
        except (ValueError, ValidationError) as exc:
            count("llm.bad_output")
            if attempt == repairs:
                break
            problems = str(exc) if isinstance(exc, ValidationError) else "the answer was not valid JSON"
            messages = repair_messages(request.messages, response.text, _short_errors(exc, problems))
    raise LlmBadOutput("The LLM did not return a usable answer after repair attempts.")


def _short_errors(exc: Exception, fallback: str) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:10])
    return fallback


def _gaps(before: AtsResult) -> list[Gap]:
    """Skills and tools the job wants that the source resume does not show: reported, never added."""
    return [
        Gap(keyword=m.keyword, category=m.category, required=m.required)
        for m in before.missing
        if m.category in HARD_CATEGORIES
    ]


def _ats(before: AtsResult, after: AtsResult) -> AtsComparison:
    return AtsComparison(
        before=before.score,
        after=after.score,
        matched_keywords=[m.keyword for m in after.matched],
        missing_keywords=[m.keyword for m in after.missing],
        detail_before=before,
        detail_after=after,
    )


def tailor(
    source: Resume, request: OptimizeRequest, provider: LlmProvider, session: SessionItem, deadline: float
) -> tuple[GuardResult, AtsComparison, list[Gap], _Run]:
    """The pure part: prompt → model → schema → truth guard → ATS before/after. Stores nothing."""
    keywords = extract_keywords(request.jd)
    evidence = Evidence.of(source_texts(source), candidate_terms(keywords))
    config = session.llm_config
    llm_request = LlmRequest(
        messages=build_messages(source, request.jd, list(request.optimization_goals)),
        schema=output_schema(),
        schema_name="tailored_resume",
        temperature=config.temperature,
        max_tokens=config.max_tokens,
        timeout_s=config.timeout_s,
        task="tailor_resume",
        context={
            "resume": source.model_dump(mode="json"),
            "jd": request.jd,
            "goals": list(request.optimization_goals),
        },
    )
    run = ask(provider, llm_request, deadline, parse_output)
    result = guard(source, run.output, evidence)
    before = score_keywords(source, keywords)
    after = score_keywords(result.resume, keywords)
    return result, _ats(before, after), _gaps(before), run


def optimize(
    caller: Caller, request: OptimizeRequest, *, deadline: float, conversation_id: str | None = None
) -> OptimizeResponse:
    started = time.time()
    session = load_session(caller.token_hash)
    if conversation_id is None:  # queued work was counted when it was accepted
        quotas.optimization(caller.token_hash)
    record = None
    if request.parsed is not None:
        source = request.parsed
    else:
        record, source = load_resume(caller.token_hash, request.resume_id)
    provider = provider_for_session(session, caller.token_hash)
    conversation_id = conversation_id or new_conversation_id()
    count("optimize.requests")
    result, ats, gaps, run = tailor(source, request, provider, session, deadline)

    version = None
    if record is not None:
        version = _store_version(caller, record.resume_id, record.version, result.resume)
    response = OptimizeResponse(
        resume_id=record.resume_id if record else None,
        version=version,
        optimized_resume=result.resume,
        changes=result.changes,
        removed_claims=result.removed_claims,
        gaps=gaps,
        ats=ats,
        provider=run.last.provider,
        model=run.last.model,
        usage=run.usage,
        conversation_id=conversation_id,
    )
    record_conversation(caller, response, request, started, status="succeeded")
    return response


def _store_version(caller: Caller, resume_id: str, expected: int, resume: Resume) -> int:
    objects = ObjectStore()
    key = new_version_key(caller.token_hash, resume_id, expected + 1)
    objects.put_json(key, to_document(resume))
    try:
        bumped = ResumeStore().bump_version(
            caller.token_hash,
            resume_id,
            expected=expected,
            parsed_key=key,
            sections=resume.sections_available(),
            now=int(time.time()),
        )
    except ConditionFailed:
        objects.delete(key)
        raise Conflict(
            "The resume changed while it was being optimized; run the optimization again.",
            code="version_conflict",
        ) from None
    except Exception:
        objects.delete(key)
        raise
    return bumped.version


def record_conversation(
    caller: Caller, response: OptimizeResponse, request: OptimizeRequest, started: float, *, status: str
) -> None:
    """Keep the result (S3) and what happened (DynamoDB): no prompt, no resume text, no secret."""
    result_key = keys.conversation_prefix(caller.token_hash, response.conversation_id) + "result.json"
    ObjectStore().put_json(result_key, response.model_dump(mode="json"))
    now = int(time.time())
    summary: dict[str, Any] = {
        "goals": list(request.optimization_goals),
        "jd_chars": len(request.jd),
        "version": response.version,
        "removed_claims": len(response.removed_claims),
        "ats_before": response.ats.before,
        "ats_after": response.ats.after,
        "llm_calls": response.usage.llm_calls,
        "total_ms": round((time.time() - started) * 1000, 1),
    }
    store = ConversationStore()
    try:
        existing = store.get(caller.token_hash, response.conversation_id)
        if existing is None:
            store.put(
                caller.token_hash,
                ConversationRecord(
                    conversation_id=response.conversation_id,
                    kind="optimize",
                    status=status,
                    created_at=int(started),
                    updated_at=now,
                    resume_id=response.resume_id,
                    provider=response.provider,
                    model=response.model,
                    result_key=result_key,
                    summary=summary,
                ),
                caller.expires_at,
            )
        else:
            store.transition(
                caller.token_hash,
                response.conversation_id,
                "running",
                now,
                status=status,
                provider=response.provider,
                model=response.model,
                result_key=result_key,
                summary=summary,
            )
    except Exception:
        ObjectStore().delete(result_key)  # no record points at it: do not leave it behind
        raise
