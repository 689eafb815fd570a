"""The skills family (`tests/parsing/layouts/skill_shapes.py`) over every language, pool and
format: the share of cells whose skill words do not read back, by shape, by format, by language,
and what goes wrong (a keyword cut in pieces, a group's name as a keyword, keywords lost). The
test (`test_skill_shapes.py`) runs one language a cell; this runs them all, to say which shape a
rule should take on next.

    python -m benchmarks.skill_shapes [--fmt pdf,docx,html] [--lang en,fr] [--shape over,tags]
        [--json out.json] [--examples N]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from typing import Any

from resume_api.parsing import parse_document
from tests.parsing.layouts.html_writer import cjk_font, html_available
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.skill_shapes import HTML_ONLY, POOLS, SHAPES, norm, render, skill_words, skills_doc


def _kind(want: set[str], got: set[str], names: set[str]) -> str:
    """What went wrong in one cell, the first that holds: a group's name as a keyword, a keyword
    in pieces (an extra word inside a wanted one), a piece of a name wrapped in its cell, keywords lost, other text as keywords."""
    extra, missing = got - want, want - got
    if extra & names:
        return "name as keyword"
    if any(e in n for e in extra for n in names):
        return "piece of a name as keyword"
    if any(e in m and e != m for e in extra for m in missing):
        return "keyword in pieces"
    if any(m in e and e != m for e in extra for m in missing):
        return "keywords run together"
    if missing and not extra:
        return "keywords lost"
    return "other text as keywords"


def cells(fmts: list[str], langs: list[str], shapes: list[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for shape in shapes:
        for lang in langs:
            for pool in POOLS:
                doc = skills_doc(shape, lang, pool)
                names = {norm(n) for n, _ in doc.groups}
                for fmt in fmts:
                    if fmt != "html" and shape in HTML_ONLY:
                        continue
                    if fmt == "html" and (html_available() or (LANGS[lang].cjk and not cjk_font())):
                        continue
                    data, name = render(doc, fmt)
                    got = skill_words(parse_document(data, name).get("skills") or [])
                    ok = got == doc.words
                    rows.append(
                        {
                            "shape": shape,
                            "lang": lang,
                            "pool": pool,
                            "fmt": fmt,
                            "ok": ok,
                            "kind": "" if ok else _kind(doc.words, got, names),
                            "missing": sorted(doc.words - got),
                            "extra": sorted(got - doc.words),
                        }
                    )
    return rows


def table(rows: list[dict[str, Any]], key: str) -> str:
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by[r[key]].append(r)
    out = [
        f"| {key} | failing | share | pdf | docx | html | commonest kind |",
        "|---|---|---|---|---|---|---|",
    ]
    for k, rs in by.items():
        bad = [r for r in rs if not r["ok"]]
        per = []
        for fmt in ("pdf", "docx", "html"):
            f = [r for r in rs if r["fmt"] == fmt]
            per.append(f"{sum(not r['ok'] for r in f)}/{len(f)}" if f else "-")
        kinds: dict[str, int] = defaultdict(int)
        for r in bad:
            kinds[r["kind"]] += 1
        common = max(kinds, key=lambda x: kinds[x]) if kinds else ""
        out.append(
            f"| {k} | {len(bad)}/{len(rs)} | {len(bad) / len(rs):.2f} | {' | '.join(per)} | {common} |"
        )
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fmt", default="pdf,docx,html")
    ap.add_argument("--lang", default=",".join(LANGS))
    ap.add_argument("--shape", default=",".join(SHAPES))
    ap.add_argument("--json")
    ap.add_argument("--examples", type=int, default=0)
    a = ap.parse_args()
    rows = cells(a.fmt.split(","), a.lang.split(","), a.shape.split(","))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=0)
    bad = sum(not r["ok"] for r in rows)
    print(f"{bad}/{len(rows)} cells fail ({bad / max(1, len(rows)):.2f})\n")
    for key in ("shape", "fmt", "lang", "pool", "kind"):
        print(table(rows, key), "\n")
    shown: dict[str, int] = defaultdict(int)
    for r in rows:
        if not r["ok"] and shown[r["shape"]] < a.examples:
            shown[r["shape"]] += 1
            print(
                r["shape"],
                r["lang"],
                r["pool"],
                r["fmt"],
                r["kind"],
                "missing",
                r["missing"],
                "extra",
                r["extra"],
            )


if __name__ == "__main__":
    main()
