"""The OpenAPI document is complete: every operation explains itself, shows a request that works,
and lists every status with its body schema and the headers that status carries.

What the document promises is checked against the running API elsewhere: schemathesis fuzzes it
(`test_contract.py`), and every documented example is sent to the runner (`test_contract.py`).
"""

from __future__ import annotations

from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest

from local_runner.openapi import build_openapi
from local_runner.template import Stack
from tests.conftest import ROOT

STACK = Stack(ROOT / "template.yaml", lenient=True)
DOC = build_openapi(STACK.api(), STACK.functions(), STACK.routes())
OPERATIONS = [
    pytest.param(path, method, operation, id=f"{method.upper()} {path}")
    for path, item in DOC["paths"].items()
    for method, operation in item.items()
]
ERROR_SCHEMA = {"$ref": "#/components/schemas/ErrorResponse"}
GATEWAY_STATUSES = {"413", "429", "502", "504"}
"""What API Gateway itself can answer on every route (the template's gateway responses)."""


def _valid(instance: Any, schema: dict[str, Any]) -> None:
    """Validate against a schema of the document, its component references resolved."""
    jsonschema.Draft202012Validator({**schema, "components": DOC["components"]}).validate(instance)


def test_every_route_of_the_template_is_documented() -> None:
    assert len(OPERATIONS) == 14


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_every_operation_has_a_summary_a_description_and_a_tag(
    path: str, method: str, operation: dict[str, Any]
) -> None:
    generated = operation["operationId"].replace("_", " ").title()
    assert operation.get("summary") and operation["summary"] != generated, "a summary written for people"
    assert len(operation.get("description", "")) >= 120, (
        "a description that says what happens and when it fails"
    )
    assert operation.get("tags")


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_every_request_body_and_parameter_has_examples_its_schema_accepts(
    path: str, method: str, operation: dict[str, Any]
) -> None:
    for media_type, content in operation.get("requestBody", {}).get("content", {}).items():
        examples = content.get("examples")
        assert examples, f"{media_type}: no example"
        for name, example in examples.items():
            assert example.get("summary"), f"{media_type} {name}: no summary"
            _valid(example["value"], content["schema"])
    for parameter in operation.get("parameters", []):
        examples = parameter.get("examples")
        assert examples, f"parameter {parameter['name']}: no example"
        for example in examples.values():
            _valid(example["value"], parameter["schema"])


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_every_status_has_a_description_and_a_body_schema(
    path: str, method: str, operation: dict[str, Any]
) -> None:
    responses = operation["responses"]
    assert set(responses) >= GATEWAY_STATUSES, "what API Gateway answers on any route"
    assert "503" in responses
    if operation.get("security"):
        assert "401" in responses
    if "requestBody" in operation:
        assert {"422"} <= set(responses)
        if any("json" in media_type for media_type in operation["requestBody"]["content"]):
            assert "400" in responses, "a body that is not JSON"
    for status, response in responses.items():
        assert response.get("description") and response["description"] != "Successful Response", status
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        assert schema, f"{status}: no body schema"
        if int(status) >= 400:
            assert schema == ERROR_SCHEMA, f"{status}: not our error body"


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_every_status_lists_the_headers_it_sends(path: str, method: str, operation: dict[str, Any]) -> None:
    responses = operation["responses"]
    for status in ("429", "503"):
        assert "Retry-After" in responses[status].get("headers", {}), status
    assert responses["503"]["headers"]["Retry-After"]["required"] is True
    for status in ("201", "202"):
        if status in responses:
            assert responses[status]["headers"]["Location"]["required"] is True, status
    if "401" in responses:
        assert "WWW-Authenticate" in responses["401"].get("headers", {})
    if path == "/v1/resume_sections":
        assert responses["200"]["headers"]["ETag"]["required"] is True
    if "412" in responses:
        assert "ETag" in responses["412"]["headers"]
    if method == "patch":
        assert "Accept-Patch" in responses["415"]["headers"]


def test_patch_documents_its_three_media_types_and_if_match() -> None:
    operation = DOC["paths"]["/v1/resume_sections"]["patch"]
    assert set(operation["requestBody"]["content"]) == {
        "application/json",
        "application/merge-patch+json",
        "application/json-patch+json",
    }
    description = operation["description"]
    for rule in (
        "RFC 7396",
        "RFC 6902",
        "`null` deletes",
        "arrays and every other value replace",
        "412",
        "409",
        "422",
    ):
        assert rule in description
    assert [p["name"] for p in operation["parameters"] if p["in"] == "header"] == ["If-Match"]
    operations = DOC["components"]["schemas"]
    assert {f"JsonPatch{op}" for op in ("Add", "Remove", "Replace", "Move", "Copy", "Test")} <= set(
        operations
    )
