"""Deployment size: `sam build` output per function and for the shared layer, and what is in them.

Builds into a temporary directory (the repository's .aws-sam is left alone), then reports the
unzipped size of every function and of the layer, the zipped size (what is uploaded), the ten
largest distributions in the layer (with the requirement that pulls each in), and checks each
function directory: every file in it must be the handler or imported by it, and every module the
handler imports must resolve to the function, the layer or the standard library.

    python -m benchmarks.package_size [--build-dir DIR (reuse a build)] [--json]
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
UNZIPPED_LIMIT_MB = 250
"""Lambda's quota: a function and all its layers, unzipped."""
BOTO3_STACK = ("boto3", "botocore", "s3transfer", "jmespath", "urllib3", "python-dateutil", "six")
"""What the python3.11 runtime already provides: the floor a boto3-only function would ship."""


def _sam() -> str:
    return os.environ.get("SAM_CLI") or shutil.which("sam") or str(ROOT / ".venv-sam" / "bin" / "sam")


def build(build_dir: Path) -> None:
    """`sam build` into build_dir, with its cache beside it rather than in the repository."""
    result = subprocess.run(
        [
            _sam(),
            "build",
            "--build-dir",
            str(build_dir),
            "--cache-dir",
            str(build_dir.parent / "sam-cache"),
            "--template-file",
            str(ROOT / "template.yaml"),
        ],
        cwd=ROOT,
        env=dict(os.environ, SAM_CLI_TELEMETRY="0"),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"sam build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _zipped(path: Path) -> int:
    """Size of the deployment zip Lambda would receive (deflate, as sam package writes it)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            archive.write(file, file.relative_to(path))
    return buffer.tell()


def _via(requirements: Path) -> dict[str, str]:
    """Which requirement pulls each pinned distribution in (pip-compile's `# via` comments)."""
    via: dict[str, str] = {}
    current = ""
    for line in requirements.read_text().splitlines():
        pinned = re.match(r"^([A-Za-z0-9_.\-]+)==", line)
        if pinned:
            current = _norm(pinned.group(1))
            continue
        found = re.match(r"^\s+#\s+(?:via\s+)?(-r .*|[A-Za-z0-9_.\-]+)$", line)
        if current and found and "via" not in found.group(1):
            name = "(direct)" if found.group(1).startswith("-r") else found.group(1)
            via[current] = f"{via[current]}, {name}" if current in via else name
    return via


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def distributions(layer: Path) -> dict[str, int]:
    """Bytes per installed distribution in the layer, from each dist-info RECORD (and the rest apart)."""
    sizes: dict[str, int] = {}
    claimed: set[Path] = set()
    for record in layer.glob("*.dist-info/RECORD"):
        name = _norm(record.parent.name.removesuffix(".dist-info").rsplit("-", 1)[0])
        total = 0
        for row in record.read_text().splitlines():
            rel = row.split(",")[0]
            file = (layer / rel).resolve()
            if file.is_file() and file not in claimed:
                claimed.add(file)
                total += file.stat().st_size
        sizes[name] = total
    for path in layer.iterdir():  # our own package and anything without a RECORD
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        rest = sum(f.stat().st_size for f in files if f.resolve() not in claimed)
        if rest:
            sizes[path.name] = sizes.get(path.name, 0) + rest
    return sizes


def _imports(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def check_function(code: Path, layer: Path, handler_module: str) -> list[str]:
    """Problems with a built function directory: files its handler does not import, imports that do not resolve."""
    problems = []
    files = sorted(p for p in code.rglob("*") if p.is_file())
    modules = {".".join(p.relative_to(code).with_suffix("").parts): p for p in files if p.suffix == ".py"}
    reached, queue = set(), [handler_module]
    while queue:
        name = queue.pop()
        if name in reached or name not in modules:
            continue
        reached.add(name)
        for imported in _imports(modules[name].read_text()):
            parts = imported.split(".")
            queue.extend(".".join(parts[:i]) for i in range(1, len(parts) + 1))
            top = parts[0]
            local = any(m == top or m.startswith(top + ".") for m in modules)
            in_layer = (layer / top).is_dir() or (layer / f"{top}.py").is_file()
            if not (local or in_layer or top in sys.stdlib_module_names):
                problems.append(
                    f"imports {imported}, found in neither the function, the layer nor the stdlib"
                )
    for p in files:
        rel = p.relative_to(code)
        if p.suffix == ".pyc" and p.parent.name == "__pycache__":  # the build's bytecode of a module
            rel = rel.parent.parent / (p.name.split(".")[0] + ".py")
        name = ".".join(rel.with_suffix("").parts)
        if rel.suffix != ".py" or name not in reached:
            problems.append(f"{p.relative_to(code)} is not imported by {handler_module}")
    return problems


@dataclass
class Report:
    functions: dict[str, dict[str, float]] = field(default_factory=dict)
    layer_mb: float = 0.0
    layer_zipped_mb: float = 0.0
    boto3_stack_mb: float = 0.0
    largest: list[tuple[str, float, str]] = field(default_factory=list)
    problems: dict[str, list[str]] = field(default_factory=dict)

    @property
    def worst_total_mb(self) -> float:
        return self.layer_mb + max((f["unzipped_mb"] for f in self.functions.values()), default=0.0)


def measure(build_dir: Path | None = None) -> Report:
    from local_runner.template import Stack

    with tempfile.TemporaryDirectory(prefix="resume-api-size-") as tmp:
        if build_dir is None:
            build_dir = Path(tmp) / "build"
            build(build_dir)
        stack = Stack(ROOT / "template.yaml", lenient=True)
        layer_id = next(iter(stack.of_type("AWS::Serverless::LayerVersion")))
        layer = build_dir / layer_id / "python"
        report = Report(layer_mb=_size(layer) / MB, layer_zipped_mb=_zipped(layer) / MB)
        sizes = distributions(layer)
        via = _via(ROOT / "layers" / "shared" / "requirements.txt")
        report.boto3_stack_mb = sum(sizes.get(name, 0) for name in BOTO3_STACK) / MB
        for name, size in sorted(sizes.items(), key=lambda kv: -kv[1])[:10]:
            report.largest.append((name, size / MB, via.get(name, "(ours)" if name == "resume_api" else "")))
        for logical, spec in sorted(stack.functions().items()):
            code = build_dir / logical
            report.functions[logical] = {
                "unzipped_mb": _size(code) / MB,
                "zipped_mb": _zipped(code) / MB,
                "files": float(sum(1 for p in code.rglob("*") if p.is_file())),
            }
            problems = check_function(code, layer, spec.handler.rpartition(".")[0])
            if problems:
                report.problems[logical] = problems
        return report


def table(report: Report) -> str:
    ok = report.worst_total_mb <= UNZIPPED_LIMIT_MB
    lines = [
        "| what | unzipped (MB) | zipped (MB) | baseline: boto3 stack (MB) | ratio | target | met |",
        "|---|---:|---:|---:|---:|---:|---|",
        f"| SharedLayer | {report.layer_mb:.1f} | {report.layer_zipped_mb:.1f} | {report.boto3_stack_mb:.1f} | "
        f"{report.layer_mb / max(report.boto3_stack_mb, 1e-9):.1f}× | | |",
        f"| largest function + layer | {report.worst_total_mb:.1f} | | | | ≤ {UNZIPPED_LIMIT_MB} | "
        f"{'yes' if ok else '**no**'} |",
    ]
    for logical, f in report.functions.items():
        lines.append(
            f"| {logical} | {f['unzipped_mb'] * 1024:.1f} KB | {f['zipped_mb'] * 1024:.1f} KB | | | "
            f"only what it imports | {'**no**' if logical in report.problems else 'yes'} |"
        )
    lines += [
        "",
        "Largest distributions in the layer:",
        "",
        "| distribution | MB | pulled in by |",
        "|---|---:|---|",
    ]
    lines += [f"| {name} | {mb:.1f} | {via} |" for name, mb, via in report.largest]
    if report.problems:
        lines += ["", "Function directories holding what they do not import:"]
        lines += [f"- {fn}: {p}" for fn, problems in report.problems.items() for p in problems]
    return "\n".join(lines)


def run(build_dir: Path | None = None) -> dict[str, Any]:
    report = measure(build_dir)
    return {
        "report": asdict(report),
        "table": table(report),
        "ok": not report.problems and report.worst_total_mb <= UNZIPPED_LIMIT_MB,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--build-dir", type=Path, help="an existing `sam build` output to measure instead")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.build_dir)
    print(json.dumps(result["report"], indent=2) if args.json else result["table"])


if __name__ == "__main__":
    main()
