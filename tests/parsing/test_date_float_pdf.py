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


@pytest.mark.parametrize("title_reaches_dates", [False, True])
def test_a_date_pushed_under_a_long_title_stays_that_titles(title_reaches_dates: bool) -> None:
    """A date alone on a row just above a heading is floated beside the row below only when the
    row above stops short of it: under a title that ran into the date's column it is that title's."""
    from resume_api.parsing.pdf_layout import read_pdf
    from tests.parsing.builders import pdf_bytes

    title = (
        "Chapter on open data and public spending in the book Data Journalism in Brazil, 2nd ed."
        if title_reaches_dates
        else "Chapter"
    )
    page = [
        (40, 585.0, title, "B", 12),
        (500, 598.5, "Jan 2023", "R", 11),
        (36, 604.5, "Awards", "B", 13.5),
        (40, 624.0, "Esso Journalism Prize", "B", 12),
    ]
    cells = [ln.cells for ln in read_pdf(pdf_bytes([page])).lines]
    if title_reaches_dates:
        assert ["Jan 2023"] in cells and ["Awards"] in cells
    else:
        assert ["Awards", "Jan 2023"] in cells
