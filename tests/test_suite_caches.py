"""The test suite's own caches give what the uncached call gives, and no caller can spoil them for the next."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable
from pathlib import Path

import pytest

from tests import shared_cache
from tests.parsing.layouts import BY_NAME, VARIANTS, _draw, draw

LONG = next(v for v in VARIANTS if v.long)
PLAIN = next(v for v in VARIANTS if not v.long and not v.grouped and v.edu != "grouped")


def _text(docs: object) -> str:
    return json.dumps(docs, sort_keys=True, ensure_ascii=False, default=repr)


def test_a_cached_draw_is_the_draw() -> None:
    for variant, lang, examples in [(PLAIN, "en", 2), (LONG, "fr", 1), (BY_NAME[PLAIN.name], "ja", 4)]:
        assert _text(draw(lang, variant, examples)) == _text(_draw(lang, variant, examples))
        assert _text(draw(lang, variant, examples)) == _text(_draw(lang, variant, examples))


def test_a_caller_that_changes_its_draw_changes_no_other() -> None:
    first = draw("de", PLAIN, 2)
    first[0]["resume"]["basics"]["name"] = "changed"
    first.pop()
    again = draw("de", PLAIN, 2)
    assert len(again) == 2
    assert again[0]["resume"]["basics"]["name"] != "changed"


def test_the_cache_tells_apart_what_the_strategy_is_built_from() -> None:
    """Long bullets and the number of resumes change what is drawn: each is its own entry."""
    assert _text(draw("en", LONG, 1)) == _text(_draw("en", LONG, 1))
    assert _text(draw("en", PLAIN, 1)) == _text(_draw("en", PLAIN, 1))
    assert _text(draw("en", LONG, 1)) != _text(draw("en", PLAIN, 1))
    assert len(draw("en", PLAIN, 1)) == 1
    assert len(draw("en", PLAIN, 2)) == 2


def test_a_result_shared_between_workers_is_computed_once(tmp_path: Path) -> None:
    """What one worker computed, another reads (a forked process: the lock and the file, no memory)."""
    calls: list[str] = []

    def compute(value: int) -> Callable[[], dict[str, list[int]]]:
        def run() -> dict[str, list[int]]:
            calls.append(f"{value}")
            return {"a": [value]}

        return run

    before = shared_cache.share(tmp_path)
    try:
        first = shared_cache.shared("kind", "key", compute(1))
        again = shared_cache.shared("kind", "key", compute(2))
        other = shared_cache.shared("other", "key", compute(3))
        with multiprocessing.get_context("fork").Pool(1) as pool:
            from_worker = pool.apply(shared_cache.shared, ("kind", "key", _unreachable))
    finally:
        shared_cache.share(before)
    assert first == again == from_worker == {"a": [1]}
    assert other == {"a": [3]}
    assert calls == ["1", "3"]


def _unreachable() -> object:
    raise AssertionError("computed again in another process")


def test_a_failed_computation_is_not_kept(tmp_path: Path) -> None:
    """A refusal is raised again by computing again, never read back as a result."""
    before = shared_cache.share(tmp_path)
    try:
        with pytest.raises(ValueError, match="refused"):
            shared_cache.shared("kind", "key", _refuse)
        assert shared_cache.shared("kind", "key", lambda: "parsed") == "parsed"
    finally:
        shared_cache.share(before)


def _refuse() -> object:
    raise ValueError("refused")


def test_without_a_shared_directory_every_call_computes() -> None:
    calls: list[str] = []
    before = shared_cache.share(None)
    try:
        assert [shared_cache.shared("kind", "key", lambda: calls.append("x")) for _ in range(2)] == [
            None,
            None,
        ]
    finally:
        shared_cache.share(before)
    assert calls == ["x", "x"]


_BUILT: list[str] = []


@shared_cache.once
def _built(fmt: str, code: str) -> dict[str, list[str]]:
    _BUILT.append(f"{fmt}-{code}")
    return {"lines": [fmt, code]}


def test_a_family_builder_runs_once_per_run_for_each_cell(tmp_path: Path) -> None:
    """`once`: each cell's document built once, in this worker and for the other, each caller its copy."""
    before = shared_cache.share(tmp_path)
    try:
        first = _built("pdf", "fr")
        first["lines"].append("changed by its caller")
        assert _built("pdf", "fr") == {"lines": ["pdf", "fr"]}
        assert _built("docx", "fr") == {"lines": ["docx", "fr"]}
        with multiprocessing.get_context("fork").Pool(1) as pool:
            assert pool.apply(_another_worker_builds, ("pdf", "fr")) == ({"lines": ["pdf", "fr"]}, 2)
    finally:
        shared_cache.share(before)
    assert _BUILT == ["pdf-fr", "docx-fr"]


def _another_worker_builds(fmt: str, code: str) -> tuple[dict[str, list[str]], int]:
    """What another worker, whose memory holds nothing yet, gets and builds."""
    _built.cache_clear()  # type: ignore[attr-defined]
    return _built(fmt, code), len(_BUILT)
