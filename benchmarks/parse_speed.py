"""Parse speed over the whole corpus against plain pypdf/python-docx extraction, with issue 7's targets.

The measuring is `benchmarks.parse_accuracy`'s (one loop, interleaved: our `parse_document`, the
function the upload's sandboxed child runs, against pypdf's `extract_text()` of every page, or
python-docx's paragraph text, of the same file); this module only holds the figures against
the targets: median document ≤ 2× plain extraction, no document over 1 s. The sandbox's own
cost (a fork per upload) is in the upload and ingest rows of `benchmarks.latency`.

    python -m benchmarks.parse_speed [--repeats 5] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path
from typing import Any

from benchmarks import corpus_split, parse_accuracy

TARGET_RATIO = parse_accuracy.TARGETS["median_ratio"]
TARGET_MAX_S = parse_accuracy.TARGETS["max_seconds"]


def shown_name(name: str) -> str:
    """A file's name where it may be printed: a held-out file is never named, only counted."""
    return "a held-out file" if corpus_split.held_out(name) else name


def summarize(figures: dict[str, Any]) -> dict[str, Any]:
    """Speed figures, and whether each target is met, from parse_accuracy's timings (a held-out
    file that is the slowest or has the largest ratio is not named)."""
    timings = figures["timings"]
    ours = statistics.median(t["median_s"] for t in timings)
    plain = statistics.median(t["plain_median_s"] for t in timings)
    # The slowest document by its median parse: the largest single repeat of 58 x 5 measures the
    # neighbours (a 75 ms document was seen at 1,116 ms once under load), not the parser.
    slowest = max(timings, key=lambda t: t["median_s"])
    worst_ratio = max(timings, key=lambda t: t["ratio"])
    return {
        "documents": len(timings),
        "median_ms": ours * 1000,
        "plain_median_ms": plain * 1000,
        "median_ratio": figures["median_ratio"],
        "max_ms": slowest["median_s"] * 1000,
        "worst_single_ms": max(t["max_s"] for t in timings) * 1000,
        "slowest": shown_name(slowest["file"]),
        "slowest_plain_ms": slowest["plain_median_s"] * 1000,
        "worst_ratio": worst_ratio["ratio"],
        "worst_ratio_file": shown_name(worst_ratio["file"]),
        "ratio_ok": figures["median_ratio"] <= TARGET_RATIO,
        "max_ok": slowest["median_s"] <= TARGET_MAX_S,
        "errors": [t["file"] for t in timings if t["error"] and not corpus_split.held_out(t["file"])],
        "held_out_errors": sum(1 for t in timings if t["error"] and corpus_split.held_out(t["file"])),
        "score": figures["score"],
    }


def table(s: dict[str, Any]) -> str:
    def met(ok: bool) -> str:
        return "yes" if ok else "**no**"

    lines = [
        "| figure | ours | baseline: plain extraction | ratio | target | met |",
        "|---|---:|---:|---:|---:|---|",
        f"| parse time, median document ({s['documents']} files) | {s['median_ms']:.0f} ms | "
        f"{s['plain_median_ms']:.0f} ms | {s['median_ratio']:.2f}× (median of per-document ratios) | "
        f"≤ {TARGET_RATIO:g}× | {met(s['ratio_ok'])} |",
        f"| parse time, slowest document, median of its parses ({s['slowest']}) | {s['max_ms']:.0f} ms | "
        f"{s['slowest_plain_ms']:.0f} ms | {s['max_ms'] / max(s['slowest_plain_ms'], 1e-9):.2f}× | "
        f"≤ {TARGET_MAX_S * 1000:.0f} ms | {met(s['max_ok'])} |",
        f"| largest per-document ratio ({s['worst_ratio_file']}) | | | {s['worst_ratio']:.2f}× | | |",
        f"| longest single parse of any document (machine noise included) | {s['worst_single_ms']:.0f} ms | | | | |",
    ]
    if s["errors"]:
        lines += ["", "Tune-half documents the parser refused: " + ", ".join(s["errors"])]
    if s["held_out_errors"]:
        lines += ["", f"Held-out documents the parser refused: {s['held_out_errors']}"]
    return "\n".join(lines)


def run(corpus: Path = parse_accuracy.DEFAULT_CORPUS, repeats: int = 5) -> dict[str, Any]:
    figures = parse_accuracy.run(corpus, repeats)
    summary = summarize(figures)
    return {
        "summary": summary,
        "table": table(summary),
        "accuracy_table": figures["table"],
        "accuracy": {k: figures[k] for k in ("halves", "all", "met", "ok", "targets")},
        "ok": summary["ratio_ok"] and summary["max_ok"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=parse_accuracy.DEFAULT_CORPUS)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    print(run(args.corpus.resolve(), args.repeats)["table"])


if __name__ == "__main__":
    main()
