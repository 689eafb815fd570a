"""Every shape of a skills section (`layouts/skill_shapes.py`) reads back as the skill words it
printed, in PDF (reportlab), DOCX and a web page printed by Chromium: the family that spans the
space, written before the rules. Each (shape, keyword pool) cell takes two languages in turn over
every language of the generators; `python -m benchmarks.skill_shapes` runs every language and
tabulates the failing share by shape. Cells the parser still reads otherwise are in `XFAIL`
(strict), with what goes wrong."""

from __future__ import annotations

import pytest

from resume_api.parsing import parse_document
from tests.parsing.layouts.html_writer import cjk_font, html_available
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.skill_shapes import HTML_ONLY, POOLS, SHAPES, render, skill_words, skills_doc

CODES = tuple(LANGS)
FMTS = ("pdf", "docx", "html")
CELLS = [
    (shape, CODES[(2 * i + p + step) % len(CODES)], pool)
    for i, shape in enumerate(SHAPES)
    for p, pool in enumerate(POOLS)
    for step in (0, 5)
]

XFAIL: dict[tuple[str, str, str, str], str] = {
    ("line-tab", "fr", "plain", "html"): "keywords run together",
    ("line-tab", "de", "punct", "pdf"): "a keyword cut in pieces",
    ("line-tab", "de", "punct", "html"): "keywords run together",
    ("line-tab", "nl", "plain", "html"): "keywords run together",
    ("line-tab", "pl", "punct", "pdf"): "keywords run together",
    ("line-tab", "pl", "punct", "html"): "keywords run together",
    ("over", "zh", "punct", "pdf"): "keywords run together",
    ("tags", "en", "punct", "pdf"): "a keyword cut in pieces",
    ("tags", "it", "plain", "pdf"): "a keyword cut in pieces",
    ("tags", "nl", "punct", "pdf"): "a keyword cut in pieces",
    ("columns-3", "zh", "punct", "pdf"): "a group's name read as a keyword",
    ("sidebar-right", "pt", "plain", "pdf"): "other text read as keywords",
    ("sidebar-right", "pt", "plain", "html"): "keywords lost",
    ("sidebar-right", "ja", "plain", "pdf"): "a group's name read as a keyword",
    ("wrapped-name", "pl", "punct", "html"): "a piece of a group's wrapped name read as a keyword",
    ("hanging", "ru", "plain", "pdf"): "a piece of a group's wrapped name read as a keyword",
}
"""(shape, lang, pool, fmt) -> why the parser reads it otherwise."""


def _params() -> list[object]:
    out: list[object] = []
    for shape, lang, pool in CELLS:
        for fmt in FMTS:
            if fmt != "html" and shape in HTML_ONLY:
                continue
            why = XFAIL.get((shape, lang, pool, fmt))
            marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
            out.append(pytest.param(shape, lang, pool, fmt, marks=marks, id=f"{shape}-{lang}-{pool}-{fmt}"))
    return out


@pytest.mark.parametrize(("shape", "lang", "pool", "fmt"), _params())
def test_a_skills_shape_reads_back_as_its_words(shape: str, lang: str, pool: str, fmt: str) -> None:
    if fmt == "html" and (html_available() or (LANGS[lang].cjk and not cjk_font())):
        pytest.skip(html_available() or "Chromium has no CJK font here")
    doc = skills_doc(shape, lang, pool)
    data, name = render(doc, fmt)
    got = skill_words(parse_document(data, name).get("skills") or [])
    assert got == doc.words, (sorted(doc.words - got), sorted(got - doc.words))


def test_the_table_names_only_cells_the_test_runs() -> None:
    cells = {(s, lang, p) for s, lang, p in CELLS}
    assert {(s, lang, p) for s, lang, p, _ in XFAIL} <= cells
