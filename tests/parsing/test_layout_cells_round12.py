"""Round 12 (#10): job headers printed where a title is easy to lose, in all eleven languages.

`WORK12` prints jobs as resumes the parser was never tuned on do: the title in the body's plain type
under a bold employer, the title on the line after the dates, title and employer on one line split
by a dash, a comma, a `|`, `at` (`chez`, `bei`, `en`, `в`) or `@`, titles longer than the employer
(`long_titles.py`: `Referent für Unternehmenskommunikation und digitale Medien`), and trades no
vocabulary holds (`trades.py`) under those shapes. Judged on the work section; what today's parser
still gets wrong is in `XFAIL` (strict: a cell that starts passing fails until its line goes).
"""

from __future__ import annotations

import pytest

from tests.parsing.layouts import language_cells, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.variants import D, E, L, T, Variant, line

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

_PLAIN_TITLE = (line(E, L, sep=", ", bold=True), line(T))
_TITLE_AFTER_DATES = (line(E, L, sep=", ", bold=True), line(D, italic=True), line(T))

WORK12: tuple[Variant, ...] = (
    # the title in the body's plain type under a bold employer
    Variant("pdf-work-bold-employer-plain-title", "pdf", _PLAIN_TITLE),
    Variant(
        "docx-work-bold-employer-plain-title-dates-below",
        "docx",
        (line(E, bold=True), line(T)),
        dates="own_line",
    ),
    # the title on the line after the dates
    Variant("pdf-work-employer-dates-then-title", "pdf", _TITLE_AFTER_DATES, dates="field"),
    Variant(
        "docx-work-employer-dates-then-title-no-bullets",
        "docx",
        (line(E, bold=True), line(D, italic=True), line(T)),
        dates="field",
        bullet="",
    ),
    Variant(
        "docx-work-employer-dates-then-bold-title",
        "docx",
        (line(E, bold=True), line(D), line(T, bold=True)),
        dates="field",
    ),
    # title and employer on one line, every separator
    Variant(
        "pdf-work-employer-dash-title-pipe-dates",
        "pdf",
        (line(E, T, D, sep=(" – ", " | "), bold=True),),
        dates="field",
    ),
    Variant(
        "docx-work-title-employer-city-commas-dates-below",
        "docx",
        (line(T, E, L, sep=", ", bold=True),),
        dates="own_line",
    ),
    Variant(
        "pdf-work-title-at-sign-employer", "pdf", (line(T, E, sep=" @ ", bold=True), line(L, italic=True))
    ),
    Variant("docx-work-employer-pipe-title-plain", "docx", (line(E, T, sep=" | "),)),
    Variant("pdf-work-title-at-employer-city-plain", "pdf", (line(T, E, L, sep=(" at ", ", ")),)),
    # titles longer than the employer's name
    Variant(
        "pdf-work-long-title-over-employer",
        "pdf",
        (line(T, bold=True), line(E, L, sep=", ", italic=True)),
        long_titles=True,
    ),
    Variant(
        "docx-work-long-title-one-line-employer-first",
        "docx",
        (line(E, T, L, D, sep=", "),),
        dates="field",
        long_titles=True,
    ),
    Variant(
        "pdf-work-bold-employer-plain-long-title",
        "pdf",
        (line(E, bold=True), line(T)),
        dates="own_line",
        long_titles=True,
    ),
    Variant(
        "docx-work-long-title-dash-employer", "docx", (line(T, E, sep=" — ", bold=True),), long_titles=True
    ),
    # trades no vocabulary holds, under the shapes above
    Variant("pdf-work-trade-bold-employer-plain-title", "pdf", _PLAIN_TITLE, trade_titles=True),
    Variant(
        "docx-work-trade-employer-dates-then-title",
        "docx",
        _TITLE_AFTER_DATES,
        dates="field",
        trade_titles=True,
    ),
    Variant(
        "pdf-work-trade-title-at-employer", "pdf", (line(T, E, sep=" at ", bold=True),), trade_titles=True
    ),
)
BY = {v.name: v for v in WORK12}

# fmt: off
XFAIL: dict[tuple[str, str], str] = {
    ('docx-work-employer-dates-then-title-no-bullets', 'es'): "work[0].highlights: expected ['Reducción de los costes de infraestructura en un 30 %', 'Negociación de contrat",
    ('docx-work-employer-dates-then-title-no-bullets', 'it'): "work[0].highlights: expected ['Riduzione dei costi cloud del 30 %'], got None",
    ('docx-work-employer-dates-then-title-no-bullets', 'pl'): "work[0].highlights: expected ['Obniżenie kosztów chmury o 30 %', 'Wdrożenie miesięcznego raportowania'], got [",
}
# fmt: on


@pytest.mark.parametrize(("variant", "lang"), language_cells(WORK12, XFAIL))
def test_jobs_whose_title_is_easy_to_lose_parse_back(variant: str, lang: str) -> None:
    __tracebackhide__ = True
    verdict = section_verdicts(BY[variant], lang).get("work")
    assert verdict is None, verdict
