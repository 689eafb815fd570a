"""Counts listed one after another add up; counts a clause apart do not. "6 tellers, 3 bankers and
2 analysts" supports "11 tellers, bankers and analysts"; "hired 38 engineers and cut time-to-fill to 41 days" supports
neither "79 hires" nor "50+ hires" (the sum was taken before, so an invented count passed as
derived). Generated both ways over list forms, nouns and totals; changes stay read ("from 40 hours
a week to 25" says 15 hours)."""

from __future__ import annotations

import itertools

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept, one_job

PARTS = [(6, 3), (12, 4, 2), (38, 41)]
NOUNS = [("tellers", "bankers", "analysts"), ("nurses", "aides", "clerks"), ("engineers", "designers", "PMs")]
LISTS = ["{a} {x}, {b} {y}", "{a} {x} and {b} {y}", "{a} {x}, {b} {y} and {c} {z}"]
APART = [
    "Hired {a} {x} and reduced the average time-to-fill to {b} days",
    "Hired {a} {x}; the team later grew its budget by {b} percent",
    "Trained {a} {x} while cutting onboarding time to {b} days",
]
TOTALS = [
    "Hired {t} engineers",
    "Hired {t} people",
    "Hired over {low}+ engineers",
    "Hired over {low}+ people",
]


def _resume(source: str) -> Resume:
    return one_job(source, "Northgate Bank", "Branch Manager", "2018-08", "Opened 2 branches")


@pytest.mark.parametrize(("parts", "nouns"), list(itertools.product(PARTS, NOUNS)))
def test_counts_listed_together_add_up(parts: tuple[int, ...], nouns: tuple[str, ...]) -> None:
    for form in LISTS:
        if form.count("{") // 2 != len(parts):
            continue
        values = dict(zip("abc", parts, strict=False)) | dict(zip("xyz", nouns, strict=False))
        source = "Supervised " + form.format(**values)
        named = nouns[: len(parts)]
        text = f"Supervised {sum(parts)} {', '.join(named[:-1])} and {named[-1]}"
        assert first_bullet_kept(_resume(source), text), (source, text)


@pytest.mark.parametrize(("a", "b"), [(38, 41), (12, 30), (6, 45)])
@pytest.mark.parametrize("form", APART)
def test_counts_a_clause_apart_do_not(form: str, a: int, b: int) -> None:
    source = form.format(a=a, b=b, x="engineers")
    for rewrite in TOTALS:
        text = rewrite.format(t=a + b, low=(a + b) // 10 * 10)  # no stated number in its window
        assert not first_bullet_kept(_resume(source), text), (source, text)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("Cut weekly overtime from 40 hours a week to 25", "Cut weekly overtime by 15 hours"),
        ("Cut monthly AWS spend from $180K to $130K", "Reduced monthly AWS spend by $50K"),
        ("Reduced ticket backlog from 620 to 410", "Reduced ticket backlog by 210"),
    ],
)
def test_a_change_is_still_read(source: str, rewrite: str) -> None:
    assert first_bullet_kept(_resume(source), rewrite)
