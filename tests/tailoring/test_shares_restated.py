"""A share the source counts ("18 of 20 audits") restated as the rest ("all but two of 20", "missing
only two") or in lowest terms ("nine in ten") is the same fact; the same forms with another figure are
not (arithmetic.Figures: derived rest and lowest terms; claims._counted_rest). Known limit: a sentence's
implied figures are pooled, not tied to their role, so a wrong rest that equals another implied figure
is kept ("9 of 12, missing only four": 9 of 12 is also 3 in 4); the twins here step two past the rest."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

SHARES = ((18, 20), (9, 12), (45, 50), (14, 16))
ACTS = (("Closed", "safety audits on time"), ("Won", "tenant disputes at hearing"))
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
WORDS |= {10: "ten", 12: "twelve"}


@pytest.mark.parametrize(("part", "whole"), SHARES)
@pytest.mark.parametrize(("verb", "obj"), ACTS)
def test_a_share_restated(part: int, whole: int, verb: str, obj: str) -> None:
    source = one_job(
        f"{verb} {part} of {whole} {obj}", "Metro Housing", "Officer", "2019-02", "Kept case files"
    )
    rest = whole - part
    assert first_bullet_kept(source, f"{verb} all but {WORDS[rest]} of {whole} {obj}")
    assert first_bullet_kept(source, f"{verb} {part} of {whole} {obj}, missing only {WORDS[rest]}")
    assert not first_bullet_kept(
        source, f"{verb} all but {WORDS[rest - 1] if rest > 1 else 'none'} of {whole} {obj}"
    )
    assert not first_bullet_kept(source, f"{verb} {part} of {whole} {obj}, missing only {WORDS[rest + 2]}")


@pytest.mark.parametrize(("verb", "obj"), ACTS)
def test_a_share_in_lowest_terms(verb: str, obj: str) -> None:
    source = one_job(f"{verb} 18 of 20 {obj}", "Metro Housing", "Officer", "2019-02", "Kept case files")
    assert first_bullet_kept(source, f"{verb} nine in ten {obj}")
    assert not first_bullet_kept(source, f"{verb} nine in twelve {obj}")
