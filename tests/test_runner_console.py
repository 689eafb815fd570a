"""`make dev` is quiet: one access line per request on the console, every log line and metric in a file."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from local_runner.console import Access, Console
from local_runner.runner import REPO_ROOT, LocalRunner
from tests.conftest import Session

ACCESS = re.compile(r"^(GET|POST|PATCH|DELETE|PUT)\s+(\S+) (\d{3}) (\S+) (\d+) ms(?: (cold|warm))?$")


def _console(runner: LocalRunner) -> Console:
    assert runner.console is not None
    return runner.console


def _new_lines(console: Console, since: int) -> list[str]:
    stream = console.stream
    assert isinstance(stream, io.StringIO)
    return stream.getvalue()[since:].splitlines()


def test_one_access_line_per_request(api: httpx.Client, runner: LocalRunner, session: Session) -> None:
    console = _console(runner)
    assert isinstance(console.stream, io.StringIO)
    since = len(console.stream.getvalue())
    runner.pool.recycle("SessionInfoFunction")
    requests = [
        api.get("/session/info", headers=session.headers),
        api.get("/session/info/", headers=session.headers),
        api.get("/session/info", headers={"X-Session-ID": "x" * 43}),
        api.get("/no/such/route"),
        api.post("/session/create", json={"llm_config": {"provider": "nope"}}),
    ]
    lines = _new_lines(console, since)
    assert len(lines) == len(requests), lines
    parsed = [ACCESS.match(line) for line in lines]
    assert all(parsed), lines
    rows = [m.groups() for m in parsed if m]
    assert [(r[0], r[1], int(r[2])) for r in rows] == [
        (q.request.method, q.request.url.path, q.status_code) for q in requests
    ]
    assert rows[0][3] == "SessionInfoFunction" and rows[0][5] == "cold"
    assert rows[1][3] == "SessionInfoFunction" and rows[1][5] == "warm"
    assert rows[2][3] == "AuthorizerFunction", "a denied request names the authorizer that answered it"
    assert rows[3][3] == "-" and rows[3][5] is None, "no route: no function ran"
    assert rows[4][3] == "SessionCreateFunction"
    assert session.id not in "\n".join(lines)


def test_the_log_file_holds_every_log_line_and_metric(
    api: httpx.Client, runner: LocalRunner, session: Session
) -> None:
    console = _console(runner)
    assert console.log_file is not None
    response = api.get("/session/info", headers=session.headers)
    request_id = response.headers["x-amzn-RequestId"]
    runner.wait_for_events()
    deadline = time.time() + 10
    entries: list[dict] = []
    while time.time() < deadline:
        entries = [json.loads(line) for line in console.log_file.read_text().splitlines()]
        if any((e.get("audit") or {}).get("request_id") == request_id for e in entries):
            break
        time.sleep(0.1)
    audit = [e for e in entries if (e.get("audit") or {}).get("request_id") == request_id]
    assert [e["function"] for e in audit] == ["SessionInfoFunction"]
    assert any("_aws" in e and e["function"] == "SessionInfoFunction" for e in entries), "EMF metrics"
    assert all("function" in e for e in entries)
    assert len(entries) >= len(runner.logs.lines()) * 0.9, "every line the functions printed"
    assert session.id not in console.log_file.read_text()


def test_access_line_format() -> None:
    line = Access("GET", "/api/v1/session/info", 200, "SessionInfoFunction", 12.4, False).line()
    assert line == "GET    /api/v1/session/info 200 SessionInfoFunction 12 ms warm"
    assert Access("GET", "/docs", 200, None, 1.0, None).line() == "GET    /docs 200 - 1 ms"


class _Dev:
    """`python -m local_runner` (what `make dev` runs) on a free port, its console read line by line."""

    def __init__(self, tmp_path: Path, *flags: str) -> None:
        self.log_file = tmp_path / "dev.jsonl"
        env = dict(os.environ, RESUME_API_ALLOW_PRIVATE_BASE_URLS="true", PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "local_runner", "--port", "0", "--log-file", str(self.log_file), *flags],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        deadline = time.time() + 60
        while not any("cold or warm start." in line for line in self.lines):
            if time.time() > deadline or self.proc.poll() is not None:
                self.proc.kill()
                raise AssertionError(f"the runner did not start: {self.lines}")
            time.sleep(0.05)
        found = next(
            re.search(r"listening on (http://\S+)", line) for line in self.lines if "listening" in line
        )
        assert found
        self.base = found.group(1)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def stop(self) -> list[str]:
        """Stop it as Ctrl-C would; the console lines after the banner."""
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()  # never leave it running; the test fails
            raise
        self._reader.join(timeout=10)
        end = next(i for i, line in enumerate(self.lines) if "cold or warm start." in line)
        return [line for line in self.lines[end + 1 :] if line.strip()]

    def create_sessions(self, n: int) -> None:
        for _ in range(n):
            response = httpx.post(
                f"{self.base}/api/v1/session/create",
                json={"llm_config": {"provider": "offline"}},
                timeout=PATIENCE_S,
            )
            assert response.status_code == 201


PATIENCE_S = 60.0
"""Each request's timeout: patience against a hang, not a speed claim. httpx's default (5 s) is less
than a fresh `make dev`'s first cold start of the function on a loaded machine: both tests failed
with ReadTimeout at a load of 15-20 (two full runs of 2026-12-06)."""


def test_make_dev_is_quiet_and_names_its_log_file(tmp_path: Path) -> None:
    """The command `make dev` runs, as a person sees it: the banner, then only access lines."""
    dev = _Dev(tmp_path)
    try:
        dev.create_sessions(5)
    finally:
        after_banner = dev.stop()
    assert any(str(dev.log_file) in line for line in dev.lines), "the banner names the log file"
    assert len(after_banner) == 5, after_banner
    assert all(ACCESS.match(line) for line in after_banner), after_banner
    assert len(dev.log_file.read_text().splitlines()) >= 5 * 2, "an audit event and metrics per request"


def test_make_dev_verbose_shows_every_log_line(tmp_path: Path) -> None:
    dev = _Dev(tmp_path, "--verbose")
    try:
        dev.create_sessions(3)
    finally:
        after_banner = dev.stop()
    echoed = [line for line in after_banner if line.startswith("[SessionCreateFunction] ")]
    assert len([line for line in after_banner if ACCESS.match(line)]) == 3
    assert len(echoed) == len(dev.log_file.read_text().splitlines()) >= 6
