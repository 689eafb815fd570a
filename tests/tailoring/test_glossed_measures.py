"""A measure the source states, glossed in brackets in another unit: true when the gloss converts it,
a claim when it repeats the figure in the wrong unit ("2,000 pounds (2,000 kg)") or converts it wrongly.
Written before the rule, over measures of rigging, haulage, running, surveying, brewing, concrete,
fuel and cold storage."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

MEASURES = (
    # (the source bullet, its measure, a true gloss, the same figure in the wrong unit, a wrong conversion)
    ("Rigged pipe spools of up to {m}", "2,000 pounds", "about 900 kg", "2,000 kg", "about 2,500 kg"),
    ("Hauled loads of up to {m}", "20 tonnes", "about 44,000 lb", "20 lb", "about 80,000 lb"),
    ("Ran a {m} charity race for the school", "5 km", "about 3 miles", "5 miles", "about 8 miles"),
    ("Surveyed {m} of new road", "12 miles", "about 19 km", "12 km", "about 40 km"),
    (
        "Brewed batches of {m} of lager",
        "1,000 liters",
        "about 264 gallons",
        "1,000 gallons",
        "about 600 gallons",
    ),
    ("Poured slabs up to {m} thick", "8 inches", "about 20 cm", "8 cm", "about 35 cm"),
    (
        "Fuelled trucks with {m} of diesel a day",
        "500 gallons",
        "about 1,900 liters",
        "500 liters",
        "about 3,000 liters",
    ),
    ("Kept the freezer store at {m}", "-20 °C", "-4 °F", "-20 °F", "14 °F"),
)


@pytest.mark.parametrize(("bullet", "measure", "gloss", "same_figure", "wrong"), MEASURES)
def test_a_measure_glossed_in_another_unit(
    bullet: str, measure: str, gloss: str, same_figure: str, wrong: str
) -> None:
    source = one_job(bullet.format(m=measure), "Northfield Works", "Operator", "2019-01", "Kept the logs")
    assert first_bullet_kept(source, bullet.format(m=f"{measure} ({gloss})"))
    for lie in (same_figure, wrong):
        assert not first_bullet_kept(source, bullet.format(m=f"{measure} ({lie})")), lie
