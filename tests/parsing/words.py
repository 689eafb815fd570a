"""The word measure the reader, parse and end-to-end word tests share (issue #10 items 1 and 5).

Words are the corpus's `preserve.py` tokens (casefolded runs of two or more letters or digits,
English month names left out), matched as a multiset. Dates are set aside on both sides: the
parser normalises `marzo de 2019` to `2019-03` and a template prints it in a form of its own, so
what must survive word for word is the rest of each line.

The source is an extraction independent of our readers: pdftotext for a PDF, the `w:t` text of a
DOCX (`benchmarks.parse_reader`), and for a page Chromium printed, the text of the HTML it printed:
pdftotext splits a word set with CSS `letter-spacing` or `font-variant: small-caps` at whatever gap
it sees (`S U M M A RY`, `S ummary`), words the person wrote whole and a reader must read whole.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import Any

import pytest

from benchmarks.parse_reader import docx_text, pdftotext
from resume_api.parsing import dates

from ..conftest import CORPUS


def _preserve() -> Any:
    """The corpus's `preserve.py`, or None where the corpus is absent."""
    path = CORPUS / "preserve.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("corpus_preserve", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PRESERVE = _preserve()


def _tokens() -> Callable[[str], list[str]]:
    """`preserve.py`'s word definition: from the corpus where present, else the same rule here."""
    if PRESERVE is not None:
        tokens: Callable[[str], list[str]] = PRESERVE.tokens
        return tokens
    word = re.compile(r"[^\W_]{2,}")
    months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "present"}
    return lambda text: [w for w in (w.casefold() for w in word.findall(text or "")) if w not in months]


def parsed_text(parsed: dict[str, Any]) -> str:
    """`preserve.py`'s words of a parse (its fields, and the text of sections kept verbatim), a
    value a line: `preserve.py` joins them with spaces, and a date set aside across two values
    (`2012` then `年度优秀员工` reads `2012年`) would take a word of the next."""
    assert PRESERVE is not None, "needs ../shared/corpus/preserve.py"
    fields = {k: v for k, v in parsed.items() if k not in ("sections", "meta", "$schema")}
    raw = [
        s.get("text") or ""
        for s in parsed.get("sections") or []
        if s.get("key") == "other" or not parsed.get(s.get("key"))
    ]
    text = "\n".join([*PRESERVE._strings(fields), *raw])
    assert TOKENS(PRESERVE.parsed_text(parsed)) == TOKENS(text), (
        "preserve.py's parsed_text changed: follow it"
    )
    return text


TOKENS = _tokens()


_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2015\u2212", "\u2013"))
"""Dashes an extraction gives for the en dash a PDF drew (pdftotext reads a CJK font's as `‒`)."""


def _undate_line(line: str) -> str:
    if dates.PRESENT_RE.match(line.strip(" \t|,;:()")):
        return ""  # `至今` alone, over its start date (a stacked margin cell): the parse's `present`
    for _ in range(20):
        span = dates.find_range(line)
        if span is None:
            break
        line = f"{line[: span.begin]} {line[span.stop :]}"
    return line


def undated(text: str, wrapped: bool = False) -> str:
    """The text with every date the parser normalises taken out, line by line; `wrapped`: also a
    range an extraction broke over two lines (`agosto de 2023 – abril de` / `2024`: a wrapped date
    cell), in a source's text only (a parse's values, a value a line, are whole)."""
    lines = text.translate(_DASHES).splitlines()
    out = []
    for i, raw in enumerate(lines):
        head = _undate_line(raw).rstrip()
        if wrapped and i + 1 < len(lines) and TOKENS(head):
            joined = f"{head} {lines[i + 1]}"
            span = dates.find_range(joined)
            if span is not None and span.begin < len(head) < span.stop - 1:
                head, lines[i + 1] = joined[: span.begin], joined[span.stop :]
        out.append(head)
    return "\n".join(out)


def file_text(data: bytes, filename: str) -> str:
    """The independent text of a PDF, DOCX or Markdown file."""
    low = filename.lower()
    if low.endswith(".pdf"):
        return pdftotext(data)
    if low.endswith(".docx"):
        return docx_text(data)
    return data.decode("utf-8", "replace")


_SKIPPED = {"head", "style", "script", "title", "svg"}


def html_text(markup: str) -> str:
    """The words an HTML page shows, each element's text apart (a chip, a cell, a line)."""
    from lxml import html  # type: ignore[import-untyped]

    root = html.fromstring(markup)
    for el in list(root.iter(*_SKIPPED)):
        if el.getparent() is not None:
            el.drop_tree()  # (the text after it stays)
    return "\n".join(t for t in root.itertext() if t.strip())


def share_kept(source: str, ours: str, headings: Iterable[str] = ()) -> tuple[float, list[str]]:
    """Share of `source`'s words (dates aside) found in `ours`, and the words lost. The words of a
    section heading are kept as the section's key (as `preserve.py` counts them)."""
    lines = [TOKENS(line) for line in undated(source, wrapped=True).splitlines()]
    src = Counter(w for line in lines for w in line)
    for heading in headings:
        for word in TOKENS(heading):
            if src[word]:
                src[word] -= 1
    got = Counter(TOKENS(undated(ours)))
    total = sum(src.values())
    lost = Counter({w: n - got[w] for w, n in src.items() if n > got[w]})
    for above, below in pairwise(lines):
        # a word a column broke with no hyphen (`emily-cart` / `er`), which the parse holds whole
        if above and below and lost[above[-1]] and lost[below[0]] and got[above[-1] + below[0]]:
            lost[above[-1]] -= 1
            lost[below[0]] -= 1
    missing = list(lost.elements())
    return (1.0 - len(missing) / total if total else 1.0), missing


def html_printed(layout: str, lang: str) -> tuple[bytes, str, str]:
    """An HTML cell's first resume as Chromium printed it, its file name, and its HTML's text
    (skips a Chinese or Japanese cell where Chromium has no CJK font)."""
    from .layouts import draw
    from .layouts.html_writer import HTML_BY_NAME, VARIANT, cjk_font, html_page, render_html

    if lang in {"zh", "ja"} and not cjk_font():
        pytest.skip("no CJK font for Chromium here (Debian: fonts-noto-cjk)")
    doc = draw(lang, VARIANT, 1)[0]
    data, filename, _ = render_html(doc, HTML_BY_NAME[layout])
    return data, filename, html_text(html_page(doc, HTML_BY_NAME[layout])[0])
