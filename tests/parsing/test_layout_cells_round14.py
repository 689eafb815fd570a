"""Round 14 (#10): employers named as partnerships, in all eleven languages, PDF and DOCX.

Firms name themselves after their partners, commas before the last name joined by `&` or the
language's `and` (`Smith, Jones & Co.`, `Müller, Schmidt & Partner`, `Егоров, Пугинский и
партнёры`): those commas are the name's own. Each such employer is printed in the header shapes
where a comma also separates fields (`Employer, City`, `Title, Employer, City`, `Title, Employer`)
and must come back whole. The near miss is generated beside it: firms of two names with no comma
(`Harper & Lowe`) after a title no vocabulary holds (`Sommelier, Harper & Lowe`: the word before
the comma is the title, not a partner) and before a city. Judged on the work section; what today's
parser still gets wrong is in `XFAIL` (strict: a cell that starts passing fails until its line goes).
"""

from __future__ import annotations

import pytest

from tests.parsing.layouts import language_cells, parses_back, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.variants import E, L, T, Variant, line
from tests.parsing.test_layout_cells_round13 import _both

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))


_EMPLOYER_CITY_OVER_TITLE = (line(E, L, sep=", ", bold=True), line(T, italic=True))
_TITLE_OVER_EMPLOYER_CITY = (line(T, bold=True), line(E, L, sep=", ", italic=True))
_TITLE_EMPLOYER_CITY = (line(T, E, L, sep=", ", bold=True),)
_TITLE_EMPLOYER_PLAIN = (line(T, E, sep=", "),)

WORK14: tuple[Variant, ...] = (
    # partnerships whose names hold commas, in every header shape a comma also separates
    *_both("firm-employer-comma-city-over-title", _EMPLOYER_CITY_OVER_TITLE, firm_names="serial"),
    *_both(
        "firm-title-over-employer-comma-city-dates-below",
        _TITLE_OVER_EMPLOYER_CITY,
        dates="own_line",
        firm_names="serial",
    ),
    *_both("firm-title-comma-employer-comma-city", _TITLE_EMPLOYER_CITY, firm_names="serial"),
    *_both(
        "firm-pipe-employer-title-city-dates",
        (line(E, T, L, "dates", bold=True),),
        dates="field",
        firm_names="serial",
    ),
    *_both(
        "firm-title-comma-employer-plain-small-dates",
        _TITLE_EMPLOYER_PLAIN,
        dates="own_line",
        dates_look="small",
        firm_names="serial",
    ),
    Variant(
        "pdf-firm-title-dash-employer-comma-city",
        "pdf",
        (line(T, E, L, sep=(" — ", ", "), bold=True),),
        dates="own_line",
        firm_names="serial",
    ),
    Variant("docx-firm-grouped-roles", "docx", _EMPLOYER_CITY_OVER_TITLE, grouped=True, firm_names="serial"),
    # the same partnerships after a title no vocabulary holds (`Sommelier, Smith, Jones & Co.`)
    *_both(
        "firm-trade-title-comma-employer-plain",
        _TITLE_EMPLOYER_PLAIN,
        dates="own_line",
        dates_look="small",
        firm_names="serial",
        trade_titles=True,
    ),
    # the near miss: two names and no comma, then a city, or after a trade's title
    *_both("paired-firm-title-comma-employer-comma-city", _TITLE_EMPLOYER_CITY, firm_names="paired"),
    *_both("paired-firm-employer-comma-city-over-title", _EMPLOYER_CITY_OVER_TITLE, firm_names="paired"),
    *_both(
        "paired-firm-trade-title-comma-employer-plain",
        _TITLE_EMPLOYER_PLAIN,
        dates="own_line",
        dates_look="small",
        firm_names="paired",
        trade_titles=True,
    ),
)
BY = {v.name: v for v in WORK14}

# fmt: off
XFAIL: dict[tuple[str, str], str] = {
}
# fmt: on


@pytest.mark.parametrize(("variant", "lang"), language_cells(WORK14, XFAIL))
def test_employers_named_as_partnerships_parse_back(variant: str, lang: str) -> None:
    parses_back(section_verdicts(BY[variant], lang).get("work"))
