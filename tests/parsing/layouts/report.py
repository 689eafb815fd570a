"""Every layout variant in every language through the parser: which sections come back exactly,
the first mismatch of each failing cell, and how often each field goes wrong. The parser
engineer's instrument:

    python -m tests.parsing.layouts.report                  # all variants x all languages
    python -m tests.parsing.layouts.report -v sidebar -l fr -n 5 --all-mismatches
    python -m tests.parsing.layouts.report -l ja --save /tmp/layouts     # the files, to open them
    python -m tests.parsing.layouts.report --test-matrix --xfail-table   # test_layouts' XFAIL
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

from . import (
    BY_NAME,
    EXAMPLES,
    LANGS,
    SECTIONS,
    VARIANTS,
    cell_problems,
    matrix_cells,
    render,
    sample,
    verdicts,
)

SHORT = {
    "basics": "basic",
    "work": "work",
    "education": "edu",
    "skills": "skill",
    "languages": "lang",
    "certificates": "cert",
    "awards": "award",
    "projects": "proj",
    "publications": "pub",
    "volunteer": "vol",
    "references": "ref",
    "interests": "int",
    "other": "other",
}


def _field(problem: str) -> str:
    """`work[1].name: ...` -> `work.name`: what kind of mistake, for the tally."""
    head = problem.split(":", 1)[0]
    return re.sub(r"\[[^\]]*\]", "", head)


def _save(folder: Path, failed: list[tuple[str, str]]) -> None:
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
    ap.add_argument(
        "-v", "--variant", action="append", help="only variants whose name holds this (repeatable)"
    )
    ap.add_argument("-l", "--lang", action="append", help="only these languages (repeatable)")
    ap.add_argument(
        "-n", "--examples", type=int, default=EXAMPLES, help=f"resumes per cell (default {EXAMPLES})"
    )
    ap.add_argument("--test-matrix", action="store_true", help="only the cells test_layouts.py runs")
    ap.add_argument("--all-mismatches", action="store_true", help="every mismatch of a failing cell")
    ap.add_argument(
        "--xfail-table", action="store_true", help="print the failures as test_layouts.py's XFAIL"
    )
    ap.add_argument("--save", metavar="DIR", help="write each failing cell's file and expected parse to DIR")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")

    langs = args.lang or list(LANGS)
    variants = [v for v in VARIANTS if not args.variant or any(s in v.name for s in args.variant)]
    wanted = {v.name for v in variants}
    if args.test_matrix:
        cells = [(n, lang) for n, lang in matrix_cells() if n in wanted and lang in langs]
    else:
        cells = [(v.name, lang) for v in variants for lang in langs]

    started = time.monotonic()
    problems = {cell: cell_problems(BY_NAME[cell[0]], cell[1], args.examples) for cell in cells}
    verdict = {cell: verdicts(p) for cell, p in problems.items()}
    seconds = time.monotonic() - started

    names = list(dict.fromkeys(n for n, _ in cells))
    width = max(len(n) for n in names) + 2
    print("Sections wrong per cell (of 13; '.' = everything parsed back exactly)\n")
    print(f"{'variant':<{width}}" + "".join(f"{lang:>4}" for lang in langs))
    for n in names:
        row = "".join(
            f"{'':>4}" if (n, lang) not in verdict else f"{len(verdict[(n, lang)]) or '.':>4}"
            for lang in langs
        )
        print(f"{n:<{width}}{row}")

    print("\nLanguages in which each section parsed back exactly, per variant\n")
    print(f"{'variant':<{width}}" + "".join(f"{SHORT[s]:>6}" for s in SECTIONS))
    for n in names:
        mine = [c for c in cells if c[0] == n]
        row = "".join(f"{sum(s not in verdict[c] for c in mine):>3}/{len(mine):<2}" for s in SECTIONS)
        print(f"{n:<{width}}{row}")
    total = "".join(
        f"{100 * sum(s not in v for v in verdict.values()) / len(verdict):>5.0f}%" for s in SECTIONS
    )
    print(f"{'all cells':<{width}}{total}")
    print(f"\n{'language':<{width}}" + "".join(f"{SHORT[s]:>6}" for s in SECTIONS))
    for lang in langs:
        mine = [c for c in cells if c[1] == lang]
        if mine:
            row = "".join(
                f"{100 * sum(s not in verdict[c] for c in mine) / len(mine):>5.0f}%" for s in SECTIONS
            )
            print(f"{lang:<{width}}{row}")

    failed = [c for c, v in verdict.items() if v]
    print(
        f"\n{len(cells) - len(failed)} passed, {len(failed)} failed "
        f"({args.examples} resumes per cell, {seconds:.0f} s)\n"
    )
    if args.save:
        _save(Path(args.save), failed)
    for cell in failed:
        print(f"{cell[0]} [{cell[1]}]")
        shown = list(verdict[cell].values()) if args.all_mismatches else [next(iter(verdict[cell].values()))]
        for p in shown:
            print(f"    {p}")
    tally = Counter(_field(p) for per_example in problems.values() for ps in per_example for p in ps)
    if tally:
        print("\nmismatches by field (every drawn resume):")
        for field, count in tally.most_common():
            print(f"    {count:5d}  {field}")
    if args.xfail_table:
        print("\nXFAIL = {")
        for (n, lang), sections in verdict.items():
            for section, problem in sections.items():
                reason = problem.replace("\\", "\\\\").replace('"', "'")
                reason = reason if len(reason) <= 110 else reason[:107] + "..."
                print(f'    ("{n}", "{lang}", "{section}"): "{reason}",')
        print("}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
