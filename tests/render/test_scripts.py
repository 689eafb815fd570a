"""Every script prints: font fallback, shaping and right-to-left order in generated documents.

A resume with names, headings and bullets in Chinese, Japanese, Korean, Arabic, Hebrew, Hindi,
Thai, Greek and Cyrillic, in every template: the PDF embeds a glyph for every character (no
`.notdef`, no `?`), the text extracts back, in logical order, with poppler's pdftotext, and a
Latin-only resume never reads a fallback font.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from typing import Any

import pytest

from resume_api.models.resume import Resume
from resume_api.render import TEMPLATES, render
from resume_api.render.bidi import base_level, levels, visual_order

from .sample import HEADINGS, LTR, RTL, multiscript


def _pdftotext(data: bytes) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) not installed; `make test` installs it")
    out = subprocess.run([exe, "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _normal(text: str) -> str:
    """NFKC (Arabic presentation forms back to letters), no bidi marks, single spaces."""
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", unicodedata.normalize("NFKC", text))
    return " ".join(text.split())


def _embedded_fonts(data: bytes) -> dict[str, tuple[bytes, dict[int, int], set[int]]]:
    """For every TrueType subset the PDF embeds: its font file, its ToUnicode map (code -> char) and
    the codes the pages' content streams actually show with it."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, ContentStream

    reader = PdfReader(io.BytesIO(data))
    fonts: dict[str, tuple[bytes, dict[int, int], set[int]]] = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]
        resources = resources["/Font"]
        by_key: dict[str, str] = {}
        for key, ref in resources.items():
            font = ref.get_object()
            if "/FontDescriptor" not in font:
                continue
            name = str(font["/BaseFont"])
            by_key[str(key)] = name
            if name not in fonts:
                file = font["/FontDescriptor"]["/FontFile2"].get_object().get_data()
                cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
                pairs = re.findall(r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{4,8})>", cmap)
                fonts[name] = (file, {int(a, 16): int(b, 16) for a, b in pairs}, set())
        current = None
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"Tf":
                current = by_key.get(str(operands[0]))
            elif op in (b"Tj", b"TJ") and current is not None:
                items = operands[0] if isinstance(operands[0], ArrayObject) else [operands[0]]
                for item in items:
                    raw = item if isinstance(item, bytes) else getattr(item, "original_bytes", None)
                    if raw is not None:
                        fonts[current][2].update(raw)
    return fonts


def notdef_codes(data: bytes) -> dict[str, list[str]]:
    """Characters each embedded subset draws as `.notdef` or as an empty glyph (a box, or a blank
    where a letter should be): every code the page shows must reach a glyph with an outline,
    unless it is a space or takes no room."""
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    bad: dict[str, list[str]] = {}
    for name, (file, to_unicode, used) in _embedded_fonts(data).items():
        font = TTFont(io.BytesIO(file))
        cmap: dict[int, str] = {}
        for table in font["cmap"].tables:
            cmap.update(table.cmap)
        glyf = font["glyf"]
        for code in sorted(used):
            char = chr(to_unicode.get(code, 0xFFFD))
            glyph = cmap.get(code, ".notdef")
            # an empty glyph with no advance is a shaping placeholder (Noto's Devanagari has some)
            blank = glyf[glyph].numberOfContours == 0 and font["hmtx"][glyph][0] > 0
            empty = glyph == ".notdef" or blank
            if empty and not char.isspace() and unicodedata.category(char) != "Cf":
                bad.setdefault(name, []).append(char)
    return bad


def test_the_notdef_check_catches_a_missing_glyph() -> None:
    """The check below is real: DejaVu asked to draw a Chinese character is caught."""
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    from resume_api.render.metrics import metrics

    font = metrics("sans", "")
    pdf = Canvas(None, initialFontName=font.name)
    pdf.setFont(font.name, 10)
    pdf.drawString(10, 10, "Wang 王")
    pdf.showPage()
    # reportlab gives a character the font lacks a code with no glyph (its ToUnicode then says U+007F)
    assert list(notdef_codes(bytes(pdf.getpdfdata()))) == ["/AAAAAA+DejaVuSans"]


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_script_prints_with_a_real_glyph(template: str) -> None:
    data = render(multiscript(), "pdf", template).data
    names = " ".join(_embedded_fonts(data))
    assert "WenQuanYi" in names and "NotoSansArabic" in names and "NotoSansDevanagari" in names
    assert notdef_codes(data) == {}


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_script_extracts_back_in_logical_order(template: str) -> None:
    text = _pdftotext(render(multiscript(), "pdf", template).data)
    flat = _normal(text)
    assert "?" not in text and "\ufffd" not in text
    for key, values in {**LTR, **RTL}.items():
        for value in values:
            assert _normal(value) in flat, f"{key}: {value!r} missing from the {template} PDF text"
    for key, heading in HEADINGS.items():
        # headings print in capitals in some templates
        assert _normal(heading).casefold() in flat.casefold(), (
            f"{key} heading {heading!r} missing ({template})"
        )


def test_arabic_is_joined_and_right_to_left() -> None:
    """Joined forms: the painted glyphs are contextual forms (read back as presentation forms), not
    the isolated letters; and pdftotext, which rebuilds logical order, reads the words as written."""
    data = render(multiscript(), "pdf", "modern").data
    text = _pdftotext(data)
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in text), "Arabic printed unjoined"
    line = next(ln for ln in text.splitlines() if "تطوير" in _normal(ln))
    assert _normal(line).endswith("تطوير أنظمة الدفع الإلكتروني")


def test_bidi_orders_numbers_and_latin_inside_right_to_left_text() -> None:
    text = "עבור 3 מיליון users"
    lv = levels(text, base_level(text))
    visual = "".join(text[i] for i in visual_order(lv))
    assert base_level(text) == 1
    assert visual == "users ןוילימ 3 רובע"
    assert levels("abc", 0) == [0, 0, 0]


def test_a_latin_resume_reads_no_fallback_font() -> None:
    code = (
        "from tests.render.sample import sample_resume\n"
        "from resume_api.render import render\n"
        "from resume_api.render.fallback import loaded\n"
        "for t in ('classic', 'modern', 'compact', 'ats'):\n"
        "    render(sample_resume(), 'pdf', t); render(sample_resume(), 'docx', t)\n"
        "print(loaded())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_docx_marks_right_to_left_and_east_asian_text_for_word() -> None:
    data = render(multiscript(), "docx", "classic").data
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "<w:bidi/>" in xml and "<w:rtl/>" in xml
    assert 'w:eastAsia="zh-CN"' in xml and 'w:eastAsia="ja-JP"' in xml and 'w:eastAsia="ko-KR"' in xml
    assert 'w:bidi="ar-SA"' in xml and 'w:bidi="he-IL"' in xml and 'w:bidi="hi-IN"' in xml
    from docx import Document

    doc = Document(io.BytesIO(data))
    body = "\n".join(p.text for p in doc.paragraphs)
    for values in {**LTR, **RTL}.values():
        for value in values:
            assert value in body


def test_bold_in_a_font_without_a_bold_face_is_outlined() -> None:
    """WenQuanYi has one weight: a bold CJK employer is painted filled and stroked (`2 Tr`); Latin
    bold keeps DejaVu's real bold face."""
    from pypdf import PdfReader

    resume = Resume.model_validate({"basics": {"name": "Ann Lee"}, "work": [{"name": "株式会社テスト"}]})
    contents: Any = PdfReader(io.BytesIO(render(resume, "pdf", "classic").data)).pages[0].get_contents()
    stream = contents.get_data()
    assert b"2 Tr" in stream
    assert stream.count(b"2 Tr") == 1
    latin = PdfReader(
        io.BytesIO(
            render(
                Resume.model_validate({"basics": {"name": "Ann Lee"}, "work": [{"name": "Acme"}]}),
                "pdf",
                "classic",
            ).data
        )
    )
    latin_contents: Any = latin.pages[0].get_contents()
    assert b"2 Tr" not in latin_contents.get_data()


def test_zero_width_joiners_are_kept_and_never_print_a_box() -> None:
    """ZWNJ and ZWJ are spelling in Persian and the Indic scripts: kept through the layout, shaped
    with their neighbours, never drawn as a glyph of their own."""
    from resume_api.render import print_plan as L

    word = "نرم\u200cافزار"
    assert L.clean(word) == word
    resume = Resume.model_validate(
        {"basics": {"name": "مریم"}, "work": [{"name": f"شرکت {word}", "highlights": ["क्\u200dष क्\u200cष"]}]}
    )
    for template in TEMPLATES:
        assert notdef_codes(render(resume, "pdf", template).data) == {}
