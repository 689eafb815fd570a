"""The contract through the runner: schemathesis drives every operation of /openapi.json, and every
request example the document shows is sent and gets a documented answer.

Every response must be documented (status and schema) and none may be a 5xx, with a valid
session and without one. The four operations whose fuzzing with a session sends the most requests
(IN_PROCESS) are fuzzed against their functions' own apps in this process, over the fakes, behind
the gateway's routing and the authorizer's decision (`_Gateway`). Examples per operation are
bounded so the suite stays fast.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance, unsupported_method

from local_runner.openapi import build_openapi
from local_runner.runner import LocalRunner
from local_runner.template import Stack
from resume_api.auth.tokens import TokenError, new_session_id, token_from_headers
from tests.conftest import ROOT, Session, create_session
from tests.factories import docx_resume, pdf_resume, upload
from tests.fakes import HASH, World
from tests.unit.conftest import store_resume
from tests.unit.in_process import REQUEST_ID, FunctionClient

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
signed_out = schemathesis.openapi.from_dict(DOCUMENT)
signed_out.config.phases.update(phases=["examples", "fuzzing"])
"""What the session-less fuzzing of a secured operation draws from: the documented examples and the
fuzzed requests, without schemathesis's coverage phase. Without a session the gateway's authorizer
answers 401 before any function reads the request, so the coverage phase's boundary values (about
2,100 requests for PATCH /v1/resume_sections alone, every one a 401: nearly all the contract's time)
asked one question on inputs nothing reads. Operations without security keep every phase, and the
fuzzing with a session keeps every phase."""


def test_fuzzed_document_is_the_served_one(runner: LocalRunner) -> None:
    assert httpx.get(f"{runner.base_url}/openapi.json").json() == DOCUMENT


@pytest.fixture(scope="session")
def fuzz_session(api: httpx.Client) -> Session:
    """A session with one resume, so operations on 'the latest resume' have something to work on."""
    session = create_session(api)
    assert upload(api, session.headers, pdf_resume()).status_code == 201
    return session


PATIENCE_S = 120.0
"""Each request's timeout: patience against a hang, not a speed claim (schemathesis's default, 10 s,
tripped on a loaded machine); the gateway answers 504 long before it."""


def _with_a_session(operation: schemathesis.APIOperation) -> Any:
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    def test(case: schemathesis.Case, runner: LocalRunner, fuzz_session: Session) -> None:
        case.call_and_validate(
            base_url=f"{runner.base_url}/api",
            headers=fuzz_session.headers,
            excluded_checks=EXCLUDED,
            timeout=PATIENCE_S,
        )

    return test


IN_PROCESS = frozenset(
    {
        ("PATCH", "/v1/resume_sections"),
        ("POST", "/v1/optimize_resume"),
        ("POST", "/v1/ats_score"),
        ("POST", "/v1/generate_resume"),
    }
)
"""Operations fuzzed with a session against the function's own app in this process, over the fakes
(tests/unit/in_process.py), each example on a world whose session holds one ready resume: what these
cases check (status, schema, headers of the function's answers to hundreds of bodies) is the
function's, and each request through the runner crossed the gateway, the authorizer's and the
function's workers and moto. What only the gateway shows stays with the runner: the session-less
fuzzing (the authorizer's 401) and every documented example, sent with a session, per operation."""
STACK = Stack(ROOT / "template.yaml", lenient=True)
STAGE = DOCUMENT["servers"][0]["url"]
TOKEN = new_session_id()
"""The in-process world's one session, as its client holds it (the fakes key it by HASH)."""


def _answer(status: int, code: str, message: str, *headers: tuple[bytes, bytes]) -> list[dict[str, Any]]:
    """An answer of the gateway itself (template.yaml's GatewayResponses), as ASGI messages."""
    body = json.dumps({"error": {"code": code, "message": message, "request_id": REQUEST_ID}}).encode()
    start = {
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), *headers],
    }
    return [start, {"type": "http.response.body", "body": body}]


class _Gateway:
    """The functions' own apps in this process, over one world's fakes, behind what the gateway decides
    before a function runs: a route that does not exist (or a method it does not declare) is the
    gateway's 404, a request on a secured route that does not name the world's live session the
    authorizer's 401 (so schemathesis's checks that a secured operation refuses missing or wrong
    credentials still ask their question); any other request goes to the route's function as the
    caller of that session."""

    def __init__(self) -> None:
        self.world = World()

    def _allowed(self, scope: Any) -> bool:
        """The authorizer's decision: the request names the world's one live session (whose hash the
        fakes key as HASH), by X-Session-ID or Authorization: Bearer, and nothing that conflicts."""
        headers: dict[str, list[str]] = {}
        for name, value in scope["headers"]:
            headers.setdefault(name.decode("latin-1"), []).append(value.decode("latin-1"))
        try:
            token = token_from_headers(None, headers)
        except TokenError:
            return False
        return token == TOKEN and self.world.sessions.live(HASH)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        # the stage's base path (the document's server URL, `/api`) is the gateway's, not the function's
        stage, _, rest = scope["path"].partition("/v1/")
        path, method = f"/v1/{rest}", scope["method"].upper()
        scope = {**scope, "path": path, "raw_path": path.encode()}
        route = next(
            (r for r in STACK.routes() if r.regex().fullmatch(path) and r.method in (method, "ANY")), None
        )
        if route is None or stage != STAGE:
            messages = _answer(404, "not_found", "No such route.")
        elif route.authorizer and not self._allowed(scope):
            messages = _answer(
                401, "unauthorized", "A valid session is required.", (b"www-authenticate", b"Bearer")
            )
        else:
            function = STACK.functions()[route.function].code_dir.name
            await FunctionClient.over(function, self.world)._app(scope, receive, send)
            return
        for message in messages:
            await send(message)


GATEWAY = _Gateway()
in_process = schemathesis.openapi.from_dict(DOCUMENT)
in_process.app = GATEWAY


def _in_process() -> Any:
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    def test(case: schemathesis.Case) -> None:
        GATEWAY.world = World()
        store_resume(GATEWAY.world)
        case.call_and_validate(headers={"X-Session-ID": TOKEN}, excluded_checks=EXCLUDED)

    return test


def _without_a_session(operation: schemathesis.APIOperation) -> Any:
    @settings(max_examples=4, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    def test(case: schemathesis.Case, runner: LocalRunner) -> None:
        response = case.call_and_validate(
            base_url=f"{runner.base_url}/api", excluded_checks=EXCLUDED, timeout=PATIENCE_S
        )
        # not a probe with an undeclared method
        declared = case.method.upper() == case.operation.method.upper()
        if declared and operation.definition.raw.get("security"):
            assert response.status_code == 401, response.text

    return test


@pytest.fixture(scope="module")
def with_a_session_schema() -> schemathesis.BaseSchema:
    return schema


@pytest.fixture(scope="module")
def signed_out_schema() -> schemathesis.BaseSchema:
    return signed_out


@pytest.fixture(scope="module")
def in_process_schema() -> schemathesis.BaseSchema:
    return in_process


@pytest.fixture(autouse=True)
def _lazy_node_id(request: pytest.FixtureRequest) -> None:
    """schemathesis's lazy tests name each operation's subtest by rewriting `node._nodeid`, which
    pytest 9's nodes no longer have (their id lives in `_id`): give it the id to start from."""
    request.node._nodeid = request.node.nodeid


LAZY = {
    id(schema): schemathesis.pytest.from_fixture("with_a_session_schema"),
    id(signed_out): schemathesis.pytest.from_fixture("signed_out_schema"),
    id(in_process): schemathesis.pytest.from_fixture("in_process_schema"),
}
"""Each schema above, its operations' hypothesis tests built when a test runs, not when it is
collected: schemathesis builds an operation's coverage-phase cases with its test (about 7 s of CPU
for the contract's 28 fuzz tests), and every xdist worker collects every test, so each worker built all
of them though it runs about half. Built lazily, each is built once, by the worker that runs it;
the same schema, operation, settings and seed, so the same cases."""


def _per_operation() -> dict[str, Any]:
    """Both fuzz tests, one test function per operation (`test_every_operation_with_a_session_post_v1_ats_score`,
    ...): one function for every operation would run as one item on one worker; with a function
    each, the operations spread over the workers."""
    tests: dict[str, Any] = {}
    for path, item in DOCUMENT["paths"].items():
        for method in item:
            operation = schema[path][method.upper()]
            slug = re.sub(r"\W+", "_", f"{method} {path}").strip("_").lower()
            secured = signed_out if operation.definition.raw.get("security") else schema
            if (method.upper(), path) in IN_PROCESS:
                with_one = _lazy(in_process, method, path)(_in_process())
            else:
                with_one = _lazy(schema, method, path)(_with_a_session(operation))
            without_one = _lazy(secured, method, path)(_without_a_session(operation))
            tests[f"test_every_operation_with_a_session_{slug}"] = with_one
            tests[f"test_every_operation_without_a_session_{slug}"] = without_one
    return tests


def _lazy(whole: schemathesis.BaseSchema, method: str, path: str) -> Any:
    """The decorator that makes a test of `whole`'s one operation, built when it runs."""
    return LAZY[id(whole)].include(method=method.upper(), path=path).parametrize()


globals().update(_per_operation())


# -- every documented example, sent ---------------------------------------------------------------


def _first_example(parameter: dict[str, Any]) -> Any:
    return next(iter(parameter["examples"].values()))["value"]


def _file_for(name: str) -> bytes:
    """The bytes a multipart example names by file name: a resume the test builders generate."""
    return docx_resume() if name.endswith(".docx") else pdf_resume()


def _example_requests() -> list[Any]:
    """One request per documented example: each body example with the operation's path and header
    parameters, then each optional query parameter's example on the first body. Body examples, and
    operations with no body and no path parameter, must work (2xx) on a session holding a resume;
    the others (an id made up for the example) must get a documented status."""
    cases = []
    for path, item in DOCUMENT["paths"].items():
        for method, operation in item.items():
            parameters = operation.get("parameters", [])
            fixed: dict[str, dict[str, Any]] = {p["in"]: {} for p in parameters}
            for p in parameters:
                if p["in"] in ("path", "header"):
                    fixed[p["in"]][p["name"]] = _first_example(p)
            bodies = [
                (media_type, name, example["value"])
                for media_type, content in operation.get("requestBody", {}).get("content", {}).items()
                for name, example in content["examples"].items()
            ]
            works = "path" not in fixed
            for media_type, name, value in bodies or [(None, "no body", None)]:
                cases.append(
                    pytest.param(
                        path, method, fixed, media_type, value, works, id=f"{method.upper()} {path} {name}"
                    )
                )
            for p in parameters:
                if p["in"] == "query":
                    media_type, _, value = bodies[0] if bodies else (None, "", None)
                    with_query = {**fixed, "query": {p["name"]: _first_example(p)}}
                    label = f"{method.upper()} {path} ?{p['name']}"
                    cases.append(pytest.param(path, method, with_query, media_type, value, False, id=label))
    return cases


@pytest.mark.parametrize(("path", "method", "parameters", "media_type", "body", "works"), _example_requests())
def test_every_documented_example_gets_a_documented_answer(
    api: httpx.Client,
    runner: LocalRunner,
    path: str,
    method: str,
    parameters: dict[str, dict[str, Any]],
    media_type: str | None,
    body: Any,
    works: bool,
) -> None:
    """Each on a fresh session holding one uploaded resume (version 1), as in `make dev`."""
    operation = schema[path][method.upper()]
    headers: dict[str, str] = {}
    if operation.definition.raw.get("security"):
        session = create_session(api)
        assert upload(api, session.headers, pdf_resume()).status_code == 201
        headers = session.headers
    if media_type == "multipart/form-data":
        body = {field: _file_for(name) for field, name in body.items()}
    kwargs: dict[str, Any] = {
        "path_parameters": parameters.get("path"),
        "query": parameters.get("query"),
        "headers": parameters.get("header"),
    }
    if media_type is not None:
        kwargs.update(body=body, media_type=media_type)
    case = operation.Case(**kwargs)
    response = case.call_and_validate(
        base_url=f"{runner.base_url}/api", headers=headers, excluded_checks=EXCLUDED
    )
    if works:
        assert 200 <= response.status_code < 300, response.text
