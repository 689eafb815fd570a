"""POST /v1/session/test-config: check an LLM configuration; stores nothing."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Request

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic.config_check import test_config
from resume_api.models.config_check import TestConfigResponse
from resume_api.models.session_create import TestConfigRequest
from resume_api.web.app import create_app, note
from resume_api.web.context import source_ip_of
from resume_api.web.contract import success
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler
from resume_api.web.wiring.quotas import quota_counters

router = APIRouter(tags=["session"])

EXAMPLES: dict[str, Any] = {
    "offline": {"summary": "The built-in offline provider", "value": {"llm_config": {"provider": "offline"}}},
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
}


@router.post(
    "/v1/session/test-config",
    operation_id="test_config",
    summary="Check an LLM configuration without storing it",
    description="Probes the provider the configuration names with a real, tiny request (the model "
    "list, or a one-token chat) and reports `ok`, the endpoint called, whether the model is "
    "available, and the latency. A provider that fails is still a **200**, with `ok: false` and "
    "`error: {code, message}` (never the provider's raw body, never the key). Stores nothing. "
    "Public; **429** past the configuration checks per address per hour.",
    response_model=TestConfigResponse,
    responses={
        200: success("What the probe found (ok, or the provider's error)."),
        **error_responses(400, 422, 429, 503),
    },
)
def test_session_config(
    body: Annotated[TestConfigRequest, Body(openapi_examples=EXAMPLES)], request: Request
) -> TestConfigResponse:
    quota_counters().config_test(source_ip_of(request))
    result = test_config(body.llm_config)
    note(request, provider=result.provider, outcome="success" if result.ok else "failure")
    return result


app = create_app(router)
handler = make_handler(app)
