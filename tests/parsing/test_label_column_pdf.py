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
(strict: a cell that starts passing fails until its line goes).
"""

from __future__ import annotations

import pytest

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
    ('pdf-label-column-top', 'en'): "12 sections; basics.summary: expected 'Analytical professional with eight years of experience turnin",
    ('pdf-label-column-top', 'fr'): '13 sections; basics.summary: expected "Ingénieure rigoureuse avec huit ans d\'expérience dans la fina',
    ('pdf-label-column-top', 'de'): "12 sections; basics.summary: expected 'Erfahrene Projektleiterin mit Schwerpunkt auf digitalen Produ",
    ('pdf-label-column-top', 'es'): "13 sections; basics.summary: expected 'Economista con ocho años de experiencia en análisis financier",
    ('pdf-label-column-top', 'pt'): "13 sections; basics.summary: expected 'Gestora com oito anos de experiência em projetos digitais.', ",
    ('pdf-label-column-top', 'it'): "13 sections; basics.summary: expected 'Analista con otto anni di esperienza nel settore bancario.', ",
    ('pdf-label-column-top', 'nl'): "13 sections; basics.summary: expected 'Projectleider met acht jaar ervaring in de publieke sector.',",
    ('pdf-label-column-top', 'pl'): "12 sections; basics.summary: expected 'Analityczka z ośmioletnim doświadczeniem w bankowości.', got ",
    ('pdf-label-column-top', 'ru'): "12 sections; basics.summary: expected 'Финансовый аналитик с восьмилетним опытом работы в банковской",
    ('pdf-label-column-top', 'zh'): "2 sections; volunteer: expected 1 entries, got 2: [('中国红十字会', '志愿者'), ('北京大学 数据科学讲座', '学术报告')]",
    ('pdf-label-column-top', 'ja'): "4 sections; education: expected 2 entries, got 3: [('大阪大学', '学士'), ('東京大学', '博士'), ('ツール: Figma, Doc",
    ('pdf-label-column-drop', 'en'): "13 sections; basics.summary: expected 'Analytical professional with eight years of experience turnin",
    ('pdf-label-column-drop', 'fr'): '13 sections; basics.summary: expected "Ingénieure rigoureuse avec huit ans d\'expérience dans la fina',
    ('pdf-label-column-drop', 'de'): "13 sections; basics.summary: expected 'Erfahrene Projektleiterin mit Schwerpunkt auf digitalen Produ",
    ('pdf-label-column-drop', 'es'): "13 sections; basics.summary: expected 'Economista con ocho años de experiencia en análisis financier",
    ('pdf-label-column-drop', 'pt'): "13 sections; basics.summary: expected 'Gestora com oito anos de experiência em projetos digitais.', ",
    ('pdf-label-column-drop', 'it'): "13 sections; basics.summary: expected 'Analista con otto anni di esperienza nel settore bancario.', ",
    ('pdf-label-column-drop', 'nl'): "13 sections; basics.summary: expected 'Projectleider met acht jaar ervaring in de publieke sector.',",
    ('pdf-label-column-drop', 'pl'): "13 sections; basics.summary: expected 'Analityczka z ośmioletnim doświadczeniem w bankowości.', got ",
    ('pdf-label-column-drop', 'ru'): "13 sections; basics.summary: expected 'Финансовый аналитик с восьмилетним опытом работы в банковской",
    ('pdf-label-column-drop', 'zh'): "13 sections; basics.summary: expected '八年互联网行业经验，熟悉数据分析与项目管理。', got '北京华信科技有限公司, 北京'",
    ('pdf-label-column-drop', 'ja'): "12 sections; basics.summary: expected 'IT業界で8年間、データ分析とプロジェクト管理に携わってきました。', got '株式会社サクラテック, 東京'",
    ('pdf-label-column-middle', 'en'): "13 sections; basics.summary: expected 'Analytical professional with eight years of experience turnin",
    ('pdf-label-column-middle', 'fr'): '13 sections; basics.summary: expected "Ingénieure rigoureuse avec huit ans d\'expérience dans la fina',
    ('pdf-label-column-middle', 'de'): "13 sections; basics.summary: expected 'Erfahrene Projektleiterin mit Schwerpunkt auf digitalen Produ",
    ('pdf-label-column-middle', 'es'): "13 sections; basics.summary: expected 'Economista con ocho años de experiencia en análisis financier",
    ('pdf-label-column-middle', 'pt'): "13 sections; basics.summary: expected 'Gestora com oito anos de experiência em projetos digitais.', ",
    ('pdf-label-column-middle', 'it'): "13 sections; basics.summary: expected 'Analista con otto anni di esperienza nel settore bancario.', ",
    ('pdf-label-column-middle', 'nl'): "13 sections; basics.summary: expected 'Projectleider met acht jaar ervaring in de publieke sector.',",
    ('pdf-label-column-middle', 'pl'): "13 sections; basics.summary: expected 'Analityczka z ośmioletnim doświadczeniem w bankowości.', got ",
    ('pdf-label-column-middle', 'ru'): "13 sections; basics.summary: expected 'Финансовый аналитик с восьмилетним опытом работы в банковской",
    ('pdf-label-column-middle', 'zh'): "13 sections; basics.summary: expected '八年互联网行业经验，熟悉数据分析与项目管理。', got '八年互联网行业经验，熟悉数据分析与项目管理。 北京华信科技有限",
    ('pdf-label-column-middle', 'ja'): "10 sections; basics.summary: expected 'IT業界で8年間、データ分析とプロジェクト管理に携わってきました。', got 'IT業界で8年間、データ分析とプロジェク",
}
# fmt: on


@pytest.mark.parametrize(("variant", "lang"), language_cells(LABEL, XFAIL))
def test_headings_in_a_label_column_head_their_sections(variant: str, lang: str) -> None:
    __tracebackhide__ = True
    verdicts = section_verdicts(BY[variant], lang)
    assert not verdicts, verdicts
