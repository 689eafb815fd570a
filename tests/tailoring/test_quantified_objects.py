"""A universal ("all X", "every X") is supported by a source sentence whose own quantifier ranges over X,
not by one that quantifies something else and merely names X (claims._quantified): "Passed all weld
inspections" is not "Checked every joint before the weld inspection"."""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import first_bullet_kept, one_job

CASES = (
    # (source, its quantifier's object restated, a universal over another word of the source)
    (
        "Checked every joint before the weld inspection",
        "Checked all joints before the weld inspection",
        "Passed all weld inspections",
    ),
    (
        "Restocked each cart before the morning rounds",
        "Restocked every cart before the morning rounds",
        "Led all morning rounds",
    ),
    (
        "Reconciled all inpatient unit invoices at month end",
        "Reconciled every inpatient invoice at month end",
        "Closed every month end on time",
    ),
)


@pytest.mark.parametrize(("source", "restated", "widened"), CASES)
def test_a_universal_ranges_over_what_the_source_quantifies(source: str, restated: str, widened: str) -> None:
    resume = one_job(source, "Northgate Services", "Coordinator", "2020-04", "Answered the front desk phone")
    assert first_bullet_kept(resume, restated)
    assert not first_bullet_kept(resume, widened)
