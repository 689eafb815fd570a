"""A result the bullet states, restated with an irregular verb of the same change ("so that wait times
shrank" for ", shortening wait times") is the bullet's own result; the same verb with a thing no
sentence says changed is not. Written before the rule, over work of its own."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

RESULTS = (
    # (work, the change it states, what changed, the irregular verb, something nothing says changed)
    ("Rebuilt the returns desk layout", "shortening", "return lines", "shrank", "refund errors"),
    ("Moved the night deliveries to the back dock", "reducing", "aisle blockages", "sank", "stock losses"),
)


@pytest.mark.parametrize(("work", "change", "thing", "verb", "other"), RESULTS)
def test_an_irregular_change_restates_the_result(
    work: str, change: str, thing: str, verb: str, other: str
) -> None:
    source = one_job(
        f"{work}, {change} {thing}", "Larkin Stores", "Shift Supervisor", "2019-06", "Counted the tills"
    )
    assert first_bullet_kept(source, f"{work} so that {thing} {verb}")
    assert not first_bullet_kept(source, f"{work} so that {other} {verb}")
