"""A date range written with an arrow (`2019-04 → Present`, `03/2017 -> 04/2019`, `→ 2010`) is
read as a range, as with a dash.

Published HTML themes print ranges with arrows, and people type `->`: before, `2019-04 → Present`
was read as a single date (start and end both April 2019) and `2015 → 2018` as a degree ended in
2015. An arrow anywhere else (`latency 300 ms → 120 ms`, `Python → Go migration`) is the person's
text and stays as written. Cases span every date form, arrow glyph, spacing and language.
"""

from __future__ import annotations

import itertools

import pytest

from resume_api.parsing import dates as D
from resume_api.parsing.document import build_resume
from resume_api.parsing.lines import Line, RawDocument

ARROWS = ["→", "->", "⟶", "➔", "➜", "⇒", "=>"]
FORMS = [
    ("2019-04", "2019-04"),
    ("04/2019", "2019-04"),
    ("Apr 2019", "2019-04"),
    ("April 2019", "2019-04"),
    ("avr. 2019", "2019-04"),
    ("April 2019", "2019-04"),
    ("2019", "2019"),
    ("2019.04", "2019-04"),
    ("abr. de 2019", "2019-04"),
]
ENDS = [("Present", "present"), ("heute", "present"), ("2021", "2021"), ("06/2021", "2021-06")]


@pytest.mark.parametrize(
    ("start", "end", "arrow", "space"),
    [
        (s, e, a, sp)
        for (s, e), a, sp in zip(
            itertools.product(FORMS, ENDS),
            itertools.cycle(ARROWS),
            itertools.cycle([" ", "", "  "]),
            strict=False,
        )
    ],
)
def test_an_arrow_between_two_dates_is_a_range(
    start: tuple[str, str], end: tuple[str, str], arrow: str, space: str
) -> None:
    text = D.arrows_as_dashes(f"{start[0]}{space}{arrow}{space}{end[0]}")
    span = D.find_range(text)
    assert span is not None and (span.start, span.end) == (start[1], end[1]), text


@pytest.mark.parametrize("arrow", ARROWS)
@pytest.mark.parametrize("date", ["2010", "06/2010", "June 2010"])
def test_a_range_with_no_start_is_its_end(arrow: str, date: str) -> None:
    span = D.find_range(D.arrows_as_dashes(f"{arrow} {date}"))
    assert span is not None and span.start is None and span.end is not None and span.end[:4] == "2010"


@pytest.mark.parametrize(
    "text",
    [
        "Cut p95 latency from 300 ms → 120 ms",
        "Python → Go migration of the billing service",
        "Grew revenue 2019 → 2021 by 40%",  # years inside a sentence: a claim, not a header
        "Step 1 -> step 2 -> done",
        "A → B testing",
    ],
)
def test_an_arrow_in_a_sentence_stays(text: str) -> None:
    assert D.arrows_as_dashes(text) == text


def test_a_job_dated_with_arrows_reads_back() -> None:
    rows = [
        ("Jane Roe", 20.0, True),
        ("Experience", 14.0, True),
        ("Acme Logistics", 11.0, True),
        ("Senior Dispatcher", 10.0, False),
        ("2019-04 → Present", 10.0, False),
        ("Globex", 11.0, True),
        ("Night Dispatcher", 10.0, False),
        ("2017-01 → 2019-04", 10.0, False),
        ("Education", 14.0, True),
        ("Dallas College", 11.0, True),
        ("Associate of Applied Science", 10.0, False),
        ("2015 → 2018", 10.0, False),
    ]
    lines = [
        Line(text=t, cells=[t], x0=50, x1=300, y=100 + 14 * i, size=s, bold=b, page=0)
        for i, (t, s, b) in enumerate(rows)
    ]
    resume = build_resume(RawDocument(lines=lines))
    assert [(w["name"], w.get("startDate"), w.get("endDate")) for w in resume["work"]] == [
        ("Acme Logistics", "2019-04", "present"),
        ("Globex", "2017-01", "2019-04"),
    ]
    assert [(e["institution"], e.get("startDate"), e.get("endDate")) for e in resume["education"]] == [
        ("Dallas College", "2015", "2018")
    ]
