"""S3 ObjectCreated under uploads/ → parse the file and mark its resume ready (or failed, with why).

A plain Powertools handler: not HTTP. Raising lets Lambda retry (AWS errors); after the
retries the template's failure destination receives the event with its error.
"""

from __future__ import annotations

from typing import Any

from resume_api.deadline import lambda_deadline
from resume_api.logic.ingest import ingest, objects_of
from resume_api.observability import logger, metrics
from resume_api.web.parser import parser_until
from resume_api.web.wiring.resumes import resume_repository
from resume_api.web.wiring.sessions import session_repository


@logger.inject_lambda_context(log_event=False, clear_state=True)
@metrics.log_metrics
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    deadline = lambda_deadline(context, margin_s=0.0, default_s=0.0)  # the claim holds until then
    outcomes = [
        ingest(
            obj,
            request_id=context.aws_request_id,
            resumes=resume_repository(),
            sessions=session_repository(),
            parse=parser_until(deadline),
            deadline=deadline,
        )
        for obj in objects_of(event)
    ]
    return {"outcomes": outcomes}
