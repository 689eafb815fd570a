"""Parser accuracy on the real-resume corpus, and parse time against plain text extraction.

Every file in the corpus's `resumes/` is parsed in-process with `parse_document`; the JSON goes
to `benchmarks/out/parsed/<file name>.json` and the corpus's own `score.py` scores it against the
hand-made labels (per field, per resume, overall). Timing runs in the same loop, interleaved so
machine noise hits both alike: our parse versus pypdf's plain `extract_text()` of every page (for
DOCX, python-docx's paragraph text). Reported: medians, the worst case and their ratio.

    python -m benchmarks.parse_accuracy [--corpus ../shared/corpus] [--repeats 5] [--json]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()
OUT_DIR = ROOT / "benchmarks" / "out" / "parsed"
TARGETS = {"score": 0.90, "min_resume": 0.60, "median_ratio": 2.0, "max_seconds": 1.0}


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


def _score(corpus: Path, out_dir: Path) -> tuple[dict[str, Any], str]:
    script = corpus / "score.py"
    summary = subprocess.run(
        [sys.executable, str(script), str(out_dir), "--json"], capture_output=True, text=True, check=True
    )
    table = subprocess.run(
        [sys.executable, str(script), str(out_dir)], capture_output=True, text=True, check=True
    )
    return json.loads(summary.stdout), table.stdout


def _per_resume(table: str) -> dict[str, float]:
    rows = {}
    for line in table.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].replace(".", "", 1).isdigit():
            rows[parts[1]] = float(parts[0])
    return rows


def run(corpus: Path = DEFAULT_CORPUS, repeats: int = 5, out_dir: Path = OUT_DIR) -> dict[str, Any]:
    """Parse, score and time the corpus; returns the figures (and a markdown table)."""
    resumes = sorted(p for p in (corpus / "resumes").iterdir() if p.suffix.lower() in {".pdf", ".docx"})
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.json"):
        old.unlink()
    timings: list[dict[str, Any]] = []
    for path in resumes:
        data = path.read_bytes()
        result = _parse(data, path.name)  # also warms caches and imports
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
    summary, score_table = _score(corpus, out_dir)
    per_resume = _per_resume(score_table)
    ratios = [t["ratio"] for t in timings]
    pdf_ratios = [t["ratio"] for t in timings if t["file"].lower().endswith(".pdf")]
    figures = {
        "files": len(resumes),
        "score": summary["score"],
        "fields": summary["fields"],
        "min_resume": min(per_resume.values()) if per_resume else 0.0,
        "weakest": sorted(per_resume.items(), key=lambda kv: kv[1])[:3],
        "median_ratio": statistics.median(ratios) if ratios else 0.0,
        "median_ratio_pdf": statistics.median(pdf_ratios) if pdf_ratios else 0.0,
        "median_s": statistics.median(t["median_s"] for t in timings) if timings else 0.0,
        "max_s": max((t["max_s"] for t in timings), default=0.0),
        "timings": timings,
        "score_table": score_table,
        "targets": TARGETS,
    }
    figures["ok"] = (
        figures["score"] >= TARGETS["score"]
        and figures["min_resume"] >= TARGETS["min_resume"]
        and figures["median_ratio"] <= TARGETS["median_ratio"]
        and figures["max_s"] <= TARGETS["max_seconds"]
    )
    figures["table"] = table(figures)
    return figures


def table(f: dict[str, Any]) -> str:
    fields = " ".join(f"{k}={v:.3f}" for k, v in f["fields"].items())
    lines = [
        "| measure | value | target |",
        "|---|---:|---:|",
        f"| overall score ({f['files']} resumes) | {f['score']:.3f} | ≥ {TARGETS['score']} |",
        f"| lowest resume | {f['min_resume']:.3f} | ≥ {TARGETS['min_resume']} |",
        f"| parse time / plain extraction (median) | {f['median_ratio']:.2f}× "
        f"| ≤ {TARGETS['median_ratio']}× |",
        f"| parse time / plain extraction (PDF median) | {f['median_ratio_pdf']:.2f}× | |",
        f"| parse time, median document | {f['median_s'] * 1000:.0f} ms | |",
        f"| parse time, slowest document | {f['max_s'] * 1000:.0f} ms "
        f"| ≤ {TARGETS['max_seconds'] * 1000:.0f} ms |",
        "",
        f"fields: {fields}",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus directory (resumes/, labels/, score.py)"
    )
    parser.add_argument("--repeats", type=int, default=5, help="timed repetitions per document")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = run(args.corpus.resolve(), args.repeats)
    if args.json:
        print(json.dumps({k: v for k, v in figures.items() if k not in {"table", "score_table"}}, indent=2))
        return
    print(figures["score_table"])
    for t in figures["timings"]:
        print(
            f"{t['median_s'] * 1000:7.1f} ms (max {t['max_s'] * 1000:6.1f})"
            f"  plain {t['plain_median_s'] * 1000:6.1f} ms  x{t['ratio']:.2f}  {t['file']}"
            + (f"  ERROR {t['error']}" if t["error"] else "")
        )
    print()
    print(figures["table"])
    print("\nall targets met" if figures["ok"] else "\nTARGETS MISSED")


if __name__ == "__main__":
    main()
