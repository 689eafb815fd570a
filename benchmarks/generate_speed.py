"""Generation time per format against the time to parse the same resume, measured in the same run.

For each corpus resume: parse it once (that JSON Resume is what gets rendered), render every
format once to warm caches and imports (that first call is reported separately: it is what a
cold Lambda pays, reportlab's import included), then time in one interleaved loop, so machine noise
hits both alike: parsing the file, and rendering each format in each chosen template. Reported per
format: the median over documents of each document's median render time, the same for parsing,
their ratio, the slowest render, the median size and page count.

A second table prices the script fallback (issue #10 item 7): in fresh processes, interleaved, the
first PDF of a Latin-only resume (DejaVu only) against the first PDF of a resume in nine scripts
(Noto and WenQuanYi fallback fonts read, HarfBuzz shaping), then each one's warm median.

    python -m benchmarks.generate_speed [--corpus ../shared/corpus] [--repeats 5] [--templates classic ...] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()
FILES = (
    "resume-matcher__john_doe.pdf",
    "soupboss__01-Accountant.docx",
    "rendercv__John_Doe_ClassicTheme_CV.pdf",
    "sb2nov-resume__sourabh_bajaj_resume.pdf",
    "awesome-cv__resume.pdf",
    "open-resume__openresume-resume.pdf",
)


@dataclass
class Row:
    format: str
    templates: str
    documents: int
    median_ms: float
    parse_median_ms: float
    max_ms: float
    first_ms: float
    size_kb: float
    pages: float

    @property
    def ratio(self) -> float:
        return self.median_ms / max(self.parse_median_ms, 1e-9)


def measure(
    corpus: Path = DEFAULT_CORPUS, repeats: int = 5, templates: tuple[str, ...] = ("classic",)
) -> list[Row]:
    from resume_api.models.resume import Resume
    from resume_api.parsing import parse_document
    from resume_api.render import FORMATS, render

    paths = [corpus / "resumes" / f for f in FILES if (corpus / "resumes" / f).is_file()]
    if not paths:
        raise SystemExit(f"no corpus resumes found under {corpus / 'resumes'}")
    first: dict[str, float] = {}
    per_doc: dict[str, list[float]] = {fmt: [] for fmt in FORMATS}
    slowest: dict[str, float] = dict.fromkeys(FORMATS, 0.0)
    sizes: dict[str, list[int]] = {fmt: [] for fmt in FORMATS}
    pages: dict[str, list[int]] = {fmt: [] for fmt in FORMATS}
    parse_medians: list[float] = []
    for n, path in enumerate(paths):
        data = path.read_bytes()
        resume = Resume.model_validate(parse_document(data, path.name))
        for fmt in FORMATS:
            for template in templates:
                started = time.perf_counter()
                out = render(resume, fmt, template)
                if n == 0 and fmt not in first:
                    first[fmt] = time.perf_counter() - started
                sizes[fmt].append(len(out.data))
                pages[fmt].append(out.pages)
        parse_times: list[float] = []
        render_times: dict[str, list[float]] = {fmt: [] for fmt in FORMATS}
        for _ in range(repeats):
            started = time.perf_counter()
            parse_document(data, path.name)
            parse_times.append(time.perf_counter() - started)
            for fmt in FORMATS:
                for template in templates:
                    started = time.perf_counter()
                    render(resume, fmt, template)
                    elapsed = time.perf_counter() - started
                    render_times[fmt].append(elapsed)
                    slowest[fmt] = max(slowest[fmt], elapsed)
        parse_medians.append(statistics.median(parse_times))
        for fmt in FORMATS:
            per_doc[fmt].append(statistics.median(render_times[fmt]))
    parse_ms = statistics.median(parse_medians) * 1000
    return [
        Row(
            format=fmt,
            templates=",".join(templates),
            documents=len(paths),
            median_ms=statistics.median(per_doc[fmt]) * 1000,
            parse_median_ms=parse_ms,
            max_ms=slowest[fmt] * 1000,
            first_ms=first[fmt] * 1000,
            size_kb=statistics.median(sizes[fmt]) / 1024,
            pages=statistics.median(pages[fmt]),
        )
        for fmt in FORMATS
    ]


def table(rows: list[Row]) -> str:
    lines = [
        "| format | median ms | parse median ms | ratio | slowest ms | first call ms | median size | median pages |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r.format} | {r.median_ms:.1f} | {r.parse_median_ms:.1f} | {r.ratio:.2f}× | {r.max_ms:.1f} "
            f"| {r.first_ms:.0f} | {r.size_kb:.1f} KB | {r.pages:g} |"
        )
    if rows:
        lines += [
            "",
            f"{rows[0].documents} corpus resumes, template(s): {rows[0].templates}; "
            "first call = first render of the format in this process (imports and font loading).",
        ]
    return "\n".join(lines)


SCRIPTS_CHILD = """
import json, statistics, sys, time
started = time.perf_counter()
from resume_api.render import render
from tests.render.sample import multiscript, sample_resume
resume = multiscript() if sys.argv[1] == "scripts" else sample_resume()
render(resume, "pdf", "classic")
first = time.perf_counter() - started
warm = []
for _ in range(5):
    t = time.perf_counter()
    render(resume, "pdf", "classic")
    warm.append(time.perf_counter() - t)
print(json.dumps({"first_ms": first * 1000, "warm_ms": statistics.median(warm) * 1000}))
"""


def scripts(runs: int = 5) -> dict[str, dict[str, float]]:
    """Median first-document and warm PDF times, Latin-only against every script, fresh processes."""
    import subprocess
    import sys

    got: dict[str, list[dict[str, float]]] = {"latin": [], "scripts": []}
    for _ in range(runs):
        for kind, rows in got.items():
            out = subprocess.run(
                [sys.executable, "-c", SCRIPTS_CHILD, kind],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            rows.append(json.loads(out.stdout))
    return {
        kind: {key: statistics.median(r[key] for r in rows) for key in ("first_ms", "warm_ms")}
        for kind, rows in got.items()
    }


def scripts_table(res: dict[str, dict[str, float]]) -> str:
    latin, every = res["latin"], res["scripts"]
    return "\n".join(
        [
            "| resume (classic PDF) | first document in a fresh process, ms | warm, ms |",
            "|---|---:|---:|",
            f"| Latin only (DejaVu) | {latin['first_ms']:.0f} | {latin['warm_ms']:.1f} |",
            f"| nine scripts (fallback fonts, shaping) | {every['first_ms']:.0f} | {every['warm_ms']:.1f} |",
            f"| ratio | {every['first_ms'] / latin['first_ms']:.2f}× | {every['warm_ms'] / latin['warm_ms']:.2f}× |",
        ]
    )


def run(
    corpus: Path = DEFAULT_CORPUS, repeats: int = 5, templates: tuple[str, ...] = ("classic",)
) -> dict[str, Any]:
    """Time generation against parsing; returns the rows and a markdown table."""
    rows = measure(corpus, repeats, templates)
    fallback = scripts()
    return {
        "rows": [dict(asdict(r), ratio=r.ratio) for r in rows],
        "scripts": fallback,
        "table": table(rows) + "\n\n" + scripts_table(fallback),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus directory (resumes/)")
    parser.add_argument("--repeats", type=int, default=5, help="timed repetitions per document")
    parser.add_argument(
        "--templates",
        nargs="+",
        default=["classic"],
        help="templates to time (default: classic; 'all' for every one)",
    )
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args()
    from resume_api.render import TEMPLATES

    templates = tuple(TEMPLATES) if args.templates == ["all"] else tuple(args.templates)
    result = run(args.corpus.resolve(), args.repeats, templates)
    print(
        json.dumps({"rows": result["rows"], "scripts": result["scripts"]}, indent=2)
        if args.json
        else result["table"]
    )


if __name__ == "__main__":
    main()
