"""Readers lose nothing: the words of the lines our PDF and DOCX readers produce, before any
classification, cover at least 0.99 of the words an independent extraction finds in the file
(pdftotext, the DOCX XML: see `benchmarks.parse_reader`; for a page Chromium printed, the text of
its HTML: `tests/parsing/words.py`), on every generated layout, every HTML layout and the tune
half of the corpus (held-out files are only ever measured in aggregate, by the benchmark)."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from benchmarks import corpus_split
from benchmarks.parse_reader import coverage, docx_text, pdftotext, reader_text
from tests.parsing.layouts import LANGS, VARIANTS, Variant, render, sample
from tests.parsing.layouts.html_writer import html_available, html_cells
from tests.parsing.layouts.pdf_writer import fonts_available

from ..conftest import corpus_files
from .builders import canvas_pdf
from .words import TOKENS, html_printed

MIN_COVERAGE = 0.99
_OTHERS = [code for code in LANGS if code != "en"]


def _source(data: bytes, filename: str) -> str:
    return pdftotext(data) if filename.lower().endswith(".pdf") else docx_text(data)


def _assert_covered(data: bytes, filename: str, source: str | None = None) -> None:
    text = _source(data, filename) if source is None else source
    ratio, missing = coverage(text, reader_text(data, filename), TOKENS)
    assert ratio >= MIN_COVERAGE, (
        f"{filename}: the reader found {ratio:.3f} of the words; lost {missing[:30]}"
    )


needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing"
)


@needs_pdftotext
@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize(
    ("variant", "lang"),
    [(v, "en" if i % 2 else _OTHERS[i // 2 % len(_OTHERS)]) for i, v in enumerate(VARIANTS)],
    ids=lambda x: getattr(x, "name", x),
)
def test_generated_layout_words_are_all_read(variant: Variant, lang: str) -> None:
    data, filename, _ = render(sample(lang, variant), variant)
    _assert_covered(data, filename)


HTML_UNREAD: dict[tuple[str, str], str] = {
    ("html-soft-hyphen-sidebar", "nl"): "a narrow sidebar's heading broken by a soft hyphen loses its "
    "words ('vaardigheden', 'taalvaardigheden')",
    ("html-sidebar-contact-labelled-last", "de"): "tracked labels split ('T EL.'); the sidebar clips "
    "'Python', 'Tableau' and its heading ('Pytho'): Chromium prints no glyph past the page margin",
    ("html-narrow-sidebar-wrapped-email", "es"): "a tracked heading broken anywhere in a narrow sidebar",
}
"""HTML cells whose reader misses words today (strict)."""


@pytest.mark.skipif(html_available() is not None, reason=str(html_available()))
@pytest.mark.parametrize(
    ("layout", "lang"),
    [
        pytest.param(
            *cell,
            marks=pytest.mark.xfail(strict=True, reason=HTML_UNREAD[cell]) if cell in HTML_UNREAD else (),
        )
        for cell in html_cells()
    ],
)
def test_html_layout_words_are_all_read(layout: str, lang: str) -> None:
    data, filename, source = html_printed(layout, lang)
    _assert_covered(data, filename, source)


@needs_pdftotext
@pytest.mark.parametrize(
    "path",
    [p for p in corpus_files("resumes", ".pdf", ".docx") if not corpus_split.held_out(p.name)],
    ids=lambda p: p.name,
)
def test_tune_half_words_are_all_read(path: Path) -> None:
    _assert_covered(path.read_bytes(), path.name)


def test_the_vml_fallback_copy_of_a_text_box_is_not_a_second_source() -> None:
    """A DrawingML text box and its VML fallback are one box: the independent text counts it once."""
    body = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body><w:p><w:r>'
        "<mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>Gardener Extraordinaire</w:t>"
        "</w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r>"
        "<w:t>Gardener Extraordinaire</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p></w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", body)
    assert TOKENS(docx_text(buf.getvalue())) == ["gardener", "extraordinaire"]


@needs_pdftotext
def test_actual_text_spans_and_text_at_an_angle_are_read() -> None:
    """LaTeX's accessible labels (`/Span <</ActualText (email: )>> BDC`, over an icon glyph or
    over the visible text) and a note printed up the margin are words the person wrote."""

    def draw(cv: Any) -> None:
        code: list[str] = cv._code
        cv.setFont("Helvetica", 10)
        code.append("/Span <</ActualText (email: )>> BDC")
        cv.drawString(72, 700, "+")
        code.append("EMC")
        code.append("/Span <</ActualText (mailto:ada@example.org)>> BDC")
        cv.drawString(90, 700, "ada@example.org")
        code.append("EMC")
        cv.drawString(72, 680, "Analytical engines and their programs")
        cv.saveState()
        cv.translate(590, 300)
        cv.rotate(90)
        cv.drawString(0, 0, "Document updated Tuesday evening")
        cv.restoreState()

    data = canvas_pdf(draw)
    _assert_covered(data, "actual.pdf")
    text = reader_text(data, "actual.pdf")
    assert "email: mailto:ada@example.org" in text
    assert "Document updated Tuesday evening" in text
