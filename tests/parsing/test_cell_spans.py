"""Each cell of a PDF line says where it starts and ends (`Line.cell_spans`, read by `cell_span`).

A wrapped school name, a skill grid and a wrapped label cell are told from the next line only by
where each cell of the row above stood: the next line continues a cell it starts under when that
cell filled its room. The reader gives each cell its (x0, x1); a step that changes the cells after
it makes the spans unknown rather than wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest

from resume_api.parsing.lines import Line
from resume_api.parsing.pdf_layout import read_pdf
from tests.parsing.builders import pdf_bytes


def _lines(items: Sequence[tuple[float, float, str, str, float]]) -> list[Line]:
    return read_pdf(pdf_bytes([items])).lines


def test_each_cell_of_a_row_has_its_own_span() -> None:
    (line,) = _lines([(72, 100, "Georgia Institute of", "B", 10), (400, 100, "2015 - 2019", "R", 10)])
    assert line.cells == ["Georgia Institute of", "2015 - 2019"]
    (a0, a1), (b0, b1) = line.cell_span(0), line.cell_span(1)  # type: ignore[misc]
    assert a0 == pytest.approx(72, abs=0.5) and b0 == pytest.approx(400, abs=0.5)
    assert a0 < a1 < b0 < b1
    assert line.cell_span(-1) == line.cell_span(1)


def test_a_cell_ends_where_its_text_ends() -> None:
    """The span measures the glyphs: a longer cell in the same font ends further right."""
    short, long = _lines([(72, 100, "Python", "R", 10), (72, 130, "Python, SQL, Go, Rust", "R", 10)])
    assert short.cell_span(0)[0] == long.cell_span(0)[0]  # type: ignore[index]
    assert short.cell_span(0)[1] < long.cell_span(0)[1]  # type: ignore[index]


def test_a_grid_of_cells_keeps_each_column() -> None:
    rows = [(72 + 150 * c, 100 + 14 * r, f"Skill {r}{c}", "R", 10) for r in range(3) for c in range(3)]
    for line in _lines(rows):
        assert len(line.cells) == 3
        assert [round(line.cell_span(i)[0]) for i in range(3)] == [72, 222, 372]  # type: ignore[index]


def test_spans_are_unknown_once_the_cells_change() -> None:
    (line,) = _lines([(72, 100, "Acme Corp", "B", 10), (400, 100, "2019", "R", 10)])
    joined = replace(line, cells=[line.text])
    assert joined.cell_span(0) is None
    assert line.cell_span(2) is None
    assert Line(text="a docx paragraph", cells=["a docx paragraph"]).cell_span(0) is None
