"""A census of lost education entries over the tune data, counted by what went wrong.

Education is scored by school alone (`score.py` matches parsed to labelled entries on the
institution), so a loss is either a labelled school no parsed entry matches or a parsed entry
matching no labelled school. Each is classified by its symptom (school filed as area/degree,
school merged into another entry, school cut or with a tail, an entry split, a line of another
section taken as a school...). Only tune data is read.

    python -m benchmarks.edu_census [--themes] [--files] [--examples N]
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path
from typing import Any

from benchmarks import corpus_split
from benchmarks import theme_accuracy as ta
from benchmarks.parse_accuracy import _parse, corpus_module
from benchmarks.work_census import _inside, _sim


def classify(score: Any, parsed: list[dict[str, Any]], label: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(cause, example) for every labelled school lost and every parsed entry matching none."""
    pairs = score.match(parsed, label, lambda p, t: _sim(score, p.get("institution"), t["institution"]))
    hit_p = {id(p) for p, _ in pairs}
    hit_t = {id(t) for _, t in pairs}
    free = [p for p in parsed if id(p) not in hit_p]
    out: list[tuple[str, str]] = []
    used: set[int] = set()
    for t in label:
        if id(t) in hit_t:
            continue
        inst = t["institution"]
        cause, best = "school missing", None
        for p in parsed:
            pi = p.get("institution")
            if not pi and any(_sim(score, p.get(k), inst) >= 0.8 or _inside(score, inst, p.get(k)) for k in ("area", "studyType")):
                cause = "school as area/degree"
            elif not pi and id(p) in {id(f) for f in free}:
                cause = "school lost (entry without one)"
            elif _inside(score, inst, pi):
                cause = "school with a tail" if id(p) in {id(f) for f in free} else "merged into another entry"
            elif _inside(score, pi, inst):
                cause = "school cut"
            elif any(_inside(score, inst, p.get(k)) for k in ("area", "studyType")):
                cause = "school inside area/degree"
            else:
                continue
            best = p
            break
        if best is not None:
            used.add(id(best))
        got = "" if best is None else " got " + json.dumps({k: best.get(k) for k in ("institution", "studyType", "area", "startDate", "endDate")}, ensure_ascii=False)
        out.append((cause, f"{inst!r} {t.get('startDate')}..{t.get('endDate')}{got}"))
    for p in free:
        if id(p) in used:
            continue
        whole = json.dumps(label, ensure_ascii=False)
        fragment = any(_inside(score, p.get(k), whole) for k in ("institution", "area", "studyType") if p.get(k))
        cause = "entry split" if fragment else "line taken as an entry"
        out.append((cause, json.dumps({k: p.get(k) for k in ("institution", "studyType", "area", "startDate", "endDate")}, ensure_ascii=False)))
    return out


def theme_cases(corpus: Path) -> list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    score = corpus_module(corpus, "score")
    out = []
    for theme in ta.themes():
        if ta.measured(theme):
            continue
        for person in sorted(ta.PEOPLE.glob("*.json")):
            pdf = ta.OUT / f"{theme}__{person.stem}.pdf"
            if not pdf.exists():
                continue
            truth = ta.label(json.loads(person.read_text()), ta.Printed(ta._text(pdf), score))
            if not truth["education"]:
                continue
            out.append((f"{theme}/{person.stem}", _parse(pdf.read_bytes(), pdf.name).get("education") or [], truth["education"]))
    return out


def corpus_cases(corpus: Path) -> list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    out = []
    for path in sorted((corpus / "resumes").iterdir()):
        if corpus_split.half(path.name) != "tune":
            continue
        truth = json.loads((corpus / "labels" / f"{path.name}.json").read_text())
        if truth.get("education"):
            out.append((f"corpus/{path.name}", _parse(path.read_bytes(), path.name).get("education") or [], truth["education"]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ta.DEFAULT_CORPUS)
    parser.add_argument("--themes", action="store_true")
    parser.add_argument("--files", action="store_true")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write every loss here")
    args = parser.parse_args(argv)
    score = corpus_module(args.corpus, "score")
    cases = []
    if args.themes or not args.files:
        cases += theme_cases(args.corpus)
    if args.files or not args.themes:
        cases += corpus_cases(args.corpus)
    losses = [(where, cause, ex) for where, parsed, label in cases for cause, ex in classify(score, parsed, label)]
    counts = collections.Counter(cause for _, cause, _ in losses)
    by_group: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for where, cause, _ in losses:
        by_group[cause][where.split("/")[0]] += 1
    for cause, n in counts.most_common():
        print(f"{n:5}  {cause:32} " + ", ".join(f"{g} {k}" for g, k in by_group[cause].most_common(8)))
        for where, _c, ex in [x for x in losses if x[1] == cause][: args.examples]:
            print(f"         {where}: {ex}")
    if args.json:
        args.json.write_text(json.dumps(losses, ensure_ascii=False, indent=0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
