"""A census of lost work entries over the tune data, counted by what went wrong.

The work figures rose on what was in view and stayed flat held out, so rules are chosen from a
census rather than from one case: every tune theme PDF and every tune corpus file is parsed, its
work entries matched to the label the way `score.py` matches them, and every loss classified by
its symptom (employer lost, title and employer swapped, employer with a place tail, two jobs
merged, a line taken as a job, a job split, dates lost...). Only tune data is read.

    python -m benchmarks.work_census [--corpus ../shared/corpus] [--themes] [--files] [--examples N]
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

ROOT = Path(__file__).resolve().parents[1]


def _sim(score: Any, a: object, b: object) -> float:
    return float(score.sim(a, b))


def _inside(score: Any, short: object, long: object) -> bool:
    s, lg = score.norm(short), score.norm(long)
    return bool(s) and bool(lg) and f" {s} " in f" {lg} "


def classify(score: Any, parsed: list[dict[str, Any]], label: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(cause, example) for every label job lost and every parsed job matching none."""

    def same(p: dict[str, Any], t: dict[str, Any]) -> float:
        return min(_sim(score, p.get("name"), t["name"]), _sim(score, p.get("position"), t["position"]))

    pairs = score.match(parsed, label, same)
    hit_p = {id(p) for p, _ in pairs}
    hit_t = {id(t) for _, t in pairs}
    out: list[tuple[str, str]] = []
    for p, t in pairs:
        if (t.get("startDate") or t.get("endDate")) and not (
            score.date(p.get("startDate"), t.get("startDate"))
            == score.date(t.get("startDate"), t.get("startDate"))
            and score.date(p.get("endDate"), t.get("endDate"))
            == score.date(t.get("endDate"), t.get("endDate"))
        ):
            cause = "dates lost" if not (p.get("startDate") or p.get("endDate")) else "dates wrong"
            out.append(
                (
                    cause,
                    f"{t.get('startDate')}..{t.get('endDate')} got {p.get('startDate')}..{p.get('endDate')}",
                )
            )
    free = [p for p in parsed if id(p) not in hit_p]
    used: set[int] = set()
    for t in label:
        if id(t) in hit_t:
            continue
        name, pos = t["name"], t["position"]
        cause, best = "job missing", None
        for p in free:
            pn, pp = p.get("name"), p.get("position")
            title_ok = _sim(score, pp, pos) >= 0.8
            name_ok = _sim(score, pn, name) >= 0.8
            if _sim(score, pn, pos) >= 0.8 and _sim(score, pp, name) >= 0.8:
                cause = "title<->employer swapped"
            elif title_ok and not pn:
                cause = "employer lost"
            elif title_ok and _inside(score, name, pn):
                cause = "employer with a tail"
            elif title_ok and _inside(score, pn, name):
                cause = "employer cut"
            elif title_ok and _inside(score, pos, pn):
                cause = "employer holds title"
            elif title_ok:
                cause = "employer wrong"
            elif name_ok and not pp:
                cause = "title lost"
            elif name_ok and _inside(score, pos, pp):
                cause = "title with a tail"
            elif name_ok and _inside(score, pp, pos):
                cause = "title cut"
            elif name_ok:
                cause = "title wrong"
            elif _inside(score, name, pp) and _inside(score, pos, pp):
                cause = "title holds both"
            elif _inside(score, name, pn) and _inside(score, pos, pn):
                cause = "employer holds both"
            else:
                continue
            best = p
            break
        if best is None:
            text = lambda p: json.dumps(p, ensure_ascii=False)  # noqa: E731
            if any(score.norm(name) in score.norm(text(p)) for p in pairs_p(pairs)):
                cause = "merged into another job"
        else:
            used.add(id(best))
        got = "" if best is None else f" got {best.get('position')!r} @ {best.get('name')!r}"
        out.append((cause, f"{pos!r} @ {name!r}{got}"))
    for p in free:
        if id(p) in used:
            continue
        fragment = any(
            _inside(score, p.get("name"), json.dumps(t, ensure_ascii=False))
            or _inside(score, p.get("position"), json.dumps(t, ensure_ascii=False))
            for t in label
        )
        cause = "job split" if fragment else "line taken as a job"
        out.append((cause, f"{p.get('position')!r} @ {p.get('name')!r}"))
    return out


def pairs_p(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> list[dict[str, Any]]:
    return [p for p, _ in pairs]


def theme_cases(
    corpus: Path, field: str = "work"
) -> list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    """(where, parsed, label) of `field` for every tune theme PDF whose label has some."""
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
            if not truth[field]:
                continue
            out.append(
                (
                    f"{theme}/{person.stem}",
                    _parse(pdf.read_bytes(), pdf.name).get(field) or [],
                    truth[field],
                )
            )
    return out


def corpus_cases(
    corpus: Path, field: str = "work"
) -> list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    """(where, parsed, label) of `field` for every tune corpus file whose label has some."""
    out = []
    for path in sorted((corpus / "resumes").iterdir()):
        if corpus_split.half(path.name) != "tune":
            continue
        truth = json.loads((corpus / "labels" / f"{path.name}.json").read_text())
        if truth.get(field):
            out.append(
                (f"corpus/{path.name}", _parse(path.read_bytes(), path.name).get(field) or [], truth[field])
            )
    return out


def census(argv: list[str] | None, doc: str, classify: Any, field: str) -> int:
    """Parse the tune data, classify every loss of `field` and print the counts by cause."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ta.DEFAULT_CORPUS)
    parser.add_argument("--themes", action="store_true")
    parser.add_argument("--files", action="store_true")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write every loss here")
    args = parser.parse_args(argv)
    score = corpus_module(args.corpus, "score")
    cases = []
    if args.themes or not args.files:
        cases += theme_cases(args.corpus, field)
    if args.files or not args.themes:
        cases += corpus_cases(args.corpus, field)
    losses = [
        (where, cause, ex) for where, parsed, label in cases for cause, ex in classify(score, parsed, label)
    ]
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


def main(argv: list[str] | None = None) -> int:
    return census(argv, __doc__ or "", classify, "work")


if __name__ == "__main__":
    raise SystemExit(main())
