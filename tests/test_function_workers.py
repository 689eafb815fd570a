"""The runner's function workers, forked by its zygote (local_runner/zygote.py) or, where it
cannot fork, started as fresh interpreters, are execution
environments of their own: each has exactly its function's environment, directory and path,
starts cold (our code and the handler imported in it, nothing of another function's), keeps
no state of another worker, and ends as Lambda ends one: an exit is reported with its status,
a timeout kills it. No moto, no gateway: a pool of two made-up functions."""

from __future__ import annotations

import os
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from local_runner.lambdas import FunctionPool, InvokeError, InvokeTimeout
from local_runner.template import FunctionSpec

pytestmark = pytest.mark.runner

HANDLER = textwrap.dedent(
    """
    import os, sys, time
    INHERITED = sorted(m for m in sys.modules if m.split(".")[0] in ("resume_api", "aws_lambda_powertools", "aws_xray_sdk", "helper"))
    import helper
    CALLS = []

    def handler(event, context):
        if event.get("exit") is not None:
            sys.stdout.flush()
            os._exit(event["exit"])
        if event.get("sleep"):
            time.sleep(event["sleep"])
        CALLS.append(event.get("mark"))
        print("a log line from", os.environ["AWS_LAMBDA_FUNCTION_NAME"])
        return {
            "env": dict(os.environ),
            "cwd": os.getcwd(),
            "path": sys.path[:3],
            "tz": time.tzname[0],
            "inherited": INHERITED,
            "helper": helper.WHERE,
            "calls": CALLS,
            "pid": os.getpid(),
        }
    """
)


def _function(root: Path, name: str) -> FunctionSpec:
    code = root / name
    code.mkdir()
    (code / "app.py").write_text(HANDLER)
    (code / "helper.py").write_text(f"WHERE = {name!r}\n")
    return FunctionSpec(
        logical_id=name,
        name=f"local-{name}",
        code_dir=code,
        handler="app.handler",
        environment={"ONLY_IN": name},
        timeout_s=10,
        memory_mb=128,
        log_group=f"/aws/lambda/local-{name}",
    )


@pytest.fixture(params=[True, False], ids=["forked by the zygote", "fresh interpreters"])
def pool(
    tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[FunctionPool, dict[str, FunctionSpec], list[tuple[str, str]]]]:
    """A pool of two made-up functions, its workers forked by a zygote (Linux) or started as fresh
    interpreters (where a zygote cannot fork: macOS, Windows); the same guarantees both ways."""
    functions = {name: _function(tmp_path, name) for name in ("First", "Second")}
    shared = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "TZ": ":UTC"}
    logs: list[tuple[str, str]] = []

    def env_for(spec: FunctionSpec) -> dict[str, str]:
        return {
            **shared,
            "PYTHONPATH": str(spec.code_dir),
            "AWS_LAMBDA_FUNCTION_NAME": spec.name,
            "LAMBDA_TASK_ROOT": str(spec.code_dir),
            "_HANDLER": spec.handler,
            **spec.environment,
        }

    made = FunctionPool(env_for, lambda spec, line: logs.append((spec.logical_id, line)), 4, shared)
    made.forks = request.param
    yield made, functions, logs
    made.close()


def _logged(logs: list[tuple[str, str]], line: tuple[str, str]) -> bool:
    """Whether the worker's line reached the sink (a thread pumps it there; patience, not a time bound)."""
    deadline = time.monotonic() + 30
    while line not in logs and time.monotonic() < deadline:
        time.sleep(0.01)
    return line in logs


def _result(pool: FunctionPool, spec: FunctionSpec, event: dict[str, Any]) -> Any:
    return pool.invoke(spec, event).result


def test_each_worker_has_its_functions_environment_directory_and_path(pool: Any) -> None:
    made, functions, logs = pool
    for name, spec in functions.items():
        result = _result(made, spec, {})
        env = result["env"]
        assert env["ONLY_IN"] == name
        assert env["AWS_LAMBDA_FUNCTION_NAME"] == f"local-{name}"
        assert set(env) - {"LOCAL_RUNNER_RESULT_FD"} == {
            "PATH", "LANG", "TZ", "PYTHONPATH", "AWS_LAMBDA_FUNCTION_NAME", "LAMBDA_TASK_ROOT", "_HANDLER",
            "ONLY_IN", "_X_AMZN_TRACE_ID",
        }  # fmt: skip
        assert result["cwd"] == str(spec.code_dir)
        assert result["path"][0] == str(spec.code_dir)
        assert result["helper"] == name, "its own directory's modules, not another function's"
        assert result["tz"] == "UTC"
        assert result["inherited"] == [], (
            "nothing of ours or of a library that reads the environment at import"
        )
    for name in functions:
        assert _logged(logs, (name, f"a log line from local-{name}")), logs


def test_workers_share_no_state_and_each_starts_cold(pool: Any) -> None:
    made, functions, _ = pool
    spec = functions["First"]
    first = made.invoke(spec, {"mark": 1})
    again = made.invoke(spec, {"mark": 2})
    assert first.cold and not again.cold
    assert again.result["calls"] == [1, 2] and again.result["pid"] == first.result["pid"]
    made.recycle()
    fresh = made.invoke(spec, {"mark": 3})
    assert fresh.cold and fresh.result["calls"] == [3] and fresh.result["pid"] != first.result["pid"]
    other = made.invoke(functions["Second"], {"mark": 4})
    assert other.cold and other.result["calls"] == [4]


def test_an_exit_is_reported_with_its_status_and_a_timeout_kills_the_worker(pool: Any) -> None:
    made, functions, _ = pool
    spec = functions["First"]
    with pytest.raises(InvokeError, match="Runtime exited with status 3"):
        made.invoke(spec, {"exit": 3})
    with pytest.raises(InvokeTimeout):
        made.invoke(spec, {"sleep": 30}, timeout_s=0.5)
    after = made.invoke(spec, {"mark": 5})
    assert after.cold and after.result["calls"] == [5], "a new worker replaced the one that ended"
    assert made.cold_starts["First"] == 3
