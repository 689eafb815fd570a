"""The local stack: emulated AWS, the template's functions as worker processes, and API Gateway in front.

`make dev` serves it on a port; the tests start the very same thing on a free port and send
real HTTP requests, so every integration test crosses the path a request crosses on AWS.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from pathlib import Path
from typing import Any

from local_runner.aws import CREDENTIALS, EmulatedAws, access_key_for
from local_runner.console import Console
from local_runner.events import AsyncInvoker, SqsPoller
from local_runner.gateway import Gateway
from local_runner.lambdas import FunctionPool
from local_runner.logs import LogSink
from local_runner.openapi import build_openapi
from local_runner.template import FunctionSpec, Stack

REPO_ROOT = Path(__file__).resolve().parents[2]


class LocalRunner:
    """Everything `sam local start-api` would give us, without containers."""

    def __init__(
        self,
        template: Path = REPO_ROOT / "template.yaml",
        *,
        env_overrides: dict[str, str] | None = None,
        parameters: dict[str, str] | None = None,
        stack_name: str = "resume-api-local",
        echo_logs: bool = False,
        console: Console | None = None,
        max_workers_per_function: int = 16,
        retry_delays_s: tuple[float, ...] = (0.5, 1.0),
    ) -> None:
        self.template_path = template
        self.env_overrides = dict(env_overrides or {})
        self.stack = Stack(template, stack_name, parameters)
        self.aws = EmulatedAws()
        self.console = console or (Console(verbose=True) if echo_logs else None)
        self.max_workers = max_workers_per_function
        self.retry_delays_s = retry_delays_s
        self.base_url = ""
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self.pollers: list[SqsPoller] = []

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Start AWS emulation and the HTTP server in background threads; returns the base URL."""
        import uvicorn

        self.aws.start()
        self.aws.provision(self.stack)
        notification_queues = self.aws.wire_s3_notifications(self.stack)
        self.functions = self.stack.functions()
        self.api = self.stack.api()
        self.logs = LogSink(console=self.console, cloudwatch=self.aws.client("logs"))
        self.pool = FunctionPool(self._env_for, self.logs, self.max_workers, self._shared_env())
        self.invoker = AsyncInvoker(self.pool, self._send_to_destination, self.retry_delays_s)
        sqs = self.aws.client("sqs")
        self.pollers = [
            SqsPoller(sqs, url, self.functions[logical], self.invoker)
            for logical, url in notification_queues.items()
        ]
        routes = self.stack.routes()
        self.gateway = Gateway(
            self.api,
            self.functions,
            routes,
            self.pool,
            self.invoker.submit,
            lambda: build_openapi(self.api, self.functions, routes),
            access=self.console.access if self.console is not None else None,
        )
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        self.base_url = f"http://{host}:{sock.getsockname()[1]}"
        config = uvicorn.Config(self.gateway, log_level="warning", lifespan="off", timeout_keep_alive=30)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True, name="http"
        )
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the local API server failed to start")
            threading.Event().wait(0.02)
        return self.base_url

    def stop(self) -> None:
        for poller in self.pollers:
            poller.stop()
        if hasattr(self, "invoker"):
            self.invoker.stop()
        if hasattr(self, "pool"):
            self.pool.close()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.aws.stop()
        if self.console is not None:
            self.console.close()

    def wait_for_events(self, timeout_s: float = 30.0) -> None:
        """Let every S3 notification and async invocation in flight finish."""
        for poller in self.pollers:
            poller.drain(timeout_s)
        self.invoker.wait_idle(timeout_s)

    # -- what a function sees ---------------------------------------------------------------------
    def _layer_dirs(self, spec: FunctionSpec) -> list[str]:
        props = self.stack.function_properties(spec.logical_id)
        dirs = []
        for layer in props.get("Layers") or []:
            if isinstance(layer, dict) and "Ref" in layer:
                layer_props = self.stack.resources[layer["Ref"]].get("Properties") or {}
                dirs.append(str((self.stack.root / str(layer_props["ContentUri"])).resolve()))
        return dirs

    @staticmethod
    def _shared_env() -> dict[str, str]:
        """What every function's environment holds besides its own (the zygote starts with it)."""
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", "/tmp"),  # noqa: S108 - what Lambda gives a function too
            "LANG": "C.UTF-8",
            "TZ": ":UTC",
            "PYTHONUNBUFFERED": "1",
        }

    def _env_for(self, spec: FunctionSpec) -> dict[str, str]:
        env = self._shared_env()
        env["PYTHONPATH"] = os.pathsep.join([str(spec.code_dir), *self._layer_dirs(spec)])
        env.update(spec.environment)
        env.update(self.env_overrides)
        env.update(CREDENTIALS)
        env.update(
            {
                "AWS_ACCESS_KEY_ID": access_key_for(spec.logical_id),
                "AWS_ENDPOINT_URL": self.aws.endpoint,
                "AWS_ENDPOINT_URL_LAMBDA": self.base_url,
                "AWS_LAMBDA_FUNCTION_NAME": spec.name,
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(spec.memory_mb),
                "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
                "AWS_LAMBDA_LOG_GROUP_NAME": spec.log_group,
                "AWS_LAMBDA_LOG_STREAM_NAME": "local",
                "AWS_EXECUTION_ENV": "AWS_Lambda_python3.11",
                "LAMBDA_TASK_ROOT": str(spec.code_dir),
                "_HANDLER": spec.handler,
                "AWS_SAM_LOCAL": "true",
                "AWS_XRAY_CONTEXT_MISSING": "IGNORE_ERROR",
            }
        )
        return env

    def _send_to_destination(self, arn: str, record: dict[str, Any]) -> None:
        url = self.aws.queue_urls.get(arn)
        if url is None:
            print(f"local runner: unsupported failure destination {arn}", file=sys.stderr)
            return
        self.aws.client("sqs").send_message(QueueUrl=url, MessageBody=json.dumps(record, default=str))

    # -- conveniences for tests and benchmarks ---------------------------------------------------
    def function(self, logical_id: str) -> FunctionSpec:
        return self.functions[logical_id]

    def invoke(self, logical_id: str, event: Any) -> Any:
        """Invoke a function directly (as `sam local invoke -e` would)."""
        return self.pool.invoke(self.functions[logical_id], event).result

    def physical(self, logical_id: str) -> str:
        return self.stack.physical[logical_id]
