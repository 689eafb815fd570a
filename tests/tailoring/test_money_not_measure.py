"""A sum of money is no physical measure: "£5m" after a currency sign is five million, not five metres,
and pounds in a sentence about money are sterling, not weight; a weight in pounds stays a weight.
Written before the rule."""

from __future__ import annotations

import pytest

from resume_api.tailoring.physical import measures


@pytest.mark.parametrize(
    "text",
    [
        "Managed a £5m budget for the ward",
        "Cut supplier costs by €2m over two years",
        "Raised 40,000 pounds in donations for the hospice",
        "Ran a 250,000 pounds sales pipeline",
        "Held the $3m contract for the depot",
    ],
)
def test_money_is_no_measure(text: str) -> None:
    assert measures(text) == ()


@pytest.mark.parametrize(
    ("text", "kilograms"),
    [("Rigged pipe spools of up to 2,000 pounds", 907.18), ("Lifted 50 lb sacks of grain", 22.68)],
)
def test_a_weight_in_pounds_stays_a_weight(text: str, kilograms: float) -> None:
    ((_, dimension, base, _),) = measures(text)
    assert dimension == "mass" and abs(base - kilograms) < 0.01
