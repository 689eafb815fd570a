"""A Word table whose left cell holds section headings and whose right cell holds their content.

German and Europass-style CVs made in Word often end with a two-cell table: `SPRACHKENNTNISSE`
and `DIGITALE FÄHIGKEITEN` stacked in the left cell, the languages and the skills beside them in
the right cell, each block set level with its heading by blank paragraphs, sometimes under an
umbrella heading (`Persönliche Fähigkeiten`) that has no block of its own. Read as a sidebar (the
longer cell first) the blocks joined the section above the table (the last job's bullets) and the
headings stood empty. Generated in every language the parser reads, with and without the umbrella,
one or two blank paragraphs between blocks, a heading level with its block's first line or one
paragraph above it, and blocks of one to four lines.
"""

from __future__ import annotations

import io
import itertools

import pytest
from docx import Document

from resume_api.parsing import parse_document
from resume_api.parsing.lexicon import language_files

LANGUAGES = language_files()
KEYS = ("languages", "skills", "interests")
BLOCKS = {
    "languages": ["Deutsch (C2)", "English (B2)", "Italiano (A2)", "Français (B1)"],
    "skills": ["Python", "Microsoft Excel", "SolidWorks", "Git"],
    "interests": ["Climbing", "Photography", "Chess", "Cooking"],
}


def _heading(code: str, key: str, pick: int) -> str:
    names = LANGUAGES[code]["headings"][key]
    return str(names[pick % len(names)]).upper()


def _document(code: str, shape: int) -> tuple[bytes, list[tuple[str, list[str]]]]:
    """A resume with one job, then the label table; the headings and the lines beside each."""
    umbrella, gap, raised = shape % 2 == 0, 1 + shape % 2, shape % 3 == 0
    keys = KEYS[: 2 + shape % 2]
    doc = Document()
    doc.add_paragraph("Anna Berger").runs[0].bold = True
    doc.add_paragraph("anna.berger@example.com")
    work = doc.add_paragraph()
    work.add_run(_heading(code, "work", shape)).bold = True
    doc.add_paragraph("Projektingenieur, Nordwind GmbH\t03/2019 – 08/2023")
    doc.add_paragraph("• Designed test rigs for wind turbine gearboxes")
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    right.paragraphs[0].text = ""
    expected: list[tuple[str, list[str]]] = []
    row = 0  # paragraphs written in both cells so far, blank ones included
    if umbrella:
        expected.append((_heading(code, "skills", shape + 1), []))
        left.add_paragraph(expected[-1][0])
        right.add_paragraph("")
        row += 1
    for n, key in enumerate(keys):
        heading = _heading(code, key, shape + n)
        items = BLOCKS[key][: 1 + (shape + n) % 4]
        expected.append((heading, items))
        if raised:  # the heading one paragraph above its block's first line
            left.add_paragraph(heading)
            right.add_paragraph("")
            for item in items:
                left.add_paragraph("")
                right.add_paragraph(item)
        else:
            for i, item in enumerate(items):
                left.add_paragraph(heading if i == 0 else "")
                right.add_paragraph(item)
        for _ in range(gap):
            left.add_paragraph("")
            right.add_paragraph("")
        row += len(items) + gap
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue(), expected


CASES = list(itertools.product(sorted(LANGUAGES), range(4)))


@pytest.mark.parametrize(("code", "shape"), CASES)
def test_each_heading_of_a_label_column_keeps_the_lines_beside_it(code: str, shape: int) -> None:
    data, expected = _document(code, shape)
    parsed = parse_document(data, "cv.docx")
    sections = parsed["sections"]
    at = 0
    for heading, items in expected:  # in the order printed: an umbrella may share a block's heading
        found = [i for i in range(at, len(sections)) if (sections[i].get("heading") or "").upper() == heading]
        assert found, f"no section under {heading!r}: {[s.get('heading') for s in sections]}"
        at = found[0] + 1
        text = sections[found[0]]["text"]
        for item in items:
            assert item in text, f"{item!r} not under {heading!r}: {text!r}"
    work = [s for s in sections if s["key"] == "work"]
    block_lines = {item for _, items in expected for item in items}
    assert not any(item in w["text"] for w in work for item in block_lines), "a block joined the job above"
