"""A label column in a PDF: section headings in a narrow left column, each beside its section.

CSS themes (JSON Resume's compact and paper among them) print a resume as a grid: the heading in
a left column, the section's lines in a wider right one. The heading sits level with the
section's first line, a few points below it (its own margin or a larger size pushes its baseline
down), or centred beside a short section. Read as two columns (the headings a sidebar of their
own) every section lost its heading; read row by row, a heading set below the section's first
line sent that line into the section before. Generated in every language the generators have,
the heading level with its first line (`top`), dropped below it (`drop`) and centred beside short
sections (`middle`). The same layout in DOCX is `docx-whole-resume-in-table` (a table's cells are
read in order there: no position to get wrong). Cells the parser still gets wrong are in `XFAIL`
(strict: a cell that starts passing fails until its line goes): what is left there is no
longer the headings but lines the narrower column wraps (a certificate or an award whose date sits
in a wide right cell, `CCNA - Cisco Certified Network` over `Associate, Cisco`), read as two.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.pdf_layout import MAX_LABELS
from tests.parsing.layouts import language_cells, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.variants import E, L, T, Variant, line

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

_EMPLOYER_TITLE = (line(E, L, sep=", ", bold=True), line(T, italic=True))

LABEL: tuple[Variant, ...] = tuple(
    Variant(f"pdf-label-column-{where}", "pdf", _EMPLOYER_TITLE, table="whole", label=where)
    for where in ("top", "drop", "middle")
)
BY = {v.name: v for v in LABEL}

# fmt: off
XFAIL: dict[tuple[str, str], str] = {
    ('pdf-label-column-top', 'fr'): "1 sections; awards[0].title: expected 'Trophée de la meilleure équipe', got 'Trophée de la meilleure",
    ('pdf-label-column-top', 'de'): "1 sections; awards[0].awarder: expected 'IHK München', got 'IHK, München'",
    ('pdf-label-column-top', 'es'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-top', 'pt'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-top', 'it'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-top', 'pl'): "2 sections; certificates[0].name: expected 'AWS Certified Solutions Architect - Associate', got 'AWS",
    ('pdf-label-column-top', 'ru'): "2 sections; education[1].institution: expected 'Санкт-Петербургский политехнический университет', go",
    ('pdf-label-column-drop', 'fr'): "1 sections; awards[0].title: expected 'Trophée de la meilleure équipe', got 'Trophée de la meilleure",
    ('pdf-label-column-drop', 'de'): "1 sections; awards[0].awarder: expected 'IHK München', got 'IHK, München'",
    ('pdf-label-column-drop', 'es'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-drop', 'pt'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-drop', 'it'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-drop', 'pl'): "3 sections; certificates[0].name: expected 'AWS Certified Solutions Architect - Associate', got 'AWS",
    ('pdf-label-column-drop', 'ru'): "2 sections; education[1].institution: expected 'Санкт-Петербургский политехнический университет', go",
    ('pdf-label-column-drop', 'zh'): "1 sections; interests: expected 2 entries, got 1: [('徒步烹饪',)]",
    ('pdf-label-column-drop', 'ja'): "1 sections; interests: expected 3 entries, got 2: [('将棋料理',), ('登山',)]",
    ('pdf-label-column-middle', 'fr'): "1 sections; awards[0].title: expected 'Trophée de la meilleure équipe', got 'Trophée de la meilleure",
    ('pdf-label-column-middle', 'de'): "1 sections; awards[0].awarder: expected 'IHK München', got 'IHK, München'",
    ('pdf-label-column-middle', 'es'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-middle', 'pt'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-middle', 'it'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-middle', 'pl'): "5 sections; certificates[0].name: expected 'AWS Certified Solutions Architect - Associate', got 'AWS",
    ('pdf-label-column-middle', 'ru'): "3 sections; work: expected 3 entries, got 4: [('ПАО «Сигма Банк»', 'Руководитель проекта'), ('Северс",
}
# fmt: on


@pytest.mark.parametrize(("variant", "lang"), language_cells(LABEL, XFAIL))
def test_headings_in_a_label_column_head_their_sections(variant: str, lang: str) -> None:
    __tracebackhide__ = True
    verdicts = section_verdicts(BY[variant], lang)
    assert not verdicts, verdicts


@pytest.mark.parametrize("headings", [4, MAX_LABELS + 1])
def test_a_label_column_holds_a_bounded_number_of_headings(headings: int) -> None:
    """Each heading is placed by a look over the page's rows: a crafted page of thousands would
    cost their product, so past `MAX_LABELS` the page is read as any other (here as two columns)."""
    from resume_api.parsing.pdf_layout import read_pdf
    from tests.parsing.builders import pdf_bytes

    page = []
    for n in range(headings):
        y = 60 + 40 * n
        page += [(200, y, f"Section line {n} one", "R", 10), (40, y + 5, f"HEADING {n}", "B", 12)]
        page += [(200, y + 12, f"Section line {n} two", "R", 10)]
    lines = [ln.text for ln in read_pdf(pdf_bytes([page], height=60 + 40 * headings)).lines]
    first = lines.index("HEADING 0")
    assert (lines[first + 1] == "Section line 0 one") is (headings <= MAX_LABELS)
