"""The job queue for async work: an asynchronous invoke of the worker function.

A job carries only the session hash, the conversation id and the session's expiry, never a
session id or the request itself (that is stored with the conversation).
"""

from __future__ import annotations

import json
from typing import Any

from resume_api.data.aws_errors import aws_call
from resume_api.data.clients import client
from resume_api.settings import aws_resources


class LambdaJobQueue:
    def __init__(self, function_name: str | None = None) -> None:
        self.function_name = function_name or aws_resources().optimize_worker_function

    def submit(self, job: dict[str, Any]) -> None:
        with aws_call("lambda"):
            client("lambda").invoke(
                FunctionName=self.function_name, InvocationType="Event", Payload=json.dumps(job).encode()
            )
