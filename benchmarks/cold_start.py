"""Cold start per function: fresh processes importing the handler as Lambda would, against a boto3 baseline.

For every function in template.yaml, each run starts a new interpreter with the function's
environment and path (its code directory, then the shared layer), imports the handler module
and creates the boto3 clients the function's policy lets it use — what a first invocation
pays. The baseline run in the same loop (interleaved, so machine noise hits both alike) only
imports boto3 and creates those same clients. Reported: medians and the ratio.

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from local_runner.template import Stack

ROOT = Path(__file__).resolve().parents[1]
SERVICES = {"dynamodb", "s3", "kms", "sqs", "lambda", "bedrock"}
TARGETS = {"authorizer": 1.1, "http": 1.6, "parser": 1.8}
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


@dataclass
class Row:
    function: str
    kind: str
    services: list[str]
    function_ms: float
    baseline_ms: float

    @property
    def ratio(self) -> float:
        return self.function_ms / self.baseline_ms

    @property
    def target(self) -> float:
        return TARGETS[self.kind]


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


def _time(script: str, env: dict[str, str], extra: list[str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, *(extra or []), "-c", script], env=env, check=True, capture_output=True)
    return (time.perf_counter() - started) * 1000


def measure(runs: int = 7, only: list[str] | None = None) -> list[Row]:
    stack = Stack(ROOT / "template.yaml", lenient=True)
    functions = stack.functions()
    authorizers = set(stack.api().authorizers.values())
    rows = []
    for logical, spec in sorted(functions.items()):
        if only and logical not in only:
            continue
        services = _services(stack, logical)
        layer = str(ROOT / "layers" / "shared")
        module = spec.handler.rpartition(".")[0]
        script = FUNCTION_SCRIPT.format(paths=[str(spec.code_dir), layer], module=module, services=services)
        baseline = BASELINE_SCRIPT.format(services=services)
        env = _env(stack, logical)
        _time(script, env), _time(baseline, env)  # warm the page cache once
        fn_times, base_times = [], []
        for _ in range(runs):
            fn_times.append(_time(script, env))
            base_times.append(_time(baseline, env))
        kind = "authorizer" if logical in authorizers else "parser" if logical in PARSER_FUNCTIONS else "http"
        rows.append(Row(logical, kind, services, statistics.median(fn_times), statistics.median(base_times)))
    return rows


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


def table(rows: list[Row]) -> str:
    lines = [
        "| function | kind | clients | cold start (ms) | baseline (ms) | ratio | target |",
        "|---|---|---|---:|---:|---:|---:|",
    ]
    for r in rows:
        ok = "ok" if r.ratio <= r.target else "**over**"
        lines.append(
            f"| {r.function} | {r.kind} | {', '.join(r.services) or '-'} | {r.function_ms:.0f} | "
            f"{r.baseline_ms:.0f} | {r.ratio:.2f} ({ok}) | ≤ {r.target} |"
        )
    return "\n".join(lines)


def run(runs: int = 7, only: list[str] | None = None) -> dict[str, Any]:
    rows = measure(runs, only)
    return {"rows": [dict(r.__dict__, ratio=r.ratio, target=r.target) for r in rows], "table": table(rows)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", nargs="*")
    parser.add_argument(
        "--importtime", action="store_true", help="also list each function's costliest imports"
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
            )


if __name__ == "__main__":
    main()
