"""Text under a solid box painted after it (parsing/hidden_text.py `covered`, pdf_layout
`settle_covered`): caught on rotated and cropped pages, and bounded on a page built to make the
string-against-box judgement expensive."""

from __future__ import annotations

import io
from typing import Any

import pytest

from resume_api.parsing import pdf_layout
from resume_api.parsing.document import parse_document
from tests.parsing.hidden_set import MARKER, PAYLOADS, _fonts, _hidden_pdf, _visible, hidden_pdf


def _parse(data: bytes) -> tuple[str, list[dict[str, Any]]]:
    warnings: list[dict[str, Any]] = []
    resume = parse_document(data, "resume.pdf", warnings=warnings)
    return repr(resume), warnings


def _covered(warnings: list[dict[str, Any]]) -> list[str]:
    return [w["text"] for w in warnings if w["kind"] == "hidden_text" and w["reason"] == "covered"]


def _turned(rotate: int) -> bytes:
    """The covered case drawn turned on a landscape page, with /Rotate turning it back upright (as
    a rotated scan's text layer or a landscape export is), and a crop that moves the origin."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

    _fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(792, 612), invariant=1)
    if rotate == 270:
        c.translate(792, 0)
        c.rotate(90)
    else:
        c.translate(0, 612)
        c.rotate(-90)
    slots = _visible(c)
    _hidden_pdf(c, "covered_white", PAYLOADS["en"][0], 60.0, slots["body"], "en")
    c.showPage()
    c.save()
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(buf.getvalue())))
    writer.pages[0].rotate(rotate)
    writer.pages[0].cropbox.lower_left = (10, 10)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("rotate", [0, 90, 270])
def test_covered_text_is_caught_on_a_turned_or_cropped_page(rotate: int) -> None:
    data = _turned(rotate) if rotate else hidden_pdf("covered_white", "en", "body")
    if not rotate:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter()
        writer.append(PdfReader(io.BytesIO(data)))
        writer.pages[0].cropbox.lower_left = (20, 20)
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    text, warnings = _parse(data)
    assert any(MARKER in t for t in _covered(warnings)), warnings
    assert MARKER not in text
    assert "Initech" in text and "Oregon State University" in text


def _many_strings_then_boxes(lines: int, boxes: int, over_text: bool) -> bytes:
    from reportlab.lib.pagesizes import letter  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica", 4)
    for i in range(lines):
        c.drawString(40 + (i % 4) * 130, 760 - (i // 4) * 5, f"Cell {i} Kubernetes")
    c.setFillColorRGB(1, 1, 1)
    for i in range(boxes):
        if over_text:
            c.rect(0, 0, 612, 792, fill=1, stroke=0)
        else:  # beside the text, never over it
            c.rect(590, 10 + (i % 700), 2, 0.5, fill=1, stroke=0)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_many_strings_and_later_boxes_beside_them_hide_nothing() -> None:
    text, warnings = _parse(_many_strings_then_boxes(600, 400, over_text=False))
    assert not _covered(warnings)
    assert "Cell 599" in text


def test_past_the_bound_of_checks_the_rest_counts_as_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_layout, "MAX_COVER_CHECKS", 40)
    text, warnings = _parse(_many_strings_then_boxes(120, 1, over_text=True))
    hidden = _covered(warnings)
    assert hidden, "the strings judged before the bound are hidden"
    assert "Cell 119" in text, "the strings past the bound count as seen"
