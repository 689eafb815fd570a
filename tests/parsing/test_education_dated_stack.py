"""Round 19 (#10): a stack in sizes whose dates print beside its first line, on some entries only.

`autumn` prints each degree as two bold lines, the school at 12 pt with its range at the right,
the degree at 10.5 pt under it; a range only where the person gave one, so undated schools sit
between dated ones:

    Universitat Politècnica de València (UPV)        Jan 2002 - Jan 2009     (12 pt)
    Arquitecta (título de Arquitecto) in Arquitectura                        (10.5 pt)
    Universidad de Sevilla                                                   (12 pt)
    Máster Universitario in Arquitectura y Patrimonio Histórico              (10.5 pt)
    Technische Universität Berlin                    Sep 2006 - Jun 2007     (12 pt)

A stack's opener was refused where it carried its dates, and the dated entry's cut into schools
wanted a degree's word in every piece (`Arquitecta`, a trade, an acronym's school named by no
school word): the undated schools fell into the dated one (tune autumn lost 27 schools, class
and eloquent the same people). Cases, written before the rule: which entries print dates, the
school or the degree on the big line, a degree's words, a trade or a school no word names, in
every language the layout generator has, PDF and DOCX.

What today's parser still gets wrong is in `XFAIL` (strict).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.trades import TRADES
from tests.parsing.test_education_dates_last import _dates, _degrees, _page, cells
from tests.parsing.test_education_school_word_in_degree import DEGREES as KIND_DEGREES

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

DATED = {"all": (True, True, True), "first": (True, False, False), "ends": (True, False, True)}
"""Which of the three entries print their range beside their first line."""

ORDERS = ("school-first", "degree-first")
"""Which line is the big one: the school over its degree, or the degree over its school."""

NAMES = ("worded", "trade", "acronym")
"""What the lines say: a degree's words and schools named by a school's word; a trade no degree
word names (`Stonemason`); the middle school named by its acronym (`IPSSAR «Bartolomeo Scappi»`)."""


def _document(fmt: str, code: str, dated: str, order: str, names: str) -> tuple[bytes, list[tuple]]:
    lang = LANGS[code]
    body: list[Block] = []
    want = []
    for i, (deg, area, named, start, end) in enumerate(_degrees(code, 3)):
        school = KIND_DEGREES[code][1] if names == "acronym" and i == 1 else named
        degree = TRADES[code][i] if names == "trade" else lang.degree_forms[0].format(degree=deg, area=area)
        top, under = (school, degree) if order == "school-first" else (degree, school)
        on = DATED[dated][i]
        right = [Run(_dates(code, (deg, area, school, start, end)), bold=True)] if on else None
        body += [
            Para([Run(top, bold=True, size=12)], right=right, space_before=14),
            Para([Run(under, bold=True, size=10.5)], space_before=4),
        ]
        want.append((school, start[:4] if on else None, end[:4] if on else None))
    return _page(fmt, code, body), want


# fmt: off
XFAIL: dict[tuple[str, str, str, str, str], str] = {
}
# fmt: on


@pytest.mark.parametrize(
    ("dated", "order", "names", "fmt", "code"),
    cells(
        (
            (d, o, n, f, c)
            for d in DATED
            for o in ORDERS
            for n in NAMES
            for f in ("pdf", "docx")
            for c in LANGS
            if n != "acronym" or c in KIND_DEGREES
        ),
        XFAIL,
    ),
)
def test_a_stack_dated_beside_its_opener_keeps_every_school(
    dated: str, order: str, names: str, fmt: str, code: str
) -> None:
    data, want = _document(fmt, code, dated, order, names)
    parsed = parse_document(data, f"cv.{fmt}")
    got = [
        (e.get("institution"), (e.get("startDate") or "")[:4] or None, (e.get("endDate") or "")[:4] or None)
        for e in parsed.get("education") or []
    ]
    assert got == want
