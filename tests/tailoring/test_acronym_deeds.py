"""An acronym that spells a word of leading is no leading (round 18): "LED fixtures" are lights, not "led";
a rewrite that keeps the source's LED fixtures and leaves out whom the work was shared with claims no doing
alone (as the same rewrite with "fluorescent" does not). Leading the people is still a lie. Generated over six places, three
faithful phrasings and two lies each."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

PLACES = ("museum galleries", "greenhouse", "stadium", "warehouse", "theatre", "parking garage")
SOURCE = "Replaced 400 halogen lamps with LED fixtures in the {place} with the electricians"
FAITHFUL = (
    "Swapped 400 halogen lamps for LED fixtures in the {place}",
    "Fitted LED fixtures in place of 400 halogen lamps in the {place}",
    "Replaced 400 halogen lamps in the {place} with LED fixtures",
)
LIES = (
    "Led the electricians replacing 400 halogen lamps with LED fixtures in the {place}",
    "Supervised the electricians who replaced 400 halogen lamps with LED fixtures in the {place}",
)


def _cases(said: tuple[str, ...]) -> list[object]:
    return [pytest.param(place, form, id=f"{place}-{form[:24]}") for place in PLACES for form in said]


@pytest.mark.parametrize(("place", "form"), _cases(FAITHFUL))
def test_the_lights_restated(place: str, form: str) -> None:
    source = one_job(
        SOURCE.format(place=place), "Brightline Facilities", "Technician", "2019-02", "Kept logs"
    )
    assert first_bullet_kept(source, form.format(place=place))


@pytest.mark.parametrize(("place", "form"), _cases(LIES))
def test_leading_the_people_is_a_lie(place: str, form: str) -> None:
    source = one_job(
        SOURCE.format(place=place), "Brightline Facilities", "Technician", "2019-02", "Kept logs"
    )
    assert not first_bullet_kept(source, form.format(place=place))
