"""boto3 clients, created once per container on first use and reused across invocations.

Endpoints come from the standard AWS environment (AWS_ENDPOINT_URL and friends), which is how
the local runner points every function at moto without any code path of its own.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def client(service: str) -> Any:
    import boto3
    from botocore.config import Config

    config = Config(
        retries={"mode": "standard", "max_attempts": 3},
        connect_timeout=3,
        read_timeout=10,
        signature_version="s3v4" if service == "s3" else None,
    )
    return boto3.client(service, config=config)
