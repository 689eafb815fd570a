"""Do our readers lose words? The words the PDF/DOCX readers produce (lines, before any
classification) against the words an independent extraction finds in the same file.

Independent extraction, as the corpus's `preserve.py` defines it: poppler's `pdftotext` for a
PDF, the text of the DOCX XML (body, tables, text boxes, headers, footers, notes) for a DOCX.
Words are `preserve.py`'s tokens (casefolded runs of two or more letters/digits, month names
left out), matched as a multiset. Two figures:

- `exact`: the source text exactly as `preserve.py` takes it. It counts some words no reader
  should give twice: a DrawingML text box's VML fallback copy (`mc:Fallback`, the same box
  again), identical header/footer parts (first page and default), and numbers that are
  positions, not text (`wp:posOffset`).
- `distinct` (what the property test holds to 0.99): the DOCX text is that of its `w:t`
  elements, without the fallback copies, each distinct header/footer part once; a PDF's is
  pdftotext's, as in `exact`.

A word hyphenated at a line end counts as found whether the source joins it or not (pdftotext
joins some and not others).

    python -m benchmarks.parse_reader [--corpus ../shared/corpus]   # aggregates per half
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import subprocess
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks import corpus_split

_PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])[-\u00ad]\n(?=[^\W\d_])")


def reader_text(data: bytes, filename: str) -> str:
    """The text of every line our reader produces for the file, margin lines included."""
    from resume_api.parsing.document import _read
    from resume_api.parsing.sniff import sniff_kind

    raw = _read(data, sniff_kind(data, filename), 30)
    return "\n".join(ln.text for ln in [*raw.lines, *getattr(raw, "margin", [])])


def pdftotext(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", f.name, "-"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    return done.stdout


def docx_text(data: bytes) -> str:
    """The DOCX's `w:t` text per paragraph, without VML fallback copies, each distinct part once."""
    from lxml import etree  # type: ignore[import-untyped]

    out: list[str] = []
    seen: set[str] = set()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if not _PARTS.fullmatch(name):
                continue
            root = etree.fromstring(z.read(name), etree.XMLParser(resolve_entities=False, no_network=True))
            paragraphs = []
            for p in root.iter(_W + "p"):
                if any(a.tag == _MC_FALLBACK for a in p.iterancestors()):
                    continue
                text = []
                for el in p.iter(_W + "t", _W + "tab", _W + "br"):
                    if any(a.tag == _MC_FALLBACK for a in el.iterancestors()):
                        continue
                    # text of a nested paragraph (a text box inside this one) is its own paragraph's
                    if next((a for a in el.iterancestors(_W + "p")), None) is not p:
                        continue
                    text.append(el.text or "" if el.tag == _W + "t" else "\n")
                paragraphs.append("".join(text))
            part = "\n".join(paragraphs)
            if name != "word/document.xml" and part in seen:
                continue
            seen.add(part)
            out.append(part)
    return "\n".join(out)


def coverage(source: str, ours: str, tokens: Any) -> tuple[float, list[str]]:
    """Share of the source's words (multiset) found in ours, and the words missing."""
    src = Counter(tokens(source))
    got = Counter(tokens(ours))
    joined = Counter(tokens(_HYPHEN_BREAK.sub("", ours)))
    for word, n in joined.items():
        got[word] = max(got[word], n)
    total = sum(src.values())
    missing = [t for t, n in src.items() for _ in range(max(0, n - got[t]))]
    return (1.0 - len(missing) / total if total else 1.0), missing


def measure(path: Path, preserve: Any) -> dict[str, Any]:
    data = path.read_bytes()
    try:
        ours = reader_text(data, path.name)
    except Exception as exc:  # a refusal or a reader bug: nothing read
        return {"file": path.name, "exact": 0.0, "distinct": 0.0, "missing": [], "error": type(exc).__name__}
    exact = preserve.document_text(str(path))
    distinct = exact if path.suffix.lower() == ".pdf" else docx_text(data)
    e, _ = coverage(exact, ours, preserve.tokens)
    d, missing = coverage(distinct, ours, preserve.tokens)
    return {"file": path.name, "exact": e, "distinct": d, "missing": missing, "error": None}


def run(corpus: Path) -> dict[str, Any]:
    from benchmarks.parse_accuracy import corpus_module

    preserve = corpus_module(corpus, "preserve")
    files = sorted(p for p in (corpus / "resumes").iterdir() if p.suffix.lower() in {".pdf", ".docx"})
    rows = [measure(p, preserve) for p in files]
    out: dict[str, Any] = {"tune_rows": [r for r in rows if not corpus_split.held_out(r["file"])]}
    for label, subset in (
        ("held_out", [r for r in rows if corpus_split.held_out(r["file"])]),
        ("tune", out["tune_rows"]),
        ("all", rows),
    ):
        out[label] = {
            "files": len(subset),
            "errors": sum(1 for r in subset if r["error"]),
            **{
                key: (
                    statistics.median(r[key] for r in subset),
                    min(r[key] for r in subset),
                    sum(1 for r in subset if r[key] < 0.99),
                )
                for key in ("exact", "distinct")
            },
        }
    return out


def main() -> None:
    from benchmarks.parse_accuracy import DEFAULT_CORPUS

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rows", action="store_true", help="the tune half's files below 0.99")
    args = parser.parse_args()
    result = run(args.corpus.resolve())
    if args.rows:
        for r in result["tune_rows"]:
            if r["distinct"] < 0.99:
                print(f"{r['distinct']:.3f} {r['file']}  missing: {' '.join(r['missing'][:20])}")
    for label in ("held_out", "tune", "all"):
        agg = result[label]
        print(
            f"{label}: {agg['files']} files, {agg['errors']} unread; "
            + "; ".join(
                f"{key} median {agg[key][0]:.3f} worst {agg[key][1]:.3f} below 0.99: {agg[key][2]}"
                for key in ("exact", "distinct")
            )
        )


if __name__ == "__main__":
    main()
