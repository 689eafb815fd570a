"""The noise layer's map: per perturbation, of the sampled cells whose clean resume gives its jobs
back, how many still do with the perturbation applied, and the first mismatches.

    python -m tests.parsing.layouts.noise_report             # every perturbation
    python -m tests.parsing.layouts.noise_report -p date-duration -n 40 --all
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections import Counter

from .noise import (
    CELLS_PER_NOISE,
    NOISES,
    NOISES_BY_NAME,
    Noise,
    clean_work_passes,
    noise_cells,
    noisy_problems,
)
from .variants import BY_NAME


def measure(noise: Noise, per_noise: int = CELLS_PER_NOISE) -> tuple[int, int, list[tuple[str, str, str]]]:
    """(cells passing, cells measured, [(variant, lang, first mismatch)] of the failing ones)."""
    measured = passed = 0
    failures: list[tuple[str, str, str]] = []
    for name, lang in noise_cells(noise, per_noise):
        if measured >= per_noise:
            break
        variant = BY_NAME[name]
        if not clean_work_passes(variant, lang, noise):
            continue
        problems = noisy_problems(variant, lang, noise)
        if problems is None:
            continue
        measured += 1
        if problems:
            failures.append((name, lang, problems[0]))
        else:
            passed += 1
    return passed, measured, failures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-p", "--noise", action="append", help="only these perturbations")
    ap.add_argument("-n", type=int, default=CELLS_PER_NOISE, help="cells per perturbation")
    ap.add_argument("--all", action="store_true", help="every failing cell, not the first three")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    noises = [NOISES_BY_NAME[n] for n in args.noise] if args.noise else list(NOISES)
    total_pass = total = 0
    groups: Counter[str] = Counter()
    group_pass: Counter[str] = Counter()
    t0 = time.process_time()
    print("| perturbation | group | pass | cells | rate |\n|---|---|---|---|---|")
    details = []
    for noise in noises:
        passed, measured, failures = measure(noise, args.n)
        total_pass, total = total_pass + passed, total + measured
        groups[noise.group] += measured
        group_pass[noise.group] += passed
        rate = passed / measured if measured else float("nan")
        print(f"| {noise.name} | {noise.group} | {passed} | {measured} | {rate:.2f} |", flush=True)
        details.append((noise.name, failures if args.all else failures[:3]))
    print(f"| **all** | | {total_pass} | {total} | {total_pass / max(total, 1):.3f} |")
    print()
    for g in groups:
        print(f"{g}: {group_pass[g]}/{groups[g]}")
    print(f"\nCPU {time.process_time() - t0:.1f} s\n")
    for name, failures in details:
        for v, lang, problem in failures:
            print(f"{name} {v} {lang}: {problem}")


if __name__ == "__main__":
    main()
