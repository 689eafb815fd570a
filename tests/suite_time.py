"""Where a test run's time goes: the CPU and wall time of every test, summed per file and per family.

    make test-time                      # the fast tier, then the table
    make test-time TIER=                # the whole suite (never on a shared machine beside others)
    python -m tests.suite_time DIR      # the table again from a run's records

A pytest plugin (`-p tests.suite_time`, records under `SUITE_TIME_DIR`): each process of the run
(each xdist worker) writes one line per test, its setup, call and teardown together, with the CPU
time of the process (every thread: a worker's Chromium thread too) and of the children it reaped
(the parse sandbox), and the wall time. A session fixture's cost lands on the first test that asks
for it. On a loaded machine compare shares, not seconds: CPU time is steadier than wall time, not
immune (caches, frequency).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from collections import defaultdict
from collections.abc import Generator, Iterable
from pathlib import Path
from typing import Any

import pytest

ENV = "SUITE_TIME_DIR"


def _cpu() -> tuple[float, float]:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), children.ru_utime + children.ru_stime


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, Any, Any]:
    """Time one test's setup, call and teardown; append them to this process's record."""
    directory = os.environ.get(ENV)
    if not directory:
        return (yield)
    own, children = _cpu()
    wall = time.perf_counter()
    result = yield
    own_after, children_after = _cpu()
    line = {
        "id": item.nodeid,
        "cpu": round(own_after - own, 4),
        "child": round(children_after - children, 4),
        "wall": round(time.perf_counter() - wall, 4),
    }
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(Path(directory) / f"{worker}.jsonl", "a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")
    return result


def family(nodeid: str) -> str:
    """`tests/a.py::test_x[cell-en]` -> `tests/a.py::test_x` (a parametrized test's every case)."""
    return nodeid.split("[", 1)[0]


def file_of(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


def read(directory: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(directory.glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return rows


def table(rows: Iterable[dict[str, Any]], key: str = "file", top: int = 15) -> str:
    """The `top` groups by CPU (own + children), with their share of the run's CPU and test count."""
    group = file_of if key == "file" else family
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    total = [0.0, 0.0, 0]
    for row in rows:
        cpu = row["cpu"] + row["child"]
        for into in (sums[group(row["id"])], total):
            into[0] += cpu
            into[1] += row["wall"]
            into[2] += 1
    lines = [f"{'cpu s':>8} {'share':>6} {'wall s':>8} {'tests':>6}  {key}"]
    for name, (cpu, wall, count) in sorted(sums.items(), key=lambda kv: -kv[1][0])[:top]:
        share = cpu / total[0] if total[0] else 0.0
        lines.append(f"{cpu:8.1f} {share:6.1%} {wall:8.1f} {int(count):6d}  {name}")
    lines.append(f"{total[0]:8.1f} {1:6.0%} {total[1]:8.1f} {int(total[2]):6d}  (all, {len(sums)} {key}s)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("directory", type=Path, help=f"the records of a run ({ENV})")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    rows = read(args.directory)
    print(table(rows, "file", args.top))
    print()
    print(table(rows, "family", args.top))


if __name__ == "__main__":
    main()
