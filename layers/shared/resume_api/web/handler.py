"""The Lambda entry point for a FastAPI function: Mangum, wrapped in Powertools' logger and metrics.

The event is never logged (it carries the session id in its headers), and the tracer does
not record responses (a session-create response holds the new id).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from mangum import Mangum

from resume_api.observability import logger, metrics, tracer

LambdaHandler = Callable[[dict[str, Any], Any], dict[str, Any]]


def make_handler(app: FastAPI) -> LambdaHandler:
    asgi = Mangum(app, lifespan="off")

    @tracer().capture_lambda_handler(capture_response=False)
    @logger.inject_lambda_context(log_event=False, clear_state=True)
    @metrics.log_metrics
    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        return asgi(event, context)

    return handler
