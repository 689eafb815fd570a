"""API Gateway (REST, Lambda proxy, payload 1.0), emulated from the template.

For each request: find the route the template declares, build the REQUEST authorizer event and
run the authorizer, put its context into `requestContext.authorizer` (values as strings, as
API Gateway does), build the proxy event, run the route's function and turn its result into
the HTTP response. Denials and gateway-side failures answer with the template's Gateway
Responses. Also serves the Lambda Invoke API for the functions' own boto3 calls, and the
OpenAPI document assembled from the functions' FastAPI routers.
"""

from __future__ import annotations

import base64
import fnmatch
import json
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote

import anyio
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from local_runner.console import Access
from local_runner.lambdas import FunctionPool, InvokeError
from local_runner.template import ACCOUNT_ID, REGION, ApiSpec, FunctionSpec, RouteSpec

MAX_API_PAYLOAD = 10 * 1024 * 1024  # API Gateway's request limit
MAX_LAMBDA_PAYLOAD = 6 * 1024 * 1024  # Lambda's synchronous invocation limit

_DEFAULT_STATUS = {
    "ACCESS_DENIED": 403,
    "UNAUTHORIZED": 401,
    "AUTHORIZER_FAILURE": 500,
    "AUTHORIZER_CONFIGURATION_ERROR": 500,
    "MISSING_AUTHENTICATION_TOKEN": 403,
    "REQUEST_TOO_LARGE": 413,
    "INTEGRATION_TIMEOUT": 504,
    "INTEGRATION_FAILURE": 504,
    "THROTTLED": 429,
    "BAD_REQUEST_BODY": 400,
    "DEFAULT_4XX": 400,
    "DEFAULT_5XX": 502,
}
_DEFAULT_MESSAGES = {
    "ACCESS_DENIED": "User is not authorized to access this resource with an explicit deny",
    "UNAUTHORIZED": "Unauthorized",
    "AUTHORIZER_FAILURE": None,
    "AUTHORIZER_CONFIGURATION_ERROR": None,
    "MISSING_AUTHENTICATION_TOKEN": "Missing Authentication Token",
    "REQUEST_TOO_LARGE": "Request Too Long",
    "INTEGRATION_TIMEOUT": "Endpoint request timed out",
    "DEFAULT_5XX": "Internal server error",
}


@dataclass
class _Match:
    route: RouteSpec
    path_params: dict[str, str]


class Gateway:
    """The ASGI app that stands in for API Gateway and the Lambda Invoke API."""

    def __init__(
        self,
        api: ApiSpec,
        functions: dict[str, FunctionSpec],
        routes: list[RouteSpec],
        pool: FunctionPool,
        submit_async: Callable[[FunctionSpec, Any], str],
        openapi: Callable[[], dict[str, Any]],
        access: Callable[[Access], None] | None = None,
    ) -> None:
        self.api = api
        self.functions = functions
        self.by_name = {f.name: f for f in functions.values()}
        self.routes = [(r, r.regex()) for r in routes]
        self.pool = pool
        self.submit_async = submit_async
        self._openapi = openapi
        self._openapi_doc: dict[str, Any] | None = None
        self._access = access

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        started = time.perf_counter()
        served: dict[str, Any] = {}
        response = await self.dispatch(request, served)
        if self._access is not None and not served.get("internal"):  # before the client has its answer
            self._access(
                Access(
                    request.method,
                    request.url.path,
                    response.status_code,
                    served.get("function"),
                    (time.perf_counter() - started) * 1000,
                    served.get("cold"),
                )
            )
        await response(scope, receive, send)

    async def dispatch(self, request: Request, served: dict[str, Any] | None = None) -> Response:
        """Answer one request; `served` gets the function that answered it and whether it was cold."""
        served = {} if served is None else served
        path = request.url.path
        if path == "/openapi.json":
            if self._openapi_doc is None:
                self._openapi_doc = self._openapi()
            return JSONResponse(self._openapi_doc)
        if path.rstrip("/") in ("/docs", "/redoc"):  # the stage's docs pages, without the stage
            return await self._api_gateway(request, served, f"/{self.api.stage}{path}")
        lambda_api = re.fullmatch(r"/2015-03-31/functions/([^/]+)/invocations", path)
        if lambda_api and request.method == "POST":
            served["internal"] = True  # a function's own Invoke call, not a client's request
            return await self._lambda_invoke(request, unquote(lambda_api.group(1)))
        return await self._api_gateway(request, served)

    # -- Lambda Invoke API (boto3 lambda client inside functions) -------------------------------
    async def _lambda_invoke(self, request: Request, name: str) -> Response:
        spec = self.by_name.get(name.rsplit(":", 1)[-1] if name.startswith("arn:") else name)
        if spec is None:
            return JSONResponse(
                {"Type": "User", "Message": f"Function not found: {name}"},
                status_code=404,
                headers={"x-amzn-errortype": "ResourceNotFoundException"},
            )
        payload = json.loads((await request.body()) or b"{}")
        if request.headers.get("x-amz-invocation-type", "RequestResponse") == "Event":
            request_id = self.submit_async(spec, payload)
            return Response(status_code=202, headers={"x-amzn-requestid": request_id})
        try:
            invocation = await anyio.to_thread.run_sync(self.pool.invoke, spec, payload)
        except InvokeError as exc:
            return JSONResponse(exc.payload, headers={"x-amz-function-error": exc.kind})
        return JSONResponse(invocation.result)

    # -- API Gateway ------------------------------------------------------------------------------
    def _find(self, resource_path: str, method: str) -> _Match | None:
        for route, regex in self.routes:
            match = regex.fullmatch(resource_path)
            if match and route.method in (method, "ANY"):
                return _Match(route, {k: unquote(v) for k, v in match.groupdict().items()})
        return None

    async def _api_gateway(self, request: Request, served: dict[str, Any], raw_path: str = "") -> Response:
        request_id = str(uuid.uuid4())
        stage_prefix = f"/{self.api.stage}"
        raw_path = raw_path or request.url.path
        if not (raw_path == stage_prefix or raw_path.startswith(stage_prefix + "/")):
            return JSONResponse(
                {"message": "Forbidden"}, status_code=403, headers={"x-amzn-RequestId": request_id}
            )
        resource_path = raw_path[len(stage_prefix) :] or "/"
        match = self._find(resource_path, request.method)
        context = {"requestId": request_id, "authorizer": {}}
        if match is None:
            return self.gateway_response("MISSING_AUTHENTICATION_TOKEN", context)

        body = await request.body()
        if len(body) > MAX_API_PAYLOAD:
            return self.gateway_response("REQUEST_TOO_LARGE", context)
        event = self._proxy_event(request, body, resource_path, match, request_id)

        if match.route.authorizer:
            denied = await self._authorize(match, event, context, served)
            if denied is not None:
                return denied

        if len(json.dumps(event)) > MAX_LAMBDA_PAYLOAD:
            return self.gateway_response("REQUEST_TOO_LARGE", context)
        spec = self.functions[match.route.function]
        integration_timeout = match.route.timeout_ms / 1000
        started = time.perf_counter()
        served.update(function=spec.logical_id, cold=None)
        try:
            invocation = await anyio.to_thread.run_sync(
                self.pool.invoke, spec, event, min(spec.timeout_s, integration_timeout)
            )
        except InvokeError as exc:
            if exc.kind == "Timeout" and spec.timeout_s >= integration_timeout:
                return self.gateway_response("INTEGRATION_TIMEOUT", context)
            return self.gateway_response("DEFAULT_5XX", context)
        served["cold"] = invocation.cold
        return self._proxy_response(invocation.result, context, time.perf_counter() - started)

    def _is_binary(self, content_type: str) -> bool:
        content_type = content_type.split(";", maxsplit=1)[0].strip().lower()
        return bool(content_type) and any(
            fnmatch.fnmatch(content_type, t.lower()) for t in self.api.binary_media_types
        )

    def _proxy_event(
        self, request: Request, body: bytes, resource_path: str, match: _Match, request_id: str
    ) -> dict[str, Any]:
        multi_headers: dict[str, list[str]] = {}
        for raw_key, raw_value in request.headers.raw:
            multi_headers.setdefault(raw_key.decode("latin-1"), []).append(raw_value.decode("latin-1"))
        headers = {k: v[-1] for k, v in multi_headers.items()}
        multi_query: dict[str, list[str]] = {}
        for key, value in parse_qsl(request.url.query, keep_blank_values=True):
            multi_query.setdefault(key, []).append(value)
        query = {k: v[-1] for k, v in multi_query.items()}
        binary = self._is_binary(request.headers.get("content-type", ""))
        if not body:
            body_value: str | None = None
        elif binary:
            body_value = base64.b64encode(body).decode()
        else:
            body_value = body.decode("utf-8", errors="replace")
        now = time.time()
        client = request.client.host if request.client else "127.0.0.1"
        return {
            "resource": match.route.path,
            "path": resource_path,
            "httpMethod": request.method,
            "headers": headers or None,
            "multiValueHeaders": multi_headers or None,
            "queryStringParameters": query or None,
            "multiValueQueryStringParameters": multi_query or None,
            "pathParameters": match.path_params or None,
            "stageVariables": None,
            "requestContext": {
                "resourceId": "local",
                "resourcePath": match.route.path,
                "httpMethod": request.method,
                "extendedRequestId": request_id,
                "requestTime": time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(now)),
                "path": f"/{self.api.stage}{resource_path}",
                "accountId": ACCOUNT_ID,
                "protocol": "HTTP/1.1",
                "stage": self.api.stage,
                "domainPrefix": "localhost",
                "requestTimeEpoch": int(now * 1000),
                "requestId": request_id,
                "identity": {"sourceIp": client, "userAgent": request.headers.get("user-agent")},
                "domainName": request.headers.get("host", "localhost"),
                "apiId": "local",
            },
            "body": body_value,
            "isBase64Encoded": bool(body_value) and binary,
        }

    async def _authorize(
        self, match: _Match, event: dict[str, Any], context: dict[str, Any], served: dict[str, Any]
    ) -> Response | None:
        authorizer_fn = self.functions[self.api.authorizers[str(match.route.authorizer)]]
        served.update(function=authorizer_fn.logical_id, cold=None)  # until the route's function runs
        method = event["httpMethod"]
        path = event["path"]
        method_arn = f"arn:aws:execute-api:{REGION}:{ACCOUNT_ID}:local/{self.api.stage}/{method}{path}"
        auth_event = {
            "type": "REQUEST",
            "methodArn": method_arn,
            "resource": event["resource"],
            "path": event["path"],
            "httpMethod": event["httpMethod"],
            "headers": event["headers"],
            "multiValueHeaders": event["multiValueHeaders"],
            "queryStringParameters": event["queryStringParameters"],
            "multiValueQueryStringParameters": event["multiValueQueryStringParameters"],
            "pathParameters": event["pathParameters"],
            "stageVariables": None,
            "requestContext": event["requestContext"],
        }
        try:
            invocation = await anyio.to_thread.run_sync(self.pool.invoke, authorizer_fn, auth_event)
        except InvokeError as exc:
            if exc.payload.get("errorMessage") == "Unauthorized":
                return self.gateway_response("UNAUTHORIZED", context)
            return self.gateway_response("AUTHORIZER_FAILURE", context)
        served["cold"] = invocation.cold
        policy = invocation.result
        try:
            effect = _evaluate(policy, method_arn)
            auth_context = {k: _stringify(v) for k, v in (policy.get("context") or {}).items()}
        except (TypeError, ValueError, KeyError, AttributeError):
            return self.gateway_response("AUTHORIZER_CONFIGURATION_ERROR", context)
        context["authorizer"] = auth_context
        if effect != "Allow":
            return self.gateway_response("ACCESS_DENIED", context)
        event["requestContext"]["authorizer"] = dict(
            auth_context,
            principalId=str(policy.get("principalId", "")),
            integrationLatency=int(invocation.duration_ms),
        )
        return None

    def _proxy_response(self, result: Any, context: dict[str, Any], elapsed_s: float) -> Response:
        if not isinstance(result, dict) or not isinstance(result.get("statusCode"), int):
            return self.gateway_response("DEFAULT_5XX", context)
        body = result.get("body") or ""
        content = base64.b64decode(body) if result.get("isBase64Encoded") else str(body).encode()
        response = Response(content=content, status_code=result["statusCode"])
        del response.headers["content-length"]
        for key, value in (result.get("headers") or {}).items():
            response.headers[key] = str(value)
        for key, values in (result.get("multiValueHeaders") or {}).items():
            if key.lower() in {k.lower() for k in (result.get("headers") or {})}:
                continue
            for value in values:
                response.headers.append(key, str(value))
        response.headers["content-length"] = str(len(content))
        response.headers["x-amzn-RequestId"] = context["requestId"]
        return response

    def gateway_response(self, response_type: str, context: dict[str, Any]) -> Response:
        """A Gateway Response as the template defines it (or API Gateway's default)."""
        status_default = _DEFAULT_STATUS.get(response_type, 500)
        conf = self.api.gateway_responses.get(response_type)
        if conf is None:
            conf = (
                self.api.gateway_responses.get("DEFAULT_5XX" if status_default >= 500 else "DEFAULT_4XX")
                or {}
            )
            status = status_default
        else:
            status = int(conf.get("StatusCode", status_default))
        template = (conf.get("ResponseTemplates") or {}).get("application/json")
        message = _DEFAULT_MESSAGES.get(response_type, "Internal server error")
        if template is None:
            template = '{"message":$context.error.messageString}'
        body = _render(template, context, message, response_type)
        headers = {"x-amzn-RequestId": context["requestId"], "x-amzn-ErrorType": response_type}
        for key, value in ((conf.get("ResponseParameters") or {}).get("Headers") or {}).items():
            headers[key] = str(value).strip("'")
        return Response(content=body, status_code=status, headers=headers, media_type="application/json")


def _stringify(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | str):
        return str(value)
    raise TypeError("authorizer context values must be strings, numbers or booleans")


def _resource_matches(resource: str, method_arn: str) -> bool:
    """A policy Resource against the method ARN as API Gateway compares them: `*` stands for any
    characters, and nothing else is a pattern (`[x]` or `?` in a path is that text)."""
    pattern = ".*".join(re.escape(part) for part in resource.split("*"))
    return re.fullmatch(pattern, method_arn, re.DOTALL) is not None


def _evaluate(policy: dict[str, Any], method_arn: str) -> str:
    """Deny wins, then Allow; a policy that does not mention the method denies."""
    statements = policy["policyDocument"]["Statement"]
    effects = []
    for statement in statements if isinstance(statements, list) else [statements]:
        resources = statement.get("Resource")
        for resource in resources if isinstance(resources, list) else [resources]:
            if _resource_matches(str(resource), method_arn):
                effects.append(statement.get("Effect"))
    if "Deny" in effects:
        return "Deny"
    return "Allow" if "Allow" in effects else "Deny"


def _render(template: str, context: dict[str, Any], message: str | None, response_type: str) -> str:
    """Substitute the $context variables API Gateway fills in gateway response templates."""

    def repl(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "requestId":
            return str(context["requestId"])
        if name.startswith("authorizer."):
            return str(context.get("authorizer", {}).get(name.split(".", 1)[1], ""))
        if name == "error.messageString":
            return json.dumps(message) if message is not None else "null"
        if name == "error.message":
            return message or ""
        if name == "error.responseType":
            return response_type
        return ""

    return re.sub(r"\$context\.([A-Za-z0-9_.]+)", repl, template)
