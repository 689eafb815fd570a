"""One error body for the whole API: `{"error": {"code", "message", "request_id"}}`.

Validation errors name the field but never echo the input (it may be an API key); unexpected
exceptions become a bare 500 with no trace. The OpenAPI document lists the same shape
(web/error_schema.py).
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from resume_api.errors import ApiError
from resume_api.web.context import request_id_of
from resume_api.web.contract import ETAG, RETRY_AFTER, WWW_AUTHENTICATE, retry_after

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_type",
    429: "rate_limited",
}

_DESCRIPTIONS = {
    400: "Malformed request (e.g. invalid JSON).",
    401: "No valid session (missing, malformed, unknown, expired or revoked).",
    404: "Not found in this session.",
    409: "Conflict: the resume changed since it was read (`current_version` says which is stored), "
    "or it is not ready yet.",
    412: "If-Match names a version that is not the current one (`current_version`, and the ETag header).",
    413: "Request or file too large.",
    415: "Unsupported media type.",
    422: "Validation failed: `fields` names each field that is wrong (never echoing its value).",
    429: "Quota exceeded; see Retry-After.",
    502: "The LLM provider failed or returned unusable output.",
    503: "A backing service is unavailable; see Retry-After.",
    504: "The operation took too long.",
}


ERROR_SCHEMA = {"$ref": "#/components/schemas/ErrorResponse"}
"""Where every error response points. The schema itself (web/error_schema.py) is added when the
OpenAPI document is assembled (`contract.add_components`), never built at a function's cold start:
the errors this module sends are plain JSON, no model validates them."""


def error_response(status: int, description: str | None = None) -> dict[str, Any]:
    """One error status for `responses=`: our error schema, and the headers that status carries."""
    entry: dict[str, Any] = {
        "description": description or _DESCRIPTIONS.get(status, "Error."),
        "content": {"application/json": {"schema": dict(ERROR_SCHEMA)}},
    }
    if status == 429:
        entry["headers"] = {RETRY_AFTER: retry_after(always=False)}
    elif status == 503:
        entry["headers"] = {RETRY_AFTER: retry_after(always=True)}
    elif status == 412:
        entry["headers"] = {"ETag": {**ETAG, "required": False}}
    elif status == 401:
        entry["headers"] = {"WWW-Authenticate": WWW_AUTHENTICATE}
    return entry


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` entry for a route: each status it can return, with our error schema."""
    return {s: error_response(s) for s in statuses}


def error_json(
    status: int,
    code: str,
    message: str,
    request_id: str | None,
    headers: dict[str, str] | None = None,
    **details: Any,
) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message, "request_id": request_id}
    body.update({k: v for k, v in details.items() if v is not None})
    return JSONResponse({"error": body}, status_code=status, headers=headers)


async def api_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_json(exc.status, exc.code, exc.message, request_id_of(request), exc.headers, **exc.details)


async def validation_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        if err.get("type") == "json_invalid":
            return error_json(400, "invalid_json", "The body is not valid JSON.", request_id_of(request))
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "header")]
        problems.append({"field": ".".join(loc) or "body", "message": str(err.get("msg", "invalid"))})
    message = "; ".join(f"{p['field']}: {p['message']}" for p in problems[:5]) or "Invalid request."
    return error_json(422, "validation_error", message, request_id_of(request), fields=problems[:20])


async def http_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "error")
    message = exc.detail if isinstance(exc.detail, str) else "Request failed."
    return error_json(exc.status_code, code, message, request_id_of(request), dict(exc.headers or {}))
