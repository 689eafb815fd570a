"""The Lambda entry point for a FastAPI function: Mangum, wrapped in Powertools' logger and metrics.

The event is never logged (it carries the session id in its headers), and the tracer does
not record responses (a session-create response holds the new id). The tracer joins on the
first invocation X-Ray samples, so the X-Ray SDK is not part of the import (see observability).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mangum import Mangum

from resume_api.observability import LambdaHandler, logger, metrics, traced_when_sampled
from resume_api.web import collection

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["LambdaHandler", "make_handler"]


def make_handler(app: FastAPI) -> LambdaHandler:
    asgi = Mangum(app, lifespan="off")

    @logger.inject_lambda_context(log_event=False, clear_state=True)
    @metrics.log_metrics
    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        return asgi(event, context)

    entry = traced_when_sampled(handler)
    collection.resume()  # the function's import ends here (web/collection.py)
    return entry
