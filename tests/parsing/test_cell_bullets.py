"""A bullet drawn apart from its item (`•` at the margin, the text at a tab stop) is the item's bullet,
not its first field. Word's "Save as PDF" of a bulleted list draws them so: the reader sees two cells,
and certificates became `{"name": "•", "issuer": "Certified Public Accountant (CPA)"}`, awards and
publications likewise. Every list section the credentials reader serves, every bullet character
resumes use, with and without a date in a right cell."""

from __future__ import annotations

import io

import docx
import pytest

from resume_api.parsing import parse_document
from tests.parsing import builders

PDF_BULLETS = ("•", "·", "–", "-", "*")
"""The bullets Helvetica's encoding holds (the test PDFs use the standard fonts)."""
DOCX_BULLETS = ("•", "●", "▪", "■", "◦", "➢", "–", "-", "*")
SECTIONS = {
    "Certifications": ("certificates", "name"),
    "Awards": ("awards", "title"),
}
ITEMS = ("Certified Public Accountant (CPA)", "Chartered Financial Analyst (CFA)", "Six Sigma Green Belt")


def _docx(heading: str, bullet: str, dated: bool) -> bytes:
    """The same in Word: the bullet, a tab, the item (and a tab and its year)."""
    document = docx.Document()
    document.add_paragraph("Jane Roe")
    document.add_paragraph("jane.roe@example.com | +1 555 123 4567")
    document.add_heading("Experience", 1)
    document.add_paragraph("Acme Corp, Senior Accountant, 2019 - 2023")
    document.add_heading(heading, 1)
    for k, text in enumerate(ITEMS):
        document.add_paragraph(f"{bullet}\t{text}" + (f"\t{2018 + k}" if dated else ""))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf(heading: str, bullet: str, dated: bool) -> bytes:
    items: list[builders.Text] = [
        (72, 60, "Jane Roe", "B", 20),
        (72, 84, "jane.roe@example.com | +1 555 123 4567", "R", 10),
        (72, 120, "Experience", "B", 13),
        (72, 140, "Acme Corp, Senior Accountant, 2019 - 2023", "R", 10),
        (72, 180, heading, "B", 13),
    ]
    for k, text in enumerate(ITEMS):
        y = 200 + 16 * k
        items += [(80, y, bullet, "R", 10), (100, y, text, "R", 10)]
        if dated:
            items.append((500, y, str(2018 + k), "R", 10))
    return builders.pdf_bytes([items])


CASES = [
    pytest.param(
        fmt, bullet, heading, dated, id=f"{fmt}-{heading}-{bullet}-{'dated' if dated else 'undated'}"
    )
    for fmt, bullets in (("pdf", PDF_BULLETS), ("docx", DOCX_BULLETS))
    for bullet in bullets
    for heading in SECTIONS
    for dated in (False, True)
]


@pytest.mark.parametrize(("fmt", "bullet", "heading", "dated"), CASES)
def test_a_bullet_in_a_cell_of_its_own_is_no_field(fmt: str, bullet: str, heading: str, dated: bool) -> None:
    key, field = SECTIONS[heading]
    data = (_pdf if fmt == "pdf" else _docx)(heading, bullet, dated)
    parsed = parse_document(data, f"cv.{fmt}")
    got = parsed[key]
    assert [entry[field] for entry in got] == list(ITEMS), got
    assert all(not entry.get("issuer") and not entry.get("awarder") for entry in got), got
    if dated:
        assert [entry["date"] for entry in got] == ["2018", "2019", "2020"]
