"""One normal form per claim (round 14): a name however it is written (accents and their digraphs
folded, joiners and the gaps between parts left out, an initialism spelled out), a count of time in any
unit, a frequency as times per day, a fraction of a whole in words, a sum in words, and a change said of
the thing it changed, the way it changed. Each true form has a twin changing one claim."""

from __future__ import annotations

import pytest

from resume_api.tailoring.claims import skeleton
from resume_api.tailoring.rates import rates
from tests.tailoring.guarded import first_bullet_kept, one_job

NAMES = (
    ("Kühne + Nagel", ("Kuehne+Nagel", "Kuhne & Nagel", "Kühne+Nagel"), "DB Schenker"),
    ("Bäckerei Schäfer-Groß", ("Baeckerei Schaefer Gross", "Backerei SchaferGross"), "Bäckerei Weber"),
    ("Société Générale", ("Societe Generale",), "Crédit Agricole"),
    ("Łódź Logistyka", ("Lodz Logistyka",), "Poznań Logistyka"),
    ("Van Dijk & Zonen", ("Van Dijk en Zonen", "VanDijk Zonen"), "De Vries Transport"),
)


@pytest.mark.parametrize(("name", "forms", "other"), NAMES)
def test_a_name_written_another_way(name: str, forms: tuple[str, ...], other: str) -> None:
    source = one_job(f"Shipped orders for {name}", "Harbor Goods", "Clerk", "2019-02", "Kept stock records")
    for form in forms:
        assert skeleton(form) == skeleton(name)
        assert first_bullet_kept(source, f"Shipped orders for {form}"), form
    assert not first_bullet_kept(source, f"Shipped orders for {other}")


INITIALISMS = (
    ("OSHA", "Occupational Safety and Health Administration", "Mine Safety and Health Administration"),
    ("NFPA", "National Fire Protection Association", "National Fire Sprinkler Association"),
    ("ASTM", "American Society for Testing and Materials", "American Society of Safety Professionals"),
)


@pytest.mark.parametrize(("initials", "spelled", "other"), INITIALISMS)
def test_an_initialism_spelled_out(initials: str, spelled: str, other: str) -> None:
    source = one_job(
        f"Kept the site to {initials} rules", "Keystone Build", "Foreman", "2018-01", "Ran crews"
    )
    assert first_bullet_kept(source, f"Kept the site to {spelled} rules")
    assert first_bullet_kept(source, f"Kept the site to {spelled} ({initials}) rules")
    assert not first_bullet_kept(source, f"Kept the site to {other} rules")
    assert not first_bullet_kept(source, f"Kept the site to {other} ({initials}) rules")


DURATIONS = (
    ("within one day", ("within 24 hours",), ("within 12 hours", "within 48 hours")),
    ("in 90 minutes", ("in an hour and a half", "in 1.5 hours"), ("in 2.5 hours", "in half an hour")),
    ("within two weeks", ("within 14 days",), ("within 10 days",)),
)


@pytest.mark.parametrize(("said", "true", "false"), DURATIONS)
def test_a_length_of_time_in_another_unit(said: str, true: tuple[str, ...], false: tuple[str, ...]) -> None:
    source = one_job(f"Answered tenant requests {said}", "Metro Housing", "Officer", "2019-02", "Kept files")
    for form in true:
        assert first_bullet_kept(source, f"Answered tenant requests {form}"), form
    for form in false:
        assert not first_bullet_kept(source, f"Answered tenant requests {form}"), form


def test_a_rate_in_times_per_day() -> None:
    assert [round(r) for r, _ in rates("every 30 minutes, every half hour, twice an hour")] == [48, 48, 48]
    assert [round(r, 2) for r, _ in rates("3 times a week and every other day")] == [0.43, 0.5]
    source = one_job("Checked the boiler every 30 minutes", "Plant Co", "Operator", "2019-02", "Kept logs")
    for form in ("every half hour", "twice an hour"):
        assert first_bullet_kept(source, f"Checked the boiler {form}"), form
    for form in ("every quarter hour", "four times an hour"):
        assert not first_bullet_kept(source, f"Checked the boiler {form}"), form


def test_a_fraction_of_a_whole_and_all_of_it() -> None:
    source = one_job("Ran fire drills at 3 of the 4 plants", "Plant Co", "Officer", "2019-02", "Kept logs")
    assert first_bullet_kept(source, "Ran fire drills at three-quarters of the plants")
    assert not first_bullet_kept(source, "Ran fire drills at half of the plants")
    assert not first_bullet_kept(source, "Ran fire drills at all four plants")


def test_a_sum_in_words() -> None:
    source = one_job("Managed a $1.5M repair budget", "Plant Co", "Manager", "2019-02", "Kept logs")
    assert first_bullet_kept(source, "Managed a one-and-a-half-million-dollar repair budget")
    assert not first_bullet_kept(source, "Managed a two-and-a-half-million-dollar repair budget")


CHANGES = (
    ("Rebuilt the valve check at the lift station, cutting missed checks by 40%", "missed checks", True),
    ("Took the wait for a repair crew from 9 to 5 hours", "the wait for a repair crew", True),
    ("Reached 98% on-time pickups, up from 85%", "on-time pickups", False),
)


@pytest.mark.parametrize(("bullet", "thing", "lowered"), CHANGES)
def test_a_change_said_the_way_it_went(bullet: str, thing: str, lowered: bool) -> None:
    source = one_job(bullet, "Metro Water", "Operator", "2019-02", "Kept the valve leak log")
    same, other = ("Cut", "Raised") if lowered else ("Raised", "Cut")
    assert first_bullet_kept(source, f"{same} {thing}")
    assert not first_bullet_kept(source, f"{other} {thing}")
    assert not first_bullet_kept(source, f"{same} valve leaks")  # named only apart from any change


@pytest.mark.xfail(strict=True, reason="a thing half named by the changed one ('repair crew') reads as it")
def test_a_change_of_a_thing_sharing_a_word_with_the_changed_one() -> None:
    source = one_job(
        "Took the wait for a repair crew from 9 to 5 hours",
        "Metro Water",
        "Operator",
        "2019-02",
        "Kept the pump repair log",
    )
    assert not first_bullet_kept(source, "Cut pump repairs")


def test_a_speed_is_a_cut_of_time() -> None:
    source = one_job(
        "Cut the time to restore a main break from 8 to 5 hours",
        "Metro Water",
        "Lead",
        "2019-02",
        "Helped flush hydrants in spring",
    )
    assert first_bullet_kept(source, "Sped up the time to restore a main break")
    assert first_bullet_kept(source, "Made it faster to restore a main break")
    assert not first_bullet_kept(source, "Sped up hydrant flushing")
    assert not first_bullet_kept(source, "Made it faster to flush hydrants")


SYNONYMS = (
    ("cutting billing errors by 30%", "cutting billing mistakes by 30%", "cutting supply delays by 30%"),
    ("reducing crew turnover by 15%", "reducing crew attrition by 15%", "reducing fuel costs by 15%"),
    (
        "lowering client complaints by 20%",
        "lowering customer complaints by 20%",
        "lowering repair costs by 20%",
    ),
)


@pytest.mark.parametrize(("said", "synonym", "other"), SYNONYMS)
def test_a_result_names_its_metric_by_a_synonym(said: str, synonym: str, other: str) -> None:
    source = one_job(
        f"Rebuilt the intake checklist, {said}", "Metro Housing", "Officer", "2019-02", "Kept files"
    )
    assert first_bullet_kept(source, f"Rebuilt the intake checklist, {synonym}")
    assert not first_bullet_kept(source, f"Rebuilt the intake checklist, {other}")
