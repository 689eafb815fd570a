"""Peak memory per function for a typical request, and for the largest corpus document through the parse.

Each measurement is a fresh interpreter with the function's environment (the latency harness:
moto in this process, seeds made in another child), which imports the handler, serves its
`events/<name>.json` a few times and reports `getrusage` peaks: its own, and that of the parse
children it forked (upload and ingest parse in a bounded child process). The baseline is a bare
process that imports boto3 and creates the same clients. From the peaks follows a proposed
MemorySize per function, with the reason written next to it.

    python -m benchmarks.memory [--runs 3] [--only UploadResumeFunction ...] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.latency import Emulation, percentile, run_child, seed_request, upload_event

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()
PARSER_FUNCTIONS = {"UploadResumeFunction": "upload", "IngestResumeFunction": "ingest"}
HEADROOM = 2.0
"""Peak × 2: inputs bigger than our samples, allocator fragmentation, a few warm invocations."""
VCPU_MB = 1769
"""Lambda gives a function CPU in proportion to its memory: one full vCPU at 1,769 MB."""
CPU_STRETCH_MS = 20
"""How much Lambda's CPU share may add to a request's CPU work (measured here on a full core)."""


@dataclass
class Row:
    function: str
    kind: str
    current_mb: int
    import_mb: float
    peak_mb: float
    parse_child_mb: float
    largest_peak_mb: float
    largest_child_mb: float
    corpus_child_mb: float
    import_cpu_ms: float
    first_cpu_ms: float
    cpu_ms: float
    baseline_mb: float
    proposed_mb: int
    reason: str
    statuses: dict[str, int]

    @property
    def worst_mb(self) -> float:
        """Upper bound of the container's peak: the function and its parse child counted apart.

        The forked child shares the parent's pages until it writes them, so the sum overstates
        what Lambda's cgroup sees; the larger of the two understates it.
        """
        return max(self.peak_mb + self.parse_child_mb, self.largest_peak_mb + self.largest_child_mb)

    @property
    def ratio(self) -> float:
        return self.peak_mb / max(self.baseline_mb, 1e-9)


SIZES = (128, 256, 512, 768, 1024, 1280, 1536, VCPU_MB, 2048, 3008, 4096)
"""Sizes proposals snap to, coarse enough that run-to-run noise does not flip a proposal."""


def _round_up(mb: float) -> int:
    return next((size for size in SIZES if size >= mb), int(-(-mb // 1024) * 1024))


def propose(kind: str, worst_mb: float, cpu_ms: float, parse_memory_mb: int) -> tuple[int, str]:
    """The MemorySize for a measured peak and CPU time, and why (the reason ends up in results.md).

    Memory: twice the peak. CPU: at M MB a request's CPU work c takes c × 1769 / M, so the smallest
    M with c × (1769 / M - 1) ≤ 20 ms. Parsers also leave room for the parse child's own bound.
    """
    memory = max(128, _round_up(worst_mb * HEADROOM))
    reasons = [f"memory: 2 × {worst_mb:.0f} MB peak → {memory}"]
    cpu = _round_up(VCPU_MB * cpu_ms / (cpu_ms + CPU_STRETCH_MS))
    reasons.append(
        f"CPU: {cpu_ms:.0f} ms per request on a full core → {cpu} keeps the stretch ≤ {CPU_STRETCH_MS} ms"
    )
    need = max(memory, cpu)
    if kind == "parser":
        bound = _round_up(worst_mb + parse_memory_mb)
        reasons.append(
            f"parse child may grow {parse_memory_mb} MB (PARSE_MEMORY_MB) before the sandbox stops it → "
            f"≥ {bound}, so the sandbox, not Lambda's OOM kill, ends a hostile file"
        )
        need = max(need, bound)
    return need, "; ".join(reasons)


def _baseline_mb(env: dict[str, str], services: list[str]) -> float:
    """Peak RSS of a bare process that imports boto3 and creates the same clients."""
    script = (
        "import boto3\n"
        f"for s in {services!r}:\n    boto3.client(s)\n"
        "from benchmarks.latency import _hwm_mb\n"
        "print(_hwm_mb())"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def corpus_documents(corpus: Path = DEFAULT_CORPUS) -> list[Path]:
    resumes = corpus / "resumes"
    if not resumes.is_dir():
        return []
    return sorted(p for p in resumes.iterdir() if p.suffix.lower() in {".pdf", ".docx"})


def measure(runs: int = 3, only: list[str] | None = None, corpus: Path = DEFAULT_CORPUS) -> list[Row]:
    from benchmarks.cold_start import _services
    from resume_api.settings import Limits

    documents = corpus_documents(corpus)
    largest = max(documents, key=lambda p: p.stat().st_size) if documents else None
    rows = []
    with Emulation() as emulation:
        chosen = [f for f in sorted(emulation.functions) if not only or f in only]
        requests = {f: seed_request(f, runs) for f in chosen}
        if largest is not None and "IngestResumeFunction" in chosen:
            requests["IngestResumeFunction#largest"] = seed_request("IngestResumeFunction", 2, [largest])
            requests["IngestResumeFunction#corpus"] = seed_request("IngestResumeFunction", 1, documents)
        seeds = emulation.seed(requests)
        authorizers = set(emulation.runner.stack.api().authorizers.values())
        for logical in chosen:
            spec = emulation.functions[logical]
            env = emulation.env(logical)

            def child(event: dict[str, Any], key: str, n: int, logical: str = logical) -> dict[str, Any]:
                return dict(
                    run_child(
                        emulation.env(logical), emulation.child_spec(logical, "memory", seeds[key], n, event)
                    )
                )

            event = emulation.event(logical)
            typical = child(event, logical, runs)
            largest_run: dict[str, Any] = {}
            corpus_run: dict[str, Any] = {}
            if largest is not None and logical == "UploadResumeFunction":
                largest_run = child(upload_event(event, largest), logical, 2)
            elif largest is not None and logical == "IngestResumeFunction":
                largest_run = child(event, f"{logical}#largest", 2)
                corpus_run = child(event, f"{logical}#corpus", len(seeds[f"{logical}#corpus"]))
            kind = (
                "authorizer"
                if logical in authorizers
                else "parser"
                if logical in PARSER_FUNCTIONS
                else "http"
                if spec.routes
                else "worker"
            )
            warm = typical["cpu_ms"][1:] or typical["cpu_ms"]
            cpu_ms = percentile(warm, 75)  # the upper quartile: a proposal should not hinge on one quiet run
            for extra in (largest_run, corpus_run):  # a parser's request is as long as its slowest document
                cpu_ms = max([cpu_ms, *(extra.get("cpu_ms") or [])[1:]])
            statuses = dict(typical["statuses"])
            for extra in (largest_run, corpus_run):
                for status, n in (extra.get("statuses") or {}).items():
                    statuses[status] = statuses.get(status, 0) + n
            row = Row(
                function=logical,
                kind=kind,
                current_mb=spec.memory_mb,
                import_mb=typical["import_mb"],
                peak_mb=typical["peak_mb"],
                parse_child_mb=typical["children_peak_mb"],
                largest_peak_mb=largest_run.get("peak_mb", 0.0),
                largest_child_mb=max(
                    largest_run.get("children_peak_mb", 0.0), corpus_run.get("children_peak_mb", 0.0)
                ),
                corpus_child_mb=corpus_run.get("children_peak_mb", 0.0),
                import_cpu_ms=typical["import_cpu_ms"],
                first_cpu_ms=typical["cpu_ms"][0],
                cpu_ms=cpu_ms,
                baseline_mb=_baseline_mb(env, _services(emulation.runner.stack, logical)),
                proposed_mb=0,
                reason="",
                statuses=statuses,
            )
            parse_memory_mb = int(env.get("PARSE_MEMORY_MB") or Limits().parse_memory_mb)
            row.proposed_mb, row.reason = propose(kind, row.worst_mb, row.cpu_ms, parse_memory_mb)
            rows.append(row)
    return rows


def table(rows: list[Row]) -> str:
    lines = [
        "| function | peak RSS, typical request (MB) | bare boto3 (MB) | ratio | parse child (MB) | "
        "largest document: function / parse child (MB) | CPU per request (ms) | first call CPU (ms) | "
        "MemorySize now | proposed | why |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        largest = f"{r.largest_peak_mb:.0f} / {r.largest_child_mb:.0f}" if r.largest_peak_mb else "-"
        child = f"{r.parse_child_mb:.0f}" if r.parse_child_mb else "-"
        bad = [s for s in r.statuses if not (s.startswith("2") or s in {"Allow", "ready", "succeeded"})]
        flag = f" **responses: {r.statuses}**" if bad else ""
        lines.append(
            f"| {r.function} | {r.peak_mb:.0f} | {r.baseline_mb:.0f} | {r.ratio:.1f}× | {child} | {largest} | "
            f"{r.cpu_ms:.0f} | {r.first_cpu_ms:.0f} | {r.current_mb} | {r.proposed_mb} | {r.reason}{flag} |"
        )
    corpus = next((r.corpus_child_mb for r in rows if r.corpus_child_mb), 0.0)
    lines += [
        "",
        "Peak RSS (VmHWM) of a fresh process per function: import, then its event a few times; the parse "
        "children's peak from getrusage(RUSAGE_CHILDREN). For a function that forks the parse, the "
        "container peak lies between the larger and the sum of function and child (the child shares "
        "the parent's pages until it writes them); proposals use the sum. CPU per request: user + "
        "system time of a warm request on this machine's full core (parsers: their slowest document). "
        "Invocations get MemorySize / 1,769 of a vCPU (on-demand init is reported to run unthrottled), "
        "so the CPU column, not memory, sizes most functions. Rule: twice the "
        f"peak, and the smallest size at which Lambda's CPU share adds ≤ {CPU_STRETCH_MS} ms to the CPU "
        "time of a request (upper quartile of the warm calls). The optimize functions wait seconds on a "
        "real LLM (the offline provider here answers at once): there the GB-seconds spent waiting weigh "
        "more than a few ms of CPU, which argues for the smaller size."
        + (f" Largest parse child over the whole corpus: {corpus:.0f} MB." if corpus else ""),
    ]
    return "\n".join(lines)


def run(runs: int = 3, only: list[str] | None = None, corpus: Path = DEFAULT_CORPUS) -> dict[str, Any]:
    rows = measure(runs, only, corpus)
    return {
        "rows": [dict(asdict(r), worst_mb=r.worst_mb, ratio=r.ratio) for r in rows],
        "table": table(rows),
        "proposals": {r.function: r.proposed_mb for r in rows},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="invocations per function")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.runs, args.only, args.corpus.resolve())
    print(json.dumps(result["rows"], indent=2) if args.json else result["table"])


if __name__ == "__main__":
    main()
