"""Spoken languages printed in the name and contact block, with no heading (#10).

Themes print the languages a person speaks as one more item of the contact block: their names
alone on a line under the e-mail and phone, often after an icon (`✈  English, Tamil, Hindi`), no
heading over them. The names are the evidence (a closed set, every language's own names for them),
not a heading: the line is the `languages` section, one entry per name. Cases: under the contact
line, above a profile paragraph, in a sidebar holding the contact; PDF and DOCX, all eleven
languages. Judged on `languages` and `basics`.
"""

from __future__ import annotations

import pytest

from tests.parsing.layouts import judged_verdict, language_cells, parses_back
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.variants import E, L, T, Variant, line
from tests.parsing.test_layout_cells_round13 import _both

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

_TITLE_EMPLOYER = (line(T, bold=True), line(E, L, sep=", ", italic=True))
_EMPLOYER_TITLE = (line(E, L, sep=", ", bold=True), line(T, italic=True))

SPOKEN: tuple[Variant, ...] = (
    *_both("languages-line-under-contact", _TITLE_EMPLOYER, languages_line=True),
    *_both(
        "languages-line-over-profile", _EMPLOYER_TITLE, languages_line=True, summary="below", heading="title"
    ),
    *_both(
        "languages-line-in-sidebar", _TITLE_EMPLOYER, languages_line=True, sidebar="left", dates="own_line"
    ),
)
BY = {v.name: v for v in SPOKEN}
JUDGED = ("basics", "languages")

# fmt: off
XFAIL: dict[tuple[str, str], str] = {
    # the DOCX sidebar table is read after the main column, its contact block into the last
    # section (`docx-sidebar-table`'s other/references cells in test_layouts): no longer a header
    ("docx-languages-line-in-sidebar", "en"): "languages: expected 2 entries, got 0: []",
    ("docx-languages-line-in-sidebar", "fr"): "languages: expected 2 entries, got 0: []",
    ("docx-languages-line-in-sidebar", "de"): "languages: expected 2 entries, got 0: []",
    ("docx-languages-line-in-sidebar", "es"): "languages: expected 2 entries, got 0: []",
    ("docx-languages-line-in-sidebar", "pt"): "languages: expected 2 entries, got 0: []",
    ("docx-languages-line-in-sidebar", "it"): "languages: expected 2 entries, got 0: []",
    ("docx-languages-line-in-sidebar", "nl"): "languages: expected 2 entries, got 0: []",
    ("docx-languages-line-in-sidebar", "pl"): "languages: expected 2 entries, got 0: []",
    ("docx-languages-line-in-sidebar", "ru"): "languages: expected 2 entries, got 0: []",
    ("docx-languages-line-in-sidebar", "zh"): "languages: expected 2 entries, got 0: []",
    ("docx-languages-line-in-sidebar", "ja"): "languages: expected 2 entries, got 0: []",
}
# fmt: on


@pytest.mark.parametrize(("variant", "lang"), language_cells(SPOKEN, XFAIL))
def test_languages_in_the_contact_block_are_the_languages(variant: str, lang: str) -> None:
    __tracebackhide__ = True
    parses_back(judged_verdict(BY[variant], lang, JUDGED))
