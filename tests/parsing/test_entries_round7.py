"""Round 7: margin dates stacked down a column (`Current` / `|` / `2015`, R Markdown CVs): one
range per entry, in generated layouts outside test_layouts' matrix and in a reader's lines."""

from __future__ import annotations

import pytest

from resume_api.parsing.entries import parse_work
from resume_api.parsing.lines import Line
from tests.parsing.layouts import BY_NAME, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available

_EVERY = ("en", "fr", "de", "es", "pt", "it", "nl", "pl", "ru", "zh", "ja")
_SECTIONS = ("work", "education", "volunteer")

CELLS = [
    # the matrix runs en/it (PDF) and en/nl (DOCX); every other language, each dated section
    *[
        ("pdf-dates-margin-stacked", lang, section)
        for lang in _EVERY
        if lang not in ("en", "it")
        for section in _SECTIONS
    ],
    *[
        ("docx-dates-margin-stacked", lang, section)
        for lang in _EVERY
        if lang not in ("en", "nl")
        for section in _SECTIONS
    ],
]


@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize(("variant", "lang", "section"), CELLS, ids=str)
def test_cell_parses_back(variant: str, lang: str, section: str) -> None:
    verdicts = section_verdicts(BY_NAME[variant], lang)
    assert section not in verdicts, verdicts[section]


def _ln(cells: list[str], x0: float, x1: float, y: float, size: float = 8.4, bold: bool = False) -> Line:
    return Line(text=" ".join(cells), cells=cells, x0=x0, x1=x1, y=y, size=size, bold=bold)


def _pagedown_entry(top: str, title: str, bottom: str, org: str, place: str, y: float) -> list[Line]:
    """A pagedown CV's entry as the PDF reader gives it: the bar shares its baseline with the place
    (right-aligned), the organisation a size larger falls just under it, the start date lower."""
    return [
        _ln([top, title], 36.0, 230.0, y, size=9.6, bold=True),
        _ln(["|", place], 49.5, 410.4, y + 12),
        _ln([org], 98.2, 200.4, y + 16, size=9.0),
        _ln([bottom], 41.7, 59.1, y + 24),
        _ln(["• Built tools for people to explore their data."], 99.0, 314.1, y + 36),
    ]


def test_stacked_margin_range_with_the_place_beside_the_bar() -> None:
    lines = [
        *_pagedown_entry("Current", "Principal Software Engineer", "2024", "Posit", "Remote", 100.0),
        *_pagedown_entry(
            "2018", "Data Science Researcher", "2017", "Data Science Lab", "Baltimore, MD", 160.0
        ),
    ]
    work = parse_work(lines)
    assert [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in work] == [
        ("Principal Software Engineer", "Posit", "2024", "present"),
        ("Data Science Researcher", "Data Science Lab", "2017", "2018"),
    ]
    assert [w.get("location") for w in work] == ["Remote", "Baltimore, MD"]


def test_two_dates_without_a_bar_stay_apart() -> None:
    """Without the bar, a margin date over another is two entries' dates, not one range."""
    lines = [
        _ln(["2018", "Data Science Researcher"], 36.0, 230.0, 100.0, bold=True),
        _ln(["Data Science Lab"], 98.2, 200.4, 112.0),
        _ln(["2016", "Data Journalist"], 36.0, 230.0, 130.0, bold=True),
        _ln(["New York Times"], 98.2, 200.4, 142.0),
    ]
    work = parse_work(lines)
    assert [(w.get("startDate"), w.get("endDate")) for w in work] == [("2018", "2018"), ("2016", "2016")]
