"""A measure restated in another physical unit is the source's figure (physical.py): length, mass, volume
and temperature, rounded as the figure is written or as a hedge allows; the same form with another
figure is a new claim. Written before the rule, over facts of their own."""

from __future__ import annotations

import pytest

from resume_api.models.resume import Resume
from resume_api.tailoring.physical import degree_sign, measures
from tests.tailoring.guarded import first_bullet_kept, one_job

FACTS = (
    # (bullet with {x}, the measure, the same in another unit, another measure in that unit)
    ("Walked {x} of trail each patrol", "6 miles", "about 10 km", "16 km"),
    ("Walked {x} of trail each patrol", "15 km", "over 9 miles", "14 miles"),
    ("Carried packs of up to {x} on resupply runs", "50 pounds", "23 kg", "35 kg"),
    ("Carried packs of up to {x} on resupply runs", "20 kg", "44 lbs", "60 lbs"),
    ("Hauled {x} of water to the camp each day", "40 gallons", "about 150 liters", "400 liters"),
    ("Hauled {x} of water to the camp each day", "200 liters", "roughly 53 gallons", "80 gallons"),
    ("Held the vaccine fridge at {x}", "41 °F", "5 °C", "12 °C"),
    ("Held the vaccine fridge at {x}", "-20 °C", "-4 °F", "14 °F"),
    ("Laid {x} of fence line on the ranch", "3,000 feet", "about 900 meters", "3,000 meters"),
)


def _source(bullet: str, measure: str) -> Resume:
    return one_job(bullet.format(x=measure), "Ridge Outfitters", "Trail Guide", "2018-05", "Led day hikes")


@pytest.mark.parametrize(("bullet", "measure", "converted", "other"), FACTS)
def test_a_measure_in_another_unit_is_the_source_figure(
    bullet: str, measure: str, converted: str, other: str
) -> None:
    source = _source(bullet, measure)
    assert first_bullet_kept(source, bullet.format(x=converted))
    assert first_bullet_kept(source, bullet.format(x=f"{measure} ({converted.removeprefix('about ')})"))


@pytest.mark.parametrize(("bullet", "measure", "converted", "other"), FACTS)
def test_another_figure_in_that_unit_is_refused(
    bullet: str, measure: str, converted: str, other: str
) -> None:
    assert not first_bullet_kept(_source(bullet, measure), bullet.format(x=other))


def test_what_reads_as_a_measure() -> None:
    assert [m[:2] for m in measures("Ran 5 km, lifted 20kg and held -10 °F")] == [
        (5.0, "length"),
        (20.0, "mass"),
        (10.0, "temperature"),
    ]
    assert measures("Ran 5 m") == ()  # a letter apart from its figure is no unit
    assert measures("Wrote 3 C programs") == ()
    assert degree_sign("C", "Kept it at 4 °C") and not degree_sign("C", "Wrote C drivers")
