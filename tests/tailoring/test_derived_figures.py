"""A figure one step from the source's own figures is the source's fact; a figure one step would not give is
a lie. Six domains, digits and words, several phrasings of the result, exact and rounded, each faithful
rewrite with its lie twin (issue #11: of the hidden parts' 16 refused numbers, 11 follow from the job's
figures in one step and no single element of the number check turns them):

- a rate from a total and the span it took ("480 claims over 4 weeks" is 120 a week, 520 a year), never
  the total said per period ("480 claims a week") nor another division;
- a change between two times in different units ("from 2 hours to 30 minutes" is a 75% cut, fourfold),
  never a percent of the bare figures ("from 2 weeks to 3 days" is no 50% change);
- counts listed with their noun said once ("24 students in the morning class and 26 in the afternoon
  class" are 50 students), never another sum;
- an amount shared among counted things ("a $2M budget across 4 branches" is $500K a branch; "45 deals
  worth $1.35M" average $30K), never the whole said of each nor another quotient;
- a percent of an amount ("112% of a $2M quota" is $2.24M sold, $240K over it), never another share;
- where a change by a percent started and by how much ("grew revenue 25% to $5M" is from $4M, by $1M),
  never the percent taken of where it ended ("from $3.75M");
- differences, percents of a before/after pair and rounded figures, which the guard reads already: the
  family holds them so a new rule cannot cost them.
"""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import KindCell as Cell
from tests.tailoring.guarded import both_ways, kept_in_a_job

WORDS = {
    2: "two",
    3: "three",
    4: "four",
    6: "six",
    7: "seven",
    9: "nine",
    12: "twelve",
    14: "fourteen",
    18: "eighteen",
}

RATES = [
    # domain, verb, noun, total, span, unit, (period, per period)...
    (
        "software",
        "Shipped",
        "releases",
        48,
        12,
        "months",
        [("month", "4"), ("quarter", "12"), ("week", "about 1")],
    ),
    ("finance", "Reconciled", "vendor accounts", 1560, 52, "weeks", [("week", "30"), ("month", "130")]),
    ("nursing", "Admitted", "patients", 84, 12, "weeks", [("week", "7"), ("month", "about 30")]),
    ("teaching", "Graded", "essays", 360, 9, "months", [("month", "40"), ("week", "about 9")]),
    ("sales", "Booked", "demos", 240, 6, "months", [("month", "40"), ("quarter", "120"), ("year", "480")]),
    ("trades", "Wired", "houses", 48, 2, "years", [("year", "24"), ("month", "2"), ("quarter", "6")]),
]
SPANS = ["over {k} {unit}", "in {k} {unit}", "across {k} {unit}"]
RATE_FORMS = ["{r} {noun} a {p}", "{r} {noun} per {p}", "an average of {r} {noun} a {p}"]

CHANGES = [
    # domain, subject, before, after, faithful results, lies (percent of the bare figures, another cut)
    (
        "software",
        "Cut build time",
        "2 hours",
        "30 minutes",
        ["by 75%", "fourfold", "by three quarters", "by 90 minutes"],
        ["by 93%", "by 50%", "twofold"],
    ),
    (
        "finance",
        "Cut month-end close",
        "3 weeks",
        "6 days",
        ["by 71%", "by over 70%", "by 15 days"],
        ["by 50%", "by 80%", "by 3 days"],
    ),
    (
        "nursing",
        "Cut admission waits",
        "4 hours",
        "45 minutes",
        ["by 81%", "by about 80%", "by more than three quarters"],
        ["by 91%", "by 60%", "by 41 minutes"],
    ),
    (
        "teaching",
        "Cut grading turnaround",
        "2 weeks",
        "3 days",
        ["by 79%", "by nearly 80%", "by 11 days"],
        ["by 50%", "by 33%", "by 1 day"],
    ),
    (
        "sales",
        "Cut quote turnaround",
        "2 days",
        "4 hours",
        ["by 92%", "12x", "by 44 hours"],
        ["by 100%", "by 50%", "twofold"],
    ),
    (
        "trades",
        "Cut callout response",
        "3 hours",
        "40 minutes",
        ["by 78%", "by over three quarters", "by 140 minutes"],
        ["by 93%", "by 97%", "by 37 minutes"],
    ),
]

SUMS = [
    # domain, verb, (a, noun, where a), (b, where b), total noun
    (
        "software",
        "Migrated",
        (30, "services", "in the first quarter"),
        (45, "in the second quarter"),
        "services",
    ),
    ("finance", "Audited", (40, "vendors", "for the retail arm"), (55, "for the wholesale arm"), "vendors"),
    (
        "nursing",
        "Vaccinated",
        (120, "patients", "at the north clinic"),
        (85, "at the south clinic"),
        "patients",
    ),
    (
        "teaching",
        "Taught",
        (24, "students", "in the morning class"),
        (26, "in the afternoon class"),
        "students",
    ),
    (
        "sales",
        "Signed",
        (14, "accounts", "in the Ohio territory"),
        (9, "in the Indiana territory"),
        "accounts",
    ),
    (
        "trades",
        "Installed",
        (18, "boilers", "for the housing association"),
        (7, "for private clients"),
        "boilers",
    ),
]

BEFORE_AFTER = [
    # domain, subject, before, after, faithful, lies
    (
        "software",
        "Cut p95 latency",
        "from 400 ms to 250 ms",
        ["by 150 ms", "by 37.5%", "by nearly 40%"],
        ["by 60%", "by 250 ms"],
    ),
    (
        "finance",
        "Raised collection rates",
        "from 82% to 94%",
        ["by 12 points", "by 15%"],
        ["by 94%", "by 12%"],
    ),
    (
        "nursing",
        "Cut falls on the ward",
        "from 24 to 9 a year",
        ["by 15 a year", "by 62.5%", "by over 60%"],
        ["by 24 a year", "by 9%"],
    ),
    (
        "teaching",
        "Raised reading scores",
        "from 61 to 78",
        ["by 17 points", "by 28%"],
        ["by 78 points", "by 17%"],
    ),
    (
        "sales",
        "Grew monthly bookings",
        "from $80K to $120K",
        ["by $40K", "by 50%", "1.5x"],
        ["by $120K", "by 40%", "2x"],
    ),
    (
        "trades",
        "Cut rework",
        "from 40 hours to 25 hours a month",
        ["by 15 hours a month", "by 37.5%"],
        ["by 25 hours a month", "by 60%"],
    ),
]

ROUNDED = [
    # domain, verb, noun, exact, faithful restatements, lies
    (
        "software",
        "Resolved",
        "tickets",
        "1,180",
        ["about 1,200", "nearly 1,200", "1.2K"],
        ["over 1,200", "1,500"],
    ),
    (
        "finance",
        "Processed",
        "invoices",
        "2,470",
        ["about 2,500", "nearly 2,500", "2.5K"],
        ["over 2,500", "3,000"],
    ),
    (
        "nursing",
        "Screened",
        "patients",
        "387",
        ["nearly 400", "almost 400", "roughly 390"],
        ["over 400", "450"],
    ),
    (
        "teaching",
        "Tutored",
        "students",
        "96",
        ["nearly 100", "almost a hundred", "about 100"],
        ["over 100", "120"],
    ),
    ("sales", "Closed", "deals", "58", ["nearly 60", "almost sixty", "about 60"], ["over 60", "80"]),
    ("trades", "Serviced", "boilers", "312", ["over 300", "more than 300", "about 310"], ["over 400", "350"]),
]


QUOTIENTS = [
    # domain, source, faithful, lies (the whole said of each, another quotient)
    (
        "software",
        "Cut cloud spend by $96K across 8 services",
        ["Cut cloud spend by $12K per service"],
        ["Cut cloud spend by $96K per service", "Cut cloud spend by $24K per service"],
    ),
    (
        "finance",
        "Managed a $2M budget across 4 branches",
        ["Managed $500K per branch", "Managed about $500K a branch"],
        ["Managed $2M per branch", "Managed $800K per branch"],
    ),
    (
        "nursing",
        "Secured $450K in grants across 3 clinics",
        ["Secured $150K in grants per clinic"],
        ["Secured $450K in grants per clinic", "Secured $250K in grants per clinic"],
    ),
    (
        "teaching",
        "Raised $36,000 across 12 classrooms",
        ["Raised $3,000 per classroom", "Raised an average of $3,000 per classroom"],
        ["Raised $36,000 per classroom", "Raised $4,000 per classroom"],
    ),
    (
        "sales",
        "Closed 45 deals worth $1.35M",
        ["Closed 45 deals averaging $30K", "Closed 45 deals at an average of $30,000 each"],
        ["Closed 45 deals averaging $45K", "Closed 45 deals averaging $3M"],
    ),
    (
        "trades",
        "Completed 16 kitchen refits worth $640K",
        ["Completed 16 kitchen refits averaging $40K", "Completed 16 kitchen refits at about $40K each"],
        ["Completed 16 kitchen refits averaging $64K", "Completed 16 kitchen refits averaging $10K"],
    ),
]

PERCENT_OF = [
    # domain, source, faithful, lies (another share of the amount)
    (
        "software",
        "Moved 60% of a $500K hosting bill to reserved instances",
        ["Moved $300K of hosting spend to reserved instances"],
        ["Moved $200K of hosting spend to reserved instances"],
    ),
    (
        "finance",
        "Collected 96% of $5M in receivables",
        ["Collected $4.8M in receivables", "Collected over $4.5M in receivables"],
        ["Collected $4.5M in receivables", "Collected over $4.9M in receivables"],
    ),
    (
        "nursing",
        "Vaccinated 85% of the 400 residents",
        ["Vaccinated 340 residents", "Vaccinated over 300 residents"],
        ["Vaccinated 360 residents", "Vaccinated over 350 residents"],
    ),
    (
        "teaching",
        "Spent 90% of a $20,000 grant on lab kits",
        ["Spent $18,000 of a grant on lab kits"],
        ["Spent $19,000 of a grant on lab kits"],
    ),
    (
        "sales",
        "Hit 112% of a $2M quota",
        ["Sold $2.24M against a $2M quota", "Beat a $2M quota by $240K"],
        ["Sold $2.4M against a $2M quota", "Beat a $2M quota by $120K"],
    ),
    (
        "trades",
        "Returned 20% of a $150K budget unspent",
        ["Returned $30K of the budget unspent"],
        ["Returned $20K of the budget unspent"],
    ),
]


PERCENT_TO = [
    # domain, source, faithful, lies (the percent taken of where it ended)
    (
        "software",
        "Cut p95 latency 40% to 300 ms",
        ["Cut p95 latency from 500 ms to 300 ms", "Cut p95 latency by 200 ms to 300 ms"],
        ["Cut p95 latency from 420 ms to 300 ms", "Cut p95 latency by 120 ms to 300 ms"],
    ),
    (
        "finance",
        "Grew assets under management 25% to $5M",
        ["Grew assets under management from $4M to $5M", "Grew assets under management by $1M to $5M"],
        ["Grew assets under management from $3.75M to $5M", "Grew assets under management by $1.25M to $5M"],
    ),
    (
        "nursing",
        "Cut readmissions by 30% to 14 a month",
        ["Cut readmissions from 20 a month to 14", "Cut readmissions by 6 a month to 14"],
        ["Cut readmissions from 18 a month to 14", "Cut readmissions by 4 a month to 14"],
    ),
    (
        "teaching",
        "Raised enrollment 20% to 240 students",
        ["Raised enrollment from 200 to 240 students", "Raised enrollment by 40 to 240 students"],
        ["Raised enrollment from 192 to 240 students", "Raised enrollment by 48 to 240 students"],
    ),
    (
        "sales",
        "Grew the pipeline 50% to $3M",
        ["Grew the pipeline from $2M to $3M", "Grew the pipeline by $1M to $3M"],
        ["Grew the pipeline from $1.5M to $3M", "Grew the pipeline by $1.5M to $3M"],
    ),
    (
        "trades",
        "Cut overtime 40% to 300 hours a month",
        ["Cut overtime from 500 to 300 hours a month", "Cut overtime by 200 hours a month"],
        ["Cut overtime from 420 to 300 hours a month", "Cut overtime by 120 hours a month"],
    ),
]


def _in_words(text: str) -> str:
    return " ".join(WORDS.get(int(w), w) if w.isdigit() else w for w in text.split())


def _rate_cells() -> list[Cell]:
    out = []
    for domain, verb, noun, total, span, unit, periods in RATES:
        for s, shape in enumerate(SPANS):
            took = shape.format(k=span, unit=unit)
            sources = [f"{verb} {total:,} {noun} {took}"]
            if span in WORDS:
                sources.append(f"{verb} {total:,} {noun} {_in_words(took)}")
            for source in sources:
                for i, (per, value) in enumerate(periods):
                    form = RATE_FORMS[(s + i) % len(RATE_FORMS)]
                    written = _in_words(value) if source != sources[0] and value.isdigit() else value
                    out.append(
                        Cell(
                            "rate", domain, source, f"{verb} {form.format(r=written, noun=noun, p=per)}", True
                        )
                    )
                per = periods[0][0]
                out.append(
                    Cell("rate", domain, source, f"{verb} {total:,} {noun} a {per}", False)
                )  # the total
                wrong = round(total / span * 3)
                out.append(
                    Cell("rate", domain, source, f"{verb} {wrong:,} {noun} a {per}", False)
                )  # off by 3
    return out


def _change_cells() -> list[Cell]:
    out = []
    for domain, subject, before, after, faithful, lies in CHANGES:
        source = f"{subject} from {before} to {after}"
        out += [Cell("change", domain, source, f"{subject} {r}", True) for r in faithful]
        out += [Cell("change", domain, source, f"{subject} {r}", False) for r in lies]
    return out


def _sum_cells() -> list[Cell]:
    out = []
    for domain, verb, (a, noun, where_a), (b, where_b), total_noun in SUMS:
        for written in (False, True):
            first, second = (WORDS.get(a, str(a)), WORDS.get(b, str(b))) if written else (str(a), str(b))
            if written and (a not in WORDS or b not in WORDS):
                continue
            source = f"{verb} {first} {noun} {where_a} and {second} {where_b}"
            out.append(Cell("sum", domain, source, f"{verb} {a + b} {total_noun}", True))
            out.append(
                Cell("sum", domain, source, f"{verb} over {(a + b - 1) // 10 * 10} {total_noun}", True)
            )
            out.append(Cell("sum", domain, source, f"{verb} {a + b + 10} {total_noun}", False))
            out.append(Cell("sum", domain, source, f"{verb} {2 * max(a, b)} {total_noun}", False))
    return out


def _listed_cells(kind: str, table: list[tuple[str, str, list[str], list[str]]]) -> list[Cell]:
    out = []
    for domain, source, faithful, lies in table:
        out += [Cell(kind, domain, source, r, True) for r in faithful]
        out += [Cell(kind, domain, source, r, False) for r in lies]
    return out


def _before_after_cells() -> list[Cell]:
    out = []
    for domain, subject, change, faithful, lies in BEFORE_AFTER:
        source = f"{subject} {change}"
        out += [Cell("before-after", domain, source, f"{subject} {r}", True) for r in faithful]
        out += [Cell("before-after", domain, source, f"{subject} {r}", False) for r in lies]
    return out


def _rounded_cells() -> list[Cell]:
    out = []
    for domain, verb, noun, exact, faithful, lies in ROUNDED:
        source = f"{verb} {exact} {noun} for the regional office"
        out += [
            Cell("rounded", domain, source, f"{verb} {r} {noun} for the regional office", True)
            for r in faithful
        ]
        out += [
            Cell("rounded", domain, source, f"{verb} {r} {noun} for the regional office", False) for r in lies
        ]
    return out


CELLS = [
    *_rate_cells(),
    *_change_cells(),
    *_sum_cells(),
    *_listed_cells("quotient", QUOTIENTS),
    *_listed_cells("percent-of", PERCENT_OF),
    *_listed_cells("percent-to", PERCENT_TO),
    *_before_after_cells(),
    *_rounded_cells(),
]


@pytest.mark.parametrize("cell", [both_ways(c, (c.kind, c.domain), (c.rewrite,)) for c in CELLS])
def test_one_step_from_the_source(cell: Cell) -> None:
    kept = kept_in_a_job(cell.source, cell.rewrite, "Kept the team's records in order")
    assert kept == cell.faithful, (cell.source, cell.rewrite)
