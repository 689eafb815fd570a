"""The order `make test` runs its tests in: the runner tier first (tests/conftest.py), each file whole."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import pytest

from tests.conftest import FIRST, PER_TEST, _longest_files_first, _sweep_sample


@dataclass
class _Item:
    nodeid: str
    runner: bool = False

    def get_closest_marker(self, name: str) -> object | None:
        return object() if name == "runner" and self.runner else None


def _order(items: list[_Item]) -> list[str]:
    as_items = cast(list[pytest.Item], items)
    _longest_files_first(as_items)
    return [cast(Any, item).nodeid for item in as_items]


def test_the_runner_tier_comes_first_longest_first_each_file_whole_and_in_order() -> None:
    longest, shorter = sorted((p for p in FIRST if p != "parsed"), key=FIRST.__getitem__, reverse=True)[:2]
    items = [
        _Item("tests/parsing/test_a.py::test_one"),
        _Item(f"{shorter}::test_two"),
        _Item("tests/test_b.py::test_three", runner=True),
        _Item(f"{PER_TEST[0]}::test_four"),
        _Item("tests/parsing/test_a.py::test_five"),
        _Item(f"{longest}::test_six"),
        _Item("tests/test_b.py::test_seven"),
        _Item(f"{shorter}::test_eight"),
        _Item("tests/unit/test_c.py::test_nine"),
    ]
    assert _order(items) == [
        f"{longest}::test_six",
        f"{shorter}::test_two",
        f"{shorter}::test_eight",
        f"{PER_TEST[0]}::test_four",
        "tests/test_b.py::test_three",
        "tests/test_b.py::test_seven",
        "tests/parsing/test_a.py::test_one",
        "tests/parsing/test_a.py::test_five",
        "tests/unit/test_c.py::test_nine",
    ]


def test_the_shared_parses_stay_where_they_are() -> None:
    """FIRST's `parsed` names the files of SHARED_PARSES as one unit under loadfile, not a file."""
    items = [_Item("tests/unit/test_c.py::test_one"), _Item("parsed::test_two")]
    assert _order(items) == ["tests/unit/test_c.py::test_one", "parsed::test_two"]


@dataclass
class _Case:
    """A parametrized test as `_sweep_sample` sees it: its id, its parameters, the marks it gets."""

    nodeid: str
    params: dict[str, object]
    marks: list[str]

    @property
    def callspec(self) -> _Case:
        return self

    def add_marker(self, mark: pytest.MarkDecorator) -> None:
        self.marks.append(mark.name)


def _family(function: str, codes: int, fmts: tuple[str, ...] = ("pdf", "docx")) -> list[_Case]:
    return [
        _Case(f"tests/parsing/test_x.py::{function}[{fmt}-{code}]", {"fmt": fmt, "code": code}, [])
        for code in range(codes)
        for fmt in fmts
    ]


def test_a_big_family_over_formats_keeps_twelve_cells_in_test_fast_each_in_every_format() -> None:
    big, small, plain = _family("test_big", 36), _family("test_small", 19), _family("test_plain", 40, ("",))
    for case in plain:
        case.params = {"code": case.params["code"]}
    _sweep_sample(cast(list[pytest.Item], big + small + plain))
    kept = [case for case in big if not case.marks]
    assert len(kept) == 2 * 12, "12 cells, each in PDF and DOCX"
    assert {case.params["fmt"] for case in kept} == {"pdf", "docx"}
    assert len({case.params["code"] for case in kept}) == 12
    assert all(case.marks == ["slow"] for case in big if case not in kept)
    assert not any(case.marks for case in small + plain), "under 40 cases, or no `fmt`: whole"
