"""Shared fixtures: the local runner (moto behind API Gateway and the functions), an HTTP client, sessions.

Integration tests talk HTTP to the same runner `make dev` serves, so each one crosses
API Gateway → authorizer → function → moto, as a request on AWS does.
"""

from __future__ import annotations

import ast
import io
import itertools
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# As the template sets it for every function: the use cases the fast tier runs in this process emit
# Powertools metrics, and Powertools flushes them (which needs a namespace) every 100 values.
os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "ResumeApi")

import httpx
import pytest
from _pytest.mark.expression import Expression
from hypothesis import settings

from local_runner.aws import Fault
from local_runner.console import Console
from local_runner.runner import LocalRunner

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CORPUS = Path(os.environ.get("RESUME_CORPUS", ROOT.parent / "shared" / "corpus"))
CORPUS_MISSING = (
    f"needs the real-resume corpus, which is not part of this repository: "
    f"put it at {CORPUS} (resumes/, labels/, jd/, score.py) or set RESUME_CORPUS to its folder"
)
NO_CORPUS_FILE = CORPUS / "(corpus missing)"
"""Stands in for the files of a parametrized corpus test when the corpus is absent; such a test skips."""
CANARY_KEY = "sk-canary-7f3a9c1e5b2d4f6a8c0e"

settings.register_profile("suite", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))
"""Every property test draws the same examples on every run and on every worker (`derandomize`, no
example database), so a failure reproduces and an xdist split cannot change what is tested; each
test's own `@settings` keep their example counts. Under `HYPOTHESIS_PROFILE=explore` the tests that
do not fix their own seed draw new examples."""


def corpus_path(*parts: str) -> Path:
    """A path inside the outside corpus; the test skips, saying where to put the corpus, if it is absent.

    Every corpus test goes through here, so a clone without the corpus reports one skip line.
    """
    if not CORPUS.is_dir():
        pytest.skip(CORPUS_MISSING)
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not in this copy of the corpus")
    return path


def corpus_files(folder: str, *suffixes: str) -> list[Path]:
    """The corpus files of one folder to parametrize over: `[NO_CORPUS_FILE]` (which skips) if absent."""
    directory = CORPUS / folder
    if not directory.is_dir():
        return [NO_CORPUS_FILE]
    return sorted(p for p in directory.iterdir() if not suffixes or p.suffix.lower() in suffixes)


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus folder, for tests that need it whole (skips when absent)."""
    return corpus_path()


def pytest_runtest_setup(item: pytest.Item) -> None:
    callspec = getattr(item, "callspec", None)
    if callspec is not None and any(value is NO_CORPUS_FILE for value in callspec.params.values()):
        corpus_path()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Report every skip for the missing corpus at one place, so the summary shows it as one line."""
    report = yield
    longrepr = report.longrepr
    if report.skipped and isinstance(longrepr, tuple) and longrepr[2].endswith(CORPUS_MISSING):
        here = str(Path(__file__).relative_to(ROOT))
        report.longrepr = (here, corpus_path.__code__.co_firstlineno, longrepr[2])
    return report


FULL_SUITE_ONLY = ("tests/parsing/test_mutation_property.py",)
"""Property tests that explore hundreds of generated files a run: `make test` runs them, `make test-fast` not."""


SHARED_PARSES = (
    "tests/parsing/test_corpus.py",
    "tests/parsing/test_hidden_text.py",
    "tests/parsing/test_layouts.py",
    "tests/parsing/test_parse_words.py",
    "tests/parsing/test_reader_words.py",
    "tests/render/test_round_trip.py",
    "tests/unit/test_values.py",
)
"""Files that read the same parses and generated files (tests/parsed.py, layouts.render): one xdist
worker runs them all, so each document is parsed once (test_values checks every corpus parse)."""


SERIAL = (
    "tests/test_hostile_uploads.py",
    "tests/test_hostile_use_cases.py",
    "tests/parsing/test_sandbox.py",
    "tests/test_contract.py",
)
"""Files `make test` runs after the parallel run, alone (marked `serial`): the three that hold hostile
parses to wall-clock bounds (a 7 s parse timeout), which timed out with both cores busy; and the
contract, whose schemathesis items (one per operation) an xdist worker collapses into one."""


def _deselected(config: pytest.Config, mark: str, *, marked: bool) -> bool:
    """Whether `-m` deselects every test that carries `mark` (`marked`) or every test that does not,
    whatever other marks it carries: test-fast deselects every `runner` test, each part of `make test`
    every `serial` test or every other one."""
    markexpr: str = config.getoption("markexpr") or ""
    if not markexpr:
        return False
    expression = Expression.compile(markexpr)
    others = sorted(expression.idents() - {mark})
    for values in itertools.product((False, True), repeat=len(others)):
        names = {name for name, on in zip(others, values, strict=True) if on}
        if expression.evaluate(_Marks(names | {mark} if marked else names)):
            return False
    return True


@dataclass(frozen=True)
class _Marks:
    """A test's marks, as a `-m` expression asks about them."""

    names: set[str]

    def __call__(self, name: str, /, **kwargs: str | int | bool | None) -> bool:
        return name in self.names and not kwargs


def _imports_the_runner(path: Path) -> bool:
    """Whether a test module binds `LocalRunner` at its top level, which marks each of its tests `runner`."""
    tree = ast.parse(path.read_bytes(), filename=str(path))
    return any(
        (alias.asname or alias.name) == "LocalRunner"
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    )


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """A module none of whose tests `-m` would select is not even imported: under `-m "not runner ..."`
    one whose every test is `runner`; in each part of `make test` the modules of the other part (the
    serial part collected all 5,000 tests to keep a hundred; the contract module alone builds its
    schemathesis cases for seconds at import, in each worker of the parallel part)."""
    if collection_path.suffix != ".py" or not collection_path.name.startswith("test_"):
        return None
    serial = collection_path.is_relative_to(ROOT) and (
        collection_path.relative_to(ROOT).as_posix().startswith(SERIAL)
    )
    if _deselected(config, "serial", marked=serial):
        return True
    if _deselected(config, "runner", marked=True) and _imports_the_runner(collection_path):
        return True
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark what `make test-fast` leaves to `make test`: every test that starts the runner (directly, or
    in a module that builds its own), and the long property tests."""
    for item in items:
        module = getattr(item, "module", None)
        if "runner" in getattr(item, "fixturenames", ()) or hasattr(module, "LocalRunner"):
            item.add_marker(pytest.mark.runner)
        if item.nodeid.startswith(FULL_SUITE_ONLY):
            item.add_marker(pytest.mark.slow)
        if item.nodeid.startswith(SERIAL):
            item.add_marker(pytest.mark.serial)


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Under `--dist loadfile` (`make test`), a file is one unit of work, so what a module builds once
    (its runner, its parses) is built on one worker, and the files of SHARED_PARSES are one unit.
    (xdist's own `loadgroup` marks no longer reach pytest 9's node ids.)"""
    if config.getoption("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class Units(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path: str = super()._split_scope(nodeid)
            return "parsed" if path in SHARED_PARSES else path

    return Units(config, log)


@pytest.fixture(autouse=True)
def _no_outside_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit and integration tests may talk to loopback only; anything else is a bug in the test."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0]
            if not (host.startswith("127.") or host in ("::1", "localhost")):
                raise RuntimeError(f"test tried to reach {host}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


GENEROUS_QUOTAS = {
    "SessionsPerIpPerHour": "100000",
    "UploadsPerMinute": "100000",
    "OptimizationsPerHour": "100000",
}
"""Most tests create many sessions from one address; test_quotas runs its own runner with tight limits."""
INGEST_LEASE_S = 8
"""The ingest claim's lease in the tests' runner (30 s deployed): long enough for any test's parse on
a busy machine, short enough that the fault suite sees an abandoned claim end `failed`."""


@pytest.fixture(scope="session")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalRunner]:
    """The runner as `make dev` runs it: access lines to its console (kept in memory), full logs to a file."""
    console = Console(stream=io.StringIO(), log_file=tmp_path_factory.mktemp("runner") / "local.jsonl")
    local = LocalRunner(
        env_overrides={"RESUME_API_ALLOW_PRIVATE_BASE_URLS": "true", "INGEST_LEASE_S": str(INGEST_LEASE_S)},
        parameters=GENEROUS_QUOTAS,
        console=console,
    )
    local.start()
    yield local
    local.stop()


@pytest.fixture(scope="session")
def api(runner: LocalRunner) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{runner.base_url}/api/v1", timeout=60.0) as client:
        yield client


@pytest.fixture
def faults(runner: LocalRunner) -> Iterator[list[Fault]]:
    """Faults to inject into emulated AWS for one test; cleared afterwards."""
    assert runner.aws.injector is not None
    yield runner.aws.injector.faults
    runner.aws.injector.clear()


@dataclass
class Session:
    id: str
    body: dict[str, Any]

    @property
    def headers(self) -> dict[str, str]:
        return {"X-Session-ID": self.id}


def create_session(api: httpx.Client, **llm: Any) -> Session:
    config = {"provider": "offline", **llm}
    response = api.post("/session/create", json={"llm_config": config})
    assert response.status_code == 201, response.text
    body = response.json()
    return Session(id=body["session_id"], body=body)


@pytest.fixture
def session(api: httpx.Client) -> Session:
    return create_session(api)
