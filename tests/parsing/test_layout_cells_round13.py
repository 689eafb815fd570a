"""Round 13 (#10): jobs printed as published HTML themes print them, in all eleven languages.

`WORK13` prints the header shapes of JSON Resume themes nobody on the team wrote: `Title,
Employer` in the body's plain type over its dates on a line of their own in a smaller roman type
(with the computed length after them: `Jun 2018 – Mar 2021  2 yrs 9 mos`), the dates alone above
the header, `Employer — Title` with the dates floating right, a one-line summary in plain type
under the header before the bullets (`job_lines.py`), and titles that go on after a dash or a
slash (`Nurse II – Surgical ICU`), under those shapes. Judged on the work section; what today's
parser still gets wrong is in `XFAIL` (strict: a cell that starts passing fails until its line
goes).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parsing.layouts import language_cells, parses_back, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.variants import E, HeaderLine, T, Variant, line

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

_TITLE_EMPLOYER_PLAIN = (line(T, E, sep=", "),)
_EMPLOYER_OVER_TITLE = (line(E, bold=True), line(T))


def _both(name: str, header: tuple[HeaderLine, ...], **kw: Any) -> tuple[Variant, Variant]:
    """The same layout in PDF and in DOCX."""
    return Variant(f"pdf-{name}", "pdf", header, **kw), Variant(f"docx-{name}", "docx", header, **kw)


WORK13: tuple[Variant, ...] = (
    # `Title, Employer` in plain type over small roman dates of their own
    *_both(
        "work-title-comma-employer-plain-small-dates-below",
        _TITLE_EMPLOYER_PLAIN,
        dates="own_line",
        dates_look="small",
    ),
    # the same with the length after the dates, a summary line and titles that go on after a dash
    *_both(
        "work-title-comma-employer-dates-length-summary",
        _TITLE_EMPLOYER_PLAIN,
        dates="own_line",
        dates_look="small_duration",
        job_summary=True,
        qualified_titles=True,
    ),
    Variant(
        "pdf-work-trade-title-comma-employer-small-dates-below",
        "pdf",
        _TITLE_EMPLOYER_PLAIN,
        dates="own_line",
        dates_look="small",
        trade_titles=True,
    ),
    Variant(
        "docx-work-long-title-comma-employer-small-dates-below",
        "docx",
        _TITLE_EMPLOYER_PLAIN,
        dates="own_line",
        dates_look="small",
        long_titles=True,
    ),
    # `Employer — Title` with the dates floating right, a summary line under it
    *_both(
        "work-employer-dash-title-dates-right-summary", (line(E, T, sep=" — ", bold=True),), job_summary=True
    ),
    # the dates alone above the header, small and roman
    Variant(
        "pdf-work-small-dates-above-title-comma-employer",
        "pdf",
        _TITLE_EMPLOYER_PLAIN,
        dates="above",
        dates_look="small",
    ),
    Variant(
        "docx-work-small-dates-above-bold-employer-plain-title",
        "docx",
        _EMPLOYER_OVER_TITLE,
        dates="above",
        dates_look="small",
    ),
    # a bold employer over a plain title that goes on after a dash or a slash, small dates below
    Variant(
        "pdf-work-bold-employer-qualified-title-small-dates-summary",
        "pdf",
        _EMPLOYER_OVER_TITLE,
        dates="own_line",
        dates_look="small",
        qualified_titles=True,
        job_summary=True,
    ),
    Variant(
        "docx-work-bold-employer-slashed-title-small-dates",
        "docx",
        _EMPLOYER_OVER_TITLE,
        dates="own_line",
        dates_look="small",
        slash_titles=True,
    ),
    # a label alone on its line (`Stack utilizada:`) opens a list under the job's first line
    *_both("work-first-line-then-labelled-list", (line(T, E, sep=" | ", bold=True),), body="labelled"),
    *_both(
        "work-bold-employer-title-labelled-list-small-dates",
        _EMPLOYER_OVER_TITLE,
        dates="own_line",
        dates_look="small",
        body="labelled",
    ),
    Variant(
        "pdf-work-title-comma-employer-dates-below-labelled-list",
        "pdf",
        _TITLE_EMPLOYER_PLAIN,
        dates="own_line",
        body="labelled",
    ),
)
BY = {v.name: v for v in WORK13}

# fmt: off
XFAIL: dict[tuple[str, str], str] = {
    ('pdf-work-trade-title-comma-employer-small-dates-below', 'nl'): "work[0].name: expected 'Polderdata', got 'Banketbakker'",
}
# fmt: on


@pytest.mark.parametrize(("variant", "lang"), language_cells(WORK13, XFAIL))
def test_jobs_printed_as_html_themes_print_them_parse_back(variant: str, lang: str) -> None:
    parses_back(section_verdicts(BY[variant], lang).get("work"))
