"""Where a test run's time goes: the CPU and wall time of every test, summed per file and per family.

    make test-time                      # the fast tier, then the table
    make test-time TIER=                # the whole suite (never on a shared machine beside others)
    python -m tests.suite_time DIR      # the table again from a run's records

A pytest plugin (`-p tests.suite_time`, records under `SUITE_TIME_DIR`): each process of the run
(each xdist worker) writes one line per test, its setup, call and teardown together, with the CPU
time of the process (every thread) and of the children it reaped (the parse sandbox), and the wall time; the live
children (a worker's Chromium, the runner's function workers) are counted when a file's run on that
worker ends, as a row `FILE::(live children)`. A session fixture's cost lands on the first test that asks
for it. On a loaded machine compare shares, not seconds: CPU time is steadier than wall time, not
immune (caches, frequency).
"""

from __future__ import annotations

import argparse
import hashlib
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


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_LIVE: dict[str, float] = {}


def _live_descendants_cpu() -> float:
    """The CPU seconds of this process's live descendants so far (a worker's Chromium, the runner's
    function workers), with what each reaped of its own: what RUSAGE_CHILDREN does not see yet."""
    parents: dict[int, int] = {}
    spent: dict[int, float] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        spent[pid] = sum(int(f) for f in fields[11:15]) / _TICK
    mine = {os.getpid()}
    total, grew = 0.0, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in mine and pid not in mine:
                mine.add(pid)
                total += spent[pid]
                grew = True
    return total


_CURRENT: list[str] = ["(collection)"]


def pytest_configure(config: pytest.Config) -> None:
    """Count every parse too (`parse_document`, patched before the test modules import it): a
    document parsed again, by another test or file, is work a shared cache could save."""
    directory = os.environ.get(ENV)
    if not directory:
        return
    from resume_api.parsing import document

    parse = document.parse_document

    def counted(data: bytes, filename: str = "", **kwargs: Any) -> dict[str, Any]:
        start = time.process_time()
        try:
            return parse(data, filename, **kwargs)
        finally:
            limits = sorted((k, v) for k, v in kwargs.items() if k != "warnings")
            key = f"{hashlib.sha256(data).hexdigest()[:20]}{limits}"
            line = {"parse": f"{key}\0{filename}", "id": _CURRENT[0], "cpu": time.process_time() - start}
            worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
            with open(Path(directory) / f"{worker}-parses.jsonl", "a", encoding="utf-8") as out:
                out.write(json.dumps(line) + "\n")

    document.parse_document = counted


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, Any, Any]:
    """Time one test's setup, call and teardown; append them to this process's record."""
    directory = os.environ.get(ENV)
    if not directory:
        return (yield)
    own, children = _cpu()
    wall = time.perf_counter()
    _CURRENT[0] = item.nodeid
    result = yield
    own_after, children_after = _cpu()
    line = {
        "id": item.nodeid,
        "cpu": round(own_after - own, 4),
        "child": round(children_after - children, 4),
        "wall": round(time.perf_counter() - wall, 4),
    }
    lines = [line]
    here = file_of(item.nodeid)
    if nextitem is None or file_of(nextitem.nodeid) != here:
        # live children are counted once per file run (a /proc walk per test would cost more than
        # many tests): what they spent since the last count goes to this file
        live = _live_descendants_cpu()
        lines.append(
            {
                "id": f"{here}::(live children)",
                "cpu": 0.0,
                "child": round(live - _LIVE.get("", 0.0), 4),
                "wall": 0.0,
            }
        )
        _LIVE[""] = live
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(Path(directory) / f"{worker}.jsonl", "a", encoding="utf-8") as out:
        out.writelines(json.dumps(one) + "\n" for one in lines)
    return result


def family(nodeid: str) -> str:
    """`tests/a.py::test_x[cell-en]` -> `tests/a.py::test_x` (a parametrized test's every case)."""
    return nodeid.split("[", 1)[0]


def file_of(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


def read(directory: Path, pattern: str = "gw*[0-9].jsonl") -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted([*directory.glob(pattern), *directory.glob(pattern.replace("gw*[0-9]", "main"))]):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return rows


def repeats(parses: list[dict[str, Any]], total_cpu: float, top: int = 15) -> str:
    """How many parses were of a document parsed before in the run, and by which families."""
    seen: set[str] = set()
    again: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    for row in parses:
        if row["parse"] in seen:
            into = again[family(row["id"])]
            into[0] += row["cpu"]
            into[1] += 1
        seen.add(row["parse"])
    cpu = sum(v[0] for v in again.values())
    count = sum(int(v[1]) for v in again.values())
    lines = [
        f"parses: {len(parses)}, of {len(seen)} documents; the {count} repeats cost {cpu:.1f} s CPU "
        f"({cpu / total_cpu if total_cpu else 0:.1%} of the tests' CPU), the most by:"
    ]
    for name, (spent, n) in sorted(again.items(), key=lambda kv: -kv[1][0])[:top]:
        lines.append(f"{spent:8.1f} {int(n):6d}  {name}")
    return "\n".join(lines)


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
    parses = read(args.directory, "gw*[0-9]-parses.jsonl")
    if parses:
        print()
        print(repeats(parses, sum(row["cpu"] + row["child"] for row in rows), args.top))


if __name__ == "__main__":
    main()
