"""The theme set's sealed themes stay sealed (`benchmarks.theme_accuracy`): measured whole, never shown.

A sealed theme shown once is a tune theme from then on, and the figure that says whether the rules
carry to layouts nobody has looked at is gone. These tests need neither Node nor the corpus.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks import theme_accuracy as T


def test_the_sealed_themes_are_others_than_the_open_ones() -> None:
    sealed, open_ = set(T.themes(T.SEALED)), set(T.themes(T.OPEN))
    assert len(sealed) >= 15
    assert not sealed & open_
    # a fork of an open theme is not a layout nobody has looked at
    assert not {s for s in sealed for o in open_ if s.startswith(o + "-") or o.startswith(s + "-")}


def test_a_sealed_theme_is_never_shown(capsys: object, tmp_path: Path) -> None:
    for theme in T.themes(T.SEALED):
        assert T.show(tmp_path, theme, "p01", text=True) == 2


def test_the_sealed_set_installs_and_prints_apart_from_the_open_one() -> None:
    """Its own lock file, cache and output: printing it never invalidates the open set's PDFs."""
    assert T.SEALED.sealed and not T.OPEN.sealed
    assert T.SEALED.here != T.OPEN.here and (T.SEALED.here / "package-lock.json").is_file()
    assert T.SEALED.cache != T.OPEN.cache
    assert T.SEALED.out != T.OPEN.out


def test_the_table_reports_the_sealed_set_as_one_row() -> None:
    halves = {
        h: {"files": 1, "score": 0.5, "fields": {"work": 0.25}, "min_resume": 0.5}
        for h in ("measure", "tune", "sealed")
    }
    result: dict[str, Any] = {
        "people": 1,
        "themes": {"measure": 1, "tune": 1, "sealed": 1},
        "halves": halves,
        "not_printed": {},
    }
    rows = [line for line in T.markdown(result).splitlines() if line.startswith("| sealed")]
    assert len(rows) == 1 and "never read, never shown" in rows[0]
    result["themes"]["sealed"] = 0
    assert not [line for line in T.markdown(result).splitlines() if line.startswith("| sealed")]
