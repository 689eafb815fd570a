"""Every layout variant in every language through the parser: a pass/fail table, then the first
mismatch of each failing cell and how often each field goes wrong. The parser engineer's
instrument:

    python -m tests.parsing.layouts.report                  # all variants x all languages
    python -m tests.parsing.layouts.report -v pdf-sidebar-left -l fr -n 5 --all-mismatches
    python -m tests.parsing.layouts.report --test-matrix --xfail-table   # the test's xfail table
    python -m tests.parsing.layouts.report -l ja --save /tmp/layouts     # the files, to open them
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

from . import BY_NAME, EXAMPLES, LANGS, VARIANTS, check_cell, matrix_cells, render, sample


def _field(problem: str) -> str:
    """`work[1].name: ...` -> `work.name`: what kind of mistake, for the tally."""
    head = problem.split(":", 1)[0]
    return re.sub(r"\[[^\]]*\]", "", head)


def _save(folder: Path, failed: dict[tuple[str, str], list[str]]) -> None:
    """The first resume of each failing cell as a file, beside the parse it should give."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, lang in failed:
        variant = BY_NAME[name]
        data, filename, want = render(sample(lang, variant), variant)
        (folder / filename).write_bytes(data)
        (folder / f"{filename}.expected.json").write_text(json.dumps(want, ensure_ascii=False, indent=1))
    print(f"files of the failing cells written to {folder}/ (the first resume of each)\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--variant", action="append", help="only these variants (repeatable; substring)")
    ap.add_argument("-l", "--lang", action="append", help="only these languages (repeatable)")
    ap.add_argument(
        "-n", "--examples", type=int, default=EXAMPLES, help=f"resumes per cell (default {EXAMPLES})"
    )
    ap.add_argument("--test-matrix", action="store_true", help="only the cells test_layouts.py runs")
    ap.add_argument("--all-mismatches", action="store_true", help="print every mismatch, not the first")
    ap.add_argument(
        "--xfail-table", action="store_true", help="print the failures as test_layouts.py's XFAIL"
    )
    ap.add_argument(
        "--save", metavar="DIR", help="write each failing cell's file and its expected parse to DIR"
    )
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")

    langs = args.lang or list(LANGS)
    variants = [v for v in VARIANTS if not args.variant or any(s in v.name for s in args.variant)]
    if args.test_matrix:
        cells = [(n, lang) for n, lang in matrix_cells() if n in {v.name for v in variants} and lang in langs]
    else:
        cells = [(v.name, lang) for v in variants for lang in langs]

    started = time.monotonic()
    results: dict[tuple[str, str], list[str]] = {}
    for name, lang in cells:
        results[(name, lang)] = check_cell(BY_NAME[name], lang, args.examples)

    names = list(dict.fromkeys(n for n, _ in cells))
    width = max(len(n) for n in names) + 2
    print(f"{'variant':<{width}}" + "".join(f"{lang:>5}" for lang in langs))
    for n in names:
        row = ""
        for lang in langs:
            if (n, lang) not in results:
                row += f"{'':>5}"
            else:
                row += f"{'ok' if not results[(n, lang)] else 'FAIL':>5}"
        print(f"{n:<{width}}{row}")
    failed = {k: v for k, v in results.items() if v}
    print(
        f"\n{len(results) - len(failed)} passed, {len(failed)} failed "
        f"({args.examples} resumes per cell, {time.monotonic() - started:.0f} s)\n"
    )
    if args.save:
        _save(Path(args.save), failed)
    for (n, lang), problems in failed.items():
        print(f"{n} [{lang}]")
        for p in problems if args.all_mismatches else problems[:1]:
            print(f"    {p}")
    tally = Counter(_field(p) for problems in failed.values() for p in problems)
    if tally:
        print("\nmismatches by field (all failing cells):")
        for field, count in tally.most_common():
            print(f"    {count:5d}  {field}")
    if args.xfail_table:
        print("\nXFAIL = {")
        for (n, lang), problems in failed.items():
            reason = problems[0].replace("\\", "\\\\").replace('"', "'")
            reason = reason if len(reason) <= 120 else reason[:117] + "..."
            print(f'    ("{n}", "{lang}"): "{reason}",')
        print("}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
