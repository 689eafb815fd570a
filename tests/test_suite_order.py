"""The order `make test` runs its tests in: the runner tier first (tests/conftest.py), each file whole."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import pytest

from tests.conftest import FIRST, PER_TEST, _longest_files_first


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
