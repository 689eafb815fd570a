"""PDFs whose text a viewer shows plainly but that our reader once lost whole: pages stored
turned (`/Rotate`), and LaTeX's bitmap (Type3) fonts with glyphs named by their code."""

from __future__ import annotations

import pytest

from resume_api.parsing import parse_document
from tests.parsing.builders import bitmap_font_pdf, turned_pdf

RESUME = [
    (72, 72, "Jane Doe", "B", 20),
    (72, 96, "jane.doe@example.com | +1 555 123 4567", "R", 10),
    (72, 130, "EXPERIENCE", "B", 12),
    (72, 150, "Acme Corporation", "B", 10),
    (450, 150, "2019 - 2023", "R", 10),
    (72, 164, "Senior Engineer", "I", 10),
    (82, 180, "- Built billing pipelines for twelve markets", "R", 10),
    (72, 214, "EDUCATION", "B", 12),
    (72, 234, "University of Michigan", "B", 10),
    (450, 234, "2015", "R", 10),
    (72, 248, "Bachelor of Science in Physics", "R", 10),
]


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_a_page_stored_turned_reads_as_displayed(rotate: int) -> None:
    warnings: list[dict] = []
    parsed = parse_document(turned_pdf(RESUME, rotate), "cv.pdf", warnings=warnings)
    assert warnings == [], "text on a turned page is judged against the page as displayed"
    assert parsed["basics"]["name"] == "Jane Doe"
    assert parsed["basics"]["email"] == "jane.doe@example.com"
    assert [(w["name"], w["position"]) for w in parsed["work"]] == [("Acme Corporation", "Senior Engineer")]
    assert parsed["work"][0]["highlights"] == ["Built billing pipelines for twelve markets"]
    assert parsed["education"][0]["institution"] == "University of Michigan"


def test_bitmap_font_glyphs_named_by_code_are_read() -> None:
    lines = [(x, y, text, size) for x, y, text, _, size in RESUME]
    parsed = parse_document(bitmap_font_pdf(lines), "cv.pdf")
    assert parsed["basics"]["name"] == "Jane Doe"
    assert parsed["basics"]["email"] == "jane.doe@example.com"
    assert parsed["work"][0]["name"] == "Acme Corporation"
    assert parsed["education"][0]["institution"] == "University of Michigan"
