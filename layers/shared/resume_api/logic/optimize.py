"""Optimizing a resume for a job with the session's LLM, truthfully: now, or queued for the worker.

The model's answer must parse into the output schema (with up to two repair attempts, then
502 llm_bad_output); the truth guard then builds the tailored resume from the source and
reports every claim it refused. The result is stored as a new version of the resume (the
original stays) and as a conversation; the ATS score, before and after, comes from the same
deterministic function.

`?mode=async` stores the request with a `queued` conversation and submits a job that carries
only the session hash and the conversation id. The worker moves the conversation to `running`
once (a conditional write), then to `succeeded` or `failed`.
"""

from __future__ import annotations

import math
import secrets
import time
from typing import Any

from resume_api.ats.keywords import extract_keywords
from resume_api.ats.score import score_keywords
from resume_api.auth.caller import Caller
from resume_api.data.quotas import Quotas
from resume_api.data.resumes import VersionConflict
from resume_api.data.table import SessionErased
from resume_api.errors import ApiError, BadGateway, Conflict
from resume_api.llm.ask import Run, ask, json_object
from resume_api.llm.base import LlmProvider, LlmRequest
from resume_api.models.ats import AtsResult
from resume_api.models.conversation_record import ConversationRecord
from resume_api.models.optimize import (
    AtsComparison,
    Gap,
    OptimizeAccepted,
    OptimizeRequest,
    OptimizeResponse,
)
from resume_api.models.resume import Resume
from resume_api.models.session import SessionItem, live_session
from resume_api.models.values import new_problems
from resume_api.observability import count, logger
from resume_api.ports import Clock, Conversations, JobQueue, ProviderFactory, Resumes, Sessions
from resume_api.settings import Limits, limits
from resume_api.tailoring.claims import HARD_CATEGORIES, Evidence, candidate_terms
from resume_api.tailoring.guard import GuardResult, guard, source_texts
from resume_api.tailoring.output import TailoredOutput, output_schema
from resume_api.tailoring.prompt import build_messages


def new_conversation_id(now: float) -> str:
    return f"c_{int(now * 1000):012x}{secrets.token_hex(6)}"


def parse_output(text: str) -> TailoredOutput:
    data = json_object(text)
    if not isinstance(data, dict) or not {"summary", "work", "skills", "projects"} & set(data):
        raise ValueError("the answer has none of the fields of the schema (summary, work, skills, projects)")
    return TailoredOutput.model_validate(data)


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
    source: Resume,
    request: OptimizeRequest,
    provider: LlmProvider,
    session: SessionItem,
    deadline: float,
    clock: Clock = time.time,
) -> tuple[GuardResult, AtsComparison, list[Gap], Run[TailoredOutput]]:
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
    run = ask(provider, llm_request, deadline, parse_output, clock=clock)
    result = guard(source, run.output, evidence)
    brought_in = new_problems(result.resume.model_dump(mode="json"), source.model_dump(mode="json"))
    if brought_in:  # models/values.py: the answer put a date or URL in no resume may hold
        raise BadGateway(f"The LLM's answer had an invalid {brought_in[0]['field']}.", code="llm_bad_output")
    before = score_keywords(source, keywords)
    after = score_keywords(result.resume, keywords)
    return result, _ats(before, after), _gaps(before), run


def optimize(
    caller: Caller,
    request: OptimizeRequest,
    *,
    deadline: float,
    sessions: Sessions,
    resumes: Resumes,
    conversations: Conversations,
    quotas: Quotas,
    providers: ProviderFactory,
    conversation_id: str | None = None,
    clock: Clock = time.time,
) -> OptimizeResponse:
    """Tailor now and store the result; `conversation_id` names a queued job the worker runs."""
    started = clock()
    session = live_session(sessions.get(caller.token_hash), started)
    queued = conversation_id is not None
    if not queued:  # queued work was counted when it was accepted
        quotas.optimization(caller.token_hash)
        with quotas.optimization_refunded_on_outage(caller.token_hash):
            return _optimize(
                caller, request, session, started, deadline, resumes, conversations, providers, None, clock
            )
    return _optimize(
        caller, request, session, started, deadline, resumes, conversations, providers, conversation_id, clock
    )


def _optimize(
    caller: Caller,
    request: OptimizeRequest,
    session: SessionItem,
    started: float,
    deadline: float,
    resumes: Resumes,
    conversations: Conversations,
    providers: ProviderFactory,
    conversation_id: str | None,
    clock: Clock,
) -> OptimizeResponse:
    """Tailor, then store the new version and the conversation (or finish the queued one)."""
    queued = conversation_id is not None
    record = None
    if request.parsed is not None:
        source = request.parsed
    else:
        record, source = resumes.load_ready(caller.token_hash, request.resume_id)
    provider = providers(session)
    conversation_id = conversation_id or new_conversation_id(started)
    count("optimize.requests")
    result, ats, gaps, run = tailor(source, request, provider, session, deadline, clock)

    version = None
    if record is not None:
        try:
            version = resumes.put_version(
                caller.token_hash, record.resume_id, record.version, result.resume, int(clock())
            ).version
        except VersionConflict:
            raise Conflict(
                "The resume changed while it was being optimized; run the optimization again.",
                code="version_conflict",
            ) from None
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
    now = clock()
    summary: dict[str, Any] = {
        "goals": list(request.optimization_goals),
        "jd_chars": len(request.jd),
        "version": response.version,
        "removed_claims": len(response.removed_claims),
        "ats_before": response.ats.before,
        "ats_after": response.ats.after,
        "llm_calls": response.usage.llm_calls,
        "total_ms": round((now - started) * 1000, 1),
    }
    result_doc = response.model_dump(mode="json")
    if queued:
        conversations.finish(
            caller.token_hash,
            conversation_id,
            result_doc,
            int(now),
            provider=response.provider,
            model=response.model,
            summary=summary,
        )
    else:
        conversations.add_finished(
            caller.token_hash,
            ConversationRecord(
                conversation_id=conversation_id,
                kind="optimize",
                status="succeeded",
                created_at=int(started),
                updated_at=int(now),
                resume_id=response.resume_id,
                provider=response.provider,
                model=response.model,
                summary=summary,
            ),
            result_doc,
            caller.expires_at,
        )
    return response


def enqueue_optimization(
    caller: Caller,
    request: OptimizeRequest,
    *,
    resumes: Resumes,
    conversations: Conversations,
    quotas: Quotas,
    jobs: JobQueue,
    settings: Limits | None = None,
    clock: Clock = time.time,
) -> OptimizeAccepted:
    """Accept the job (202): counted and checked now, run by the worker."""
    quotas.optimization(caller.token_hash)
    resume_id = None
    if request.parsed is None:
        record, _ = resumes.load_ready(caller.token_hash, request.resume_id)  # a bad id is a 404 now
        resume_id = record.resume_id
        request = request.model_copy(update={"resume_id": resume_id})
    with quotas.optimization_refunded_on_outage(caller.token_hash):
        now = clock()
        conversation_id = new_conversation_id(now)
        conversations.add_queued(
            caller.token_hash,
            ConversationRecord(
                conversation_id=conversation_id,
                kind="optimize",
                status="queued",
                created_at=int(now),
                updated_at=int(now),
                resume_id=resume_id,
                lease_until=int(now) + (settings or limits()).job_start_s,
            ),
            request.model_dump(mode="json"),
            caller.expires_at,
        )
        try:
            jobs.submit(
                {
                    "token_hash": caller.token_hash,
                    "conversation_id": conversation_id,
                    "expires_at": caller.expires_at,
                }
            )
        except ApiError:
            conversations.fail(
                caller.token_hash,
                conversation_id,
                "queued",
                {"code": "enqueue_failed", "message": "The job could not be started."},
                int(clock()),
            )
            raise
    return OptimizeAccepted(
        conversation_id=conversation_id,
        status="queued",
        poll=f"/api/v1/session/conversation/{conversation_id}",
    )


def run_queued(
    caller: Caller,
    conversation_id: str,
    deadline: float,
    *,
    sessions: Sessions,
    resumes: Resumes,
    conversations: Conversations,
    quotas: Quotas,
    providers: ProviderFactory,
    clock: Clock = time.time,
) -> str:
    """The worker's job: run one queued optimization once; returns its final status.

    The conversation is `running` until the worker's deadline; if the worker dies without a word
    it reads as failed from then on. A session erased meanwhile keeps nothing of the job."""
    record = conversations.get(caller.token_hash, conversation_id)
    if record is None or record.status != "queued" or not record.request_key:
        return "skipped"
    try:
        if not conversations.start(caller.token_hash, conversation_id, int(clock()), math.ceil(deadline)):
            return "skipped"
    except SessionErased:
        return "erased"
    try:
        request = OptimizeRequest.model_validate(conversations.request(record))
        optimize(
            caller,
            request,
            deadline=deadline,
            sessions=sessions,
            resumes=resumes,
            conversations=conversations,
            quotas=quotas,
            providers=providers,
            conversation_id=conversation_id,
            clock=clock,
        )
    except SessionErased:
        return "erased"
    except ApiError as exc:
        return _failed(conversations, caller, conversation_id, exc.code, exc.message, clock)
    except Exception:
        logger.exception("optimization failed")
        return _failed(
            conversations, caller, conversation_id, "internal_error", "The optimization failed.", clock
        )
    return "succeeded"


def _failed(
    conversations: Conversations, caller: Caller, conversation_id: str, code: str, message: str, clock: Clock
) -> str:
    try:
        conversations.fail(
            caller.token_hash, conversation_id, "running", {"code": code, "message": message}, int(clock())
        )
    except SessionErased:
        return "erased"
    return "failed"
