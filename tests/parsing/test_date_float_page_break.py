"""Dates floated right beside an entry, broken from it by a page break (eloquent).

A browser prints a float where it fits: when an entry's header is the last thing on a page, the
float of its dates (the start over `— end`, or over a dash over the end) can go to the top of the
next page, beside the entry's first bullets. Read as they stand, the header had no dates and the
start, the dash and the end were parts of the bullets beside them. Generated in every language the
hand-written PDFs can print (WinAnsi: the Latin-script ones), with the stack in two and three
pieces and one or two lines of header.
"""

from __future__ import annotations

import pytest

from resume_api.parsing import parse_document
from tests.parsing.builders import Text, pdf_bytes
from tests.parsing.layouts import LANGS


def _printable(code: str) -> bool:
    lang = LANGS[code]
    words = [
        *lang.months,
        *lang.employers[:3],
        *lang.titles[:3],
        *lang.highlights[:3],
        lang.headings["work"][0],
    ]
    try:
        "".join(words).encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


CODES = [code for code in LANGS if _printable(code)]
SHAPES = ("two", "three", "two_wrapped", "three_wrapped")
JOBS = (("2021-03", "2023-09"), ("2016-01", "2018-05"), ("2012-08", "2015-12"))


def _date(code: str, ym: str) -> str:
    return f"{LANGS[code].months[int(ym[5:]) - 1]} {ym[:4]}"


def _pdf(code: str, shape: str) -> bytes:
    lang = LANGS[code]
    right = 470.0
    first: list[Text] = [
        (50, 50, "Jane Roe", "B", 20),
        (50, 70, "jane.roe@example.com", "R", 10),
        (50, 100, lang.headings["work"][0].upper(), "B", 14),
        (50, 124, f"{lang.titles[0]}, {lang.employers[0]}", "B", 11),
        (right, 124, f"{_date(code, JOBS[0][0])} – {_date(code, JOBS[0][1])}", "R", 10),
    ]
    y = 140.0
    while y < 700:  # the first job's bullets fill the page
        first.append((55, y, f"- {lang.highlights[0]}", "R", 10))
        y += 14
    header = [f"{lang.titles[1]}, {lang.employers[1]}"]
    if shape.endswith("wrapped"):
        header = [f"{lang.titles[1]},", lang.employers[1]]
    for k, text in enumerate(header):
        first.append((50, 750 + 13 * k, text, "B" if k == 0 else "R", 11))
    start, end = _date(code, JOBS[1][0]), _date(code, JOBS[1][1])
    stack = [start, f"— {end}"] if shape.startswith("two") else [start, "—", end]
    second: list[Text] = []
    for k, piece in enumerate(stack):
        second.append((right, 40 + 16 * k, piece, "R", 10))
    for k in range(3):
        second.append((55, 44 + 16 * k, f"- {lang.highlights[1]}", "R", 10))
    second += [
        (50, 110, f"{lang.titles[2]}, {lang.employers[2]}", "B", 11),
        (right, 110, f"{_date(code, JOBS[2][0])} – {_date(code, JOBS[2][1])}", "R", 10),
        (55, 126, f"- {lang.highlights[2]}", "R", 10),
    ]
    return pdf_bytes([first, second])


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("code", CODES)
def test_dates_floated_over_a_page_break_are_their_entrys(code: str, shape: str) -> None:
    parsed = parse_document(_pdf(code, shape), "cv.pdf")
    got = [(w.get("startDate"), w.get("endDate")) for w in parsed["work"]]
    assert got == list(JOBS), [
        (w.get("name"), w.get("position"), *g) for w, g in zip(parsed["work"], got, strict=True)
    ]
