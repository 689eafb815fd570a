"""The service's one Logger, Metrics and Tracer (Powertools), imported by every function.

Service name, metrics namespace and log level come from the environment the template sets
(POWERTOOLS_SERVICE_NAME, POWERTOOLS_METRICS_NAMESPACE, POWERTOOLS_LOG_LEVEL). The tracer is
created on first use: creating it patches boto3 and httpx for X-Ray, which the authorizer's
hot path does not need.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from aws_lambda_powertools import Logger, Metrics

if TYPE_CHECKING:
    from aws_lambda_powertools import Tracer

logger = Logger()
metrics = Metrics()


@cache
def tracer() -> Tracer:
    from aws_lambda_powertools import Tracer

    return Tracer()


def count(name: str, value: float = 1) -> None:
    """Add an EMF count metric, flushed when the handler returns."""
    from aws_lambda_powertools.metrics import MetricUnit

    metrics.add_metric(name=name, unit=MetricUnit.Count, value=value)


def milliseconds(name: str, value: float) -> None:
    from aws_lambda_powertools.metrics import MetricUnit

    metrics.add_metric(name=name, unit=MetricUnit.Milliseconds, value=value)
