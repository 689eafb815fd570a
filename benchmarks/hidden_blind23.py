"""The hidden-text detector on blind-23, a set written by someone who never read it (issue #11 item 4).

tests/parsing/hidden_blind23.py generates the set (seed 23): hidden payloads in 27 forms and ordinary
passages in 35 template forms, eight languages, PDF and DOCX. Each document goes through
`parse_document` once; a hidden payload counts as caught when a hidden-text warning holds it and as
leaked when its words reach the parsed resume; an ordinary document counts as flagged when any
hidden-text warning comes back and as lost when its passage is missing from the parse. Only the
aggregate is printed; per form, variant, language, place, format and payload: --json. Never print a
case: the set stays a measure rather than a list to tune on.

    python -m benchmarks.hidden_blind23 [--json] [--sample N]   # --sample: every N-th case (smoke)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run(sample: int | None = None) -> dict[str, Any]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.parsing.hidden_blind23 import evaluate

    started = time.perf_counter()
    counts = evaluate(sample)
    seconds = time.perf_counter() - started
    hidden, ordinary = max(counts["hidden"], 1), max(counts["ordinary"], 1)
    table = "\n".join(
        [
            f"Hidden-text detector on blind-23 (never read by its authors; {counts['hidden']} hidden, "
            f"{counts['ordinary']} ordinary documents, {seconds:.0f} s{', a sample' if sample else ''}):",
            "",
            "| measure | count | share |",
            "|---|---:|---:|",
            f"| hidden payloads caught | {counts['caught']}/{counts['hidden']} | {counts['caught'] / hidden:.2f} |",
            f"| hidden payloads leaked into the parse | {counts['leaked']}/{counts['hidden']} | "
            f"{counts['leaked'] / hidden:.2f} |",
            f"| hidden documents with a warning that misses the payload | {counts['stray']}/{counts['hidden']} | "
            f"{counts['stray'] / hidden:.2f} |",
            f"| ordinary documents flagged | {counts['flagged']}/{counts['ordinary']} | "
            f"{counts['flagged'] / ordinary:.2f} |",
            f"| ordinary passages lost from the parse | {counts['lost']}/{counts['ordinary']} | "
            f"{counts['lost'] / ordinary:.2f} |",
            f"| documents the parser refused or failed on | {counts['failed']} | |",
            "",
            "Per form, variant, language, place, format and payload: `python -m benchmarks.hidden_blind23 --json`.",
        ]
    )
    return {
        "table": table,
        "counts": counts,
        "seconds": seconds,
        "caught": counts["caught"] / hidden,
        "leaked": counts["leaked"] / hidden,
        "flagged": counts["flagged"] / ordinary,
        "lost": counts["lost"] / ordinary,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true", help="counts per form, language, place, format")
    parser.add_argument("--sample", type=int, default=None, help="every N-th case only (a smoke run)")
    args = parser.parse_args(argv)
    result = run(args.sample)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "table"}, indent=2, ensure_ascii=False))
    else:
        print(result["table"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
