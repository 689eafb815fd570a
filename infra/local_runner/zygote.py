"""Function workers forked from one process that has imported the libraries every function imports.

A worker started as a fresh interpreter spent most of its cold start importing boto3, FastAPI,
pydantic and Mangum (about 0.4 s of CPU of each of the ~100 workers of a test run). The runner
starts this process once, with the environment every worker shares and nothing of any function;
it imports those libraries (which read no environment when imported) and then forks one child
per worker the runner asks for. The child takes the worker's pipes, its function's environment
(exactly as a fresh interpreter would have had it), its code directory and its path, and runs
`local_runner.worker` as `python -m local_runner.worker` would: it imports the handler (our code
and whatever else the function imports), so each worker still starts cold and separate from
every other, and nothing a function sets is seen by another.

Protocol, one JSON document a packet on a Unix SOCK_SEQPACKET socket: the runner sends
`{"env", "cwd"}` with three descriptors (the child's stdin, its stdout and stderr, its result
pipe) and reads `{"pid"}`; the zygote reaps its children and sends `{"exit": pid, "status": code}`
for each.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import queue
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from typing import IO, Any

PRELOAD = (
    "boto3",
    "botocore.client",
    "botocore.session",
    "fastapi",
    "fastapi.routing",
    "mangum",
    "pydantic",
    "starlette.applications",
    "httpx",
)
"""What every function's import graph holds and no function configures at import. Not Powertools or
the X-Ray SDK, which read the function's environment when imported."""
FDS = 3
MESSAGE = 65536


def _become_worker(
    control: socket.socket, wake: tuple[int, int], request: dict[str, Any], fds: list[int]
) -> None:
    """In the forked child: the worker's descriptors, environment, directory and path; then its loop."""
    status = 1
    try:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        control.close()
        for fd in wake:
            os.close(fd)
        stdin, output, result = fds
        os.dup2(stdin, 0)
        os.dup2(output, 1)
        os.dup2(output, 2)
        os.close(stdin)
        os.close(output)
        env: dict[str, str] = request["env"]
        os.environ.clear()
        os.environ.update(env, LOCAL_RUNNER_RESULT_FD=str(result))
        time.tzset()
        os.chdir(request["cwd"])
        extra = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
        sys.path[:] = [request["cwd"], *extra, *[p for p in sys.path[1:] if p not in extra]]
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
        sys.stdout = io.TextIOWrapper(
            io.FileIO(1, "w", closefd=False), encoding="utf-8", line_buffering=True, write_through=True
        )
        sys.stderr = io.TextIOWrapper(
            io.FileIO(2, "w", closefd=False), encoding="utf-8", line_buffering=True, write_through=True
        )
        from local_runner import worker

        worker.main()
        status = 0
    except BaseException:
        with contextlib.suppress(Exception):
            traceback.print_exc()
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(status)


def _reap(control: socket.socket) -> None:
    while True:
        try:
            pid, raw = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        code = os.waitstatus_to_exitcode(raw)
        control.send(json.dumps({"exit": pid, "status": code}).encode())


def main() -> None:
    control = socket.socket(fileno=int(sys.argv[1]))
    for name in PRELOAD:
        importlib.import_module(name)
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    control.send(b'{"ready": true}')
    while True:
        ready, _, _ = select.select([control.fileno(), wake_read], [], [])
        if wake_read in ready:
            os.read(wake_read, 4096)
            _reap(control)
        if control.fileno() not in ready:
            continue
        data, fds, _, _ = socket.recv_fds(control, MESSAGE, FDS)
        if not data:
            return  # the runner closed its end: it has stopped
        pid = os.fork()
        if pid == 0:
            _become_worker(control, (wake_read, wake_write), json.loads(data), fds)
        for fd in fds:
            os.close(fd)
        control.send(json.dumps({"pid": pid}).encode())


if __name__ == "__main__":
    main()


class ForkedWorker:
    """What the pool uses of a `Popen`, for a child of the zygote (which reaps it and tells its status)."""

    def __init__(self, zygote: Zygote, pid: int, stdin: IO[str], stdout: IO[str]) -> None:
        self.pid = pid
        self.stdin: IO[str] | None = stdin
        self.stdout: IO[str] | None = stdout
        self._zygote = zygote

    def poll(self) -> int | None:
        return self._zygote.status(self.pid)

    def wait(self, timeout: float) -> int:
        return self._zygote.wait(self.pid, timeout)

    def kill(self) -> None:
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)


FORKS = sys.platform.startswith("linux") and hasattr(os, "fork") and hasattr(socket, "SOCK_SEQPACKET")
"""Where a zygote can fork workers: Linux. macOS has no SOCK_SEQPACKET socket pairs and Windows no
fork, so there (`make dev` on a laptop) workers start as fresh interpreters (`Fresh`)."""


class Fresh:
    """Workers started as fresh interpreters, each importing everything itself: where no zygote
    can fork them. Slower to start cold, the same worker otherwise."""

    def spawn(
        self, env: dict[str, str], cwd: str, timeout_s: float = 30.0
    ) -> tuple[subprocess.Popen[str], int]:
        """A new worker process with `env` in `cwd`; returns it and the read end of its result pipe."""
        read_fd, write_fd = os.pipe()
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "local_runner.worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                env=dict(env, LOCAL_RUNNER_RESULT_FD=str(write_fd)),
                cwd=cwd,
                pass_fds=(write_fd,),
                text=True,
                bufsize=1,
            )
        except BaseException:
            os.close(read_fd)
            raise
        finally:
            os.close(write_fd)
        return proc, read_fd

    def close(self) -> None:
        """Nothing to stop: each worker is its own process."""


class Zygote:
    """The runner's end: starts the zygote with the environment every worker shares, forks workers."""

    def __init__(self, env: dict[str, str], start_timeout_s: float = 60.0) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "local_runner.zygote", str(theirs.fileno())],
            pass_fds=(theirs.fileno(),),
            env=env,
            stdin=subprocess.DEVNULL,
        )
        theirs.close()
        self._socket = ours
        self._exits: dict[int, int] = {}
        self._changed = threading.Condition()
        self._replies: queue.Queue[int | None] = queue.Queue()
        self._spawning = threading.Lock()
        ours.settimeout(start_timeout_s)
        try:
            ready = ours.recv(MESSAGE)
        except TimeoutError:
            ready = b""
        if not ready:
            self.close()
            raise RuntimeError("the local runner's zygote failed to start")
        ours.settimeout(None)
        threading.Thread(target=self._read, daemon=True, name="zygote").start()

    def _read(self) -> None:
        while True:
            try:
                data = self._socket.recv(MESSAGE)
            except OSError:
                data = b""
            if not data:
                self._replies.put(None)
                return
            message = json.loads(data)
            if "exit" in message:
                with self._changed:
                    self._exits[message["exit"]] = message["status"]
                    self._changed.notify_all()
            else:
                self._replies.put(message["pid"])

    def spawn(self, env: dict[str, str], cwd: str, timeout_s: float = 30.0) -> tuple[ForkedWorker, int]:
        """A new worker process with `env` in `cwd`; returns it and the read end of its result pipe."""
        stdin_read, stdin_write = os.pipe()
        output_read, output_write = os.pipe()
        result_read, result_write = os.pipe()
        theirs = (stdin_read, output_write, result_write)
        try:
            with self._spawning:
                request = json.dumps({"env": env, "cwd": cwd}).encode()
                socket.send_fds(self._socket, [request], list(theirs))
                pid = self._replies.get(timeout=timeout_s)
        except BaseException:
            for fd in (stdin_write, output_read, result_read):
                os.close(fd)
            raise
        finally:
            for fd in theirs:
                os.close(fd)
        if pid is None:
            for fd in (stdin_write, output_read, result_read):
                os.close(fd)
            raise RuntimeError("the local runner's zygote has stopped")
        stdin = os.fdopen(stdin_write, "w", buffering=1)
        return ForkedWorker(self, pid, stdin, os.fdopen(output_read, "r")), result_read

    def status(self, pid: int) -> int | None:
        with self._changed:
            return self._exits.get(pid)

    def wait(self, pid: int, timeout: float) -> int:
        with self._changed:
            if not self._changed.wait_for(lambda: pid in self._exits, timeout):
                raise subprocess.TimeoutExpired(f"worker {pid}", timeout)
            return self._exits[pid]

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._socket.shutdown(
                socket.SHUT_RDWR
            )  # the zygote (and our reader, blocked in recv) see the end
        self._socket.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
