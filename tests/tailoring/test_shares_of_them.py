"""A part of the count before it is a share: "22 proposals, 14 of them funded" supports "a 64% success
rate" and "3 of whom" of 9 supports "a third"; another share does not. Generated over counts and the
words that refer back."""

from __future__ import annotations

import itertools

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

COUNTS = [(22, 14), (9, 3), (40, 30), (12, 5)]
BACK = ["{p} of them funded", "{p} of which were funded", "with {p} of them funded"]


@pytest.mark.parametrize(("counts", "back"), list(itertools.product(COUNTS, BACK)))
def test_a_part_of_the_count_before(counts: tuple[int, int], back: str) -> None:
    whole, part = counts
    source = one_job(
        f"Wrote {whole} grant proposals in 2023, {back.format(p=part)}",
        "Harbor Trust",
        "Writer",
        "2019-04",
        "Ran events",
    )
    share = round(part / whole * 100)
    assert first_bullet_kept(source, f"Wrote {whole} grant proposals in 2023 with a {share}% success rate")
    assert not first_bullet_kept(
        source, f"Wrote {whole} grant proposals in 2023 with a {share + 9}% success rate"
    )
