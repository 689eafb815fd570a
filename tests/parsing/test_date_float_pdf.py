"""A date column floated right beside each entry (JSON Resume's eloquent theme).

The start over `— end`, in a column of their own at the right, the first line set a few points
above the header's: the dates share no row with the header, the end shares one with the header's
second line or the first bullet. Read row by row the start stood alone above the entry and the end
joined a line of its body. Generated in every language the generators have, the header in two
orders; cells the parser still gets wrong are in `XFAIL` (strict).
"""

from __future__ import annotations

import pytest

from tests.parsing.layouts import language_cells, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.variants import E, L, T, Variant, line

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

FLOAT: tuple[Variant, ...] = (
    Variant("pdf-dates-float-title-employer", "pdf", (line(T, E, sep=", ", bold=True),), dates="float"),
    Variant(
        "pdf-dates-float-employer-over-title",
        "pdf",
        (line(E, L, sep=", ", bold=True), line(T, italic=True)),
        dates="float",
    ),
)
BY = {v.name: v for v in FLOAT}

# fmt: off
XFAIL: dict[tuple[str, str], str] = {
    ('pdf-dates-float-title-employer', 'en'): "3 sections; work: expected 2 entries, got 3: [('Acme Corporation', 'Software Engineer'), ('Globex In",
    ('pdf-dates-float-title-employer', 'fr'): "3 sections; work: expected 2 entries, got 3: [('Lumière Conseil', 'Ingénieur logiciel'), ('Vernier S",
    ('pdf-dates-float-title-employer', 'de'): "3 sections; work: expected 2 entries, got 3: [('Müller Logistik GmbH', 'Softwareentwickler'), ('Bran",
    ('pdf-dates-float-title-employer', 'es'): "3 sections; work: expected 2 entries, got 3: [('Solaris S.A.', 'Ingeniero de software'), ('Iberia Da",
    ('pdf-dates-float-title-employer', 'pt'): "3 sections; work: expected 2 entries, got 3: [('Atlântico Seguros S.A.', 'Engenheiro de software'), ",
    ('pdf-dates-float-title-employer', 'it'): "3 sections; work: expected 2 entries, got 3: [('Tessitura Rossi S.p.A.', 'Ingegnere del software'), ",
    ('pdf-dates-float-title-employer', 'nl'): "3 sections; work: expected 2 entries, got 3: [('Van Dijk Logistiek B.V.', 'Software-ontwikkelaar'), ",
    ('pdf-dates-float-title-employer', 'pl'): "3 sections; work: expected 2 entries, got 3: [('Wisła Logistyka Sp. z o.o.', 'Programista'), ('Mazow",
    ('pdf-dates-float-title-employer', 'ru'): "3 sections; work: expected 2 entries, got 3: [('ООО «Ромашка»', 'Инженер-программист'), ('АО «Вектор",
    ('pdf-dates-float-title-employer', 'zh'): "3 sections; work: expected 2 entries, got 3: [('北京华信科技有限公司', '软件工程师'), ('上海明德咨询有限公司', '项目经理'), ('202",
    ('pdf-dates-float-title-employer', 'ja'): "3 sections; work: expected 2 entries, got 3: [('株式会社サクラテック', 'ソフトウェアエンジニア'), ('山田商事株式会社', 'プロジェクトマネー",
    ('pdf-dates-float-employer-over-title', 'en'): "3 sections; work: expected 2 entries, got 3: [('Acme Corporation', 'Software Engineer'), ('Globex In",
    ('pdf-dates-float-employer-over-title', 'fr'): "3 sections; work: expected 2 entries, got 3: [('Lumière Conseil', 'Ingénieur logiciel'), ('Vernier S",
    ('pdf-dates-float-employer-over-title', 'de'): "3 sections; work: expected 2 entries, got 3: [('Müller Logistik GmbH', 'Softwareentwickler'), ('Bran",
    ('pdf-dates-float-employer-over-title', 'es'): "3 sections; work: expected 2 entries, got 3: [('Solaris S.A.', 'Ingeniero de software'), ('Iberia Da",
    ('pdf-dates-float-employer-over-title', 'pt'): "3 sections; work: expected 2 entries, got 3: [('Atlântico Seguros S.A.', 'Engenheiro de software'), ",
    ('pdf-dates-float-employer-over-title', 'it'): "3 sections; work: expected 2 entries, got 3: [('Tessitura Rossi S.p.A.', 'Ingegnere del software'), ",
    ('pdf-dates-float-employer-over-title', 'nl'): "3 sections; work: expected 2 entries, got 3: [('Van Dijk Logistiek B.V.', 'Software-ontwikkelaar'), ",
    ('pdf-dates-float-employer-over-title', 'pl'): "3 sections; work: expected 2 entries, got 3: [('Wisła Logistyka Sp. z o.o.', 'Programista'), ('Mazow",
    ('pdf-dates-float-employer-over-title', 'ru'): "3 sections; work: expected 2 entries, got 3: [('ООО «Ромашка»', 'Инженер-программист'), ('АО «Вектор",
    ('pdf-dates-float-employer-over-title', 'zh'): "3 sections; work: expected 2 entries, got 4: [('北京华信科技有限公司', '北京'), ('北京华信科技有限公司', '软件工程师'), ('上海明德咨",
    ('pdf-dates-float-employer-over-title', 'ja'): "3 sections; work: expected 2 entries, got 4: [('株式会社サクラテック', '東京'), ('株式会社サクラテック', 'ソフトウェアエンジニア'), (",
}
# fmt: on


@pytest.mark.parametrize(("variant", "lang"), language_cells(FLOAT, XFAIL))
def test_dates_floated_right_beside_an_entry_are_its_dates(variant: str, lang: str) -> None:
    __tracebackhide__ = True
    verdicts = {
        k: v
        for k, v in section_verdicts(BY[variant], lang).items()
        if k in {"work", "education", "volunteer"}
    }
    assert not verdicts, verdicts
