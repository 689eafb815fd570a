"""The FastAPI app each HTTP function serves: its one router, our errors, and one audit event per call.

API Gateway sends `/v1/x` and `/v1/x/` to the same resource, so the path is normalized before
routing instead of redirecting (a redirect would point outside the stage). Every request
ends in exactly one audit event, whatever happened, named by the route's operation id.
"""

from __future__ import annotations

import json
import time
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from resume_api import audit
from resume_api.errors import ApiError
from resume_api.observability import logger
from resume_api.settings import limits
from resume_api.web.errors import api_error_handler, http_error_handler, validation_error_handler

API_TITLE = "Resume API"
API_VERSION = "1.0.0"


def _outcome(status: int) -> str:
    if status < 400:
        return "success"
    if status in (401, 403):
        return "denied"
    return "rejected" if status < 500 else "failure"


class _BodyTooLarge(Exception):
    pass


class ServiceMiddleware:
    """Path normalization, the body size limit, a last-resort 500, and the audit event for every request."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "/")
        if len(path) > 1 and path.endswith("/"):
            scope["path"] = path.rstrip("/") or "/"
            scope["raw_path"] = None
        started = time.perf_counter()
        status = {"code": 500, "sent": False}
        received = 0
        limit = self.max_body_bytes

        async def receive_limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge
            return message

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = int(message["status"])
                status["sent"] = True
            await send(message)

        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        try:
            if declared.isdigit() and int(declared) > limit:
                raise _BodyTooLarge
            await self.app(scope, receive_limited, send_wrapper)
        except _BodyTooLarge:
            if not status["sent"]:
                await _send_error(
                    scope, send_wrapper, 413, "too_large", f"The request body is larger than {limit} bytes."
                )
        except Exception:
            logger.exception("unhandled error")
            if not status["sent"]:
                await _send_error(scope, send_wrapper, 500, "internal_error", "Internal error.")
        finally:
            self._audit(scope, int(status["code"]), started)

    @staticmethod
    def _audit(scope: Scope, status: int, started: float) -> None:
        route = scope.get("route")
        action = getattr(route, "operation_id", None) or getattr(route, "name", None) or "unknown_route"
        state = scope.get("state") or {}
        fields: dict[str, Any] = dict(state.get("audit", {}))
        event = scope.get("aws.event") or {}
        context = event.get("requestContext") or {}
        authorizer = context.get("authorizer") or {}
        audit.emit(
            str(action),
            fields.pop("outcome", None) or _outcome(status),
            session_ref=fields.pop("session_ref", None) or authorizer.get("session_ref"),
            request_id=scope.get("resume_api.request_id") or context.get("requestId"),
            duration_ms=(time.perf_counter() - started) * 1000,
            status=status,
            **fields,
        )


async def _send_error(scope: Scope, send: Send, status: int, code: str, message: str) -> None:
    request_id = ((scope.get("aws.event") or {}).get("requestContext") or {}).get("requestId")
    body = json.dumps({"error": {"code": code, "message": message, "request_id": request_id}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def create_app(*routers: APIRouter, max_body_bytes: int | None = None) -> FastAPI:
    """A FastAPI app serving the given routers with the service's error handling and audit.

    Bodies above `max_body_bytes` (default: the MAX_BODY_BYTES limit) are refused with 413.
    """
    app = FastAPI(
        title=API_TITLE,
        version=API_VERSION,
        redirect_slashes=False,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    for router in routers:
        app.include_router(router)
    app.add_exception_handler(ApiError, api_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.add_middleware(ServiceMiddleware, max_body_bytes=max_body_bytes or limits().max_body_bytes)
    return app


def note(request: Any, **fields: Any) -> None:
    """Add fields (resume id, sections changed...) to this request's audit event."""
    if not hasattr(request.state, "audit"):
        request.state.audit = {}
    request.state.audit.update(fields)
