"""How often something was done is a count per period, not a multiplier: "twice a month", "a
twice-weekly club", "3x daily" restate "2 shifts a month", "twice a week", "three times a day", and a
different count is still refused; "3x quarterly pipeline coverage" still multiplies. Generated both ways
over counts, periods and phrasings."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from resume_api.tailoring.quantities import quantities
from tests.tailoring.guarded import first_bullet_kept, one_job

COUNTS = {2: ("twice", "2", "two"), 3: ("thrice", "3", "three")}
PERIODS = [("a week", "weekly"), ("a month", "monthly"), ("a day", "daily")]
SOURCES = ["Ran the tutoring club {n} times {period}", "Ran {n} tutoring sessions {period}"]
REWRITES = [
    "Ran the tutoring club {word} {period}",
    "Ran a {word}-{adverb} tutoring club",
    "Ran the tutoring club {n}x {adverb}",
]


def _resume(source: str) -> Resume:
    return one_job(source, "Lincoln High School", "Teacher", "2018-08", "Taught 5 sections of algebra")


@pytest.mark.parametrize(("period", "adverb"), PERIODS)
@pytest.mark.parametrize("n", sorted(COUNTS))
def test_the_same_count_per_period_is_kept(n: int, period: str, adverb: str) -> None:
    word = COUNTS[n][0]
    for source in SOURCES:
        for rewrite in REWRITES:
            text = rewrite.format(word=word, n=n, period=period, adverb=adverb)
            assert first_bullet_kept(_resume(source.format(n=n, period=period)), text), (source, text)


@pytest.mark.parametrize(("period", "adverb"), PERIODS)
def test_another_count_is_refused(period: str, adverb: str) -> None:
    for source in SOURCES:
        for rewrite in REWRITES:
            text = rewrite.format(word="thrice", n=3, period=period, adverb=adverb)
            assert not first_bullet_kept(_resume(source.format(n=2, period=period)), text), (source, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twice a month", [("number", 2.0)]),
        ("a twice-weekly club", [("number", 2.0)]),
        ("3x daily", [("number", 3.0)]),
        ("deployed 3x daily to production", [("number", 3.0)]),
        ("3x quarterly pipeline coverage", [("factor", 3.0)]),
        ("twice the team average", [("factor", 2.0)]),
        ("doubled twice a year", [("factor", 2.0), ("number", 2.0)]),
    ],
)
def test_rates_and_multipliers_read_apart(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(q.kind, q.value) for q in quantities(text)] == expected
