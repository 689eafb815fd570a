"""The cheap test before a spelling's pattern (`ats.normalize.head` in `folded(text)`) never skips a
text the pattern would match: a prefilter that did would silently lose keywords and skill claims."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from resume_api.ats.normalize import folded, head, pattern
from resume_api.ats.vocabulary import VOCABULARY

SPELLINGS = sorted({v for group in VOCABULARY.values() for names in group for v in names})
ODD = ["ı", "İ", "ſ", "K", "ß", "ẞ", "ﬆ", "é", "\u00a0", "-", "/", " / ", "  ", "\t", ".", ",", "("]
"""Characters a case-insensitive match treats specially, and the separators a pattern allows."""


def _written(variant: str, draw: st.DrawFn) -> str:
    """`variant` as a person may write it: any case per letter, spaces and hyphens swapped, spaces
    around a slash, and look-alike letters a case-insensitive pattern still takes."""
    out = []
    for ch in variant:
        if ch in " -":
            out.append(draw(st.sampled_from([" ", "-", "  ", " - ", ""])))
        elif ch == "/":
            out.append(draw(st.sampled_from(["/", " / ", "/ "])))
        elif ch == "i" and draw(st.booleans()):
            out.append("ı")
        elif ch in "sk" and draw(st.integers(0, 4)) == 0:
            out.append({"s": "ſ", "k": "K"}[ch])
        else:
            out.append(ch.upper() if draw(st.booleans()) else ch.lower())
    return "".join(out)


@st.composite
def _texts(draw: st.DrawFn) -> tuple[str, list[str]]:
    chosen = draw(st.lists(st.sampled_from(SPELLINGS), min_size=1, max_size=6))
    filler = st.lists(st.sampled_from(list("abc xyz.,;:()\n") + ODD), max_size=12).map("".join)
    parts = [draw(filler)]
    for variant in chosen:
        parts += [_written(variant, draw), draw(filler)]
    return "".join(parts), chosen


@settings(max_examples=150)
@given(_texts())
def test_a_spelling_the_pattern_finds_is_never_skipped_by_the_prefilter(case: tuple[str, list[str]]) -> None:
    text, _ = case
    lowered = folded(text)
    for variant in SPELLINGS:
        if pattern(variant).search(text):
            assert head(variant) in lowered, (variant, text)


def test_every_spelling_written_its_own_ways_passes_the_prefilter() -> None:
    for variant in SPELLINGS:
        for written in {
            variant,
            variant.upper(),
            variant.lower(),
            variant.title(),
            variant.replace("/", " / "),
        }:
            if pattern(variant).search(written):
                assert head(variant) in folded(written), (variant, written)
        assert head(variant) == "" or re.fullmatch(r"[ -~]+", head(variant)), variant
