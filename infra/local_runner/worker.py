"""One Lambda execution environment: a process that imports a function's handler once and serves invocations.

Run by the local runner as `python -m local_runner.worker`, with the function's environment
(as the template sets it) and its code directory and the shared layer on the path, as on
Lambda. Invocations arrive on stdin and results leave on a separate pipe, one JSON document
per line, so that whatever the function prints (its logs) stays on stdout for the runner.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
import traceback
from typing import Any


class LambdaContext:
    """The attributes of the Lambda context object that Powertools and Mangum read."""

    def __init__(self, request_id: str, deadline_ms: float) -> None:
        name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME", "local")
        self.function_name = name
        self.function_version = "$LATEST"
        self.invoked_function_arn = (
            f"arn:aws:lambda:{os.environ.get('AWS_REGION', 'us-east-1')}:123456789012:function:{name}"
        )
        self.memory_limit_in_mb = int(os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128"))
        self.aws_request_id = request_id
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME", f"/aws/lambda/{name}")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME", "local")
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int(self._deadline_ms - time.time() * 1000))


def _error(exc: BaseException) -> dict[str, Any]:
    return {
        "errorMessage": str(exc),
        "errorType": type(exc).__name__,
        "stackTrace": traceback.format_tb(exc.__traceback__),
    }


def main() -> None:
    result_fd = int(os.environ.pop("LOCAL_RUNNER_RESULT_FD"))
    results = os.fdopen(result_fd, "w", buffering=1)
    module_name, _, attr = os.environ["_HANDLER"].rpartition(".")
    sys.path.insert(0, os.environ["LAMBDA_TASK_ROOT"])
    try:
        handler = getattr(importlib.import_module(module_name), attr)
        init_error = None
    except Exception as exc:  # an init error is reported on every invocation, as on Lambda
        traceback.print_exc()
        handler, init_error = None, _error(exc)
    results.write(json.dumps({"ready": True, "init_error": init_error}) + "\n")

    for line in sys.stdin:
        request = json.loads(line)
        os.environ["_X_AMZN_TRACE_ID"] = request.get("trace_id", "")
        if handler is None:
            reply: dict[str, Any] = {"error": init_error}
        else:
            context = LambdaContext(request["request_id"], request["deadline_ms"])
            try:
                reply = {"result": handler(request["event"], context)}
            except Exception as exc:
                traceback.print_exc()
                reply = {"error": _error(exc)}
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            results.write(json.dumps(reply, default=str) + "\n")
        except (TypeError, ValueError) as exc:
            results.write(json.dumps({"error": _error(exc)}) + "\n")


if __name__ == "__main__":
    main()
