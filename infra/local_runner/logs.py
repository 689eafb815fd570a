"""CloudWatch Logs, emulated: every line a function prints is kept, handed to the console, and shipped to moto.

Tests read `records` (or query moto's CloudWatch Logs, as one would on AWS) to assert the
audit events; `make dev` writes them to its log file (and echoes them with `--verbose`).
"""

from __future__ import annotations

import contextlib
import json
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from local_runner.console import Console
from local_runner.template import FunctionSpec


@dataclass(frozen=True)
class LogRecord:
    function: str  # logical id
    line: str
    timestamp: float

    def json(self) -> dict[str, Any] | None:
        try:
            value = json.loads(self.line)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None


class LogSink:
    """Collects log lines per function; hands them to the console (file, echo) and to CloudWatch (moto)."""

    def __init__(
        self, console: Console | None = None, cloudwatch: Any = None, max_records: int = 200_000
    ) -> None:
        self.records: list[LogRecord] = []
        self.console = console
        self._max = max_records
        self._lock = threading.Lock()
        self._cloudwatch = cloudwatch
        self._outbox: queue.Queue[tuple[str, str, float]] = queue.Queue()
        self._streams: set[tuple[str, str]] = set()
        if cloudwatch is not None:
            threading.Thread(target=self._ship, daemon=True, name="cloudwatch-logs").start()

    def __call__(self, spec: FunctionSpec, line: str) -> None:
        record = LogRecord(spec.logical_id, line, time.time())
        with self._lock:
            self.records.append(record)
            if len(self.records) > self._max:
                del self.records[: self._max // 10]
        if self.console is not None:
            self.console.log(spec.logical_id, line)
        if self._cloudwatch is not None:
            self._outbox.put((spec.log_group, line, record.timestamp))

    def lines(self, where: Callable[[LogRecord], bool] | None = None) -> list[LogRecord]:
        with self._lock:
            return [r for r in self.records if where is None or where(r)]

    def audit_events(self) -> list[dict[str, Any]]:
        events = []
        for record in self.lines():
            data = record.json()
            if data and data.get("message") == "audit" and isinstance(data.get("audit"), dict):
                events.append(dict(data["audit"], function=record.function))
        return events

    def text(self) -> str:
        return "\n".join(r.line for r in self.lines())

    def _ship(self) -> None:
        stream = "local"
        while True:
            batch: dict[str, list[dict[str, Any]]] = {}
            group, line, ts = self._outbox.get()
            batch.setdefault(group, []).append({"timestamp": int(ts * 1000), "message": line})
            while not self._outbox.empty() and sum(len(v) for v in batch.values()) < 500:
                group, line, ts = self._outbox.get_nowait()
                batch.setdefault(group, []).append({"timestamp": int(ts * 1000), "message": line})
            for group, events in batch.items():
                try:
                    if (group, stream) not in self._streams:
                        with contextlib.suppress(self._cloudwatch.exceptions.ResourceAlreadyExistsException):
                            self._cloudwatch.create_log_group(logGroupName=group)
                        with contextlib.suppress(self._cloudwatch.exceptions.ResourceAlreadyExistsException):
                            self._cloudwatch.create_log_stream(logGroupName=group, logStreamName=stream)
                        self._streams.add((group, stream))
                    self._cloudwatch.put_log_events(
                        logGroupName=group, logStreamName=stream, logEvents=events
                    )
                except Exception:  # noqa: S112 - losing a local log copy must never break a request
                    continue
