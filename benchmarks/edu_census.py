"""A census of lost education entries over the tune data, counted by what went wrong.

Education is scored by school alone (`score.py` matches parsed to labelled entries on the
institution), so a loss is either a labelled school no parsed entry matches or a parsed entry
matching no labelled school. Each is classified by its symptom (school filed as area/degree,
school merged into another entry, school cut or with a tail, an entry split, a line of another
section taken as a school...). Only tune data is read.

    python -m benchmarks.edu_census [--themes] [--files] [--examples N]
"""

from __future__ import annotations

import json
from typing import Any

from benchmarks.work_census import _inside, _sim, census


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
            if not pi and any(
                _sim(score, p.get(k), inst) >= 0.8 or _inside(score, inst, p.get(k))
                for k in ("area", "studyType")
            ):
                cause = "school as area/degree"
            elif not pi and id(p) in {id(f) for f in free}:
                cause = "school lost (entry without one)"
            elif _inside(score, inst, pi):
                cause = (
                    "school with a tail" if id(p) in {id(f) for f in free} else "merged into another entry"
                )
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
        got = (
            ""
            if best is None
            else " got "
            + json.dumps(
                {k: best.get(k) for k in ("institution", "studyType", "area", "startDate", "endDate")},
                ensure_ascii=False,
            )
        )
        out.append((cause, f"{inst!r} {t.get('startDate')}..{t.get('endDate')}{got}"))
    for p in free:
        if id(p) in used:
            continue
        whole = json.dumps(label, ensure_ascii=False)
        fragment = any(
            _inside(score, p.get(k), whole) for k in ("institution", "area", "studyType") if p.get(k)
        )
        cause = "entry split" if fragment else "line taken as an entry"
        out.append(
            (
                cause,
                json.dumps(
                    {k: p.get(k) for k in ("institution", "studyType", "area", "startDate", "endDate")},
                    ensure_ascii=False,
                ),
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    return census(argv, __doc__ or "", classify, "education")


if __name__ == "__main__":
    raise SystemExit(main())
