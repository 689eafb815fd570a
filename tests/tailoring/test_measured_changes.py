"""A change between two measures in a physical unit says by how much, in any unit of its dimension: "cut
scrap from 400 kg to 100 kg a week" is a cut of 300 kg (about 660 pounds, 0.3 tonnes), never of 880
pounds (where it started) nor 100 kg (where it ended) (issue #11: the measure rule matched a claim to any
measure the source states, so "by 880 lb" passed and "by 300 kg" was refused). Six domains, mass, volume
and length, the change in the source's unit and converted, each with lie twins (the start, the end, both
converted).
"""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import Cell, both_ways, kept_in_a_job

CHANGES = [
    # domain, subject, from, to, tail, faithful changes, lies (the start, the end, each converted)
    (
        "trades",
        "Cut scrap",
        "400 kg",
        "100 kg",
        "a week",
        ["300 kg", "about 660 pounds", "0.3 tonnes"],
        ["880 lb", "100 kg", "220 pounds"],
    ),
    (
        "nursing",
        "Cut clinical waste",
        "900 kg",
        "600 kg",
        "a month",
        ["300 kg", "about 660 pounds"],
        ["2,000 pounds", "600 kg", "900 kg"],
    ),
    (
        "software",
        "Cut data-center water use",
        "5,000 liters",
        "2,000 liters",
        "a day",
        ["3,000 liters", "about 790 gallons"],
        ["1,320 gallons", "2,000 liters", "5,000 liters"],
    ),
    (
        "teaching",
        "Cut cafeteria food waste",
        "150 pounds",
        "60 pounds",
        "a week",
        ["90 pounds", "about 41 kg"],
        ["68 kg", "60 pounds", "150 pounds"],
    ),
    (
        "sales",
        "Cut return shipping weight",
        "12 tonnes",
        "9 tonnes",
        "a quarter",
        ["3 tonnes", "3,000 kg"],
        ["12,000 kg", "9 tonnes", "9,000 kg"],
    ),
    (
        "finance",
        "Cut archived paper",
        "80 cubic meters",
        "50 cubic meters",
        "a year",
        ["30 cubic meters", "30,000 liters"],
        ["80,000 liters", "50 cubic meters", "50,000 liters"],
    ),
]


def _cells() -> list[Cell]:
    out = []
    for domain, subject, start, end, tail, faithful, lies in CHANGES:
        source = f"{subject} from {start} to {end} {tail}"
        out += [Cell(domain, source, f"{subject} by {c} {tail}", True) for c in faithful]
        out += [Cell(domain, source, f"{subject} by {c} {tail}", False) for c in lies]
    return out


CELLS = _cells()


@pytest.mark.parametrize("cell", [both_ways(c, (c.domain,), (c.rewrite,)) for c in CELLS])
def test_the_size_of_a_measured_change(cell: Cell) -> None:
    kept = kept_in_a_job(cell.source, cell.rewrite)
    assert kept == cell.faithful, (cell.source, cell.rewrite)
