"""Cold start as Lambda pays it: each function imported from a read-only tree laid out like its
built artifact, from source only and with the build's bytecode, beside its floor measured the same way.

`sam build` runs infra/package/Makefile: the layer (the pinned dependencies, then resume_api) and
each function's app.py, compiled with `--invalidation-mode unchecked-hash`. A Lambda package is
read-only, so without that bytecode every cold start compiles every module it imports. This
benchmark builds the same tree with the same Makefile (for this machine's platform instead of
aarch64), copies it once without any `__pycache__` ("source"), makes both read-only, and runs
fresh interpreters with `-S` (nothing from the venv) and PYTHONDONTWRITEBYTECODE=1 (no writable
cache): what a first invocation pays before its handler runs.

Each figure is the process's CPU time (user + system): on a shared machine wall time mostly
measures the neighbours, and an import-bound init on Lambda's own vCPU share is its CPU time.
Per function, after one discarded warm-up of each of its four processes (the page cache): pairs
of the function with bytecode beside its floor with bytecode, the order reversed every other pair,
the first `runs` of them followed by the same pair from source. Each ratio is the median of the
pairs' own ratios, reported with their spread.

What moves the over-floor ratio from run to run is the neighbours, not the code: measured on this
2-vCPU machine at a load average of 15-22, each ~0.7 s process is preempted ~200-250 times
(involuntary context switches, each resuming on caches the other tenant has used), and a
process's CPU time follows that count (correlation 0.83 for the floor), while the two processes of
a pair share little of it (correlation 0.2-0.3). So the ratio of one pair spreads ±0.1 and the
median of 7 pairs moves by ±0.035 (one sd): the ±0.05 seen between runs. Two things steady it,
the same for the function and its floor: (1) the whole benchmark runs pinned to one CPU (`--cpu`;
children inherit it), so no process is migrated onto the other CPU's cold cache mid-import
(the sd of one process fell from 78 to 47 ms, of a pair's ratio from 0.12 to 0.085), and (2) 15
bytecode pairs instead of 7 (the median's sd falls about as 1/sqrt(n): ~0.02), paid for by 5
source runs instead of 7, which the bytecode speedup (least 2.0x against a 1.4x target) does not
need more of. The median of the pairs' ratios stays the estimate: resampling 15 of 30 measured
pairs, its sd (0.020 free, 0.021 pinned) is about that of the ratio of the medians (0.028, 0.019),
of the mean of the ratios (0.022, 0.016) and of the lower quartiles (0.025, 0.017), while it
ignores one pair whose process was preempted twice as often as the rest (seen: 579 times), and
the per-pair ratio cancels what load drifts over a pair's second. The floor
of an HTTP function is a bare FastAPI + Mangum + boto3 function (one route taking a request model
and answering a response model, what any of them must build) creating the same clients; of the
authorizer and the event functions, boto3 creating the same clients. Targets: bytecode makes the median function at least 1.8× faster and none less than
1.4×; with bytecode, every HTTP function within 1.05× of the FastAPI floor and the authorizer
within 1.1× of its floor.

    python -m benchmarks.cold_start [--runs 5] [--pairs 15] [--cpu N | --cpu -1] [--only AuthorizerFunction]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import stat
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from local_runner.template import Stack

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_MAKEFILE = ROOT / "infra" / "package" / "Makefile"
SERVICES = {"dynamodb", "s3", "kms", "sqs", "lambda", "bedrock"}
SPEEDUP_MEDIAN, SPEEDUP_MIN = 1.8, 1.4
FLOOR_TARGETS = {"authorizer": 1.1, "http": 1.05}
"""Within this ratio of the floor, with bytecode; event functions (ingest, worker) are reported only."""

FUNCTION_SCRIPT = """
import importlib, sys
sys.path[:0] = {paths!r}
importlib.import_module({module!r})
if {services!r}:  # a function with no AWS client (docs) never imports data.clients
    from resume_api.data.clients import client
    for s in {services!r}:
        client(s)
"""
BOTO3_FLOOR_SCRIPT = """
import sys
sys.path[:0] = {paths!r}
import boto3
for s in {services!r}:
    boto3.client(s)
"""
FASTAPI_FLOOR_SCRIPT = """
import sys
sys.path[:0] = {paths!r}
import boto3
from fastapi import FastAPI
from mangum import Mangum
from pydantic import BaseModel

class In(BaseModel):
    text: str

class Out(BaseModel):
    ok: bool

app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

@app.post("/v1/ping", response_model=Out)
def ping(body: In) -> Out:
    return Out(ok=bool(body.text))

handler = Mangum(app, lifespan="off")
import gc
gc.freeze()  # as resume_api.data.clients does before creating a client
for s in {services!r}:
    boto3.client(s)
"""
XRAY_SCRIPT = """
import importlib, sys, time
sys.path[:0] = {paths!r}
importlib.import_module({module!r})
started = time.perf_counter()
from resume_api.observability import tracer
tracer()
print((time.perf_counter() - started) * 1000)
"""

FAMILIES = {
    "fastapi": ("fastapi", "starlette", "anyio", "sniffio", "mangum", "python_multipart", "multipart"),
    "fastapi → opentelemetry": ("opentelemetry",),
    "pydantic": ("pydantic", "pydantic_core", "annotated_types", "typing_inspection", "annotated_doc"),
    "powertools": ("aws_lambda_powertools", "jmespath"),
    "x-ray sdk": ("aws_xray_sdk", "wrapt"),
    "parser, renderer, http": ("pypdf", "docx", "lxml", "reportlab", "fpdf", "PIL", "httpx", "httpcore"),
    "boto3": ("boto3", "botocore", "s3transfer", "urllib3", "dateutil", "six"),
    "resume_api + handler": ("resume_api", "app"),
}
"""Package families for the import breakdown; the rest is the standard library (asyncio, email...)."""


@dataclass
class Row:
    function: str
    kind: str
    services: list[str]
    runs: int = 0
    samples: dict[str, list[float]] = field(default_factory=dict)
    """source / bytecode: the function; floor_source / floor_bytecode: its floor (ms per run).
    The bytecode lists hold one sample per pair; the source lists one per run, taken in the same
    loop as the first `runs` bytecode pairs."""

    @property
    def pairs(self) -> int:
        return len(self.samples.get("bytecode", []))

    def median(self, name: str) -> float:
        return statistics.median(self.samples[name])

    def _ratios(self, top: str, bottom: str) -> list[float]:
        """Per-run ratios of processes started back to back (a source run with its run's bytecode pair)."""
        a, b = self.samples[top], self.samples[bottom]
        n = min(len(a), len(b))
        return [x / y for x, y in zip(a[:n], b[:n], strict=True)]

    def _ratio(self, top: str, bottom: str) -> float:
        """Median of the per-run ratios."""
        return statistics.median(self._ratios(top, bottom))

    @property
    def speedup(self) -> float:
        """How much faster the function starts with the build's bytecode than from source."""
        return self._ratio("source", "bytecode")

    @property
    def floor_speedup(self) -> float:
        return self._ratio("floor_source", "floor_bytecode")

    @property
    def over_floor(self) -> float:
        """The function over its floor, both with bytecode."""
        return self._ratio("bytecode", "floor_bytecode")

    @property
    def over_floor_spread(self) -> tuple[float, float]:
        """The least and the greatest of the runs' own over-floor ratios: how far one run can be trusted."""
        ratios = self._ratios("bytecode", "floor_bytecode")
        return min(ratios), max(ratios)

    @property
    def over_floor_source(self) -> float:
        return self._ratio("source", "floor_source")

    @property
    def floor_name(self) -> str:
        return "FastAPI + Mangum + boto3" if self.kind == "http" else "boto3"

    @property
    def floor_target(self) -> float | None:
        return FLOOR_TARGETS.get(self.kind)

    @property
    def met(self) -> bool:
        floor_ok = self.floor_target is None or self.over_floor <= self.floor_target
        return floor_ok and self.speedup >= SPEEDUP_MIN


def _services(stack: Stack, logical: str) -> list[str]:
    found = set()
    for policy in stack.function_properties(logical).get("Policies") or []:
        for statement in policy.get("Statement", []):
            actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
            for action in actions:
                prefix = action.split(":")[0]
                if prefix == "bedrock":
                    prefix = "bedrock-runtime"
                if prefix.split("-")[0] in SERVICES:
                    found.add(prefix)
    return sorted(found)


def _env(stack: Stack, logical: str) -> dict[str, str]:
    props = stack.function_properties(logical)
    env = {
        k: str(v) for k, v in (stack.resolve((props.get("Environment") or {}).get("Variables") or {})).items()
    }
    env.update(
        {
            "PATH": os.environ.get("PATH", ""),
            "AWS_REGION": "us-east-1",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_LAMBDA_FUNCTION_NAME": logical,
            "AWS_SAM_LOCAL": "true",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    return env


def _lambda_env(stack: Stack, logical: str) -> dict[str, str]:
    """As on Lambda rather than under SAM: Powertools' Tracer is then enabled and patches modules."""
    env = _env(stack, logical)
    env.pop("AWS_SAM_LOCAL")
    env["LAMBDA_TASK_ROOT"] = str(stack.functions()[logical].code_dir)
    return env


def _time(script: str, env: dict[str, str]) -> float:
    """CPU time (user + system, ms) of one fresh interpreter without site-packages (`-S`): everything
    comes from the tree. CPU rather than wall time: on a shared machine the wall clock mostly
    measures the neighbours, while an import-bound cold start on Lambda's own vCPU share is its CPU."""
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(
            [sys.executable, "-S", "-c", script], env=env, stdout=subprocess.DEVNULL, stderr=errors
        )
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            raise RuntimeError(f"cold-start script failed: {errors.read().decode()[-2000:]}")
    return (usage.ru_utime + usage.ru_stime) * 1000


def _kind(stack: Stack, logical: str, authorizers: set[str]) -> str:
    if logical in authorizers:
        return "authorizer"
    return "http" if stack.functions()[logical].routes else "event"


def _make(target: str, cwd: Path, artifacts: Path, platforms: str = "") -> None:
    """One target of the packaging Makefile, exactly as `sam build` runs it (here: host wheels)."""
    artifacts.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "make", "-s", "-f", str(PACKAGE_MAKEFILE), target,
            f"ARTIFACTS_DIR={artifacts}", f"PLATFORMS={platforms}", f"PYTHON={sys.executable}",
        ],
        cwd=cwd,
        check=True,
        capture_output=True,
    )  # fmt: skip


def _read_only(tree: Path) -> None:
    """Every directory read-only, as in a Lambda package: no `__pycache__` can be written."""
    for path in [tree, *(d for d in tree.rglob("*") if d.is_dir() and not d.is_symlink())]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


COMPILE = ["-m", "compileall", "-q", "-f", "-j", "0", "--invalidation-mode", "unchecked-hash"]
"""infra/package/Makefile's COMPILE, for a layer laid out from this venv (`from_venv`)."""


def _layer_from_venv(python: Path) -> None:
    """The layer as the Makefile lays it out, its dependencies copied from this interpreter's
    installs (the dev venv pins the layer's requirements.txt) instead of downloaded: for tests."""
    for line in (ROOT / "layers" / "shared" / "requirements.txt").read_text().splitlines():
        if "==" not in line or line.lstrip().startswith("#"):
            continue
        dist = metadata.distribution(line.split("==")[0].strip())
        for file in dist.files or []:
            if file.parts[0] == ".." or "__pycache__" in file.parts:
                continue
            target = python / file
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(Path(str(dist.locate_file(file))), target)
    shutil.copytree(
        ROOT / "layers" / "shared" / "resume_api",
        python / "resume_api",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    subprocess.run([sys.executable, *COMPILE, str(python)], check=True, capture_output=True)


@contextmanager
def built_trees(stack: Stack, logicals: list[str], *, from_venv: bool = False) -> Iterator[dict[str, Path]]:
    """`{"bytecode": tree, "source": tree}`: `layer/` and one directory per function, read-only.

    Built by infra/package/Makefile (what sam build runs) with this machine's wheels, or with
    `from_venv` the same layout from this venv's installs (no download: what the tests use); the
    source tree is the same files without a single `__pycache__`.
    """
    work = Path(tempfile.mkdtemp(prefix="cold-start-"))
    try:
        built = work / "bytecode"
        if from_venv:
            _layer_from_venv(built / "layer" / "python")
        else:
            _make("build-SharedLayer", ROOT / "layers" / "shared", built / "layer")
        functions = stack.functions()
        for logical in logicals:
            _make(f"build-{logical}", functions[logical].code_dir, built / logical)
        source = work / "source"
        shutil.copytree(built, source, ignore=shutil.ignore_patterns("__pycache__"), copy_function=os.link)
        for tree in (built, source):
            _read_only(tree)
        yield {"bytecode": built / "layer" / "python", "source": source / "layer" / "python"} | {
            f"{variant}:{logical}": work / variant / logical
            for variant in ("bytecode", "source")
            for logical in logicals
        }
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(work)], check=False)
        shutil.rmtree(work, ignore_errors=True)


def _scripts(stack: Stack, logical: str, kind: str, trees: dict[str, Path]) -> dict[str, tuple[str, str]]:
    """name → (script, variant) for the function and its floor, from source and with bytecode."""
    spec = stack.functions()[logical]
    services = _services(stack, logical)
    module = spec.handler.rpartition(".")[0]
    floor = FASTAPI_FLOOR_SCRIPT if kind == "http" else BOTO3_FLOOR_SCRIPT
    scripts = {}
    for variant in ("source", "bytecode"):
        layer = str(trees[variant])
        scripts[variant] = FUNCTION_SCRIPT.format(
            paths=[str(trees[f"{variant}:{logical}"]), layer], module=module, services=services
        )
        scripts[f"floor_{variant}"] = floor.format(paths=[layer], services=services)
    return {name: (script, name) for name, script in scripts.items()}


RUNS, PAIRS = 5, 15
"""Source runs and bytecode pairs per function (see the module docstring). Their processes took 10.6
minutes of CPU in all (7 runs: 9.3), plus the build: on a loaded machine, pinned, much more wall time."""


def default_cpu() -> int | None:
    """The CPU the benchmark pins itself to: the last one it may run on (None: only one anyway)."""
    allowed = sorted(os.sched_getaffinity(0))
    return allowed[-1] if len(allowed) > 1 else None


@contextmanager
def pinned(cpu: int | None) -> Iterator[None]:
    """This process, and so every process it starts, on one CPU; as before afterwards."""
    before = os.sched_getaffinity(0)
    if cpu is not None and cpu >= 0:
        os.sched_setaffinity(0, {cpu})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def measure(
    runs: int = RUNS,
    only: list[str] | None = None,
    *,
    pairs: int = PAIRS,
    cpu: int | None = -2,
    from_venv: bool = False,
) -> list[Row]:
    """`cpu`: the CPU both sides run on (-2: `default_cpu()`, -1 or None: not pinned)."""
    stack = Stack(ROOT / "template.yaml", lenient=True)
    logicals = [name for name in sorted(stack.functions()) if not only or name in only]
    with (
        built_trees(stack, logicals, from_venv=from_venv) as trees,
        pinned(default_cpu() if cpu == -2 else cpu),
    ):
        return measure_in(stack, logicals, trees, runs, pairs)


PAIRED_ORDER = ("bytecode", "floor_bytecode", "source", "floor_source")
"""One run's processes: each function beside its floor, and the order reversed every other run, so
neither of a pair is always the one started first (after the other's exit, on a warmer machine)."""


def measure_in(
    stack: Stack, logicals: list[str], trees: dict[str, Path], runs: int, pairs: int | None = None
) -> list[Row]:
    """The interleaved pairs of each function and its floor, on trees from `built_trees`: `pairs`
    with bytecode (at least `runs`), the first `runs` of them followed by the source pair."""
    authorizers = set(stack.api().authorizers.values())
    rows = []
    for logical in logicals:
        kind = _kind(stack, logical, authorizers)
        scripts = _scripts(stack, logical, kind, trees)
        env = _env(stack, logical)
        for script, _ in scripts.values():
            _time(script, env)  # warm-up, discarded: the page cache, for both sides alike
        samples: dict[str, list[float]] = {name: [] for name in scripts}
        for run in range(max(runs, pairs or runs)):
            order = PAIRED_ORDER if run < runs else PAIRED_ORDER[:2]
            for name in order if run % 2 == 0 else order[::-1]:
                samples[name].append(_time(scripts[name][0], env))
        rows.append(Row(logical, kind, _services(stack, logical), runs, samples))
    return rows


def targets(rows: list[Row]) -> dict[str, tuple[str, bool]]:
    """Each target of the issue with this run's figure: name → (figure, met)."""
    out: dict[str, tuple[str, bool]] = {}
    if not rows:
        return out
    speedups = sorted(r.speedup for r in rows)
    median = statistics.median(speedups)
    slowest = min(rows, key=lambda r: r.speedup)
    out["bytecode speedup, median function"] = (f"{median:.2f}×", median >= SPEEDUP_MEDIAN)
    out[f"bytecode speedup, least: {slowest.function}"] = (
        f"{slowest.speedup:.2f}×",
        slowest.speedup >= SPEEDUP_MIN,
    )
    http = [r for r in rows if r.kind == "http"]
    if http:
        worst = max(http, key=lambda r: r.over_floor)
        out[f"HTTP functions over the FastAPI floor, worst: {worst.function}"] = (
            f"{worst.over_floor:.2f}×",
            worst.over_floor <= FLOOR_TARGETS["http"],
        )
    for r in rows:
        if r.kind == "authorizer":
            out[f"authorizer over boto3 + its client: {r.function}"] = (
                f"{r.over_floor:.2f}×",
                r.over_floor <= FLOOR_TARGETS["authorizer"],
            )
    return out


def _import_costs(script: str, env: dict[str, str]) -> dict[str, float]:
    """Self time (ms) per imported module, from `python -X importtime`."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    costs: dict[str, float] = {}
    for line in result.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[0].rpartition(":")[2].strip().isdigit():
            costs[parts[2].strip()] = int(parts[0].rpartition(":")[2]) / 1000
    return costs


def _family(module: str) -> str:
    top = module.partition(".")[0]
    return next((name for name, tops in FAMILIES.items() if top in tops), "standard library")


def importtime(logical: str, top: int = 8) -> list[tuple[str, float]]:
    """The modules whose import costs the most (cumulative µs from `python -X importtime`)."""
    stack = Stack(ROOT / "template.yaml", lenient=True)
    spec = stack.functions()[logical]
    script = FUNCTION_SCRIPT.format(
        paths=[str(spec.code_dir), str(ROOT / "layers" / "shared")],
        module=spec.handler.rpartition(".")[0],
        services=[],
    )
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", script],
        env=_env(stack, logical),
        capture_output=True,
        text=True,
        check=True,
    )
    costs = []
    for line in result.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            if name.startswith(" ") and not name.startswith("  "):  # top-level imports only
                costs.append((name.strip(), int(parts[1]) / 1000))
    return sorted(costs, key=lambda c: -c[1])[:top]


def breakdown(logical: str) -> dict[str, float]:
    """Import time over the baseline by package family (self times, ms): where the ratio comes from.

    Modules the baseline imports too are left out, so `boto3` here is only what the baseline
    does not load. -X importtime slows imports down; read the split, not the absolute sum.
    """
    stack = Stack(ROOT / "template.yaml", lenient=True)
    spec = stack.functions()[logical]
    layer = str(ROOT / "layers" / "shared")
    services = _services(stack, logical)
    script = FUNCTION_SCRIPT.format(
        paths=[str(spec.code_dir), layer], module=spec.handler.rpartition(".")[0], services=services
    )
    baseline = BOTO3_FLOOR_SCRIPT.format(paths=[], services=services)
    env = _env(stack, logical)
    ours, base = _import_costs(script, env), _import_costs(baseline, env)
    families: dict[str, float] = {}
    for module, ms in ours.items():
        if module not in base:
            families[_family(module)] = families.get(_family(module), 0.0) + ms
    return dict(sorted(families.items(), key=lambda kv: -kv[1]))


def xray_ms(logical: str = "SessionInfoFunction", runs: int = 5) -> float:
    """What creating the Tracer costs (X-Ray SDK import and patching), as on Lambda: median of fresh runs.

    The HTTP functions no longer pay it at import; the first invocation X-Ray samples does.
    """
    stack = Stack(ROOT / "template.yaml", lenient=True)
    spec = stack.functions()[logical]
    script = XRAY_SCRIPT.format(
        paths=[str(spec.code_dir), str(ROOT / "layers" / "shared")], module=spec.handler.rpartition(".")[0]
    )
    env = _lambda_env(stack, logical)
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(samples)


def table(rows: list[Row]) -> str:
    lines = [
        "| function | kind | clients | source (ms) | bytecode (ms) | speedup | floor | floor source (ms) | "
        "floor bytecode (ms) | over floor (bytecode) | runs' spread | target | met |",
        "|---|---|---|---:|---:|---:|---|---:|---:|---:|---|---|---|",
    ]
    for r in rows:
        target = f"≤ {r.floor_target}×" if r.floor_target else "-"
        low, high = r.over_floor_spread
        lines.append(
            f"| {r.function} | {r.kind} | {', '.join(r.services) or '-'} | {r.median('source'):.0f} | "
            f"{r.median('bytecode'):.0f} | {r.speedup:.2f}× | {r.floor_name} | {r.median('floor_source'):.0f} | "
            f"{r.median('floor_bytecode'):.0f} | {r.over_floor:.2f}× | {low:.2f}-{high:.2f}× | {target} | "
            f"{'yes' if r.met else '**no**'} |"
        )
    if rows:
        lines += [
            "",
            f"{rows[0].pairs} interleaved pairs per function with bytecode, the first {rows[0].runs} also from "
            "source, after one discarded warm-up of each process, all on one CPU. Each is a fresh `python -S` "
            "with the function's "
            "environment and PYTHONDONTWRITEBYTECODE=1 that imports the handler from a read-only tree built "
            "by infra/package/Makefile (the layer, then the function's directory first on the path) and "
            "creates the function's clients; `source` is the same tree without any `__pycache__`. Times are "
            "the processes' CPU time (user + system), medians; speedup and over-floor are medians of each "
            "pair's own ratio (the spread: its least and greatest), the function started beside its floor, "
            "first in one pair and second in the next.",
        ]
    return "\n".join(lines)


def run(
    runs: int = RUNS, only: list[str] | None = None, pairs: int = PAIRS, cpu: int | None = -2
) -> dict[str, Any]:
    rows = measure(runs, only, pairs=pairs, cpu=cpu)
    met = targets(rows)
    return {
        "rows": [
            {
                "function": r.function,
                "kind": r.kind,
                "services": r.services,
                "source_ms": r.median("source"),
                "bytecode_ms": r.median("bytecode"),
                "speedup": r.speedup,
                "floor": r.floor_name,
                "floor_source_ms": r.median("floor_source"),
                "floor_bytecode_ms": r.median("floor_bytecode"),
                "over_floor": r.over_floor,
                "over_floor_spread": list(r.over_floor_spread),
                "runs": r.runs,
                "pairs": r.pairs,
                "met": r.met,
            }
            for r in rows
        ],
        "targets": met,
        "table": table(rows),
        "ok": all(ok for _, ok in met.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="runs from source (and bytecode)")
    parser.add_argument("--pairs", type=int, default=PAIRS, help="bytecode pairs, at least --runs")
    parser.add_argument("--cpu", type=int, default=-2, help="the CPU to pin to (default: the last; -1: none)")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.runs, args.only, args.pairs, args.cpu)
    if args.json:
        print(json.dumps({"rows": result["rows"], "targets": result["targets"]}, indent=2))
        return
    print(result["table"])
    print()
    for name, (figure, ok) in result["targets"].items():
        print(f"- {name}: {figure} ({'met' if ok else 'missed'})")


if __name__ == "__main__":
    main()
