"""The truth guard measured both ways on the labelled set in tests/tailoring/claims_eval.py.

Per kind of fabrication, the share the guard removed (reverted or dropped); for faithful rewrites,
the share it kept; each on the development part (what the rules were tuned on) and the held-out part
(only measured), split by a stable hash. Also the instruction detector: instructions caught, and
ordinary resume sentences wrongly flagged. Targets (issue #11): every kind ≥ 0.98 removed, faithful
≥ 0.90 kept, on the held-out part.

    python -m benchmarks.claims
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REMOVED_TARGET = 0.98
KEPT_TARGET = 0.90


def run() -> dict[str, Any]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.tailoring.claims_eval import FAITHFUL, cases, evaluate, evaluate_detector

    started = time.perf_counter()
    parts = {part: evaluate(part) for part in ("development", "held-out")}
    detector = evaluate_detector()
    seconds = time.perf_counter() - started
    every = cases()
    kinds = [*sorted({c.kind for c in every} - {FAITHFUL}), FAITHFUL]
    lines = [
        f"{len(every)} cases: {sum(c.kind != FAITHFUL for c in every)} fabrications over {len(kinds) - 1} kinds "
        f"and {sum(c.kind == FAITHFUL for c in every)} faithful rewrites in {len({c.domain for c in every})} "
        f"domains; {sum(c.held_out for c in every)} held out by a stable hash. "
        f"{len(every) / max(seconds, 1e-9):.0f} cases/s through the whole guard.",
        "",
        "| kind | development | held-out | target (held-out) | met |",
        "|---|---:|---:|---|---|",
    ]
    worst_removed, faithful_kept = 1.0, 1.0
    for kind in kinds:
        cells = []
        for part in ("development", "held-out"):
            score = parts[part]["kinds"].get(kind)
            cells.append(f"{score.share:.2f} ({score.good}/{score.total})" if score else "–")
        held = parts["held-out"]["kinds"].get(kind)
        share = held.share if held else 1.0
        target = KEPT_TARGET if kind == FAITHFUL else REMOVED_TARGET
        label = "faithful kept" if kind == FAITHFUL else f"{kind} removed"
        if kind == FAITHFUL:
            faithful_kept = share
        else:
            worst_removed = min(worst_removed, share)
        lines.append(
            f"| {label} | {cells[0]} | {cells[1]} | ≥ {target:.2f} | {'yes' if share >= target else '**no**'} |"
        )
    caught = detector["caught"] / detector["instructions"]
    flagged = len(detector["flagged"]) / detector["ordinary"]
    lines += [
        "",
        f"Instruction detector: {detector['caught']}/{detector['instructions']} instructions caught ({caught:.2f}), "
        f"{len(detector['flagged'])}/{detector['ordinary']} ordinary resume sentences flagged ({flagged:.2f}).",
    ]
    missed = [c for part in parts.values() for c in part["missed"]]
    if missed:
        lines += ["", "Missed:", ""] + [
            f"- {c.kind} ({c.domain}, {'held-out' if c.held_out else 'dev'}): {c.rewrite}" for c in missed
        ]
    return {
        "table": "\n".join(lines),
        "worst_removed": worst_removed,
        "faithful_kept": faithful_kept,
        "caught": caught,
        "flagged": flagged,
        "ok": worst_removed >= REMOVED_TARGET and faithful_kept >= KEPT_TARGET,
    }


def main() -> int:
    result = run()
    print(result["table"])
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
