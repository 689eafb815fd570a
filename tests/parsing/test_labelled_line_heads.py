"""A list's label that happens to hold a section's word (`Tengo competencia con: PHP`, `Erfahrung
mit: Docker`) is a line of the section it sits in, not a heading.

Headings of two to four words are named by a head word (`Technische Kompetenzen` is skills), so a
labelled line whose label holds one was taken for a heading over nothing: its items after the
colon were lost from the section's structure (a generated resume's one-item skill group did not
read back). A label that is a heading's exact name (`Skills: Python, SQL`) is left to the heading
rules. Every head word of every language, its label in bold as templates print it, DOCX.
"""

from __future__ import annotations

import io

import pytest
from docx import Document

from resume_api.parsing import parse_document
from resume_api.parsing.lexicon import language_files
from resume_api.parsing.sections import heading_key

LANGUAGES = language_files()
CASES = sorted(
    (code, word)
    for code, data in LANGUAGES.items()
    for word in data.get("head_words", {})
    if heading_key(f"Mi {word} con") is not None  # the label alone would read as a heading
)


@pytest.mark.parametrize(("code", "word"), CASES)
def test_a_labelled_line_holding_a_section_word_stays_in_its_section(code: str, word: str) -> None:
    doc = Document()
    doc.add_paragraph("Ana García")
    doc.add_paragraph("ana@example.com")
    doc.add_paragraph().add_run(LANGUAGES[code]["headings"]["work"][0].upper()).bold = True
    doc.add_paragraph("Data Engineer, Nordwind GmbH\t2019 – 2021")
    doc.add_paragraph().add_run(LANGUAGES[code]["headings"]["skills"][0].upper()).bold = True
    first = doc.add_paragraph()
    first.add_run("Tools:").bold = True
    first.add_run(" Kubernetes, Terraform")
    line = doc.add_paragraph()
    line.add_run(f"Mi {word} con:").bold = True
    line.add_run(" Haskell")  # one item: the line reads bold, as a heading would
    out = io.BytesIO()
    doc.save(out)
    parsed = parse_document(out.getvalue(), "cv.docx")
    headings = [s.get("heading") for s in parsed["sections"]]
    assert not any(h and h.startswith(f"Mi {word} con") for h in headings), headings
    keywords = {k for group in parsed["skills"] for k in group.get("keywords", [])}
    assert "Haskell" in keywords, parsed["skills"]
