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
Cells the parser still gets wrong are in `XFAIL` (strict).
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
    ('pdf-label-column-top-plain', 'en'): "2 sections; volunteer: expected 1 entries, got 2: [('American Red Cross', '2023-05'), ('Guest lectur",
    ('pdf-label-column-top-plain', 'fr'): "5 sections; awards[0].title: expected 'Trophée de la meilleure équipe', got 'Trophée de la meilleure",
    ('pdf-label-column-top-plain', 'de'): "6 sections; certificates: expected 1 entries, got 3: [('AWS Certified Security - Specialty', 'Amazon",
    ('pdf-label-column-top-plain', 'es'): "6 sections; work[1].position: expected 'Analista financiero', got None; certificates: certificates: ",
    ('pdf-label-column-top-plain', 'pt'): "5 sections; certificates: expected 1 entries, got 2: [('AWS Certified Security - Specialty', 'Amazon",
    ('pdf-label-column-top-plain', 'it'): "4 sections; certificates: expected 1 entries, got 2: [('AWS Certified Security - Specialty', 'Amazon",
    ('pdf-label-column-top-plain', 'nl'): "4 sections; certificates: expected 1 entries, got 2: [('AWS Certified Security - Specialty', 'Amazon",
    ('pdf-label-column-top-plain', 'pl'): "5 sections; certificates: expected 1 entries, got 2: [('AWS Certified Security - Specialty', 'Amazon",
    ('pdf-label-column-top-plain', 'ru'): "9 sections; education[0].institution: expected 'Московский государственный университет', got 'универ",
    ('pdf-label-column-top-plain', 'zh'): "2 sections; volunteer: expected 1 entries, got 2: [('中国红十字会', '志愿者'), ('北京大学 数据科学讲座', '学术报告')]; othe",
    ('pdf-label-column-top-plain', 'ja'): "3 sections; basics.summary: expected 'IT業界で8年間、データ分析とプロジェクト管理に携わってきました。', got None; volunteer: volun",
    ('pdf-label-column-drop-plain', 'en'): "11 sections; basics.summary: expected 'Engineer who likes small teams, clear goals and measurable re",
    ('pdf-label-column-drop-plain', 'fr'): "8 sections; languages: expected 2 entries, got 4: [('Français', 'Langue maternelle'), ('Anglais', 'C",
    ('pdf-label-column-drop-plain', 'de'): "10 sections; basics.summary: expected 'Erfahrene Projektleiterin mit Schwerpunkt auf digitalen Produ",
    ('pdf-label-column-drop-plain', 'es'): "9 sections; basics.summary: expected 'Economista con ocho años de experiencia en análisis financiero",
    ('pdf-label-column-drop-plain', 'pt'): "9 sections; basics.summary: expected 'Gestora com oito anos de experiência em projetos digitais.', g",
    ('pdf-label-column-drop-plain', 'it'): "11 sections; basics.summary: expected 'Analista con otto anni di esperienza nel settore bancario.', ",
    ('pdf-label-column-drop-plain', 'nl'): "11 sections; basics.summary: expected 'Projectleider met acht jaar ervaring in de publieke sector.',",
    ('pdf-label-column-drop-plain', 'pl'): "9 sections; basics.summary: expected 'Analityczka z ośmioletnim doświadczeniem w bankowości.', got '",
    ('pdf-label-column-drop-plain', 'ru'): "10 sections; education[1].institution: expected 'Санкт-Петербургский политехнический университет', g",
    ('pdf-label-column-drop-plain', 'zh'): "11 sections; basics.summary: expected '八年互联网行业经验，熟悉数据分析与项目管理。', got '北京华信科技有限公司, 北京'; work: work[0].",
    ('pdf-label-column-drop-plain', 'ja'): "10 sections; basics.summary: expected 'IT業界で8年間、データ分析とプロジェクト管理に携わってきました。', got '株式会社サクラテック, 東京'; wor",
    ('pdf-label-column-middle-plain', 'en'): "11 sections; basics.summary: expected 'Engineer who likes small teams, clear goals and measurable re",
    ('pdf-label-column-middle-plain', 'fr'): '8 sections; skills: expected 3 entries, got 0: []; languages: languages: expected 2 entries, got 8: ',
    ('pdf-label-column-middle-plain', 'de'): "9 sections; basics.summary: expected 'Erfahrene Projektleiterin mit Schwerpunkt auf digitalen Produk",
    ('pdf-label-column-middle-plain', 'es'): "11 sections; basics.summary: expected 'Economista con ocho años de experiencia en análisis financier",
    ('pdf-label-column-middle-plain', 'pt'): "11 sections; basics.summary: expected 'Gestora com oito anos de experiência em projetos digitais.', ",
    ('pdf-label-column-middle-plain', 'it'): "12 sections; basics.summary: expected 'Analista con otto anni di esperienza nel settore bancario.', ",
    ('pdf-label-column-middle-plain', 'nl'): "11 sections; basics.summary: expected 'Projectleider met acht jaar ervaring in de publieke sector.',",
    ('pdf-label-column-middle-plain', 'pl'): "10 sections; basics.summary: expected 'Analityczka z ośmioletnim doświadczeniem w bankowości.', got ",
    ('pdf-label-column-middle-plain', 'ru'): "10 sections; education[0].institution: expected 'Московский государственный университет', got 'униве",
    ('pdf-label-column-middle-plain', 'zh'): "10 sections; basics.summary: expected '八年互联网行业经验，熟悉数据分析与项目管理。', got None; skills: skills: expected 1",
    ('pdf-label-column-middle-plain', 'ja'): "12 sections; basics.summary: expected 'IT業界で8年間、データ分析とプロジェクト管理に携わってきました。', got None; work: work[0].n",
    ('pdf-label-column-above-plain', 'en'): "2 sections; volunteer: expected 1 entries, got 2: [('American Red Cross', '2023-05'), ('Guest lectur",
    ('pdf-label-column-above-plain', 'fr'): "3 sections; awards[0].title: expected 'Trophée de la meilleure équipe', got 'Trophée de la meilleure",
    ('pdf-label-column-above-plain', 'de'): "4 sections; certificates: expected 1 entries, got 3: [('AWS Certified Security - Specialty', 'Amazon",
    ('pdf-label-column-above-plain', 'es'): "4 sections; certificates: expected 1 entries, got 2: [('AWS Certified Security - Specialty', 'Amazon",
    ('pdf-label-column-above-plain', 'pt'): "4 sections; certificates: expected 1 entries, got 2: [('AWS Certified Security - Specialty', 'Amazon",
    ('pdf-label-column-above-plain', 'it'): "4 sections; certificates: expected 1 entries, got 2: [('AWS Certified Security - Specialty', 'Amazon",
    ('pdf-label-column-above-plain', 'nl'): "4 sections; certificates: expected 1 entries, got 2: [('AWS Certified Security - Specialty', 'Amazon",
    ('pdf-label-column-above-plain', 'pl'): "4 sections; certificates: expected 1 entries, got 2: [('AWS Certified Security - Specialty', 'Amazon",
    ('pdf-label-column-above-plain', 'ru'): "6 sections; education[1].institution: expected 'Санкт-Петербургский политехнический университет', go",
    ('pdf-label-column-above-plain', 'zh'): "2 sections; volunteer: expected 1 entries, got 2: [('中国红十字会', '志愿者'), ('北京大学 数据科学讲座', '学术报告')]; othe",
    ('pdf-label-column-above-plain', 'ja'): "3 sections; basics.summary: expected 'IT業界で8年間、データ分析とプロジェクト管理に携わってきました。', got None; volunteer: volun",
}
# fmt: on


@pytest.mark.parametrize(("variant", "lang"), language_cells(PLAIN, XFAIL))
def test_headings_in_body_type_in_a_label_column_head_their_sections(variant: str, lang: str) -> None:
    __tracebackhide__ = True
    verdicts = section_verdicts(BY[variant], lang)
    assert not verdicts, verdicts
