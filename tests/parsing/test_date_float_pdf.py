"""A date column floated right beside each entry (JSON Resume's eloquent theme).

The start over `— end`, in a column of their own at the right, the first line set a few points
above the header's: the dates share no row with the header, the end shares one with the header's
second line or the first bullet. Read row by row the start stood alone above the entry and the end
joined a line of its body. Generated in every language the generators have, the header in two
orders; cells the parser still gets wrong are in `XFAIL` (strict): a header wrapped in a text
column narrower than the room before its dates.
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
    ('pdf-dates-float-title-employer', 'de'): "1 sections; education[0].institution: expected 'Hochschule Darmstadt', got 'Hochschule'",
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
