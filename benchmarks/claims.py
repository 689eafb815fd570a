"""The truth guard measured both ways, per kind and per part of three labelled sets.

Per kind of fabrication, the share the guard removed (reverted or dropped); for faithful rewrites, the
share it kept. Five parts (tests/tailoring/claims_eval.py): the hand-written set's development and
held-out halves (its author tuned the rules on all of it), an external set the rules were tuned on
(external-dev), an external set nobody working on the guard has read (external-final), a set
generated from templates over facts in eight other domains (generated: claims_generated.py), the
forms real rewrites take over facts of six more (forms: claims_forms.py, both directions), and the
tune and measure halves of rounds 6 and 7's blind sets (claims_own.py; claims_jd.py, written with the
job description in view), and compositions of several true operations with a one-claim twin each
(compose: claims_compose.py), and round 11's two parts over six more (claims_unseen.py): skills and tools in
shapes round 10 did not see, each with a faithful twin (unseen), and true restatements of results, names
and numbers with one-claim twins (aligned), and round 12's over six more (claims_restated.py: names,
numbers, results and who praised or adopted the work, each with a one-claim twin), and round 13's over six more (claims_paraphrased.py: results as purposes, changes
as factors, titles abbreviated, scopes paraphrased, names translated, and lies no kind names, each with a
one-claim twin). Only external-final and the measure halves measure skill rather than
memory: their figures are the honest ones, and their cases are never printed. Also the instruction detector, and the guard's speed (cases/s through the whole guard).
The detector twice: on the lists its authors wrote, and on blind-22 (tests/tailoring/blind22.py), written
by someone who never read the detector; blind-22's per-form and per-language counts go to --json only,
and its cases are never printed.
Targets (issue #11): every kind ≥ 0.98 removed, faithful ≥ 0.90 kept.

    python -m benchmarks.claims [--json]     # every part (the hidden parts' aggregates too)
    python -m benchmarks.claims --readable   # the readable parts only, for measuring a rule while working
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REMOVED_TARGET = 0.98
KEPT_TARGET = 0.90
HONEST = "external-final"
TUNED = ("development", "held-out", "external-dev", "own-tune", "jd-tune", "b18-tune")


def _worst(result: dict[str, Any], faithful: str) -> tuple[float, float]:
    removed = min((s.share for k, s in result["kinds"].items() if k != faithful), default=1.0)
    kept = result["kinds"][faithful].share if faithful in result["kinds"] else 1.0
    return removed, kept


def run(readable: bool = False) -> dict[str, Any]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.tailoring import blind22, claims_compose, claims_forms, claims_twins
    from tests.tailoring.claims_eval import (
        COMPOSE,
        FAITHFUL,
        FORMS,
        GENERATED,
        HIDDEN,
        TWINS,
        evaluate,
        evaluate_detector,
    )
    from tests.tailoring.claims_eval import PARTS as ALL_PARTS

    shown = {p: about for p, about in ALL_PARTS.items() if not (readable and p in HIDDEN)}
    from tests.tailoring.claims_generated import TEMPLATES

    started = time.perf_counter()
    parts = {part: evaluate(part) for part in shown}
    seconds = time.perf_counter() - started
    detector = evaluate_detector()
    blind = blind22.evaluate()
    total = sum(p["cases"] for p in parts.values())
    kinds = [*sorted({k for p in parts.values() for k in p["kinds"]} - {FAITHFUL}), FAITHFUL]
    lines = [
        f"{total} cases in {len(shown)} parts, {total / max(seconds, 1e-9):.0f} cases/s through the whole guard "
        "(one process, sources read once per resume). Parts:",
        "",
        *[f"- **{part}** ({parts[part]['cases']} cases): {about}" for part, about in shown.items()],
        "",
        f"The honest figures are **{HONEST}**'s: no rule was written or tuned while reading it, and its "
        "cases are never printed. The other parts were tuned on and measure memory.",
        "",
        "| kind | " + " | ".join(shown) + f" | target ({HONEST}) | met |",
        "|---|" + "---:|" * len(shown) + "---|---|",
    ]
    for kind in kinds:
        cells = []
        for part in shown:
            score = parts[part]["kinds"].get(kind)
            cells.append(f"{score.share:.2f} ({score.good}/{score.total})" if score else "–")
        honest = parts[HONEST]["kinds"].get(kind) if HONEST in parts else None
        share = honest.share if honest else 1.0
        target = KEPT_TARGET if kind == FAITHFUL else REMOVED_TARGET
        label = "faithful kept" if kind == FAITHFUL else f"{kind} removed"
        verdict = "yes" if share >= target else "**no**"
        lines.append(f"| {label} | " + " | ".join(cells) + f" | ≥ {target:.2f} | {verdict} |")
    caught = detector["caught"] / detector["instructions"]
    flagged = len(detector["flagged"]) / detector["ordinary"]
    lines += [
        "",
        f"Instruction detector: {detector['caught']}/{detector['instructions']} instructions caught ({caught:.2f}), "
        f"{len(detector['flagged'])}/{detector['ordinary']} ordinary resume sentences flagged ({flagged:.2f}).",
        f"Instruction detector, blind-22 (written without reading the detector): caught "
        f"{blind['caught']}/{blind['instructions']} ({blind['caught'] / blind['instructions']:.2f}), ordinary flagged "
        f"{blind['flagged']}/{blind['ordinary']} ({blind['flagged'] / blind['ordinary']:.2f}); "
        "its cases are never printed (per form and language: --json).",
    ]
    missed = [c for part in TUNED for c in parts[part]["missed"]]
    if missed:
        lines += ["", "Missed in the parts tuned on (the final part's are never listed):", ""] + [
            f"- {c.kind} ({c.part or 'hand-written'}, {c.domain}): {c.rewrite}" for c in missed
        ]
    for part, templates in (
        (GENERATED, TEMPLATES),
        (FORMS, claims_forms.TEMPLATES),
        (TWINS, claims_twins.TEMPLATES),
        (COMPOSE, claims_compose.TEMPLATES),
        ("unseen", claims_twins.TEMPLATES),
        ("aligned", claims_twins.TEMPLATES),
        ("restated", claims_twins.TEMPLATES),
        ("paraphrased", claims_twins.TEMPLATES),
        ("normal", claims_twins.TEMPLATES),
        ("leading", claims_twins.TEMPLATES),
    ):
        by_template = Counter(templates[(c.domain, c.rewrite)] for c in parts[part]["missed"])
        if by_template:
            lines += ["", f"Missed in the {part} part, by template:", ""] + [
                f"- {template}: {count}" for template, count in by_template.most_common()
            ]
    hand_removed = min(_worst(parts[p], FAITHFUL)[0] for p in ("development", "held-out"))
    hand_kept = min(_worst(parts[p], FAITHFUL)[1] for p in ("development", "held-out"))
    honest_removed, honest_kept = _worst(parts[HONEST], FAITHFUL) if HONEST in parts else (1.0, 1.0)
    generated_removed, generated_kept = _worst(parts[GENERATED], FAITHFUL)
    return {
        "table": "\n".join(lines),
        "cases_per_second": total / max(seconds, 1e-9),
        "worst_removed": honest_removed,
        "faithful_kept": honest_kept,
        "hand_worst_removed": hand_removed,
        "hand_faithful_kept": hand_kept,
        "generated_worst_removed": generated_removed,
        "generated_faithful_kept": generated_kept,
        "caught": caught,
        "flagged": flagged,
        "blind22_caught": blind["caught"] / blind["instructions"],
        "blind22_flagged": blind["flagged"] / blind["ordinary"],
        "blind22": blind,
        "honest_ok": honest_removed >= REMOVED_TARGET and honest_kept >= KEPT_TARGET,
        "ok": hand_removed >= REMOVED_TARGET and hand_kept >= KEPT_TARGET,
    }


def main() -> int:
    result = run(readable="--readable" in sys.argv[1:])
    if "--json" in sys.argv[1:]:
        print(json.dumps({key: value for key, value in result.items() if key != "table"}, indent=2))
    else:
        print(result["table"])
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
