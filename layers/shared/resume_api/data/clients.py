"""boto3 clients, created once per container and reused across invocations.

Endpoints come from the standard AWS environment (AWS_ENDPOINT_URL and friends), which is how
the local runner points every function at moto without any code path of its own.

In a Lambda execution environment the clients named in RESUME_API_PRELOAD_CLIENTS (default:
dynamodb, which every function uses) are created at import, in the init phase: invocations run
on the function's share of a vCPU (MemorySize / 1,769 MB) while on-demand init is reported to run
unthrottled, so the same work done lazily could cost the first request several times as long.
Other clients are still created on first use.
"""

from __future__ import annotations

import gc
import os
from functools import cache
from typing import Any

import boto3
from botocore.config import Config


@cache
def client(service: str) -> Any:
    # Everything alive now (modules, classes, the app) lives as long as the container. Freezing
    # it keeps the garbage collector from re-scanning it while boto3 loads its service models,
    # which allocate enough to trigger full collections: ~20 ms of a cold start otherwise. boto3
    # and botocore are imported at the top of this module so that their modules are frozen too
    # (imported here, after the freeze, they were rescanned: ~30 ms more of the authorizer's).
    # The client and its service model live as long as the container too: frozen once made, so
    # the collections the rest of the import triggers (a client preloaded at import is made
    # halfway through it) do not re-scan them either (~30 ms of SessionInfo's cold start).
    gc.freeze()
    config = Config(
        retries={"mode": "standard", "max_attempts": 3},
        connect_timeout=3,
        read_timeout=10,
        signature_version="s3v4" if service == "s3" else None,
    )
    made = boto3.client(service, config=config)
    gc.freeze()
    return made


def preload() -> None:
    """Create the clients this function will need, now (see the module docstring).

    Never fails the import: a client that cannot be made now (no region, say) is made, and
    fails, on first use, as it always did.
    """
    for service in os.environ.get("RESUME_API_PRELOAD_CLIENTS", "dynamodb").split(","):
        if service.strip():
            try:
                client(service.strip())
            except Exception:  # noqa: S112 - first use reports it
                continue


if os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):  # a Lambda execution environment (or the local runner's)
    preload()
