"""Lambda, emulated: a pool of worker processes per function, each one execution environment.

Like Lambda, each worker imports the handler once (a cold start), then serves one invocation
at a time; concurrent invocations get more workers. The function's timeout kills its worker.
Each worker has exactly the function's environment from the template, so no state leaks
between functions, and whatever a function logs is captured as CloudWatch would capture it.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from local_runner.template import FunctionSpec
from local_runner.zygote import FORKS, ForkedWorker, Fresh, Zygote

LogSink = Callable[[FunctionSpec, str], None]


class InvokeError(Exception):
    """The function failed: an unhandled exception, a crash or a timeout (Lambda's FunctionError)."""

    def __init__(self, payload: dict[str, Any], kind: str = "Unhandled") -> None:
        self.payload = payload
        self.kind = kind
        super().__init__(payload.get("errorMessage", kind))


class InvokeTimeout(InvokeError):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            {"errorMessage": f"Task timed out after {seconds:.2f} seconds", "errorType": "Timeout"}, "Timeout"
        )


@dataclass
class Invocation:
    result: Any
    duration_ms: float
    cold: bool


class Worker:
    """One execution environment of one function: a child of the pool's zygote (local_runner.zygote)."""

    def __init__(
        self, spec: FunctionSpec, env: dict[str, str], sink: LogSink, zygote: Zygote | Fresh
    ) -> None:
        self.spec = spec
        self.proc: ForkedWorker | subprocess.Popen[str]
        self.proc, read_fd = zygote.spawn(env, str(spec.code_dir))
        self._results: IO[str] = os.fdopen(read_fd, "r")
        self._result_fd = read_fd
        self._logs = threading.Thread(target=self._pump_logs, args=(sink,), daemon=True)
        self._logs.start()
        self.fresh = True
        ready = self._read(timeout_s=30.0)
        if ready is None or not ready.get("ready"):
            self.kill()
            raise InvokeError({"errorMessage": "Runtime failed to start", "errorType": "Runtime.Init"})

    def _pump_logs(self, sink: LogSink) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            sink(self.spec, line.rstrip("\n"))

    def _read(self, timeout_s: float) -> dict[str, Any] | None:
        ready, _, _ = select.select([self._result_fd], [], [], timeout_s)
        if not ready:
            raise InvokeTimeout(timeout_s)
        line = self._results.readline()
        return json.loads(line) if line else None

    def invoke(self, event: Any, timeout_s: float) -> Any:
        assert self.proc.stdin is not None
        request = {
            "event": event,
            "request_id": str(uuid.uuid4()),
            "deadline_ms": time.time() * 1000 + timeout_s * 1000,
        }
        try:
            self.proc.stdin.write(json.dumps(request) + "\n")
            self.proc.stdin.flush()
            reply = self._read(timeout_s)
        except InvokeTimeout:
            self.kill()
            raise
        except (BrokenPipeError, OSError) as exc:
            self.kill()
            raise InvokeError(
                {"errorMessage": f"Runtime exited: {exc}", "errorType": "Runtime.ExitError"}
            ) from exc
        if reply is None:
            code = self.proc.wait(timeout=5)
            self.kill()
            raise InvokeError(
                {"errorMessage": f"Runtime exited with status {code}", "errorType": "Runtime.ExitError"}
            )
        if "error" in reply:
            raise InvokeError(reply["error"])
        return reply.get("result")

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=5)
        with contextlib.suppress(OSError):
            self._results.close()
        if self.proc.stdin:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()


class FunctionPool:
    """Warm workers per function; `invoke` runs an event on one, spawning another when all are busy.

    Workers are forked by one zygote, started with `shared_env` (what every worker's environment
    holds besides its function's) on the first cold start."""

    def __init__(
        self,
        env_for: Callable[[FunctionSpec], dict[str, str]],
        sink: LogSink,
        max_per_function: int = 16,
        shared_env: dict[str, str] | None = None,
    ):
        self._env_for = env_for
        self._shared_env = dict(shared_env if shared_env is not None else os.environ)
        self.forks = FORKS
        """Workers forked by a zygote (Linux), else started as fresh interpreters."""
        self._zygote: Zygote | Fresh | None = None
        self._zygote_lock = threading.Lock()
        self._sink = sink
        self._max = max_per_function
        self._idle: dict[str, list[Worker]] = {}
        self._count: dict[str, int] = {}
        self._lock = threading.Condition()
        self.cold_starts: dict[str, int] = {}

    def _acquire(self, spec: FunctionSpec) -> Worker:
        with self._lock:
            while True:
                idle = self._idle.setdefault(spec.logical_id, [])
                while idle:
                    worker = idle.pop()
                    if worker.alive:
                        return worker
                    self._count[spec.logical_id] -= 1
                if self._count.get(spec.logical_id, 0) < self._max:
                    self._count[spec.logical_id] = self._count.get(spec.logical_id, 0) + 1
                    break
                self._lock.wait(timeout=1.0)
        try:
            worker = Worker(spec, self._env_for(spec), self._sink, self._zygote_started())
        except Exception:
            with self._lock:
                self._count[spec.logical_id] -= 1
                self._lock.notify()
            raise
        self.cold_starts[spec.logical_id] = self.cold_starts.get(spec.logical_id, 0) + 1
        return worker

    def _zygote_started(self) -> Zygote | Fresh:
        with self._zygote_lock:
            if self._zygote is None:
                self._zygote = Zygote(self._shared_env) if self.forks else Fresh()
            return self._zygote

    def _release(self, spec: FunctionSpec, worker: Worker) -> None:
        with self._lock:
            if worker.alive:
                self._idle.setdefault(spec.logical_id, []).append(worker)
            else:
                self._count[spec.logical_id] -= 1
            self._lock.notify()

    def invoke(self, spec: FunctionSpec, event: Any, timeout_s: float | None = None) -> Invocation:
        worker = self._acquire(spec)
        cold, worker.fresh = worker.fresh, False
        started = time.perf_counter()
        try:
            result = worker.invoke(event, float(timeout_s if timeout_s is not None else spec.timeout_s))
        finally:
            self._release(spec, worker)
        return Invocation(result=result, duration_ms=(time.perf_counter() - started) * 1000, cold=cold)

    def recycle(self, logical_id: str | None = None) -> None:
        """Kill idle workers (all functions, or one): the next invocation is a cold start."""
        with self._lock:
            for lid, workers in self._idle.items():
                if logical_id and lid != logical_id:
                    continue
                for worker in workers:
                    worker.kill()
                    self._count[lid] -= 1
                workers.clear()

    def close(self) -> None:
        self.recycle()
        with self._zygote_lock:
            if self._zygote is not None:
                self._zygote.close()
                self._zygote = None
