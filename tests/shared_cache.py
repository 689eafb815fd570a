"""What one xdist worker built or parsed in a test run, the other workers read instead of doing again.

`make test` spreads a file's tests over the workers (worksteal), so the sections of one generated
cell, or the corpus resumes that five files parse, were built and parsed once per worker. The workers
of one run share the controller's base temp directory (each has its own below it, `popen-gwN`): a
result is kept there under its key's hash, written once under a lock on that key, and a worker that
asks while another computes waits for it. The directory belongs to the run (pytest keeps the last
three runs' and removes older ones), so nothing outlives the code that made it. Outside xdist, or
before the session starts, each process computes for itself (callers keep their own memory caches).
A call that raises writes nothing: the next asker computes again and gets the same error.
"""

from __future__ import annotations

import copy
import fcntl
import functools
import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_DIR: list[Path] = []


def share(directory: Path | None) -> Path | None:
    """Keep results under `directory` (the run's, seen by every worker; None: keep none); the
    directory used before, to put back."""
    before = _DIR[0] if _DIR else None
    _DIR.clear()
    if directory is not None:
        directory.mkdir(parents=True, exist_ok=True)
        _DIR.append(directory)
    return before


def shared(kind: str, key: str, compute: Callable[[], T]) -> T:
    """`compute()`, or what a worker of this run already computed for `kind` and `key`."""
    if not _DIR:
        return compute()
    name = hashlib.sha256(f"{kind}\0{key}".encode()).hexdigest()
    path = _DIR[0] / f"{kind}-{name}"
    with open(f"{path}.lock", "ab") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if path.exists():
                value: T = pickle.loads(path.read_bytes())  # noqa: S301 (this run's workers wrote it)
                return value
            value = compute()
            part = Path(f"{path}.part")
            part.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(part, path)
            return value
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def once(function: Callable[..., T]) -> Callable[..., T]:
    """`functools.cache` for a family's document builder or parse, shared by the run's workers too:
    a cell whose tests worksteal spreads over both workers is built and parsed once per run. Its
    arguments are the key (their `repr`), its result must pickle; each caller gets its own copy.

        @once
        def _parsed(fmt: str, code: str, place: str) -> dict[str, Any]:
            return parse_document(_document(fmt, code, place), f"cv.{fmt}")
    """
    kind = f"{function.__module__}.{function.__qualname__}"
    memory: dict[str, T] = {}

    @functools.wraps(function)
    def cached(*args: object, **kwargs: object) -> T:
        key = repr((args, sorted(kwargs.items())))
        if key not in memory:
            memory[key] = shared(kind, key, lambda: function(*args, **kwargs))
        return copy.deepcopy(memory[key])

    cached.cache_clear = memory.clear  # type: ignore[attr-defined]
    return cached
