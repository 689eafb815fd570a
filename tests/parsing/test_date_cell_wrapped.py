"""A date cell too narrow for its range: the end's last word wrapped onto the next row.

A theme that sets an entry's header as a grid (autumn: the school's name and its dates in two
columns) gives the dates a fixed width; a range one word too long wraps (`Jan 2011 - Jan` over
`2014`), the piece set under the cell's first letter when the cell is ranged left, under its last
when ranged right. Read as they stand, `Jan 2011 - Jan` is a date alone and the `2014` under it a
line of the entry: the job lost its start, or its end. Generated in every language the
generators have and each of its date forms, the cell ranged left and right, PDF and DOCX (where a
cell's paragraph is whole: the same page must read the same).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.parsing.cases import parse_page
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.content import fmt_range
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.model import Block, Page, Para, Run, Table

SHAPES = ("left", "right")

JOBS = (("2011-01", "2014-03"), ("2015-09", "2019-11"))


def _range(code: str, form: str, start: str, end: str) -> str:
    return fmt_range(start, end, LANGS[code], {"month_form": form, "range_sep": " – ", "since": False})


def _cell_width(text: str, code: str) -> float:
    """The width of a cell that holds `text` up to its last space and no more: the last word wraps."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

    from tests.parsing.layouts.pdf_writer import CJK_FONTS, MARGIN, SANS, WIDTH, _register

    _register()
    head = text.rsplit(" ", 1)[0]
    font = CJK_FONTS.get(code, SANS)
    return (stringWidth(head, font, 10) + 8 + 2) / (WIDTH - 2 * MARGIN)


def _dates_last(lang: Lang, j: int, dates: Para, width: float) -> list[Block]:
    """The employer and the dates on the first row, the title under the employer."""
    rows: list[list[list[Block]]] = [
        [[Para([Run(lang.employers[j], bold=True)])], [dates]],
        [[Para([Run(lang.titles[j], italic=True)])], []],
    ]
    return [Table(rows, [1 - width, width]), Para([Run(lang.highlights[j])], bullet="•")]


def _page(
    code: str, shape: str, form: str, entry: Callable[[Lang, int, Para, float], list[Block]] = _dates_last
) -> Page:
    """Two jobs whose date cells are a word too narrow, each laid out by `entry`."""
    lang = LANGS[code]
    given, family = lang.people[0]
    blocks: list[Block] = [
        Para([Run(f"{family}{given}" if lang.cjk else f"{given} {family}", bold=True, size=22)]),
        Para([Run("jane.roe@example.com")]),
        Para([Run(lang.headings["work"][0].upper(), bold=True, size=12)], space_before=8),
    ]
    for j, (start, end) in enumerate(JOBS):
        dates = _range(code, form, start, end)
        blocks += entry(lang, j, Para([Run(dates)], align=shape), _cell_width(dates, code))
    return Page(body=blocks)


FORMS = sorted({form for lang in LANGS.values() for form in lang.month_forms})

UNREAD = {"right-zh-pdf-cjk", "right-ja-pdf-cjk"}
"""Not read yet: a CJK range broken inside its end in a cell ranged right, its pieces a few points
off the cell's right edge (the writer keeps a trailing space's width on CJK lines)."""


def cases(fmts: tuple[str, ...], unread: set[str]) -> list[object]:
    """Every shape, language, format and date form as pytest parameters; `unread` ids strict xfails."""
    return [
        pytest.param(
            shape,
            code,
            fmt,
            form,
            id=f"{shape}-{code}-{fmt}-{form}",
            marks=[pytest.mark.xfail(strict=True, reason="not read yet")]
            if f"{shape}-{code}-{fmt}-{form}" in unread
            else [],
        )
        for shape in SHAPES
        for code in LANGS
        for fmt in fmts
        for form in LANGS[code].month_forms
    ]


CASES = cases(("pdf", "docx"), UNREAD)


@pytest.mark.parametrize(("shape", "code", "fmt", "form"), CASES)
def test_a_date_cell_wrapped_under_itself_is_one_range(shape: str, code: str, fmt: str, form: str) -> None:
    lang = LANGS[code]
    parsed = parse_page(_page(code, shape, form), code, fmt)
    got = [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in parsed["work"]]
    want = [(lang.employers[j], lang.titles[j], *JOBS[j]) for j in range(len(JOBS))]
    assert got == want
