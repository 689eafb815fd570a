"""Cold start per function: fresh processes importing the handler as Lambda would, against a boto3 baseline.

For every function in template.yaml, each run starts a new interpreter with the function's
environment and path (its code directory, then the shared layer), imports the handler module
and creates the boto3 clients the function's policy lets it use — what a first invocation
pays. The baseline run in the same loop (interleaved, so machine noise hits both alike) only
imports boto3 and creates those same clients. Reported: medians and the ratio.

For the functions behind API Gateway a third process runs in the same loop: the FastAPI floor,
boto3 and the same clients plus FastAPI, Mangum, one pydantic model and one route, i.e. the
least any FastAPI function costs. `ours over floor` is what our own code adds on top of it.
`--importtime` adds, per function, the import time over the baseline by package family, and
the X-Ray SDK's cost, which is paid on the first sampled invocation instead of at import.

    python -m benchmarks.cold_start [--runs 7] [--only AuthorizerFunction] [--importtime]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from local_runner.template import Stack

ROOT = Path(__file__).resolve().parents[1]
SERVICES = {"dynamodb", "s3", "kms", "sqs", "lambda", "bedrock"}
TARGETS = {"authorizer": 1.1, "http": 1.6, "parser": 1.8, "worker": 1.6}
"""Issue 7: authorizer, HTTP functions, ingest/upload. The async worker is held to the HTTP target."""
PARSER_FUNCTIONS = {"UploadResumeFunction", "IngestResumeFunction"}

FUNCTION_SCRIPT = """
import importlib, sys
sys.path[:0] = {paths!r}
importlib.import_module({module!r})
from resume_api.data.clients import client
for s in {services!r}:
    client(s)
"""
BASELINE_SCRIPT = """
import boto3
for s in {services!r}:
    boto3.client(s)
"""
FASTAPI_FLOOR_SCRIPT = """
import boto3
from fastapi import FastAPI
from mangum import Mangum
from pydantic import BaseModel

class Out(BaseModel):
    ok: bool

app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

@app.get("/v1/ping", response_model=Out)
def ping() -> Out:
    return Out(ok=True)

handler = Mangum(app, lifespan="off")
import gc
gc.freeze()  # as resume_api.data.clients does before creating a client
for s in {services!r}:
    boto3.client(s)
"""
ROUTER_FLOOR_SCRIPT = """
import boto3
from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from pydantic import BaseModel

class Out(BaseModel):
    ok: bool

app = APIGatewayRestResolver()

@app.get("/v1/ping")
def ping() -> dict:
    return Out(ok=True).model_dump()

def handler(event, context):
    return app.resolve(event, context)

import gc
gc.freeze()
for s in {services!r}:
    boto3.client(s)
"""
"""The alternative for simple routes: Powertools' own resolver (already in the layer) instead of FastAPI."""
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
    function_ms: float
    baseline_ms: float
    floor_ms: float | None = None
    runs: int = 0
    samples: dict[str, list[float]] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        """Median of the per-run ratios: each run's function and baseline ran back to back, so a
        burst of load elsewhere on the machine hits both; falls back to the ratio of medians."""
        pairs = list(zip(self.samples.get("function", []), self.samples.get("baseline", []), strict=False))
        if pairs:
            return statistics.median(f / b for f, b in pairs)
        return self.function_ms / self.baseline_ms

    @property
    def target(self) -> float:
        return TARGETS[self.kind]

    @property
    def floor_ratio(self) -> float | None:
        if not self.floor_ms:
            return None
        pairs = list(zip(self.samples.get("floor", []), self.samples.get("baseline", []), strict=False))
        return statistics.median(f / b for f, b in pairs) if pairs else self.floor_ms / self.baseline_ms

    @property
    def over_floor_ms(self) -> float | None:
        """What our code adds to the FastAPI floor: the median of the per-run differences."""
        if not self.floor_ms:
            return None
        pairs = list(zip(self.samples.get("function", []), self.samples.get("floor", []), strict=False))
        return statistics.median(f - g for f, g in pairs) if pairs else self.function_ms - self.floor_ms

    @property
    def met(self) -> bool:
        return self.ratio <= self.target


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


def _time(script: str, env: dict[str, str], extra: list[str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, *(extra or []), "-c", script], env=env, check=True, capture_output=True)
    return (time.perf_counter() - started) * 1000


def _kind(stack: Stack, logical: str, authorizers: set[str]) -> str:
    if logical in authorizers:
        return "authorizer"
    if logical in PARSER_FUNCTIONS:
        return "parser"
    return "http" if stack.functions()[logical].routes else "worker"


def _scripts(stack: Stack, logical: str) -> tuple[str, str, str | None]:
    spec = stack.functions()[logical]
    services = _services(stack, logical)
    layer = str(ROOT / "layers" / "shared")
    module = spec.handler.rpartition(".")[0]
    function = FUNCTION_SCRIPT.format(paths=[str(spec.code_dir), layer], module=module, services=services)
    floor = FASTAPI_FLOOR_SCRIPT.format(services=services) if spec.routes else None
    return function, BASELINE_SCRIPT.format(services=services), floor


def measure(runs: int = 7, only: list[str] | None = None) -> list[Row]:
    stack = Stack(ROOT / "template.yaml", lenient=True)
    functions = stack.functions()
    authorizers = set(stack.api().authorizers.values())
    rows = []
    for logical in sorted(functions):
        if only and logical not in only:
            continue
        script, baseline, floor = _scripts(stack, logical)
        env = _env(stack, logical)
        _time(script, env), _time(baseline, env)  # warm the page cache once
        if floor:
            _time(floor, env)
        samples: dict[str, list[float]] = {"function": [], "baseline": [], "floor": []}
        for _ in range(runs):
            samples["function"].append(_time(script, env))
            samples["baseline"].append(_time(baseline, env))
            if floor:
                samples["floor"].append(_time(floor, env))
        rows.append(
            Row(
                logical,
                _kind(stack, logical, authorizers),
                _services(stack, logical),
                statistics.median(samples["function"]),
                statistics.median(samples["baseline"]),
                statistics.median(samples["floor"]) if floor else None,
                runs,
                samples,
            )
        )
    return rows


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
    script, baseline, _ = _scripts(stack, logical)
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


def router_floor(runs: int = 5, services: tuple[str, ...] = ("dynamodb",)) -> dict[str, float]:
    """The FastAPI floor against a Powertools-resolver floor and the baseline, interleaved (medians, ms)."""
    stack = Stack(ROOT / "template.yaml", lenient=True)
    env = _env(stack, "SessionInfoFunction")
    scripts = {
        "baseline": BASELINE_SCRIPT.format(services=list(services)),
        "fastapi": FASTAPI_FLOOR_SCRIPT.format(services=list(services)),
        "powertools": ROUTER_FLOOR_SCRIPT.format(services=list(services)),
    }
    samples: dict[str, list[float]] = {name: [] for name in scripts}
    for script in scripts.values():
        _time(script, env)
    for _ in range(runs):
        for name, script in scripts.items():
            samples[name].append(_time(script, env))
    return {name: statistics.median(values) for name, values in samples.items()}


def cause_text(
    rows: list[Row], families: dict[str, dict[str, float]], floors: dict[str, float], xray: float | None
) -> str:
    """Why a target is missed, with this run's figures, and the design change proposed for it."""
    missed = [r for r in rows if not r.met]
    fastapi = [r for r in rows if r.floor_ms]
    if not fastapi:
        return ""
    floor_ratios = sorted(r.floor_ratio or 0.0 for r in fastapi)
    over = sorted(r.over_floor_ms or 0.0 for r in fastapi)
    lines = [
        f"Targets missed in this run: {', '.join(f'{r.function} {r.ratio:.2f}× (≤ {r.target})' for r in missed) or 'none'}.",
        "",
        f"**Cause.** FastAPI itself: a process that only imports boto3, FastAPI, Mangum and pydantic, "
        f"defines one model and one route and creates the same clients (the FastAPI floor) measures "
        f"{statistics.median(floor_ratios):.2f}× the baseline (median over the {len(fastapi)} API functions, "
        f"{floor_ratios[0]:.2f}–{floor_ratios[-1]:.2f}), against the 1.6× target, before any of our code "
        f"runs; our code adds a median "
        f"{statistics.median(over):+.0f} ms on top of it (range {over[0]:+.0f} to {over[-1]:+.0f} ms).",
    ]
    if families:
        lines.append("")
    for name, split in families.items():
        parts = ", ".join(f"{family} {ms:.0f} ms" for family, ms in split.items() if ms >= 1)
        lines.append(f"- import time over the baseline, {name} (`-X importtime`, self times): {parts}")
    if floors:
        lines += [
            "",
            f"Powertools' own resolver (already in the layer) with one pydantic model: "
            f"{floors['powertools'] / floors['baseline']:.2f}× the baseline, against "
            f"{floors['fastapi'] / floors['baseline']:.2f}× for the FastAPI floor "
            f"({floors['baseline']:.0f} / {floors['powertools']:.0f} / {floors['fastapi']:.0f} ms).",
        ]
    lines += [
        "",
        "**Proposed design change.** (1) Lambda SnapStart, available for Python from the python3.12 "
        "runtime: the initialized environment (imports, the app, the preloaded clients) is snapshotted "
        "when a version is published and restored on a cold start, so FastAPI's import stops being paid "
        "per container. It needs the runtime moved to python3.12+, an `AutoPublishAlias` with API Gateway "
        "pointing at the alias, and code safe to resume from a snapshot (no connections opened at init: "
        "boto3 clients connect on first call; ids come from `secrets`, which stays unique after restore). "
        "(2) For the simple GET routes (session info, resumes, resume, sections, conversation), a lighter "
        "router, e.g. Powertools' `APIGatewayRestResolver`, with the same pydantic response models and "
        "error body, and the logic layer importing only the models each route needs. Provisioned "
        "concurrency also removes cold starts, at a standing cost.",
    ]
    if xray is not None:
        lines += [
            "",
            f"**X-Ray.** Creating the Tracer (X-Ray SDK import and patching, as on Lambda) costs {xray:.0f} ms "
            "here. It now happens on the first invocation X-Ray samples instead of at import: unsampled "
            "cold starts save it; a sampled first invocation pays it inside the invocation, where Lambda "
            "gives the function MemorySize / 1,769 MB of a vCPU, i.e. up to "
            f"{xray * 1769 / 512:.0f} ms at 512 MB if init, as AWS's Serverless Land guide reports, runs "
            "unthrottled. With the default sampling rule (the first request each second, then 5 %), a "
            "low-traffic function has most first invocations sampled: there this moves the cost rather "
            "than saving it. Under provisioned concurrency or SnapStart the tracer is made at init.",
        ]
    return "\n".join(lines)


def table(rows: list[Row]) -> str:
    lines = [
        "| function | kind | clients | cold start (ms) | baseline (ms) | ratio | target | met | "
        "FastAPI floor (ms) | floor ratio | ours over floor (ms) |",
        "|---|---|---|---:|---:|---:|---:|---|---:|---:|---:|",
    ]
    for r in rows:
        floor = (
            f"{r.floor_ms:.0f} | {r.floor_ratio:.2f} | {r.over_floor_ms:+.0f}"
            if r.floor_ms and r.floor_ratio and r.over_floor_ms is not None
            else "- | - | -"
        )
        lines.append(
            f"| {r.function} | {r.kind} | {', '.join(r.services) or '-'} | {r.function_ms:.0f} | "
            f"{r.baseline_ms:.0f} | {r.ratio:.2f} | ≤ {r.target} | {'yes' if r.met else '**no**'} | {floor} |"
        )
    if rows:
        lines += [
            "",
            f"{rows[0].runs} interleaved runs per function (fresh interpreter each: import the handler with "
            "the function's environment and create its clients; baseline: import boto3 and create the same "
            "clients; FastAPI floor: the baseline plus FastAPI, Mangum, one pydantic model and one route). "
            "Times are medians; ratios and `ours over floor` are medians of each run's own ratio or "
            "difference, the processes of one run having started back to back.",
        ]
    return "\n".join(lines)


def run(runs: int = 7, only: list[str] | None = None) -> dict[str, Any]:
    rows = measure(runs, only)
    return {
        "rows": [
            dict(
                {k: v for k, v in r.__dict__.items() if k != "samples"},
                ratio=r.ratio,
                target=r.target,
                met=r.met,
                floor_ratio=r.floor_ratio,
            )
            for r in rows
        ],
        "table": table(rows),
        "ok": all(r.met for r in rows),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", nargs="*")
    parser.add_argument(
        "--importtime",
        action="store_true",
        help="also list each function's costliest imports, its import time over the baseline by "
        "package family, and the X-Ray SDK's deferred cost",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.runs, args.only)
    if args.json:
        print(json.dumps(result["rows"], indent=2))
    else:
        print(result["table"])
    if args.importtime:
        for row in result["rows"]:
            print(
                f"\n{row['function']}: "
                + ", ".join(f"{n} {ms:.0f} ms" for n, ms in importtime(row["function"]))
                + "\n  over baseline: "
                + ", ".join(f"{n} {ms:.0f} ms" for n, ms in breakdown(row["function"]).items())
            )
        print(
            f"\nX-Ray SDK (Tracer creation, on the first sampled invocation): {xray_ms(runs=args.runs):.0f} ms"
        )


if __name__ == "__main__":
    main()
