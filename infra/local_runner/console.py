"""What `make dev` shows: one access line per request, and the full logs in a file it names at start.

Every function's log lines and EMF metrics (hundreds per hundred requests) go to a JSON Lines
file, one object per line with the function's logical id; the console gets one line per request:
method, path, status, the function that answered, how long it took, and whether it was a cold
start. `--verbose` echoes every log line to the console as well.
"""

from __future__ import annotations

import json
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO


@dataclass(frozen=True)
class Access:
    """One request the gateway answered."""

    method: str
    path: str
    status: int
    function: str | None
    duration_ms: float
    cold: bool | None

    def line(self) -> str:
        start = "" if self.cold is None else (" cold" if self.cold else " warm")
        return (
            f"{self.method:<6} {self.path} {self.status} {self.function or '-'} "
            f"{self.duration_ms:.0f} ms{start}"
        )


class Console:
    """The console stream and the log file, shared by the gateway and the log sink (thread-safe)."""

    def __init__(self, stream: IO[str] | None = None, log_file: Path | None = None, verbose: bool = False):
        self.stream = stream if stream is not None else sys.stdout
        self.log_file = log_file
        self.verbose = verbose
        self._lock = threading.Lock()
        self._file: IO[str] | None = None
        if log_file is not None:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            self._file = log_file.open("a", encoding="utf-8", buffering=1)

    def print(self, text: str) -> None:
        with self._lock:
            self.stream.write(text + "\n")
            self.stream.flush()

    def access(self, record: Access) -> None:
        self.print(record.line())

    def log(self, function: str, line: str) -> None:
        """A function's log line: always to the file (as a JSON object naming the function), echoed if verbose."""
        if self._file is not None:
            try:
                value = json.loads(line)
            except ValueError:
                value = None
            entry = (
                {"function": function, **value}
                if isinstance(value, dict)
                else {"function": function, "message": line}
            )
            with self._lock:
                self._file.write(json.dumps(entry, ensure_ascii=False, default=str) + "\n")
        if self.verbose:
            self.print(f"[{function}] {line}")

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None
