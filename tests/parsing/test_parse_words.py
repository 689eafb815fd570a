"""Nothing the person wrote is lost in the parse: at least 0.95 of a document's words are in the
parsed fields (or in sections kept verbatim), on every generated layout and every tune-half file.

The measure is the corpus's `preserve.py` on the parse (its words, its `parsed_text`, section
headings counted as kept), with two differences, both stated (`tests/parsing/words.py`): the
source is the independent extraction `benchmarks.parse_reader` uses (a DOCX text box's VML
fallback copy and its position numbers are not words of the page; a page Chromium printed is read
from its HTML), and dates are set aside on both sides. A date is normalised to `2019-03`, so
`marzo de 2019` or `2019年3月` cannot survive word for word, in any language but the English that
`preserve.py` exempts; the rest of each line must. End to end, the same words must be in each
document generated from the parse (DOCX, PDF and Markdown, the templates taking turns), read as
`preserve.py` reads one. Three producers: reportlab and python-docx (every generated layout),
Chromium (every HTML layout), and the corpus's tune half. Held-out files are measured only in
aggregate, by `benchmarks.parse_preservation`.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks import corpus_split
from resume_api.models.resume import Resume
from resume_api.render import TEMPLATES
from resume_api.render import render as generate
from tests.parsed import parse
from tests.parsing.layouts import LANGS, VARIANTS, Variant, render, sample
from tests.parsing.layouts.html_writer import html_available, html_cells
from tests.parsing.layouts.pdf_writer import fonts_available

from ..conftest import CORPUS, corpus_files
from .words import TOKENS, file_text, html_printed, parsed_text, share_kept

MIN_WORDS = 0.95
_OTHERS = [code for code in LANGS if code != "en"]

pytestmark = [
    pytest.mark.skipif(not (CORPUS / "preserve.py").exists(), reason="../shared/corpus/preserve.py missing"),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing"),
]

FORMATS = ("docx", "pdf", "md")

TUNE_BELOW: dict[str, str] = {
    "rame0-resume-latex__resume_ru.pdf": "a page footer repeated on each page is kept once; "
    "words of a wrapped project line lost",
}
"""Tune-half files below the bar today, with what they lose (strict: each fails once fixed)."""


def kept_words(data: bytes, filename: str, source: str | None = None) -> tuple[float, list[str]]:
    """Share of the document's words (dates aside) found in its parse, and the words lost; the
    source is the file's independent text unless given (a printed page's HTML text)."""
    parsed = parse(data, filename)
    headings = [str(section.get("heading") or "") for section in parsed.get("sections") or []]
    return share_kept(file_text(data, filename) if source is None else source, parsed_text(parsed), headings)


@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize(
    ("variant", "lang"),
    [(v, lang) for i, v in enumerate(VARIANTS) for lang in ("en", _OTHERS[i % len(_OTHERS)])],
    ids=lambda x: getattr(x, "name", x),
)
def test_generated_layout_words_are_kept(variant: Variant, lang: str) -> None:
    data, filename, _ = render(sample(lang, variant), variant)
    ratio, missing = kept_words(data, filename)
    assert ratio >= MIN_WORDS, f"{filename}: the parse kept {ratio:.3f} of the words; lost {missing[:30]}"


JOINED = (
    ("work", "position", "name"),
    ("volunteer", "position", "organization"),
    ("education", "studyType", "area"),
)
"""The pairs of an entry's fields a line prints joined by a word the JSON does not hold, the
structure expressing it: `Engineer at Acme`, `Ingénieur chez Acme`, `Engineer for Acme`,
`Bachelor of Science in Physics`, `Master en Droit` (either order)."""


def connectors(source: str, parsed: dict[str, Any]) -> list[str]:
    """The words dropped by right (the one class excluded from the property below): a single
    word printed between two fields of one entry that the JSON holds apart (`JOINED`), and the
    heading over the contact block, whose section is `basics` (as a reported section's heading
    is its key)."""
    from resume_api.parsing.sections import CONTACT, heading_key

    text = " ".join(source.split()).casefold()
    found: list[str] = []
    for key, one, two in JOINED:
        for entry in parsed.get(key) or []:
            a, b = (" ".join(str(entry.get(f) or "").split()).casefold() for f in (one, two))
            if a and b:
                for x, y in ((a, b), (b, a)):
                    found += re.findall(rf"{re.escape(x)},? (\S+) {re.escape(y)}", text)
    found += [line for line in source.splitlines() if heading_key(line.strip()) == CONTACT]
    return TOKENS(" ".join(found))


def lost_words(data: bytes, filename: str) -> list[str]:
    """The document's words (dates aside) its parse does not hold, the connectors aside."""
    parsed = parse(data, filename)
    source = file_text(data, filename)
    headings = [str(section.get("heading") or "") for section in parsed.get("sections") or []]
    missing = Counter(share_kept(source, parsed_text(parsed), headings)[1])
    missing -= Counter(connectors(source, parsed))
    return sorted(missing.elements())


WORDS_LOST: dict[tuple[str, str], str] = {}
"""Generated documents that lose a word today, by (variant, language), with what they lose (strict)."""


@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize(
    ("variant", "lang"),
    [
        pytest.param(
            v,
            lang,
            marks=pytest.mark.xfail(strict=True, reason=WORDS_LOST[v.name, lang])
            if (v.name, lang) in WORDS_LOST
            else (),
            id=f"{v.name}-{lang}",
        )
        for v in VARIANTS
        for lang in LANGS
    ],
)
def test_every_word_of_a_generated_layout_survives_the_parse(variant: Variant, lang: str) -> None:
    """Every variant in every language, PDF and DOCX: no word is lost but a connector (`connectors`)."""
    data, filename, _ = render(sample(lang, variant), variant)
    assert lost_words(data, filename) == []


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(
            p,
            marks=pytest.mark.xfail(strict=True, reason=TUNE_BELOW[p.name]) if p.name in TUNE_BELOW else (),
        )
        for p in corpus_files("resumes", ".pdf", ".docx")
        if not corpus_split.held_out(p.name)
    ],
    ids=lambda p: p.name,
)
def test_tune_half_words_are_kept(path: Path) -> None:
    ratio, missing = kept_words(path.read_bytes(), path.name)
    assert ratio >= MIN_WORDS, f"{path.name}: the parse kept {ratio:.3f} of the words; lost {missing[:30]}"


HTML_BELOW: dict[tuple[str, str], str] = {}
"""HTML cells whose parse keeps less than the bar today (strict)."""


@pytest.mark.skipif(html_available() is not None, reason=str(html_available()))
@pytest.mark.parametrize(
    ("layout", "lang"),
    [
        pytest.param(
            *cell, marks=pytest.mark.xfail(strict=True, reason=HTML_BELOW[cell]) if cell in HTML_BELOW else ()
        )
        for cell in html_cells()
    ],
)
def test_html_layout_words_are_kept(layout: str, lang: str) -> None:
    data, filename, source = html_printed(layout, lang)
    ratio, missing = kept_words(data, filename, source)
    assert ratio >= MIN_WORDS, f"{filename}: the parse kept {ratio:.3f} of the words; lost {missing[:30]}"


def printed_words(data: bytes, filename: str, template: str, source: str | None = None) -> list[str]:
    """Each generated format that keeps less than the bar of the source's words (dates aside):
    the document is generated from the parse with `template` and read as `preserve.py` reads one."""
    parsed = parse(data, filename)
    headings = [str(section.get("heading") or "") for section in parsed.get("sections") or []]
    resume = Resume.model_validate(parsed)
    text = file_text(data, filename) if source is None else source
    failed = []
    for fmt in FORMATS:
        out = generate(resume, fmt, template).data
        ratio, missing = share_kept(text, file_text(out, f"out.{fmt}"), headings)
        if ratio < MIN_WORDS:
            failed.append(f"{template}.{fmt} kept {ratio:.3f}, lost {missing[:20]}")
    return failed


E2E_BELOW: dict[str, str] = {
    "rame0-resume-latex__resume_ru.pdf-classic": TUNE_BELOW["rame0-resume-latex__resume_ru.pdf"],
}
"""Files (generated layouts, HTML cells, tune-half resumes) whose generated documents keep less
than the bar today, by name (strict)."""


def _e2e(name: str, *values: object) -> Any:
    marks = pytest.mark.xfail(strict=True, reason=E2E_BELOW[name]) if name in E2E_BELOW else ()
    return pytest.param(*values, marks=marks, id=name)


@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize(
    ("variant", "lang", "template"),
    [
        _e2e(f"{v.name}-{lang}-{TEMPLATES[i % len(TEMPLATES)]}", v, lang, TEMPLATES[i % len(TEMPLATES)])
        for i, v in enumerate(VARIANTS)
        for lang in ("en" if i % 2 else _OTHERS[i % len(_OTHERS)],)
    ],
)
def test_generated_layout_words_are_printed(variant: Variant, lang: str, template: str) -> None:
    data, filename, _ = render(sample(lang, variant), variant)
    assert printed_words(data, filename, template) == []


@pytest.mark.skipif(html_available() is not None, reason=str(html_available()))
@pytest.mark.parametrize(
    ("layout", "lang", "template"),
    [
        _e2e(f"{name}-{lang}-{TEMPLATES[i % len(TEMPLATES)]}", name, lang, TEMPLATES[i % len(TEMPLATES)])
        for i, (name, lang) in enumerate(html_cells())
    ],
)
def test_html_layout_words_are_printed(layout: str, lang: str, template: str) -> None:
    data, filename, source = html_printed(layout, lang)
    assert printed_words(data, filename, template, source) == []


@pytest.mark.parametrize(
    ("path", "template"),
    [
        _e2e(f"{p.name}-{TEMPLATES[i % len(TEMPLATES)]}", p, TEMPLATES[i % len(TEMPLATES)])
        for i, p in enumerate(
            p for p in corpus_files("resumes", ".pdf", ".docx") if not corpus_split.held_out(p.name)
        )
    ],
)
def test_tune_half_words_are_printed(path: Path, template: str) -> None:
    assert printed_words(path.read_bytes(), path.name, template) == []
