"""Generated cells outside test_layouts' matrix (each variant in English and one rotating
language) that round 6's variants and parser changes cover: each stays read.

Each cell is a (variant, language, section) whose two drawn resumes parse back with the change
named beside it; every one failed before its rule.
"""

from __future__ import annotations

import pytest

from tests.parsing.layouts import BY_NAME, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

_EVERY = ("en", "fr", "de", "es", "pt", "it", "nl", "pl", "ru", "zh", "ja")


def _outside(matrix: tuple[str, ...]) -> list[str]:
    """The languages a variant's matrix cells do not run."""
    return [lang for lang in _EVERY if lang not in matrix]


CELLS = [
    # an exchange stay (`Programme Erasmus; HEC Paris`): no word names its school or its degree, the
    # section's other degrees say where each sits (the matrix runs en/nl and en/pl; where a word
    # names the school, 'ETH Zürich' in en/de/zh/ja, the programme stays the field)
    *[
        ("pdf-education-exchange-bare-school", lang, "education")
        for lang in ("fr", "es", "pt", "it", "pl", "ru")
    ],
    *[
        ("docx-education-exchange-bare-school", lang, "education")
        for lang in ("fr", "es", "pt", "it", "nl", "ru")
    ],
    # a thesis on the degree's line, its quoted title wrapped (`Thesis title: 'Young People in the
    # Construction of the Virtual` over `University'`): no school, no field (the matrix runs en/zh
    # and en/ru; the other languages of the DOCX read it before; the PDF's Europass table misreads
    # fr, de, ru, zh as it does without a thesis: the reader's columns)
    ("docx-education-thesis-on-degree-line", "es", "education"),
    *[("pdf-europass-thesis-on-degree-line", lang, "education") for lang in ("es", "pt", "it", "nl", "pl")],
    # two titles held at once, slashed (`Researcher / Independent Consultant`): one title (the
    # matrix runs en/ja, en/fr, en/de, en/es)
    *[("pdf-slashed-titles", lang, "work") for lang in _outside(("en", "ja"))],
    *[("docx-slashed-titles", lang, "work") for lang in _outside(("en", "fr"))],
    # a title going on to its terms after a dash (`Software Engineer – Contract (6 months)`), the
    # employer on the line under it: one title, the terms neither the employer nor the place
    *[("pdf-title-dash-terms", lang, "work") for lang in _outside(("en", "de"))],
    *[("docx-title-dash-terms", lang, "work") for lang in _outside(("en", "es"))],
    # the employer's line indented with Word's `List Paragraph` style, no glyph, over glyph bullets
    # (`Institut für Fertigungstechnik (LUH)`): a header line, not a bullet (the matrix runs en/pt)
    *[("docx-employer-in-list-style", lang, "work") for lang in _outside(("en", "pt"))],
]


@pytest.mark.parametrize(("variant", "lang", "section"), CELLS, ids=str)
def test_cell_parses_back(variant: str, lang: str, section: str) -> None:
    verdicts = section_verdicts(BY_NAME[variant], lang)
    assert section not in verdicts, verdicts[section]
