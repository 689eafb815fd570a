"""Every word a language uses for an open range's end (`heute`, `andauernd`, `en curso`, `至今`)
ends the range as `present` and stays with it: none is left over as text of its own.

A word the vocabulary lacked (`01/10/2018–andauernd`) was read as an open range all the same, but
the word itself was then counted as unplaced and kept as an `other` section of one word.
"""

from __future__ import annotations

import io

import pytest
from docx import Document

from resume_api.parsing import parse_document
from resume_api.parsing.dates import find_range
from resume_api.parsing.lexicon import language_files

WORDS = sorted({(code, word) for code, data in language_files().items() for word in data["present"]})
HEADINGS = {code: data["headings"]["education"][0].title() for code, data in language_files().items()}


@pytest.mark.parametrize(("code", "word"), WORDS)
def test_a_present_word_ends_an_open_range(code: str, word: str) -> None:
    span = find_range(f"03/2019 – {word}")
    assert span is not None and (span.start, span.end) == ("2019-03", "present")


@pytest.mark.parametrize(("code", "word"), WORDS)
def test_a_present_word_is_not_left_over(code: str, word: str) -> None:
    doc = Document()
    doc.add_paragraph("Anna Berger")
    doc.add_paragraph("anna.berger@example.com")
    doc.add_paragraph(HEADINGS[code]).runs[0].bold = True
    doc.add_paragraph(f"03/2019 – {word}\tMaster of Science")
    doc.add_paragraph("Technische Universität München")
    out = io.BytesIO()
    doc.save(out)
    parsed = parse_document(out.getvalue(), "cv.docx")
    assert [(e.get("startDate"), e.get("endDate")) for e in parsed["education"]] == [("2019-03", "present")]
    leftovers = [s["text"] for s in parsed["sections"] if s["key"] == "other"]
    assert not any(word.casefold() in t.casefold() for t in leftovers), leftovers
