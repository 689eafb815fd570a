"""Contract fuzzing: schemathesis drives every operation of /openapi.json through the runner.

Every response must be documented (status and schema) and none may be a 5xx, with a valid
session and without one. Examples per operation are bounded so the suite stays fast.
"""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance, unsupported_method

from local_runner.openapi import build_openapi
from local_runner.runner import LocalRunner
from local_runner.template import Stack
from tests.conftest import ROOT, Session, create_session
from tests.factories import pdf_resume, upload

EXAMPLES = 12
EXCLUDED = [unsupported_method, positive_data_acceptance]
"""Two checks do not apply. API Gateway answers a method a resource does not declare with its
MISSING_AUTHENTICATION_TOKEN response, which the template maps to our 404 `not_found`, not 405.
And a schema-valid body may still be refused with a documented 422: rules across fields (region
only for bedrock), the SSRF guard on base_url and the content of a file are not JSON Schema."""


def _document() -> dict:
    """The OpenAPI document as the runner builds it from template.yaml and the functions' routers."""
    stack = Stack(ROOT / "template.yaml", lenient=True)
    return build_openapi(stack.api(), stack.functions(), stack.routes())


DOCUMENT = _document()
schema = schemathesis.openapi.from_dict(DOCUMENT)


def test_fuzzed_document_is_the_served_one(runner: LocalRunner) -> None:
    assert httpx.get(f"{runner.base_url}/openapi.json").json() == DOCUMENT


@pytest.fixture(scope="session")
def fuzz_session(api: httpx.Client) -> Session:
    """A session with one resume, so operations on 'the latest resume' have something to work on."""
    session = create_session(api)
    assert upload(api, session.headers, pdf_resume()).status_code == 201
    return session


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_operation_with_a_session(
    case: schemathesis.Case, runner: LocalRunner, fuzz_session: Session
) -> None:
    case.call_and_validate(
        base_url=f"{runner.base_url}/api", headers=fuzz_session.headers, excluded_checks=EXCLUDED
    )


@schema.parametrize()
@settings(max_examples=4, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_operation_without_a_session(case: schemathesis.Case, runner: LocalRunner) -> None:
    response = case.call_and_validate(base_url=f"{runner.base_url}/api", excluded_checks=EXCLUDED)
    declared = case.method.upper() == case.operation.method.upper()  # not a probe with an undeclared method
    if declared and case.operation.definition.raw.get("security"):
        assert response.status_code == 401, response.text
