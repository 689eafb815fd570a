"""Shared package of the resume service: models, domain logic, data access, auth and observability.

Kept import-free on purpose: each Lambda imports only the modules its path needs, so cold
starts stay close to a bare boto3 process.

In a Lambda execution environment, importing it freezes what the process holds so far (the
runtime's modules and, in an HTTP function, FastAPI, Starlette and pydantic, which its handler
imports first): they live as long as the container, and frozen, the garbage collections our own
imports trigger (building the models allocates a lot) no longer re-scan them. data.clients
freezes again around each client it makes.
"""

import gc as _gc
import os as _os

if _os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):  # a Lambda execution environment (or the local runner's)
    _gc.freeze()
