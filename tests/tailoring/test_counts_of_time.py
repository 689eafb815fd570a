"""A count of time is no count of people, and people restated as a generic noun keep their count.

"Cleared the backlog within 45 days" supported an invented "for 40+ customers" (a bounded count was
read without its unit); a count of time may still be restated in another unit ("48 hours" as "two
days"). "More than 9" is not 9 unless the source bounds it too. Counts of a list whose nouns run to
three words add up ("4 new graduate nurses and 2 nursing students" are 6 staff). Generated both ways
over sources, nouns and forms."""

from __future__ import annotations

import itertools

import pytest

from resume_api.models.resume import Resume
from tests.tailoring.guarded import first_bullet_kept, one_job

DURATIONS = [
    ("Cleared the loan file backlog within 45 days", 45, "days"),
    ("Migrated the ledger service within 60 days", 60, "days"),
    ("Retrained the loading crew over 21 days", 21, "days"),
]
PEOPLE = ["customers", "merchants", "people"]
BOUNDED = ["{body} for {low}+ {noun}", "{body} for more than {low} {noun}", "{body} for over {low} {noun}"]
LISTED = [
    ("Precepted 4 new graduate nurses and 2 nursing students on the surgical unit", 6, "Precepted"),
    ("Scheduled 14 package handlers and 4 drivers on the night sort", 18, "Scheduled"),
    ("Trained 7 front desk agents and 2 night auditors at the airport hotel", 9, "Trained"),
]


def _resume(source: str) -> Resume:
    return one_job(
        source, "Harborview Services", "Operations Supervisor", "2017-04", "Ran the weekly safety walk"
    )


@pytest.mark.parametrize(("source", "form"), list(itertools.product(DURATIONS, BOUNDED)))
def test_a_bounded_count_is_no_count_of_time(source: tuple[str, int, str], form: str) -> None:
    text, days, _ = source
    resume = _resume(text)
    for noun in PEOPLE:
        rewrite = form.format(body=text, low=days - 5, noun=noun)
        assert not first_bullet_kept(resume, rewrite), rewrite


@pytest.mark.parametrize("source", DURATIONS)
def test_a_count_of_time_said_in_another_unit(source: tuple[str, int, str]) -> None:
    text, days, unit = source
    resume = _resume(text)
    body = text.rsplit(f" {days} {unit}", 1)[0]
    hours = f"{body} {days * 24:,} hours"
    assert first_bullet_kept(resume, hours), hours
    if days % 7 == 0:
        weeks = f"{body} {days // 7} weeks"
        assert first_bullet_kept(resume, weeks), weeks
    wrong = f"{body} {days + 10} days"
    assert not first_bullet_kept(resume, wrong), wrong


@pytest.mark.parametrize("source", LISTED)
def test_listed_people_as_a_generic_noun(source: tuple[str, int, str]) -> None:
    text, total, verb = source
    rest = text.split(" on ", 1)[-1] if " on " in text else text.split(" at ", 1)[-1]
    where = "on" if " on " in text else "at"
    resume = _resume(text)
    for said in (
        f"{total} staff",
        f"a {total}-person team",
        f"more than {total - 1} people",
        f"{total}+ employees",
    ):
        rewrite = f"{verb} {said} {where} {rest}"
        assert first_bullet_kept(resume, rewrite), rewrite
    for said in (f"{total + 3} staff", f"more than {total} people", f"{total + 2}+ employees"):
        rewrite = f"{verb} {said} {where} {rest}"
        assert not first_bullet_kept(resume, rewrite), rewrite


def test_a_source_bound_supports_the_same_bound() -> None:
    resume = _resume("Trained more than 20 servers in wine service")
    assert first_bullet_kept(resume, "Trained 20+ servers in wine service")
    assert first_bullet_kept(resume, "Trained over 20 servers in wine service")
    assert not first_bullet_kept(resume, "Trained more than 30 servers in wine service")


RANGES = [("Opened 25 to 30 new accounts per week", 25, 30), ("Cared for 4-6 patients per shift", 4, 6)]


@pytest.mark.parametrize("source", RANGES)
def test_a_range_is_no_list(source: tuple[str, int, int]) -> None:
    """ "25 to 30" is a range: its ends do not add up to 55 ("up to 60", "31+" were kept)."""
    text, low, high = source
    resume = _resume(text)
    head, tail = text.split(f" {low}", 1)
    tail = tail.split(f"{high}", 1)[1]
    for said in (f"up to {high}", f"{low}+", f"{low}-{high}", f"between {low} and {high}"):
        assert first_bullet_kept(resume, f"{head} {said}{tail}"), said
    for said in (f"up to {high * 2}", f"{high + 1}+", f"{low + high}"):
        assert not first_bullet_kept(resume, f"{head} {said}{tail}"), said


def test_and_joins_words_only_after_a_scale() -> None:
    from resume_api.tailoring.quantities import quantities

    assert [q.value for q in quantities("between thirty and forty patients")] == [30.0, 40.0]
    assert [q.value for q in quantities("two hundred and fifty thousand users")] == [250000.0]


SPANS = [
    (
        "Kept a clean audit record for 18 months",
        "a year and a half",
        "over a year",
        ("three years", "over 2 years"),
    ),
    (
        "Served on the unit practice council for 30 months",
        "two and a half years",
        "over 2 years",
        ("four years", "over 3 years"),
    ),
]


@pytest.mark.parametrize("source", SPANS)
def test_a_span_said_another_way(source: tuple[str, str, str, tuple[str, ...]]) -> None:
    """The span a bullet states is the one its rewrite may state, not the job's: "for 18 months" is
    "a year and a half" and "over a year", never "three years" (the job ran longer)."""
    text, same, bounded, beyond = source
    resume = one_job(text, "Harborview Services", "Supervisor", "2012-04", "Ran the weekly safety walk")
    head = text.rsplit(" for ", 1)[0]
    for said in (same, bounded):
        assert first_bullet_kept(resume, f"{head} for {said}"), said
    for said in beyond:
        assert not first_bullet_kept(resume, f"{head} for {said}"), said


PEERS = [("Built the fraud rules engine as one of 5 engineers on the payments team", 5, "engineers")]


@pytest.mark.parametrize("source", PEERS)
def test_others_count_the_group_without_the_person(source: tuple[str, int, str]) -> None:
    """ "With 4 other engineers" restates "one of 5 engineers"; "with 6 other engineers" does not ("with 5
    other" is still kept: the source's 5 is read as a count of the same engineers)."""
    text, n, noun = source
    resume = _resume(text)
    head = text.split(" as one of ", 1)[0]
    assert first_bullet_kept(resume, f"{head} with {n - 1} other {noun} on the payments team")
    assert first_bullet_kept(resume, f"{head} with {n - 1} others on the payments team")
    assert not first_bullet_kept(resume, f"{head} with {n + 1} other {noun} on the payments team")


AMOUNTS = [("Grew deposit balances by $480K a year", 480), ("Cut cloud spend by $240K annually", 240)]


@pytest.mark.parametrize("source", AMOUNTS)
def test_an_amount_per_another_period(source: tuple[str, int]) -> None:
    """ "$40K a month" restates "$480K a year"; "$40K a week" and "$480K a month" do not."""
    text, k = source
    resume = _resume(text)
    head = text.split(" by $", 1)[0]
    month = k // 12
    for said in (f"${month}K a month", f"${month * 1000:,} per month", f"${k // 4}K a quarter"):
        assert first_bullet_kept(resume, f"{head} by {said}"), said
    for said in (
        f"${month}K a week",
        f"${k}K a month",
        f"${month * 2}K a month",
        f"${month}K monthly over {k}",
    ):
        assert not first_bullet_kept(resume, f"{head} by {said}"), said
    assert not first_bullet_kept(
        _resume("Reviewed 12 branch budgets every quarter"), "Reviewed 12 branch budgets every month"
    )
