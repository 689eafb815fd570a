"""The unknown-language map: every layout variant in languages the parser has no words for, and
which of the sections a reader needs first (who, the jobs, the schooling, the skills) come back.

    python -m tests.parsing.layouts.unknown_report                # every variant x 8 languages
    python -m tests.parsing.layouts.unknown_report -v sidebar -l tr --all

A variant whose form has no wording in a language (a qualified title, a thesis label, a job told
as a sentence: tables in build.py keyed by the known languages) is left out of that language.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections import Counter
from typing import Any

from . import VARIANTS, Variant, draw, mismatches, render, verdicts
from .unknown_lang import UNKNOWN

CORE = ("basics", "work", "education", "skills")
"""The sections this map judges: a resume whose headings are unknown must still give these back."""


def unknown_cells(
    variants: list[Variant] | None = None, langs: list[str] | None = None
) -> list[tuple[str, str]]:
    """(variant, language) for every variant and unknown language."""
    return [
        (v.name, code)
        for v in (VARIANTS if variants is None else variants)
        for code in langs or list(UNKNOWN)
    ]


def months_read(want: dict[str, Any], doc: dict[str, Any], parsed: dict[str, Any]) -> dict[str, Any]:
    """The expectation with each month the parser cannot know dropped to its year: a month printed
    as a word no vocabulary holds (`Ocak`, `leden`, `Μάρτιος`, `augusti`) can only be read as its
    year (the parser may still read one that plainly starts with a known month: either is right)."""
    from resume_api.parsing.lexicon import lexicon

    from .unknown_lang import lang_of

    lang, form = lang_of(doc["lang"]), doc["style"]["month_form"]
    names = {"full": lang.months, "short": lang.months_short, "y_full": lang.months}.get(form)
    if names is None:
        return want  # numbers: every month is read
    known = lexicon().months
    for key in ("work", "education", "volunteer"):
        for item, got in zip(want.get(key) or [], parsed.get(key) or [], strict=False):
            for f in ("startDate", "endDate"):
                value = item.get(f)
                month = names[int(value[5:]) - 1] if value and len(value) == 7 and value[4] == "-" else None
                if month and month.casefold().rstrip(".") not in known and got.get(f) == value[:4]:
                    item[f] = value[:4]
    return want


def cell_verdicts(variant: Variant, lang: str, examples: int = 1) -> dict[str, str] | None:
    """Per section, the first mismatch over the drawn resumes; None where the form has no wording
    in this language."""
    from resume_api.errors import ApiError
    from tests.parsed import parse

    found: list[list[str]] = []
    for doc in draw(lang, variant, examples):
        try:
            data, filename, want = render(doc, variant)
        except KeyError:
            return None
        try:
            parsed = parse(data, filename)
            found.append(mismatches(parsed, months_read(want, doc, parsed)))
        except ApiError as exc:
            found.append([f"refused: {exc.__class__.__name__}: {exc}"])
    return verdicts(found)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--variant", action="append", help="only variants whose name holds this")
    ap.add_argument("-l", "--lang", action="append", help="only these languages")
    ap.add_argument("-n", "--examples", type=int, default=1, help="resumes per cell (default 1)")
    ap.add_argument("--all", action="store_true", help="print every failing cell's first core mismatch")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    variants = [v for v in VARIANTS if not args.variant or any(s in v.name for s in args.variant)]
    langs = args.lang or list(UNKNOWN)
    t0 = time.process_time()
    by_name = {v.name: v for v in variants}
    result: dict[tuple[str, str], dict[str, Any]] = {}
    for name, lang in unknown_cells(variants, langs):
        verdict = cell_verdicts(by_name[name], lang, args.examples)
        if verdict is not None:
            result[(name, lang)] = verdict
    seconds = time.process_time() - t0

    def row(cells: list[tuple[str, str]]) -> str:
        n = len(cells) or 1
        parts = [f"{sum(s not in result[c] for c in cells):>3}/{len(cells):<3}" for s in CORE]
        core = sum(not any(s in result[c] for s in CORE) for c in cells)
        whole = sum(not result[c] for c in cells)
        return (
            " ".join(parts) + f" {core:>3}/{len(cells):<3} {100 * core / n:>4.0f}% {whole:>3}/{len(cells):<3}"
        )

    width = max(len(v.name) for v in variants) + 2
    head = " ".join(f"{s[:7]:>7}" for s in CORE) + "    core   rate   whole"
    print(f"{'variant':<{width}}{head}")
    for v in variants:
        mine = [c for c in result if c[0] == v.name]
        if mine:
            print(f"{v.name:<{width}}{row(mine)}")
    print(f"\n{'language':<{width}}{head}")
    for lang in langs:
        mine = [c for c in result if c[1] == lang]
        if mine:
            print(f"{lang:<{width}}{row(mine)}")
    print(f"{'all':<{width}}{row(list(result))}")
    print(f"\n{len(result)} cells, {args.examples} resume(s) each, {seconds:.0f} s CPU")
    tally: Counter[str] = Counter()
    for found in result.values():
        for s in CORE:
            if s in found:
                head = found[s].split(":", 1)[0]
                tally[head.split("[", 1)[0] + ":" + head.rsplit(".", 1)[-1]] += 1
    print("\nfirst core mismatch by section and field:")
    for k, n in tally.most_common(20):
        print(f"  {n:4d}  {k}")
    if args.all:
        for c, found in result.items():
            bad = [found[s] for s in CORE if s in found]
            if bad:
                print(f"{c[0]} [{c[1]}]\n    " + "\n    ".join(bad))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
