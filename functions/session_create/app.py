"""POST /v1/session/create: start a session holding the caller's LLM configuration."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Request, Response

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.auth.tokens import session_ref
from resume_api.logic import session_create
from resume_api.models.session_create import CreateSessionRequest, CreateSessionResponse
from resume_api.web.app import create_app, note
from resume_api.web.context import source_ip_of
from resume_api.web.contract import SESSION_PATH, location, success
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler
from resume_api.web.wiring.quotas import quota_counters
from resume_api.web.wiring.sessions import session_repository

router = APIRouter(tags=["session"])

EXAMPLES: dict[str, Any] = {
    "offline": {
        "summary": "The built-in offline provider (no LLM at all), for 24 hours",
        "value": {"llm_config": {"provider": "offline"}, "ttl_hours": 24},
    },
    "ollama": {
        "summary": "A local Ollama model",
        "value": {
            "llm_config": {
                "provider": "ollama",
                "model_name": "llama3.1:8b",
                "base_url": "http://localhost:11434",
            }
        },
    },
    "openai": {
        "summary": "OpenAI with a key (stored encrypted, shown only masked)",
        "value": {
            "llm_config": {"provider": "openai", "model_name": "gpt-4o-mini", "api_key": "sk-example-1234"}
        },
    },
}


@router.post(
    "/v1/session/create",
    operation_id="create_session",
    summary="Create a session with your LLM configuration",
    description="Starts a session holding the LLM configuration every later call uses, and answers "
    "with its id, **shown once** (only its SHA-256 is stored): send it as `X-Session-ID: <id>` or "
    "`Authorization: Bearer <id>`. `api_key` is write-only: encrypted with KMS, never returned "
    "(only `api_key_masked`). Invalid configuration is a **422** naming the field, never echoing "
    "its value. Public (no session needed); **429** past the sessions per address per hour.",
    status_code=201,
    response_model=CreateSessionResponse,
    responses={
        201: success(
            "The new session: its id (shown once), expiry and masked configuration.",
            Location=location("The session's own resource: GET it for the session's state."),
        ),
        **error_responses(400, 422, 429, 503),
    },
)
def create_session(
    body: Annotated[CreateSessionRequest, Body(openapi_examples=EXAMPLES)],
    request: Request,
    response: Response,
) -> CreateSessionResponse:
    token_hash, created = session_create.create_session(
        body, source_ip_of(request), sessions=session_repository(), quotas=quota_counters()
    )
    response.headers["Location"] = SESSION_PATH
    note(request, session_ref=session_ref(token_hash), provider=body.llm_config.provider)
    return created


app = create_app(router)
handler = make_handler(app)
