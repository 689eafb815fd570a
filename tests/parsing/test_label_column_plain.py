"""A label column whose headings are printed in the body's own type: set apart by place alone.

Some CSS themes (JSON Resume's paper) set each section heading in a narrow left column beside its
section, in the body's size and weight (small capitals drawn as letters of the body's size): no
larger size, no bold, no capitals tell it from the lines around it. Only where it stands does: alone
at the left, every line of its section starting to the right of where it ends. A heading whose
words we know exactly was found anyway; one we know only by a word (`Professional Skills Summary`)
or not at all (`Teaching and Talks`) sent its lines into the section before. Generated in every
language the generators have, the heading level with its section's first line (`top`), a line
above it (`above`, as paper prints it), dropped below it (`drop`) or centred beside a short section
(`middle`), as `test_label_column_pdf` does for
headings in bold. PDF only: in DOCX such a column is a table, whose cells are read in order.
Cells the parser still gets wrong are in `XFAIL` (strict). Left in `top` and `above`: what the bold
label column leaves too (`test_label_column_pdf`: a certificate or an award wrapped in the narrower
column, read as two). Left in `drop` and `middle`: the reading order, a heading in body type set
below its section's first lines, which the PDF reader's label placement does not move (it knows a
label column's headings by their look).
"""

from __future__ import annotations

import pytest

from tests.parsing.layouts import language_cells, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.variants import E, L, T, Variant, line

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

_EMPLOYER_TITLE = (line(E, L, sep=", ", bold=True), line(T, italic=True))

PLAIN: tuple[Variant, ...] = tuple(
    Variant(
        f"pdf-label-column-{where}-plain", "pdf", _EMPLOYER_TITLE, table="whole", label=where, heading="plain"
    )
    for where in ("top", "above", "drop", "middle")
)
BY = {v.name: v for v in PLAIN}

# fmt: off
XFAIL: dict[tuple[str, str], str] = {
    ('pdf-label-column-top-plain', 'fr'): "1 sections; awards[0].title: expected 'Trophée de la meilleure équipe', got 'Trophée de la meilleure",
    ('pdf-label-column-top-plain', 'de'): "1 sections; awards[0].awarder: expected 'IHK München', got 'IHK, München'",
    ('pdf-label-column-top-plain', 'es'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-top-plain', 'pt'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-top-plain', 'it'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-top-plain', 'pl'): "2 sections; certificates[0].name: expected 'AWS Certified Solutions Architect - Associate', got 'AWS",
    ('pdf-label-column-top-plain', 'ru'): "5 sections; education[0].institution: expected 'Московский государственный университет', got 'универ",
    ('pdf-label-column-above-plain', 'fr'): "1 sections; awards[0].title: expected 'Trophée de la meilleure équipe', got 'Trophée de la meilleure",
    ('pdf-label-column-above-plain', 'de'): "1 sections; awards[0].awarder: expected 'IHK München', got 'IHK, München'",
    ('pdf-label-column-above-plain', 'es'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-above-plain', 'pt'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-above-plain', 'it'): "1 sections; certificates[0].name: expected 'CCNA - Cisco Certified Network Associate', got 'CCNA - C",
    ('pdf-label-column-above-plain', 'pl'): "2 sections; certificates[0].name: expected 'AWS Certified Solutions Architect - Associate', got 'AWS",
    ('pdf-label-column-above-plain', 'ru'): "4 sections; education[1].institution: expected 'Санкт-Петербургский политехнический университет', go",
    ('pdf-label-column-drop-plain', 'en'): "10 sections; basics.summary: expected 'Engineer who likes small teams, clear goals and measurable re",
    ('pdf-label-column-drop-plain', 'fr'): "6 sections; certificates: expected 1 entries, got 2: [('AWS Certified Security - Specialty', 'Amazon",
    ('pdf-label-column-drop-plain', 'de'): "8 sections; basics.summary: expected 'Erfahrene Projektleiterin mit Schwerpunkt auf digitalen Produk",
    ('pdf-label-column-drop-plain', 'es'): "8 sections; basics.summary: expected 'Economista con ocho años de experiencia en análisis financiero",
    ('pdf-label-column-drop-plain', 'pt'): "8 sections; basics.summary: expected 'Gestora com oito anos de experiência em projetos digitais.', g",
    ('pdf-label-column-drop-plain', 'it'): "10 sections; basics.summary: expected 'Analista con otto anni di esperienza nel settore bancario.', ",
    ('pdf-label-column-drop-plain', 'nl'): "10 sections; basics.summary: expected 'Projectleider met acht jaar ervaring in de publieke sector.',",
    ('pdf-label-column-drop-plain', 'pl'): "9 sections; basics.summary: expected 'Analityczka z ośmioletnim doświadczeniem w bankowości.', got '",
    ('pdf-label-column-drop-plain', 'ru'): "8 sections; education[1].institution: expected 'Санкт-Петербургский политехнический университет', go",
    ('pdf-label-column-drop-plain', 'zh'): "9 sections; basics.summary: expected '八年互联网行业经验，熟悉数据分析与项目管理。', got '八年互联网行业经验，熟悉数据分析与项目管理。 北京华信科技有限公",
    ('pdf-label-column-drop-plain', 'ja'): "10 sections; basics.summary: expected 'IT業界で8年間、データ分析とプロジェクト管理に携わってきました。', got 'IT業界で8年間、データ分析とプロジェク",
    ('pdf-label-column-middle-plain', 'en'): "11 sections; basics.summary: expected 'Engineer who likes small teams, clear goals and measurable re",
    ('pdf-label-column-middle-plain', 'fr'): '8 sections; skills: expected 3 entries, got 0: []; languages: languages: expected 2 entries, got 8: ',
    ('pdf-label-column-middle-plain', 'de'): "9 sections; basics.summary: expected 'Erfahrene Projektleiterin mit Schwerpunkt auf digitalen Produk",
    ('pdf-label-column-middle-plain', 'es'): "11 sections; basics.summary: expected 'Economista con ocho años de experiencia en análisis financier",
    ('pdf-label-column-middle-plain', 'pt'): "11 sections; basics.summary: expected 'Gestora com oito anos de experiência em projetos digitais.', ",
    ('pdf-label-column-middle-plain', 'it'): "12 sections; basics.summary: expected 'Analista con otto anni di esperienza nel settore bancario.', ",
    ('pdf-label-column-middle-plain', 'nl'): "11 sections; basics.summary: expected 'Projectleider met acht jaar ervaring in de publieke sector.',",
    ('pdf-label-column-middle-plain', 'pl'): "10 sections; basics.summary: expected 'Analityczka z ośmioletnim doświadczeniem w bankowości.', got ",
    ('pdf-label-column-middle-plain', 'ru'): "9 sections; education[0].institution: expected 'Московский государственный университет', got 'универ",
    ('pdf-label-column-middle-plain', 'zh'): "10 sections; basics.summary: expected '八年互联网行业经验，熟悉数据分析与项目管理。', got None; skills: skills: expected 1",
    ('pdf-label-column-middle-plain', 'ja'): "11 sections; basics.summary: expected 'IT業界で8年間、データ分析とプロジェクト管理に携わってきました。', got None; education: educ",
}
# fmt: on


@pytest.mark.parametrize(("variant", "lang"), language_cells(PLAIN, XFAIL))
def test_headings_in_body_type_in_a_label_column_head_their_sections(variant: str, lang: str) -> None:
    __tracebackhide__ = True
    verdicts = section_verdicts(BY[variant], lang)
    assert not verdicts, verdicts
