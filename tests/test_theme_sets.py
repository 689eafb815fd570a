"""The theme set's sealed themes stay sealed (`benchmarks.theme_accuracy`): measured whole, never shown.

A sealed theme shown once is a tune theme from then on, and the figure that says whether the rules
carry to layouts nobody has looked at is gone. The second sealed set (2026-12-07) replaces the first
as the blind figure once the first was counted by mechanism and opened; the third (same day) is there
so that the second can be counted and opened in turn while one set stays blind. No set shares a
theme, fork, cache or output with another. These tests need neither Node nor the corpus.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from benchmarks import theme_accuracy as T

SETS = (T.OPEN, *T.SEALED_SETS)


def _forks(one: set[str], other: set[str]) -> set[str]:
    """Names of one set that are a prefix/suffix variant of the other's (`x` and `x-plus`)."""
    return {a for a in one for b in other if a.startswith(b + "-") or b.startswith(a + "-")}


MIN_THEMES = {"sealed": 15, "sealed2": 13, "sealed3": 4}
"""How many themes each sealed set was built with (sealed3: all the reachable registry served that print)."""


def test_the_sealed_sets_are_the_first_the_second_and_the_third() -> None:
    assert T.SEALED_SETS == (T.SEALED, T.SEALED2, T.SEALED3)
    assert [s.name for s in T.SEALED_SETS] == ["sealed", "sealed2", "sealed3"]


@pytest.mark.parametrize("sealed", T.SEALED_SETS, ids=lambda s: s.name)
def test_a_sealed_set_is_others_than_every_other_set(sealed: T.ThemeSet) -> None:
    mine = set(T.themes(sealed))
    assert len(mine) >= MIN_THEMES[sealed.name]
    for other in SETS:
        if other is sealed:
            continue
        theirs = set(T.themes(other))
        assert not mine & theirs, other.name
        # a fork of a theme already in a set is not a layout nobody has looked at
        assert not _forks(mine, theirs), other.name
    assert not {a for a, b in combinations(sorted(mine), 2) if b.startswith(a + "-")}


@pytest.mark.parametrize("sealed", [s for s in T.SEALED_SETS if not s.opened], ids=lambda s: s.name)
def test_a_sealed_theme_is_never_shown(sealed: T.ThemeSet, capsys: object, tmp_path: Path) -> None:
    for theme in T.themes(sealed):
        assert T.show(tmp_path, theme, "p01", text=True) == 2


def test_only_the_first_set_is_opened_and_the_newest_stays_sealed() -> None:
    """The first set was counted by mechanism and opened on 2026-12-07; the second is the blind
    figure until it is counted and opened, and the third stays blind after that."""
    assert T.SEALED.opened == "2026-12-07" and "opened 2026-12-07" in T.SEALED.label
    assert not T.SEALED_SETS[-1].opened and "never read" in T.SEALED_SETS[-1].label
    assert [s.name for s in T.SEALED_SETS if s.opened] == ["sealed"]
    assert T.SEALED3.added == "2026-12-07" and "sealed3 themes (added 2026-12-07" in T.SEALED3.label


def test_each_set_installs_and_prints_apart_from_the_others() -> None:
    """Its own lock file, cache and output: printing one never invalidates another's PDFs."""
    assert not T.OPEN.sealed and all(s.sealed for s in T.SEALED_SETS)
    for one, other in combinations(SETS, 2):
        assert one.here != other.here and one.cache != other.cache and one.out != other.out
    for s in SETS:
        assert (s.here / "package.json").is_file() and (s.here / "package-lock.json").is_file()
    for s in (T.SEALED2, T.SEALED3):
        assert s.cache == T.CACHE.with_name(f"{T.CACHE.name}-{s.name}")
        assert s.out == T.OUT / s.name


def test_the_table_reports_each_sealed_set_as_one_row() -> None:
    halves = {
        h: {"files": 1, "score": 0.5, "fields": {"work": 0.25}, "min_resume": 0.5}
        for h in ("measure", "tune", "sealed", "sealed2", "sealed3")
    }
    result: dict[str, Any] = {
        "people": 1,
        "themes": {"measure": 1, "tune": 1, "sealed": 1, "sealed2": 1, "sealed3": 1},
        "halves": halves,
        "not_printed": {},
    }

    def rows(name: str) -> list[str]:
        return [line for line in T.markdown(result).splitlines() if line.startswith(f"| {name} themes")]

    table = T.markdown(result).splitlines()
    assert len(rows("sealed")) == 1 and "opened 2026-12-07" in rows("sealed")[0]
    assert len(rows("sealed2")) == 1 and "added 2026-12-07" in rows("sealed2")[0]
    assert len(rows("sealed3")) == 1 and "sealed3 themes (added 2026-12-07: never read" in rows("sealed3")[0]
    assert table.index(rows("sealed")[0]) < table.index(rows("sealed2")[0]) < table.index(rows("sealed3")[0])
    result["themes"]["sealed"] = result["themes"]["sealed2"] = result["themes"]["sealed3"] = 0
    assert not rows("sealed") and not rows("sealed2") and not rows("sealed3")
    del result["themes"]["sealed2"], result["themes"]["sealed3"]  # a result from before those sets
    assert not rows("sealed2") and not rows("sealed3")
