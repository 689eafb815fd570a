"""An undated school printed above a dated one is an entry of its own.

Entries are found from their dates, so a school without dates (a MOOC, an exchange, a school the
person left undated) above a dated one fell into the dated entry's header: the undated school took
the dates and the dated school was lost. Each language's schools and degrees (the layout
generator's vocabulary), school over degree or degree over school, the dates beside the school or on
a line of their own under it (dates on a line above the second school could as well close the
first: only the document's habit could tell, and one dated entry shows none).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.education import parse_education
from resume_api.parsing.lines import Line

from .layouts import LANGS

FORMS = ("beside", "own_line")


def _lines(school: str, degree: str, dates: str, form: str, school_first: bool) -> list[Line]:
    def pair(s: str, d: str) -> list[str]:
        return [s, d] if school_first else [d, s]

    if form == "beside":
        top = pair(f"{school}\t{dates}", degree) if school_first else pair(school, f"{degree}\t{dates}")
        return [Line(t, cells=t.split("\t")) for t in top]
    return [Line(t) for t in [*pair(school, degree), dates]]


CASES = [
    (code, form, school_first) for code in sorted(LANGS) for form in FORMS for school_first in (True, False)
]


@pytest.mark.parametrize(("code", "form", "school_first"), CASES)
def test_an_undated_school_above_a_dated_one_is_its_own_entry(
    code: str, form: str, school_first: bool
) -> None:
    lang = LANGS[code]
    (first, second) = lang.institutions[:2]
    (deg1, _), (deg2, _) = lang.degrees[:2]
    undated = [Line(t) for t in ([first, deg1] if school_first else [deg1, first])]
    lines = undated + _lines(second, deg2, "2014 – 2018", form, school_first)
    got = [(e.get("institution"), e.get("startDate"), e.get("endDate")) for e in parse_education(lines)]
    assert got == [(first, None, None), (second, "2014", "2018")], [ln.text for ln in lines]
