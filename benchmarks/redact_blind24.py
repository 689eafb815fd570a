"""The secret redactor on blind-24, a set written by someone who never read it (issue #11 item 3).

tests/llm/redact_blind24.py generates the set (seed 24): the session's own key of 20 shapes in 34
forms (and 2 stretch forms outside the contract), 34 kinds of credentials a model may invent, and
ordinary resume text of 22 kinds, each inside a whole optimize answer in 13 languages. Every case
goes through `redact_answer` once (the unit path); `--http N` also sends N leak and N ordinary
cases through `POST /optimize_resume/` on a local runner and compares the two decisions. Only the
aggregate is printed; per form, shape, language and place: --json. Never print a case: the set
stays a measure rather than a list to tune on.

    python -m benchmarks.redact_blind24 [--json] [--sample N] [--http N]   # --sample: every N-th case
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _share(part: int, whole: int) -> str:
    return f"{part / max(whole, 1):.2f}"


def run(sample: int | None = None) -> dict[str, Any]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.llm.redact_blind24 import evaluate

    started = time.perf_counter()
    counts = evaluate(sample)
    seconds = time.perf_counter() - started
    leaks, ordinary, stretch = counts["leaks"], counts["ordinary"], counts["stretch"]
    table = "\n".join(
        [
            f"Secret redactor on blind-24 (never read by its author; {leaks} leaks, {stretch} stretch leaks, "
            f"{ordinary} ordinary answers, {seconds:.0f} s{', a sample' if sample else ''}):",
            "",
            "| measure | count | share |",
            "|---|---:|---:|",
            f"| leaks caught (no 8-character run of the secret left) | {counts['caught']}/{leaks} | "
            f"{_share(counts['caught'], leaks)} |",
            f"| stretch forms caught (reversed, hex; outside the contract) | "
            f"{stretch - counts['stretch_leaked']}/{stretch} | {_share(stretch - counts['stretch_leaked'], stretch)} |",
            f"| ordinary answers damaged | {counts['damaged']}/{ordinary} | {_share(counts['damaged'], ordinary)} |",
            f"| answers the redactor failed on | {counts['failed']} | |",
            "",
            "Per form, shape, language and place: `python -m benchmarks.redact_blind24 --json`.",
        ]
    )
    return {
        "table": table,
        "counts": counts,
        "seconds": seconds,
        "caught": counts["caught"] / max(leaks, 1),
        "damaged": counts["damaged"] / max(ordinary, 1),
    }


def run_http(n: int) -> dict[str, Any]:
    """N leak and N ordinary cases through a local runner, beside the unit decision."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import httpx

    from benchmarks.latency import GENEROUS_QUOTAS
    from local_runner.console import Console
    from local_runner.runner import LocalRunner
    from tests.llm import redact_blind24_http as through

    runner = LocalRunner(
        env_overrides={"RESUME_API_ALLOW_PRIVATE_BASE_URLS": "true"},
        parameters=GENEROUS_QUOTAS,
        console=Console(stream=io.StringIO()),
        stack_name="resume-api-blind24",
    )
    runner.start()
    try:
        with (
            through.fake_model() as fake,
            httpx.Client(base_url=f"{runner.base_url}/api/v1", timeout=120) as api,
        ):
            return through.evaluate(api, fake, through.sample(n, n))
    finally:
        runner.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true", help="counts per form, shape, language, place")
    parser.add_argument("--sample", type=int, default=None, help="every N-th case only (a smoke run)")
    parser.add_argument("--http", type=int, default=0, help="also N leak and N ordinary cases through HTTP")
    args = parser.parse_args(argv)
    result = run(args.sample)
    if args.http:
        result["http"] = run_http(args.http)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "table"}, indent=2, ensure_ascii=False))
    else:
        print(result["table"])
        if args.http:
            print("\nThrough HTTP:", json.dumps(result["http"], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
