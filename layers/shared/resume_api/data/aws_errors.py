"""Turns AWS failures into the service's errors: throttling and outages become a 503 with a retry hint.

Callers wrap each AWS call in `aws_call()`; conditional-check failures are left to the caller,
which knows what they mean (a version conflict, a duplicate event).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from resume_api.errors import ServiceUnavailable
from resume_api.observability import count, logger


def error_code(exc: BaseException) -> str:
    response = getattr(exc, "response", None) or {}
    return str((response.get("Error") or {}).get("Code", ""))


@contextmanager
def aws_call(
    service: str, *, passthrough: tuple[str, ...] = ("ConditionalCheckFailedException",)
) -> Iterator[None]:
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        yield
    except ClientError as exc:
        code = error_code(exc)
        if code in passthrough:
            raise
        logger.warning("aws call failed", extra={"service": service, "aws_error": code})
        count(f"aws.{service}.error")
        raise ServiceUnavailable(
            f"{service.upper()} is unavailable; retry shortly.", code="backend_unavailable"
        ) from exc
    except BotoCoreError as exc:
        logger.warning("aws call failed", extra={"service": service, "aws_error": type(exc).__name__})
        count(f"aws.{service}.error")
        raise ServiceUnavailable(
            f"{service.upper()} is unavailable; retry shortly.", code="backend_unavailable"
        ) from exc
