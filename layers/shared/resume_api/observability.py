"""The service's one Logger, Metrics and Tracer (Powertools), imported by every function.

Service name, metrics namespace and log level come from the environment the template sets
(POWERTOOLS_SERVICE_NAME, POWERTOOLS_METRICS_NAMESPACE, POWERTOOLS_LOG_LEVEL). The tracer is
created on the first invocation X-Ray samples, not at import: creating it imports the X-Ray
SDK (which builds two botocore clients of its own) and patches boto3 and httpx, 150-250 ms of a
cold start, and an unsampled invocation records nothing with or without it. The price: a
sampled first invocation pays that inside the invocation (benchmarks/results.md has both).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools import Logger, Metrics

if TYPE_CHECKING:
    from aws_lambda_powertools import Tracer

logger = Logger()
metrics = Metrics()

LambdaHandler = Callable[[dict[str, Any], Any], Any]
PREPAID_INIT = frozenset({"provisioned-concurrency", "snap-start"})
"""Initialization types whose init no request waits for: there the tracer is made at import."""


@cache
def tracer() -> Tracer:
    from aws_lambda_powertools import Tracer

    return Tracer()


def sampled_invocation() -> bool:
    """Whether X-Ray samples this invocation: Lambda puts its decision in `_X_AMZN_TRACE_ID`.

    Mirrors the X-Ray SDK's own rule for Lambda: without Root, Parent and Sampled=1 it records
    nothing (a dummy segment), so skipping the SDK then loses nothing.
    """
    header = os.environ.get("_X_AMZN_TRACE_ID", "")
    fields = dict(part.strip().split("=", 1) for part in header.split(";") if "=" in part)
    return fields.get("Sampled") == "1" and bool(fields.get("Root")) and bool(fields.get("Parent"))


def traced_when_sampled(handler: LambdaHandler) -> LambdaHandler:
    """`tracer().capture_lambda_handler(capture_response=False)`, applied from the first sampled call on.

    Until X-Ray samples an invocation the handler runs as is; from then on every invocation goes
    through the tracer, exactly as if it had been created at import. The ColdStart annotation
    stays true only for the container's first invocation. Under provisioned concurrency or
    SnapStart, where init is paid before any request, the tracer is made at once.
    """
    traced: list[LambdaHandler] = []
    calls = 0
    if os.environ.get("AWS_LAMBDA_INITIALIZATION_TYPE") in PREPAID_INIT:
        traced.append(tracer().capture_lambda_handler(handler, capture_response=False))

    def entry(event: dict[str, Any], context: Any) -> Any:
        nonlocal calls
        calls += 1
        if not traced and sampled_invocation():
            traced.append(tracer().capture_lambda_handler(handler, capture_response=False))
            if calls > 1:
                from aws_lambda_powertools.tracing import tracer as tracer_module

                tracer_module.is_cold_start = False
        return traced[0](event, context) if traced else handler(event, context)

    entry.__name__ = getattr(handler, "__name__", "handler")
    entry.__doc__ = handler.__doc__
    return entry


def count(name: str, value: float = 1) -> None:
    """Add an EMF count metric, flushed when the handler returns."""
    from aws_lambda_powertools.metrics import MetricUnit

    metrics.add_metric(name=name, unit=MetricUnit.Count, value=value)


def milliseconds(name: str, value: float) -> None:
    from aws_lambda_powertools.metrics import MetricUnit

    metrics.add_metric(name=name, unit=MetricUnit.Milliseconds, value=value)
