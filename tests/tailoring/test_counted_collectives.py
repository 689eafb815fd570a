"""Counted people summed into a collective: "supervised 12 nurses and 4 aides" is a team of 16, 16 staff,
16 people, a 16-person team (issue #11: the hidden parts' refused numbers differ from the job's by the
counted noun; the leadership check refused the collective, which shares no word with the listed nouns).
Six domains, digits and words, with and without the rest of the sentence; each faithful rewrite with its
lie twins: another sum, and the same collective led where the source only worked beside the people.
"""

from __future__ import annotations

import pytest

from tests.tailoring.guarded import Cell, both_ways, kept_in_a_job

WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    12: "twelve",
    16: "sixteen",
}

TEAMS = [
    # domain, verb, (a, noun a), (b, noun b), tail
    ("software", "Managed", (5, "engineers"), (2, "designers"), "on the payments platform"),
    ("finance", "Supervised", (4, "analysts"), (3, "associates"), "in the treasury group"),
    ("nursing", "Supervised", (12, "nurses"), (4, "aides"), "on the night shift"),
    ("teaching", "Led", (6, "teachers"), (3, "teaching assistants"), "in the primary department"),
    ("sales", "Managed", (8, "account executives"), (2, "sales development reps"), "in the Midwest region"),
    ("trades", "Led", (6, "electricians"), (3, "apprentices"), "on the hospital refit"),
]
FORMS = ["a team of {n}", "{n} staff", "{n} people", "a {n}-person team"]
BESIDE = "Worked alongside"


def _cells() -> list[Cell]:
    out = []
    for domain, verb, (a, noun_a), (b, noun_b), tail in TEAMS:
        total = a + b
        listed = f"{a} {noun_a} and {b} {noun_b} {tail}"
        source = f"{verb} {listed}"
        for k, form in enumerate(FORMS):
            for end in (f" {tail}", ""):
                said = WORDS[total] if k == 0 and total in WORDS and end else str(total)
                out.append(Cell(domain, source, f"{verb} {form.format(n=said)}{end}", True))
                out.append(Cell(domain, source, f"{verb} {form.format(n=total + 3)}{end}", False))
            out.append(Cell(domain, f"{BESIDE} {listed}", f"{verb} {form.format(n=total)} {tail}", False))
        spelled = f"{verb} {WORDS[a]} {noun_a} and {WORDS[b]} {noun_b} {tail}"
        out.append(Cell(domain, spelled, f"{verb} a team of {total} {tail}", True))
        out.append(Cell(domain, spelled, f"{verb} a team of {total + 3} {tail}", False))
    return out


CELLS = _cells()


@pytest.mark.parametrize("cell", [both_ways(c, (c.domain,), (c.source, c.rewrite)) for c in CELLS])
def test_counted_people_as_a_collective(cell: Cell) -> None:
    kept = kept_in_a_job(cell.source, cell.rewrite)
    assert kept == cell.faithful, (cell.source, cell.rewrite)
