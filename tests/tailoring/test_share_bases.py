"""The whole a share is taken of is no amount done: "vaccinated 85% of the 400 residents" supports 340
residents (over 300, nearly 350, the share itself) and never 400 residents, nor over 350 (issue #11: a
guard that keeps a lie is worse than one that refuses a paraphrase). Six domains, counts and money, the
share in digits, "percent" and words, and as a part of a whole ("200 of the 250 services"); a rewrite that
states a share itself may name its whole ("200 of 250 services").
"""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import Cell, both_ways, kept_in_a_job

PERCENT_WORDS = {
    60: "sixty",
    70: "seventy",
    75: "seventy-five",
    80: "eighty",
    85: "eighty-five",
    90: "ninety",
}

COUNTS = [
    # domain, verb, noun, tail, percent, whole, (over: a faithful lower bound, a lie between part and whole)
    ("software", "Migrated", "services", "to Kubernetes", 80, 250, (190, 220)),
    ("finance", "Reconciled", "vendor accounts", "each month", 70, 300, (200, 250)),
    ("nursing", "Vaccinated", "residents", "against flu", 85, 400, (300, 350)),
    ("teaching", "Brought", "students", "to grade level in reading", 90, 120, (100, 110)),
    ("sales", "Renewed", "accounts", "up for renewal", 75, 160, (110, 140)),
    ("trades", "Inspected", "homes", "on the estate", 60, 350, (200, 300)),
]
SHARE_FORMS = ["{p}% of the {w}", "{p} percent of our {w}", "{pw} percent of the {w}", "{part} of the {w}"]

MONEY = [
    # domain, source, faithful, lies (the whole as done, over an amount between the part and the whole)
    (
        "finance",
        "Collected 96% of $5M in receivables",
        ["Collected $4.8M in receivables", "Collected over $4.5M in receivables"],
        ["Collected $5M in receivables", "Collected over $4.9M in receivables"],
    ),
    (
        "software",
        "Moved 60% of a $500K hosting bill to reserved instances",
        [
            "Moved $300K of hosting spend to reserved instances",
            "Moved over $250K of hosting spend to reserved instances",
        ],
        [
            "Moved $500K of hosting spend to reserved instances",
            "Moved over $400K of hosting spend to reserved instances",
        ],
    ),
    (
        "nursing",
        "Spent 80% of a $250K equipment grant on monitors",
        [
            "Spent $200K of an equipment grant on monitors",
            "Spent over $150K of an equipment grant on monitors",
        ],
        [
            "Spent $250K of an equipment grant on monitors",
            "Spent over $220K of an equipment grant on monitors",
        ],
    ),
    (
        "teaching",
        "Raised 90% of a $20,000 library fund target",
        ["Raised $18,000 for the library fund", "Raised over $15,000 for the library fund"],
        ["Raised $20,000 for the library fund", "Raised over $19,000 for the library fund"],
    ),
    (
        "sales",
        "Closed 70% of a $3M quarterly pipeline",
        ["Closed $2.1M of the quarterly pipeline", "Closed over $2M of the quarterly pipeline"],
        ["Closed $3M of the quarterly pipeline", "Closed over $2.5M of the quarterly pipeline"],
    ),
    (
        "trades",
        "Billed 75% of a $120K refit contract by midyear",
        ["Billed $90K of the refit contract by midyear", "Billed over $80K of the refit contract by midyear"],
        [
            "Billed $120K of the refit contract by midyear",
            "Billed over $100K of the refit contract by midyear",
        ],
    ),
]


def _count_cells() -> list[Cell]:
    out = []
    for domain, verb, noun, tail, p, whole, (low, mid) in COUNTS:
        part = whole * p // 100
        for form in SHARE_FORMS:
            share = form.format(p=p, pw=PERCENT_WORDS[p], part=part, w=f"{whole} {noun}")
            source = f"{verb} {share} {tail}"
            faithful = [
                f"{verb} {part} {noun} {tail}",
                f"{verb} over {low} {noun} {tail}",
                f"{verb} {part} of {whole} {noun} {tail}",
                f"Across {whole} {noun}, {verb.lower()} {part} {tail}",
            ]
            lies = [f"{verb} {whole} {noun} {tail}", f"{verb} over {mid} {noun} {tail}"]
            out += [Cell(domain, source, r, True) for r in faithful]
            out += [Cell(domain, source, r, False) for r in lies]
    return out


def _money_cells() -> list[Cell]:
    out = []
    for domain, source, faithful, lies in MONEY:
        out += [Cell(domain, source, r, True) for r in faithful]
        out += [Cell(domain, source, r, False) for r in lies]
    return out


CELLS = [*_count_cells(), *_money_cells()]


@pytest.mark.parametrize("cell", [both_ways(c, (c.domain,), (c.source, c.rewrite)) for c in CELLS])
def test_the_whole_of_a_share(cell: Cell) -> None:
    kept = kept_in_a_job(cell.source, cell.rewrite, "Kept the team's records in order")
    assert kept == cell.faithful, (cell.source, cell.rewrite)
