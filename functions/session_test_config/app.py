"""POST /v1/session/test-config: check an LLM configuration; stores nothing."""

from __future__ import annotations

from fastapi import APIRouter, Request

from resume_api.logic.config_check import test_config
from resume_api.models.llm_config import TestConfigResponse
from resume_api.models.session import TestConfigRequest
from resume_api.web import wiring
from resume_api.web.app import create_app, note
from resume_api.web.context import source_ip_of
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler

router = APIRouter(tags=["session"])


@router.post(
    "/v1/session/test-config",
    operation_id="test_config",
    response_model=TestConfigResponse,
    responses=error_responses(400, 422, 429, 503),
)
def test_session_config(body: TestConfigRequest, request: Request) -> TestConfigResponse:
    wiring.quotas().config_test(source_ip_of(request))
    result = test_config(body.llm_config)
    note(request, provider=result.provider, outcome="success" if result.ok else "failure")
    return result


app = create_app(router)
handler = make_handler(app)
