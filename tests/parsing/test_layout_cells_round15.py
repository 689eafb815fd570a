"""Round 15 (#10): which part of a job's header is the employer, read from the document's habit.

The later jobs of each resume are named crosswise (`crossed.py`): employers made of a role's words
(`Product Management Consulting`, `Produktmanagement Beratung`), titles holding an organisation's
word (`Hospital Pharmacist`, `Bankkaufmann`). Their words point the wrong way; the first job's are
clear, and every entry of one document prints the employer and the title in the same place and
look. Each header shape real resumes use (`Title, Employer`, `Employer — Title`, two lines either
way, a pipe line with the place and dates, the dates on their own line or at the right), PDF and
DOCX, in all eleven languages. Judged on the work section; what today's parser still gets wrong is
in `XFAIL` (strict: a cell that starts passing fails until its line goes).
"""

from __future__ import annotations

import pytest

from tests.parsing.layouts import language_cells, parses_back, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.variants import E, L, T, Variant, line
from tests.parsing.test_layout_cells_round13 import _both

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))


WORK15: tuple[Variant, ...] = (
    *_both(
        "crossed-title-comma-employer",
        (line(T, E, sep=", ", bold=True),),
        dates="own_line",
        crossed_names=True,
    ),
    *_both("crossed-employer-dash-title", (line(E, T, sep=" — ", bold=True),), crossed_names=True),
    *_both(
        "crossed-title-over-employer-city",
        (line(T, bold=True), line(E, L, sep=", ", italic=True)),
        crossed_names=True,
    ),
    *_both(
        "crossed-employer-city-over-title",
        (line(E, L, sep=", ", bold=True), line(T, italic=True)),
        dates="own_line",
        crossed_names=True,
    ),
    *_both(
        "crossed-pipe-title-employer-city-dates", (line(T, E, L, "dates"),), dates="field", crossed_names=True
    ),
    *_both(
        "crossed-employer-plain-over-title-bold",
        (line(E), line(T, bold=True)),
        crossed_names=True,
    ),
)
BY = {v.name: v for v in WORK15}

# fmt: off
XFAIL: dict[tuple[str, str], str] = {
    ('pdf-crossed-title-comma-employer', 'fr'): "work[1].name: expected 'Conseil en Management Produit', got 'Management Produit'",
    ('pdf-crossed-title-comma-employer', 'ru'): "work[1].name: expected 'Консалтинг управления продуктом', got 'Больничный фармацевт, Консалтинг управления про",
    ('docx-crossed-title-comma-employer', 'fr'): "work[1].name: expected 'Conseil en Management Produit', got 'Management Produit'",
    ('docx-crossed-title-comma-employer', 'ru'): "work[1].name: expected 'Консалтинг управления продуктом', got 'Больничный фармацевт, Консалтинг управления про",
    ('pdf-crossed-employer-dash-title', 'de'): "work[1].position: expected 'Referent Hochschulkooperation', got 'Referent'",
}
# fmt: on


@pytest.mark.parametrize(("variant", "lang"), language_cells(WORK15, XFAIL))
def test_crosswise_names_parse_back_by_the_documents_habit(variant: str, lang: str) -> None:
    parses_back(section_verdicts(BY[variant], lang).get("work"))
