"""Generated cells outside test_layouts' matrix (each variant in English and one rotating
language) that round 5's variants and parser changes cover: each stays read.

Each cell is a (variant, language, section) whose two drawn resumes parse back with the change
named beside it (the new variants' cells failed before their rule; the LinkedIn and Polish cells
fail on main).
"""

from __future__ import annotations

import pytest

from tests.parsing.layouts import BY_NAME, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

CELLS = [
    # two degrees under their school's name printed once (the matrix runs en/ja and en/fr)
    ("pdf-education-one-school-two-degrees", "de", "education"),
    ("pdf-education-one-school-two-degrees", "ru", "education"),
    ("pdf-education-one-school-two-degrees", "zh", "education"),
    ("docx-education-one-school-two-degrees", "pt", "education"),
    ("docx-education-one-school-two-degrees", "ru", "education"),
    ("docx-education-one-school-two-degrees", "ja", "education"),
    # a bullet broken by hand, its rest in an indented plain paragraph; CJK rests join without a
    # space (no lower-case start tells a CJK rest from a new line; the matrix runs en/de and en/es)
    ("docx-hand-broken-list-bullets", "zh", "work"),
    ("docx-hand-broken-list-bullets", "ja", "work"),
    ("docx-hand-broken-glyph-bullets", "zh", "work"),
    ("docx-hand-broken-glyph-bullets", "ja", "work"),
    # Polish 'Inżynier, Informatyka' / 'Informatyka (Inżynier)': the engineer's degree
    ("docx-hand-broken-list-bullets", "pl", "education"),
    ("pdf-education-field-degree-in-parentheses", "pl", "education"),
    ("docx-education-field-degree-in-parentheses", "pl", "education"),
    ("pdf-education-one-school-two-degrees", "pl", "education"),
    # LinkedIn roles whose descriptions are plain lines under the dates and the place
    ("pdf-linkedin-save-to-pdf", "fr", "work"),
    ("pdf-linkedin-save-to-pdf", "it", "work"),
    ("pdf-linkedin-save-to-pdf", "nl", "work"),
    ("pdf-linkedin-save-to-pdf", "pl", "work"),
    ("pdf-linkedin-save-to-pdf", "ru", "work"),
    ("pdf-linkedin-save-to-pdf", "ja", "work"),
    # `Diplôme d'ingénieur, Génie civil, INSA Toulouse`: field then school after the degree
    ("pdf-one-line-entries", "fr", "education"),
    ("pdf-title-at-employer-dates-right", "fr", "education"),
    ("docx-tab-right-dates", "fr", "education"),
    # `..., Санкт-Петербургский политехнический` over `университет` over the dates
    ("pdf-title-emdash-employer-dates-below", "ru", "education"),
    # CJK header pieces: a full-width comma separates them, two CJK runs are never one name
    ("pdf-title-at-employer-dates-right", "zh", "work"),
    ("pdf-title-at-employer-dates-right", "ja", "work"),
    ("docx-title-at-employer", "zh", "work"),
    ("pdf-one-line-entries", "zh", "volunteer"),
    ("pdf-one-line-entries", "ja", "volunteer"),
    ("pdf-academic-cv", "zh", "volunteer"),
    ("docx-academic-cv", "ja", "volunteer"),
    # a volunteer role whose only title word is `coordinator` in the language ('Koordinator')
    ("pdf-education-one-school-two-degrees", "de", "volunteer"),
    ("docx-education-one-school-two-degrees", "fr", "volunteer"),
]


@pytest.mark.parametrize(("variant", "lang", "section"), CELLS, ids=str)
def test_cell_parses_back(variant: str, lang: str, section: str) -> None:
    verdicts = section_verdicts(BY_NAME[variant], lang)
    assert section not in verdicts, verdicts[section]
