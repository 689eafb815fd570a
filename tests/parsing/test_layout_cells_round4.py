"""Generated cells outside test_layouts' matrix (which runs each variant in English and one
rotating language) that this round's parser changes made parse back: each stays read.

Each cell is a (variant, language, section) the layout report showed failing before the change
named beside it, and whose two drawn resumes both parse back now; the matrix does not run these
languages for these variants.
"""

from __future__ import annotations

import pytest

from tests.parsing.layouts import BY_NAME, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

CELLS = [
    # tabbed header cells that wrapped under themselves
    ("pdf-tabs-employer-title-dates", "es", "education"),
    # a table's date cell wrapped beside the next header line
    ("pdf-table-per-entry", "de", "work"),
    ("pdf-table-per-entry", "es", "work"),
    ("pdf-table-per-entry", "ru", "work"),
    # LinkedIn's 'Degree · (2015 - 2016)'
    ("pdf-linkedin-save-to-pdf", "fr", "education"),
    # an entry's only line, plain, under its dates
    ("docx-plain-lines-no-bullets", "ru", "volunteer"),
    # a heading cell beside its section's one item in a whole-resume table
    ("docx-whole-resume-in-table", "es", "certificates"),
    ("docx-whole-resume-in-table", "it", "awards"),
    ("docx-whole-resume-in-table", "zh", "basics"),
    # a header's text wrapped beside its dates, with room to spare (a reserved date column)
    ("pdf-title-at-employer-dates-right", "de", "education"),
    ("pdf-employer-endash-title-right", "es", "education"),
    ("pdf-employer-endash-title-right", "it", "education"),
    # `School, Field (Degree), (Dates)`: the degree in parentheses after its field, the date
    # alone in parentheses ending the line (the matrix runs en and ru)
    ("pdf-education-field-degree-in-parentheses", "pt", "education"),
    ("pdf-education-field-degree-in-parentheses", "nl", "education"),
    ("docx-education-field-degree-in-parentheses", "fr", "education"),
    ("docx-education-field-degree-in-parentheses", "ja", "education"),
    # dates first on a header whose name ends in an abbreviation ('Iberia Datos S.L.'), and its
    # wrapped lower-case tail ('de Madrid')
    ("pdf-dates-lead-inline", "es", "work"),
    ("pdf-dates-lead-inline", "es", "education"),
    ("pdf-dates-lead-inline", "pt", "work"),
]


@pytest.mark.parametrize(("variant", "lang", "section"), CELLS, ids=str)
def test_cell_parses_back(variant: str, lang: str, section: str) -> None:
    verdicts = section_verdicts(BY_NAME[variant], lang)
    assert section not in verdicts, verdicts[section]
