"""The local runner itself: OpenAPI, docs, stage handling, gateway responses, warm workers."""

from __future__ import annotations

import httpx

from local_runner.runner import LocalRunner
from tests.conftest import Session


def test_openapi_lists_every_template_route_with_security(runner: LocalRunner) -> None:
    doc = httpx.get(f"{runner.base_url}/openapi.json").json()
    assert doc["servers"] == [{"url": "/api"}]
    for route in runner.stack.routes():
        if route.function == "DocsFunction":
            assert route.path not in doc["paths"], "the documentation pages are not API operations"
            continue
        operation = doc["paths"][route.path][route.method.lower()]
        if route.authorizer:
            assert operation["security"] == [{"SessionId": []}, {"Bearer": []}]
            assert "401" in operation["responses"]
        else:
            assert "security" not in operation
        assert "429" in operation["responses"]
    assert "ErrorResponse" in doc["components"]["schemas"]


def test_docs_page(runner: LocalRunner) -> None:
    page = httpx.get(f"{runner.base_url}/docs")
    assert page.status_code == 200
    assert "swagger-ui" in page.text


def test_outside_the_stage_is_forbidden(runner: LocalRunner) -> None:
    assert httpx.get(f"{runner.base_url}/v1/session/info").status_code == 403


def test_trailing_slash_both_ways(api: httpx.Client, session: Session) -> None:
    assert api.get("/session/info", headers=session.headers).status_code == 200
    assert api.get("/session/info/", headers=session.headers).status_code == 200


def test_wrong_method_is_not_a_route(api: httpx.Client, session: Session) -> None:
    response = api.put("/session/info", headers=session.headers)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_workers_are_reused(api: httpx.Client, runner: LocalRunner, session: Session) -> None:
    api.get("/session/info", headers=session.headers)
    before = dict(runner.pool.cold_starts)
    for _ in range(3):
        assert api.get("/session/info", headers=session.headers).status_code == 200
    assert runner.pool.cold_starts == before, "sequential calls reuse warm workers"


def test_provisioning_is_idempotent() -> None:
    """A create the client retries after the server did it (a 5xx or a timeout on a loaded machine:
    once `ResourceInUseException` failed a module's runner) finds the table or bucket there: no error."""
    from local_runner.aws import EmulatedAws
    from local_runner.template import Stack
    from tests.conftest import ROOT

    stack = Stack(ROOT / "template.yaml", "resume-api-again")
    aws = EmulatedAws()
    aws.start()
    try:
        aws.provision(stack)
        aws.provision(stack)
        tables = aws.client("dynamodb").list_tables()["TableNames"]
        assert sum(t.startswith("resume-api-again-") for t in tables) == len(
            stack.of_type("AWS::DynamoDB::Table")
        )
    finally:
        aws.stop()
