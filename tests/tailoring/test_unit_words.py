"""Unit words read as what they measure: "by three quarters" after a word of change is a share (75%), no
span of three quarters of a year; "40 cubic meters" is a volume (40,000 liters), no 40 of anything (issue
#11: "over three quarters" was refused as a duration, and a volume's unit was not read, so "40 liters"
passed). Six domains, several hedges, each faithful rewrite with its lie twins (another share, a span
the source never gives; another volume, the same figure in another unit).
"""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import KindCell as Cell
from tests.tailoring.guarded import both_ways, kept_in_a_job

SHARES = [
    # domain, subject, (before, after) of a cut near 78%, (before, after) of a cut near 60%
    ("software", "Cut build time", ("90 minutes", "20 minutes"), ("50 minutes", "20 minutes")),
    ("finance", "Cut month-end close", ("9 days", "2 days"), ("5 days", "2 days")),
    ("nursing", "Cut admission waits", ("4 hours", "55 minutes"), ("2 hours", "55 minutes")),
    ("teaching", "Cut grading turnaround", ("14 days", "3 days"), ("8 days", "3 days")),
    ("sales", "Cut quote turnaround", ("36 hours", "8 hours"), ("20 hours", "8 hours")),
    ("trades", "Cut callout response", ("3 hours", "40 minutes"), ("100 minutes", "40 minutes")),
]
HEDGES = ["by over three quarters", "by more than three quarters", "by nearly four fifths"]
LIES = ["by over four fifths", "by nine tenths"]

VOLUMES = [
    # domain, source, faithful, lies
    (
        "trades",
        "Poured 40 cubic meters of concrete for the school extension",
        ["Poured 40,000 liters of concrete for the school extension"],
        ["Poured 40 liters of concrete for the school extension"],
    ),
    (
        "software",
        "Cooled the server hall with 12 cubic meters of chilled water an hour",
        ["Cooled the server hall with 12,000 liters of chilled water an hour"],
        ["Cooled the server hall with 12 liters of chilled water an hour"],
    ),
    (
        "nursing",
        "Stocked 2 cubic meters of sterile supplies for the surgical ward",
        ["Stocked 2,000 liters of sterile supplies for the surgical ward"],
        ["Stocked 2 liters of sterile supplies for the surgical ward"],
    ),
    (
        "teaching",
        "Ran a 3 cubic meter rain-collection tank for the school garden",
        ["Ran a 3,000 liter rain-collection tank for the school garden"],
        ["Ran a 3 liter rain-collection tank for the school garden"],
    ),
    (
        "sales",
        "Sold 500 cubic meters of storage space to retail tenants",
        ["Sold 500,000 liters of storage space to retail tenants"],
        ["Sold 500 liters of storage space to retail tenants"],
    ),
    (
        "finance",
        "Audited 80 cubic meters of archived records for the tax review",
        ["Audited 80,000 liters of archived records for the tax review"],
        ["Audited 80 liters of archived records for the tax review"],
    ),
]


def _share_cells() -> list[Cell]:
    out = []
    for domain, subject, (before, after), (low_before, low_after) in SHARES:
        source = f"{subject} from {before} to {after}"
        out += [Cell("share", domain, source, f"{subject} {h}", True) for h in HEDGES]
        out += [Cell("share", domain, source, f"{subject} {h}", False) for h in LIES]
        smaller = f"{subject} from {low_before} to {low_after}"
        out += [Cell("share", domain, smaller, f"{subject} {h}", False) for h in HEDGES[:2]]
    return out


def _volume_cells() -> list[Cell]:
    out = []
    for domain, source, faithful, lies in VOLUMES:
        out += [Cell("volume", domain, source, r, True) for r in faithful]
        out += [Cell("volume", domain, source, r, False) for r in lies]
    return out


CELLS = [*_share_cells(), *_volume_cells()]


@pytest.mark.parametrize("cell", [both_ways(c, (c.kind, c.domain), (c.source, c.rewrite)) for c in CELLS])
def test_a_unit_word_read_as_what_it_measures(cell: Cell) -> None:
    kept = kept_in_a_job(cell.source, cell.rewrite)
    assert kept == cell.faithful, (cell.source, cell.rewrite)
