"""`make bench`: every benchmark, one after another, written to benchmarks/results.md.

Cold start, warm latency, parse speed, package size, memory and generation speed, each against
its baseline measured in the same run, and the truth guard measured both ways on its labelled set
(benchmarks/claims.py), then a summary of every target. They run one at a time
(never two at once: each is timed alone). `--quick` uses fewer repetitions (a smoke run, not
figures to publish); `--load` adds the load test when benchmarks/load.py exists.

    python -m benchmarks [--quick] [--load] [--only cold_start latency ...] [--out benchmarks/results.md]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import importlib
import io
import os
import platform
import statistics
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results.md"
ORDER = (
    "package_size",
    "cold_start",
    "latency",
    "memory",
    "parse_speed",
    "parse_preservation",
    "parse_themes",
    "generate_speed",
    "claims",
    "hidden_blind23",
    "redact_blind24",
    "load",
)
"""sam build first (it is the heaviest), then the noise-sensitive cold start on a quiet machine."""

SETTINGS = {
    "full": {
        "cold_runs": 5,
        "cold_pairs": 15,
        "latency_runs": 40,
        "memory_runs": 6,
        "repeats": 3,
        "load_s": 60.0,
    },
    "quick": {
        "cold_runs": 2,
        "cold_pairs": 2,
        "latency_runs": 8,
        "memory_runs": 2,
        "repeats": 1,
        "load_s": 15.0,
    },
}
REPRESENTATIVE = (
    "AuthorizerFunction",
    "SessionInfoFunction",
    "UploadResumeFunction",
    "OptimizeWorkerFunction",
)
"""Functions whose import time is broken down by package family in the cold-start section."""


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    model = ""
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as cpuinfo:
        model = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "")
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "cpu": model or platform.processor() or platform.machine(),
        "cores": f"{os.cpu_count()} ({usable} usable)",
        "arch": platform.machine(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": f"{commit}{' with uncommitted changes' if dirty else ''}" if commit else "unknown",
    }


def _load_average() -> str:
    with contextlib.suppress(OSError):
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    return "?"


# ------------------------------------------------------------------------------------ benchmarks
def bench_cold_start(s: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import cold_start

    rows = cold_start.measure(s["cold_runs"], pairs=s["cold_pairs"])
    present = {r.function for r in rows}
    families = {name: cold_start.breakdown(name) for name in REPRESENTATIVE if name in present}
    xray = cold_start.xray_ms(runs=s["cold_runs"])
    targets = cold_start.targets(rows)
    summary = []
    for name, (figure, ok) in targets.items():
        target = "≥ 1.8×" if "median" in name else "≥ 1.4×" if "least" in name else ""
        if "FastAPI floor" in name:
            target = "≤ 1.05×"
        elif "authorizer" in name:
            target = "≤ 1.1×"
        summary.append(_row(f"cold start, {name}", "", "", figure, target, ok))
    notes = [
        f"- import time over boto3 alone, {name} (`-X importtime`, self times, from source): "
        + ", ".join(f"{family} {ms:.0f} ms" for family, ms in split.items() if ms >= 1)
        for name, split in families.items()
    ]
    notes.append(
        f"- X-Ray SDK: creating the Tracer costs {xray:.0f} ms; it happens on the first invocation X-Ray "
        "samples, not at import (resume_api/observability.py)."
    )
    return {
        "table": cold_start.table(rows) + "\n\n" + "\n".join(notes),
        "summary": summary,
        "ok": all(ok for _, ok in targets.values()),
    }


def bench_latency(s: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import latency

    rows = latency.measure(s["latency_runs"])
    summary = []
    auth = next((r for r in rows if r.trigger == "authorizer"), None)
    if auth:
        summary.append(
            _row(
                "warm latency p50, authorizer (baseline: one bare GetItem)",
                f"{auth.p50_ms:.1f} ms",
                f"{auth.bare_p50_ms:.1f} ms",
                f"{auth.ratio:.2f}×",
                "",
                None,
            )
        )
    api = [r for r in rows if r.trigger.split(" ")[0] in {"GET", "POST", "PATCH", "DELETE", "PUT"}]
    if api:
        worst = max(api, key=lambda r: r.overhead_ms)
        summary.append(
            _row(
                f"warm latency p50, largest overhead: {worst.function}",
                f"{worst.p50_ms:.1f} ms",
                f"{worst.bare_p50_ms:.1f} ms",
                f"{worst.ratio:.2f}× (+{worst.overhead_ms:.1f} ms)",
                "",
                None,
            )
        )
        summary.append(
            _row(
                "warm latency, median overhead over bare AWS calls (API functions)",
                f"{statistics.median(r.overhead_ms for r in api):+.1f} ms",
                "",
                "",
                "",
                None,
            )
        )
    return {"table": latency.table(rows), "summary": summary, "ok": all(r.ok for r in rows)}


def bench_memory(s: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import memory

    rows = memory.measure(s["memory_runs"])
    summary = []
    if rows:
        worst = max(rows, key=lambda r: r.worst_mb)
        summary.append(
            _row(
                f"peak RSS, largest: {worst.function} (function + parse child)",
                f"{worst.worst_mb:.0f} MB",
                f"{worst.baseline_mb:.0f} MB",
                f"{worst.worst_mb / max(worst.baseline_mb, 1e-9):.1f}×",
                f"≤ MemorySize now ({worst.current_mb} MB)",
                worst.worst_mb <= worst.current_mb,
            )
        )
    proposals = ", ".join(f"{r.function} {r.current_mb}→{r.proposed_mb}" for r in rows)
    return {
        "table": memory.table(rows) + f"\n\nProposed MemorySize (now→proposed): {proposals}.",
        "summary": summary,
        "ok": all(r.worst_mb <= r.current_mb for r in rows),
    }


def bench_parse_speed(s: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import parse_speed

    result = parse_speed.run(repeats=s["repeats"])
    x = result["summary"]
    summary = [
        _row(
            "parse, median document",
            f"{x['median_ms']:.0f} ms",
            f"{x['plain_median_ms']:.0f} ms",
            f"{x['median_ratio']:.2f}×",
            f"≤ {parse_speed.TARGET_RATIO:g}×",
            x["ratio_ok"],
        ),
        _row(
            f"parse, slowest document, median of its parses ({x['slowest']})",
            f"{x['max_ms']:.0f} ms",
            f"{x['slowest_plain_ms']:.0f} ms",
            f"{x['max_ms'] / max(x['slowest_plain_ms'], 1e-9):.2f}×",
            f"≤ {parse_speed.TARGET_MAX_S * 1000:.0f} ms",
            x["max_ok"],
        ),
    ]
    acc = result["accuracy"]
    held, whole = acc["halves"]["held_out"], acc["all"]
    targets = acc["targets"]
    summary += [
        _row(
            f"parse accuracy, held-out half ({held['files']} resumes never tuned on): field score",
            f"{held['score']:.3f}",
            "",
            "",
            f"≥ {targets['held_out_score']}",
            acc["met"]["held_out_score"],
        ),
        _row(
            "parse accuracy, held-out half: work F1",
            f"{held['fields'].get('work', 0.0):.3f}",
            "",
            "",
            f"≥ {targets['held_out_work']}",
            acc["met"]["held_out_work"],
        ),
        _row(
            f"parse accuracy, tune half ({acc['halves']['tune']['files']} resumes): field score",
            f"{acc['halves']['tune']['score']:.3f}",
            "",
            "",
            "",
            None,
        ),
        _row(
            f"parse accuracy, whole corpus ({whole['files']} resumes): field score",
            f"{whole['score']:.3f}",
            "",
            "",
            f"≥ {targets['score']}",
            acc["met"]["score"],
        ),
    ]
    table = (
        result["table"]
        + "\n\nAccuracy from the same run (benchmarks.parse_accuracy, scored by the corpus's `score.py`; "
        + "halves from benchmarks.corpus_split):\n\n"
        + result["accuracy_table"]
    )
    return {"table": table, "summary": summary, "ok": result["ok"] and acc["ok"]}


def bench_parse_preservation(s: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import parse_accuracy, parse_preservation

    corpus = parse_accuracy.DEFAULT_CORPUS
    if not (corpus / "preserve.py").exists():
        return {"table": f"Skipped: no corpus with preserve.py at {corpus}.", "summary": [], "ok": True}
    result = parse_preservation.run(corpus)
    summary = []
    for label, agg in (
        ("held-out half", result["halves"]["held_out"]),
        ("whole corpus", result["all"]),
    ):
        summary.append(
            _row(
                f"preservation, {label}: parse (median / worst)",
                f"{agg['parse'][0]:.3f} / {agg['parse'][1]:.3f}",
                "",
                "",
                "",
                None,
            )
        )
        held = label == "held-out half"
        summary.append(
            _row(
                f"preservation, {label}: end to end, worst of DOCX/PDF/MD (median / worst)",
                f"{agg['e2e'][0]:.3f} / {agg['e2e'][1]:.3f}",
                "",
                "",
                "median ≥ 0.99, worst ≥ 0.95" if held else "",
                result["ok"] if held else None,
            )
        )
        if held and agg["text_boxes"]:
            summary.append(
                _row(
                    "preservation, held-out half: end to end with DOCX text boxes counted once (median / worst)",
                    f"{agg['e2e_once'][0]:.3f} / {agg['e2e_once'][1]:.3f}",
                    "",
                    "",
                    "",
                    None,
                )
            )
    return {"table": result["table"], "summary": summary, "ok": result["ok"]}


def bench_package_size(s: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import package_size

    result = package_size.run()
    report = result["report"]
    worst_total = report["layer_mb"] + max(
        (f["unzipped_mb"] for f in report["functions"].values()), default=0
    )
    summary = [
        _row(
            "package, layer + largest function (unzipped)",
            f"{worst_total:.1f} MB",
            f"{report['boto3_stack_mb']:.1f} MB (boto3 stack)",
            f"{worst_total / max(report['boto3_stack_mb'], 1e-9):.1f}×",
            f"≤ {package_size.UNZIPPED_LIMIT_MB} MB",
            worst_total <= package_size.UNZIPPED_LIMIT_MB,
        ),
        _row(
            "package, functions holding files they do not import",
            str(len(report["problems"])),
            "",
            "",
            "0",
            not report["problems"],
        ),
    ]
    return {"table": result["table"], "summary": summary, "ok": result["ok"]}


def bench_claims(s: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import claims

    result = claims.run()
    summary = [
        _row(
            f"truth guard, {claims.HONEST} (never read): fabrications removed, worst kind",
            f"{result['worst_removed']:.2f}",
            "",
            "",
            f"≥ {claims.REMOVED_TARGET:.2f}",
            result["worst_removed"] >= claims.REMOVED_TARGET,
        ),
        _row(
            f"truth guard, {claims.HONEST} (never read): faithful rewrites kept",
            f"{result['faithful_kept']:.2f}",
            "",
            "",
            f"≥ {claims.KEPT_TARGET:.2f}",
            result["faithful_kept"] >= claims.KEPT_TARGET,
        ),
        _row(
            "truth guard, hand-written set (tuned on): worst kind removed, faithful kept",
            f"{result['hand_worst_removed']:.2f}, {result['hand_faithful_kept']:.2f}",
            "",
            "",
            f"≥ {claims.REMOVED_TARGET:.2f}, ≥ {claims.KEPT_TARGET:.2f}",
            result["ok"],
        ),
        _row(
            "truth guard: cases/s through the whole guard",
            f"{result['cases_per_second']:.0f}",
            "",
            "",
            "",
            None,
        ),
        _row(
            "instruction detector: caught, ordinary sentences flagged",
            f"{result['caught']:.2f}, {result['flagged']:.2f}",
            "",
            "",
            "",
            None,
        ),
        _row(
            "instruction detector, blind-22 (never read): caught, ordinary sentences flagged",
            f"{result['blind22_caught']:.2f}, {result['blind22_flagged']:.2f}",
            "",
            "",
            "",
            None,
        ),
    ]
    honest_met = (
        result["worst_removed"] >= claims.REMOVED_TARGET and result["faithful_kept"] >= claims.KEPT_TARGET
    )
    return {"table": result["table"], "summary": summary, "ok": result["ok"] and honest_met}


def bench_hidden_blind23(s: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import hidden_blind23

    result = hidden_blind23.run()
    summary = [
        _row(
            "hidden-text detector, blind-23 (never read): caught, leaked into the parse, ordinary flagged",
            f"{result['caught']:.2f}, {result['leaked']:.2f}, {result['flagged']:.2f}",
            "",
            "",
            "",
            None,
        )
    ]
    return {"table": result["table"], "summary": summary, "ok": True}


def bench_redact_blind24(s: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import redact_blind24

    result = redact_blind24.run()
    figure = "secret redactor, blind-24 (never read): leaks caught, ordinary answers damaged"
    summary = [_row(figure, f"{result['caught']:.2f}, {result['damaged']:.2f}", "", "", "", None)]
    return {"table": result["table"], "summary": summary, "ok": True}


def _optional(name: str) -> Any:
    """A benchmark module another change may not have landed yet; None when absent."""
    if not (ROOT / "benchmarks" / f"{name}.py").exists():
        return None
    return importlib.import_module(f"benchmarks.{name}")


def _subprocess_markdown(module: str, args: list[str]) -> str:
    """A benchmark that only prints: run it and keep what it printed."""
    result = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{module}", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    return result.stdout.strip()


def bench_parse_themes(s: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import parse_accuracy, theme_accuracy

    corpus = parse_accuracy.DEFAULT_CORPUS
    why = theme_accuracy.available() or (None if (corpus / "score.py").exists() else "no corpus score.py")
    if why:
        return {"table": f"Skipped: {why}.", "summary": [], "ok": True}
    result = theme_accuracy.run(corpus)
    agg = result["halves"]["measure"]
    figure = "parse accuracy, published themes never read one by one: field score (work F1)"
    summary = [_row(figure, f"{agg['score']:.3f} ({agg['fields'].get('work', 0.0):.3f})", "", "", "", None)]
    for theme_set in theme_accuracy.SEALED_SETS:  # in the order they were added
        agg = result["halves"][theme_set.name]
        figure = f"parse accuracy, {theme_set.summary}: field score (work F1)"
        summary.append(
            _row(figure, f"{agg['score']:.3f} ({agg['fields'].get('work', 0.0):.3f})", "", "", "", None)
        )
    return {"table": theme_accuracy.markdown(result), "summary": summary, "ok": True}


def bench_generate_speed(s: dict[str, Any]) -> dict[str, Any]:
    module = _optional("generate_speed")
    if module is None:
        return {"table": "benchmarks/generate_speed.py is not there yet.", "summary": [], "ok": True}
    if callable(getattr(module, "run", None)):
        table = module.run(repeats=s["repeats"])["table"]
    else:
        table = _subprocess_markdown("generate_speed", ["--repeats", str(s["repeats"])])
    return {"table": table, "summary": [], "ok": True}


def bench_load(s: dict[str, Any]) -> dict[str, Any]:
    module = _optional("load")
    if module is None:
        return {"table": "benchmarks/load.py is not there yet.", "summary": [], "ok": True}
    args = ["--duration", str(s["load_s"])]
    if callable(getattr(module, "main", None)) and callable(getattr(module, "markdown", None)):
        with contextlib.redirect_stdout(io.StringIO()):
            result = module.main(args)
        table = module.markdown(result)
        ok = not result.get("uploads_lost") and not result.get("server_errors")
        summary = [
            _row(
                "load: uploads lost, 5xx",
                f"{result.get('uploads_lost', '?')}, {result.get('server_errors', '?')}",
                "",
                "",
                "0, 0",
                ok,
            )
        ]
        return {"table": table, "summary": summary, "ok": ok}
    return {"table": _subprocess_markdown("load", args), "summary": [], "ok": True}


BENCHES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "package_size": bench_package_size,
    "cold_start": bench_cold_start,
    "latency": bench_latency,
    "memory": bench_memory,
    "parse_speed": bench_parse_speed,
    "parse_preservation": bench_parse_preservation,
    "parse_themes": bench_parse_themes,
    "generate_speed": bench_generate_speed,
    "claims": bench_claims,
    "hidden_blind23": bench_hidden_blind23,
    "redact_blind24": bench_redact_blind24,
    "load": bench_load,
}
TITLES = {
    "package_size": "Package size (`sam build`)",
    "cold_start": "Cold start",
    "latency": "Warm latency per route",
    "memory": "Memory and MemorySize",
    "parse_speed": "Parse speed and accuracy",
    "parse_preservation": "Parse preservation",
    "parse_themes": "Parse accuracy on published themes",
    "generate_speed": "Generation speed",
    "claims": "Truth guard (claims, both ways)",
    "hidden_blind23": "Hidden-text detector on a never-read set (blind-23)",
    "redact_blind24": "Secret redactor on a never-read set (blind-24)",
    "load": "Load",
}


def _row(figure: str, ours: str, baseline: str, ratio: str, target: str, met: bool | None) -> str:
    verdict = "" if met is None else ("yes" if met else "**no**")
    return f"| {figure} | {ours} | {baseline} | {ratio} | {target} | {verdict} |"


def render(
    info: dict[str, str], mode: str, sections: dict[str, dict[str, Any]], seconds: float, load: str
) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Generated by `make bench`{' --quick' if mode == 'quick' else ''} on {info['date']} in {seconds / 60:.1f} min. "
        "Every figure and its baseline come from this one run.",
        "",
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['arch']}, {info['os']}; Python {info['python']}; "
        f"commit {info['commit']}; load average before and after: {load}.",
        "",
        "## Summary",
        "",
        "| measure | figure | baseline | ratio | target | met |",
        "|---|---:|---:|---:|---|---|",
    ]
    for name in ORDER:
        if name in sections:
            lines += sections[name].get("summary", [])
    for name in ORDER:
        if name in sections:
            lines += ["", f"## {TITLES[name]}", "", sections[name]["table"].rstrip()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions: a smoke run")
    parser.add_argument("--load", action="store_true", help="also run benchmarks/load.py")
    parser.add_argument("--only", nargs="*", choices=list(BENCHES), help="run only these")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    mode = "quick" if args.quick else "full"
    chosen = [n for n in ORDER if (not args.only or n in args.only) and (n != "load" or args.load)]
    info, load_before, started = machine(), _load_average(), time.perf_counter()
    sections: dict[str, dict[str, Any]] = {}
    failed = []
    for name in chosen:
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        t = time.perf_counter()
        try:
            sections[name] = BENCHES[name](SETTINGS[mode])
        except Exception:
            failed.append(name)
            sections[name] = {
                "table": f"**Failed**:\n\n```\n{traceback.format_exc()[-4000:]}```",
                "summary": [_row(f"{name}: failed", "", "", "", "", False)],
                "ok": False,
            }
        print(f"[bench] {name}: {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    text = render(info, mode, sections, elapsed, f"{load_before} / {_load_average()}")
    args.out.write_text(text)
    print(text)
    missed = [n for n, section in sections.items() if not section.get("ok", True)]
    print(f"[bench] wrote {args.out}; targets missed in: {', '.join(missed) or 'none'}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
