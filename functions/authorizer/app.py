"""Lambda REQUEST authorizer: checks the session of every request except the two public routes.

A plain Powertools handler (no FastAPI, no pydantic): it runs before every call, so its cold
start and latency are everybody's.
"""

from __future__ import annotations

from typing import Any

from resume_api.auth.authorizer import authorize
from resume_api.observability import logger, metrics


@logger.inject_lambda_context(log_event=False, clear_state=True)
@metrics.log_metrics
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return authorize(event)
