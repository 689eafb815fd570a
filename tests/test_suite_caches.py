"""The test suite's own caches give what the uncached call gives, and no caller can spoil them for the next."""

from __future__ import annotations

import json

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
