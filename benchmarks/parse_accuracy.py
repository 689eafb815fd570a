"""Parser accuracy on the real-resume corpus, and parse time against plain text extraction.

Every file in the corpus's `resumes/` is parsed in-process with `parse_document`; the JSON goes
to `benchmarks/out/parsed/<file name>.json` and the corpus's own `score.py` (`score_one`) scores it
against the hand-made labels. Figures are reported per half of `benchmarks.corpus_split` — held
out (the one to quote), tune — and for the whole corpus; per-resume rows only for the tune half. Timing runs in the same loop, interleaved so
machine noise hits both alike: our parse versus pypdf's plain `extract_text()` of every page (for
DOCX, python-docx's paragraph text). Reported: medians, the worst case and their ratio.

    python -m benchmarks.parse_accuracy [--corpus ../shared/corpus] [--repeats 5] [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks import corpus_split, date_truth

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()
OUT_DIR = ROOT / "benchmarks" / "out" / "parsed"
TARGETS = {
    "held_out_score": 0.92,
    "held_out_work": 0.90,
    "score": 0.97,
    "median_ratio": 2.0,
    "max_seconds": 1.0,
}
HALVES = ("held_out", "tune")


def _plain(data: bytes, name: str) -> int:
    """The baseline: the text a naive parser starts from."""
    if name.lower().endswith(".pdf"):
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        return sum(len(page.extract_text() or "") for page in reader.pages)
    import docx

    return sum(len(p.text) for p in docx.Document(io.BytesIO(data)).paragraphs)


def _parse(data: bytes, name: str) -> dict[str, Any]:
    from resume_api.errors import ApiError
    from resume_api.parsing import parse_document

    try:
        return parse_document(data, name)
    except ApiError as exc:
        return {"error": {"code": exc.code, "message": exc.message}}


def corpus_module(corpus: Path, name: str) -> Any:
    """The corpus's own `score.py` / `preserve.py`, imported from the corpus directory (not copied)."""
    spec = importlib.util.spec_from_file_location(f"corpus_{name}", corpus / f"{name}.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(corpus / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _aggregate(rows: dict[str, dict[str, float]]) -> dict[str, Any]:
    """score.py's summary over some resumes: mean of per-resume means, and each field's mean."""
    if not rows:
        return {"files": 0, "score": 0.0, "fields": {}, "min_resume": 0.0}
    overall = {name: sum(r.values()) / len(r) for name, r in rows.items()}
    fields: dict[str, list[float]] = {}
    for r in rows.values():
        for k, v in r.items():
            fields.setdefault(k, []).append(v)
    return {
        "files": len(rows),
        "score": sum(overall.values()) / len(overall),
        "fields": {k: sum(v) / len(v) for k, v in fields.items()},
        "min_resume": min(overall.values()),
    }


def score_halves(corpus: Path, parsed: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Score every labelled parse with the corpus's `score_one`; aggregate per half and overall.

    Per-resume rows are returned for the tune half only: the held-out half is seen as a whole.
    """
    score = corpus_module(corpus, "score")
    rows: dict[str, dict[str, float]] = {}
    dated: dict[str, dict[str, int]] = {}
    for name, pred in parsed.items():
        label_path = corpus / "labels" / f"{name}.json"
        if label_path.exists():
            label = json.loads(label_path.read_text(encoding="utf-8"))
            rows[name] = score.score_one(pred, label)
            dated[name] = date_truth.count(score, pred, label)
    halves = {h: _aggregate({n: r for n, r in rows.items() if corpus_split.half(n) == h}) for h in HALVES}
    return {
        "halves": halves,
        "all": _aggregate(rows),
        "tune_rows": {n: r for n, r in rows.items() if corpus_split.half(n) == "tune"},
        "date_truth": {
            h: date_truth.total(c for n, c in dated.items() if corpus_split.half(n) == h) for h in HALVES
        }
        | {"all": date_truth.total(dated.values())},
        "date_truth_tune_rows": {n: c for n, c in dated.items() if corpus_split.half(n) == "tune"},
    }


def run(corpus: Path = DEFAULT_CORPUS, repeats: int = 5, out_dir: Path = OUT_DIR) -> dict[str, Any]:
    """Parse, score and time the corpus; returns the figures (and a markdown table)."""
    resumes = sorted(p for p in (corpus / "resumes").iterdir() if p.suffix.lower() in {".pdf", ".docx"})
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.json"):
        old.unlink()
    timings: list[dict[str, Any]] = []
    parsed: dict[str, dict[str, Any]] = {}
    for path in resumes:
        data = path.read_bytes()
        result = _parse(data, path.name)  # also warms caches and imports
        parsed[path.name] = result
        (out_dir / f"{path.name}.json").write_text(
            json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        _plain(data, path.name)
        ours, plain = [], []
        for _ in range(repeats):
            t = time.perf_counter()
            _parse(data, path.name)
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            _plain(data, path.name)
            plain.append(time.perf_counter() - t)
        timings.append(
            {
                "file": path.name,
                "median_s": statistics.median(ours),
                "max_s": max(ours),
                "plain_median_s": statistics.median(plain),
                "ratio": statistics.median(ours) / max(statistics.median(plain), 1e-9),
                "error": result.get("error", {}).get("code") if "error" in result else None,
            }
        )
    scored = score_halves(corpus, parsed)
    ratios = [t["ratio"] for t in timings]
    pdf_ratios = [t["ratio"] for t in timings if t["file"].lower().endswith(".pdf")]
    tune_overall = {n: sum(r.values()) / len(r) for n, r in scored["tune_rows"].items()}
    held, whole = scored["halves"]["held_out"], scored["all"]
    figures = {
        "files": len(resumes),
        "score": whole["score"],
        "fields": whole["fields"],
        "halves": scored["halves"],
        "all": whole,
        "tune_rows": scored["tune_rows"],
        "date_truth": scored["date_truth"],
        "date_truth_tune_rows": scored["date_truth_tune_rows"],
        "weakest_tune": sorted(tune_overall.items(), key=lambda kv: kv[1])[:5],
        "median_ratio": statistics.median(ratios) if ratios else 0.0,
        "median_ratio_pdf": statistics.median(pdf_ratios) if pdf_ratios else 0.0,
        "median_s": statistics.median(t["median_s"] for t in timings) if timings else 0.0,
        "max_s": max((t["median_s"] for t in timings), default=0.0),  # the slowest document, by its median
        "timings": timings,
        "targets": TARGETS,
    }
    figures["met"] = {
        "held_out_score": held["score"] >= TARGETS["held_out_score"],
        "held_out_work": held["fields"].get("work", 0.0) >= TARGETS["held_out_work"],
        "score": whole["score"] >= TARGETS["score"],
        "median_ratio": figures["median_ratio"] <= TARGETS["median_ratio"],
        "max_seconds": figures["max_s"] <= TARGETS["max_seconds"],
    }
    figures["ok"] = all(figures["met"].values())
    figures["table"] = table(figures)
    figures["score_table"] = tune_table(figures)
    return figures


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def table(f: dict[str, Any]) -> str:
    """Accuracy per half (held out first: the figure to quote) and parse time."""
    met = f["met"]
    lines = [
        "| set | resumes | field score | work F1 | work dates | education F1 | skills F1 | sections F1 "
        "| target | met |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for label, agg, target, ok in (
        (
            "held out (never tuned on)",
            f["halves"]["held_out"],
            f"score ≥ {TARGETS['held_out_score']}, work ≥ {TARGETS['held_out_work']}",
            met["held_out_score"] and met["held_out_work"],
        ),
        ("tune half", f["halves"]["tune"], "", None),
        ("whole corpus", f["all"], f"score ≥ {TARGETS['score']}", met["score"]),
    ):
        fl = agg["fields"]
        cells = [fl.get(k) for k in ("work", "work_dates", "education", "skills", "sections")]
        lines.append(
            f"| {label} | {agg['files']} | {agg['score']:.3f} | "
            + " | ".join("" if v is None else f"{v:.3f}" for v in cells)
            + f" | {target} | {'' if ok is None else _met(ok)} |"
        )
    lines += ["", "Date truth (`benchmarks.date_truth`, over matched jobs and schools):", ""]
    lines += [f"- {h.replace('_', ' ')}: {date_truth.row(c)}" for h, c in f["date_truth"].items()]
    lines += [
        "",
        "| measure | value | target | met |",
        "|---|---:|---:|---|",
        f"| parse time / plain extraction (median) | {f['median_ratio']:.2f}× "
        f"| ≤ {TARGETS['median_ratio']}× | {_met(met['median_ratio'])} |",
        f"| parse time / plain extraction (PDF median) | {f['median_ratio_pdf']:.2f}× | | |",
        f"| parse time, median document | {f['median_s'] * 1000:.0f} ms | | |",
        f"| parse time, slowest document (median of its parses) | {f['max_s'] * 1000:.0f} ms "
        f"| ≤ {TARGETS['max_seconds'] * 1000:.0f} ms | {_met(met['max_seconds'])} |",
    ]
    return "\n".join(lines)


def tune_table(f: dict[str, Any]) -> str:
    """Per-resume rows, tune half only (the held-out files are never shown one by one)."""
    out = []
    for name, row in sorted(f["tune_rows"].items()):
        overall = sum(row.values()) / len(row)
        out.append(f"{overall:.3f}  {name}  " + " ".join(f"{k}={v:.2f}" for k, v in row.items()))
    out += _date_rows(f["date_truth_tune_rows"])
    for label, agg in (
        ("tune", f["halves"]["tune"]),
        ("held_out", f["halves"]["held_out"]),
        ("all", f["all"]),
    ):
        fields = " ".join(f"{k}={v:.3f}" for k, v in agg["fields"].items())
        out.append(f"{label}: score {agg['score']:.3f} over {agg['files']} resumes; {fields}")
    return "\n".join(out)


def tune_only(corpus: Path = DEFAULT_CORPUS) -> str:
    """The tune half's per-resume rows and aggregate, no timing, no held-out file parsed: the figure
    a parser change is measured by between the few looks at the held-out aggregate."""
    resumes = sorted(
        p
        for p in (corpus / "resumes").iterdir()
        if p.suffix.lower() in {".pdf", ".docx"} and corpus_split.half(p.name) == "tune"
    )
    parsed = {p.name: _parse(p.read_bytes(), p.name) for p in resumes}
    scored = score_halves(corpus, parsed)
    out = []
    for name, row in sorted(scored["tune_rows"].items()):
        overall = sum(row.values()) / len(row)
        out.append(f"{overall:.3f}  {name}  " + " ".join(f"{k}={v:.2f}" for k, v in row.items()))
    out += _date_rows(scored["date_truth_tune_rows"])
    agg = scored["halves"]["tune"]
    fields = " ".join(f"{k}={v:.3f}" for k, v in agg["fields"].items())
    out.append(f"tune: score {agg['score']:.3f} over {agg['files']} resumes; {fields}")
    out.append(f"tune date truth: {date_truth.row(scored['date_truth']['tune'])}")
    return "\n".join(out)


def _date_rows(rows: dict[str, dict[str, int]]) -> list[str]:
    """The tune files whose dates say something untrue (held-out ones are never listed)."""
    wrong = {n: c for n, c in sorted(rows.items()) if any(c[k] for k in date_truth.KEYS[1:])}
    return [f"date truth  {n}  {date_truth.row(c)}" for n, c in wrong.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus directory (resumes/, labels/, score.py)"
    )
    parser.add_argument("--repeats", type=int, default=5, help="timed repetitions per document")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--tune-only", action="store_true", help="score the tune half alone, untimed")
    args = parser.parse_args()
    if not (args.corpus / "resumes").is_dir():
        print(f"parse accuracy: skipped, no corpus at {args.corpus}")
        return
    if args.tune_only:
        print(tune_only(args.corpus.resolve()))
        return
    figures = run(args.corpus.resolve(), args.repeats)
    if args.json:
        hidden = {"table", "score_table", "tune_rows", "date_truth_tune_rows"}
        shown = {k: v for k, v in figures.items() if k not in hidden}
        shown["timings"] = [t for t in figures["timings"] if not corpus_split.held_out(t["file"])]
        print(json.dumps(shown, indent=2))
        return
    print(figures["score_table"])
    held = [t for t in figures["timings"] if corpus_split.held_out(t["file"])]
    for t in figures["timings"]:
        if corpus_split.held_out(t["file"]):
            continue  # held-out files are seen only as a whole (below)
        print(
            f"{t['median_s'] * 1000:7.1f} ms (max {t['max_s'] * 1000:6.1f})"
            f"  plain {t['plain_median_s'] * 1000:6.1f} ms  x{t['ratio']:.2f}  {t['file']}"
            + (f"  ERROR {t['error']}" if t["error"] else "")
        )
    if held:
        print(
            f"held-out ({len(held)} files): median {statistics.median(t['median_s'] for t in held) * 1000:.1f} ms, "
            f"slowest {max(t['median_s'] for t in held) * 1000:.1f} ms, "
            f"median ratio x{statistics.median(t['ratio'] for t in held):.2f}, "
            f"refused {sum(1 for t in held if t['error'])}"
        )
    print()
    print(figures["table"])
    print("\nall targets met" if figures["ok"] else "\nTARGETS MISSED")


if __name__ == "__main__":
    main()
