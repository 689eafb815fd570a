"""What a percent change measures, and how, stay the source's: the source's figure with another metric
("cut catering costs by 18%" from "cut no-show rates by 18%") or another means ("through a loyalty
program" for "by sending text reminders") is refused in every form of the change; the same metric and
means reworded, reordered, nominalised or put in the passive are kept. Generated over metrics, means
and forms."""

from __future__ import annotations

import itertools

import pytest

from resume_api.tailoring.measured import metrics
from tests.tailoring.guarded import first_bullet_kept, one_job

FACTS = [
    ("Cut", "reduction", "no-show rates", "sending text reminders", "catering costs", "a loyalty program"),
    (
        "Reduced",
        "reduction",
        "invoice processing time",
        "automating vendor matching",
        "audit findings",
        "hiring temps",
    ),
    (
        "Raised",
        "increase",
        "teen program attendance",
        "adding evening sessions",
        "card sign-ups",
        "a poster campaign",
    ),
    ("Lowered", "reduction", "patient falls on the unit", "hourly rounding", "supply spending", "bed alarms"),
]
FORMS = [
    "{verb} {metric} by {p}% by {means}",
    "By {means}, {lower} {metric} by {p}%",
    "Achieved a {p}% {noun} in {metric} by {means}",
    "{Metric} {lower} by {p}% by {means}",
    "{verb} {metric} by {p} percent by {means}",
]


def _say(form: str, verb: str, noun: str, metric: str, means: str) -> str:
    return form.format(
        verb=verb,
        lower=verb.lower(),
        noun=noun,
        metric=metric,
        Metric=metric[:1].upper() + metric[1:],
        means=means,
        p=24,
    )


@pytest.mark.parametrize(("fact", "form"), list(itertools.product(FACTS, FORMS)))
def test_the_metric_of_a_change(fact: tuple[str, str, str, str, str, str], form: str) -> None:
    verb, noun, metric, means, other, other_means = fact
    source = one_job(
        f"{verb} {metric} by 24% by {means}", "Harbor Works", "Lead", "2019-04", "Answered client calls"
    )
    assert first_bullet_kept(source, _say(form, verb, noun, metric, means))
    assert not first_bullet_kept(source, _say(form, verb, noun, other, means))
    assert not first_bullet_kept(source, _say(form, verb, noun, metric, other_means))


def test_the_metric_is_read_from_the_change() -> None:
    rates, sending = (18.0, ["show", "rates"]), (18.0, ["sending", "reminders"])
    assert metrics("Cut no-show rates by 18% by sending reminders") == [rates, sending]
    assert metrics("Achieved an 18% reduction in no-show rates through sending reminders") == [rates, sending]
    assert metrics("By sending reminders, cut no-show rates by 18%") == [rates, sending]
    assert metrics("Sent reminders to 300 patients a week") == []
