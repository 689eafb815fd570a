"""Run the parse in a child process with a time and memory bound (THREATS 16, 18).

A hostile PDF can make any parser spin or allocate without end. The parse therefore runs in a
forked child with an address-space limit and a CPU-time limit (`RLIMIT_CPU`: the kernel stops a
child that has computed `timeout_s`, however busy the machine); the parent waits on a pipe for at
most `wall_s` (the invocation's remaining time, against a child that hangs without computing) and
kills the child when it passes. A CPU-starved Lambda therefore fails no honest upload, and a
hostile one is still stopped after `timeout_s` of computing. `multiprocessing` Pool/Queue need
/dev/shm, which AWS Lambda lacks, so this uses a bare `Process` and a `Pipe`. Results cross the pipe as JSON text; the child's
`ApiError`s come back as the same class, code and message.
"""

from __future__ import annotations

import contextlib
import json
import math
import multiprocessing
import os
import resource
import signal
from typing import Any

from .. import errors
from ..errors import ApiError, DocumentError

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _vm_bytes() -> int:
    """This process's current virtual size; the child's limit is set on top of it."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


def _child(conn: Any, data: bytes, filename: str, memory_mb: int, cpu_s: int, limits: dict[str, Any]) -> None:
    """Set the limits, parse, send the outcome; SIGXCPU (the CPU limit) ends it by its default action."""
    status = 0
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if memory_mb > 0:
            limit = _vm_bytes() + memory_mb * 1024 * 1024
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        if cpu_s > 0:
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))
            signal.signal(signal.SIGXCPU, signal.SIG_DFL)
        try:
            from .document import parse_document

            warnings: list[dict[str, Any]] = []
            result = parse_document(data, filename, warnings=warnings, **limits)
            payload = {"ok": True, "result": result, "warnings": warnings}
        except ApiError as exc:
            payload = {
                "ok": False,
                "error": {
                    "class": type(exc).__name__,
                    "code": exc.code,
                    "message": exc.message,
                    "status": exc.status,
                },
            }
        except MemoryError:
            payload = {
                "ok": False,
                "error": {"class": "DocumentError", "code": "too_complex", "message": _TOO_COMPLEX},
            }
        except Exception:  # never leak a traceback or file content across the boundary
            payload = {
                "ok": False,
                "error": {"class": "DocumentError", "code": "unreadable", "message": _UNREADABLE},
            }
        try:
            conn.send_bytes(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        except MemoryError:
            status = 3
    except BaseException:
        status = 2
    finally:
        try:
            conn.close()
        finally:
            os._exit(status)  # skip the parent's atexit handlers and finalizers


_OUT_OF_CPU = (-signal.SIGXCPU,)
"""How a child ends at its CPU limit (the soft one; the hard one, a second later, is a backstop)."""
_TIMEOUT = "Reading the document took too long."
_TOO_COMPLEX = "The document is too complex to read."
_UNREADABLE = "The document could not be read."


def _rebuild(err: dict[str, Any]) -> ApiError:
    cls = getattr(errors, str(err.get("class", "")), None)
    if not (isinstance(cls, type) and issubclass(cls, ApiError)):
        cls = DocumentError
    message = str(err.get("message") or "")[:500] or None
    code = str(err.get("code") or "") or None
    try:
        return cls(message, code=code)
    except TypeError:  # an error class that needs more than a message and a code
        return DocumentError(message, code=code)


def _preload() -> None:
    """Import the readers in the parent once, so each forked child starts with them loaded."""
    from . import document, docx_reader, pdf_layout  # noqa: F401

    try:
        import docx  # noqa: F401
        import pypdf  # noqa: F401
        from pypdf.generic import _font  # noqa: F401
    except ImportError:  # pragma: no cover - a broken deployment shows up in the child's error
        pass
    from ..models import resume  # noqa: F401


def parse_bounded(
    data: bytes,
    filename: str,
    *,
    timeout_s: float = 10.0,
    wall_s: float | None = None,
    memory_mb: int = 1024,
    warnings: list[dict[str, Any]] | None = None,
    **limits: Any,
) -> dict[str, Any]:
    """`parse_document` in a forked child: stopped after `timeout_s` of its own CPU time (whole
    seconds, rounded up) or `wall_s` of wall clock (default `timeout_s`; never less), at most
    `memory_mb` more memory. A `warnings` list given receives the file's warnings (see `parse_document`).

    Raises `DocumentError(code="parse_timeout")` on either timeout, `DocumentError(code="too_complex")`
    when the child runs out of memory or dies, and the child's own `ApiError` otherwise.
    """
    _preload()
    ctx = multiprocessing.get_context("fork")
    recv_conn, send_conn = ctx.Pipe(duplex=False)
    cpu_s = max(1, math.ceil(timeout_s))
    wall = max(timeout_s, wall_s or 0.0)
    proc = ctx.Process(
        target=_child,
        args=(send_conn, data, filename, memory_mb, cpu_s, limits),
        name="resume-parse",
        daemon=True,
    )
    try:
        proc.start()
        send_conn.close()
        payload: bytes | None = None
        if not recv_conn.poll(wall):
            proc.kill()
            proc.join(5)
            raise DocumentError(_TIMEOUT, code="parse_timeout")
        try:
            payload = recv_conn.recv_bytes()
        except (EOFError, OSError):
            # the child died before answering: its CPU limit (SIGXCPU), the memory limit, a crash
            proc.join(5)
            if proc.exitcode in _OUT_OF_CPU:
                raise DocumentError(_TIMEOUT, code="parse_timeout") from None
            raise DocumentError(_TOO_COMPLEX, code="too_complex") from None
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join(5)
        try:
            message = json.loads(payload.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise DocumentError(_UNREADABLE, code="unreadable") from exc
        if message.get("ok"):
            result = message.get("result")
            if not isinstance(result, dict):
                raise DocumentError(_UNREADABLE, code="unreadable")
            if warnings is not None:
                warnings.extend(w for w in message.get("warnings") or [] if isinstance(w, dict))
            return result
        raise _rebuild(message.get("error") or {})
    finally:
        for conn in (recv_conn, send_conn):
            with contextlib.suppress(OSError):
                conn.close()
        if proc.pid is not None:
            if proc.is_alive():
                proc.kill()
                proc.join(5)
            with contextlib.suppress(ValueError):
                proc.close()
