"""Round 15 (#10): a field of study with a comma or a dash in it, its school on a line of its own.

`Bachelor of Science in Mathematics, Statistics (minor C.S.)` or `Master in Economics – Finance`
under (or over) the school's line: the separator inside the field cut it, and the part after it
was lost (issue #10 item 8: the round-trip values `area with a comma and parenthesis` and `area
with a dash` failed in every template). Where the school prints on the degree's line (`Degree in
Field, School`), the piece after the comma stays the school (`test_education_round12`'s forms).
Cases: the field joined to a second field by a comma, a dash or a hyphen, with a minor in
parentheses or not, the school over or under the degree, every language whose degree form is
`{degree} {link} {area}`, PDF and DOCX. The round-trip cases failed first; these were written
with the rule.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import cells
from tests.parsing.test_entries_title_qualifier import section_page

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

LINKED = [
    c
    for c, lang in LANGS.items()
    if "," not in (form := lang.degree_forms[0]) and 0 <= form.find("{degree}") < form.find("{area}")
]
"""Languages whose degree names its field after a linking word (`Master en Informatique`): seven
of the eleven (Polish and Russian print `Degree, Field`; Chinese and Japanese the field first)."""

JOINS = {"comma": ", ", "dash": " – ", "hyphen": " - "}


def _area(code: str, join: str, minor: bool) -> str:
    lang = LANGS[code]
    first, second = lang.degrees[0][1][0], lang.degrees[1][1][0]
    return f"{first}{JOINS[join]}{second}" + (f" ({lang.degrees[1][1][-1]})" if minor else "")


def _document(fmt: str, code: str, join: str, minor: bool, school_first: bool) -> bytes:
    lang = LANGS[code]
    deg = lang.degrees[0][0]
    line = lang.degree_forms[0].format(degree=deg, area=_area(code, join, minor))
    school = Para([Run(lang.institutions[0], bold=True)])
    degree = Para([Run(line)], right=[Run("2015 – 2019")])
    return section_page(fmt, code, [school, degree] if school_first else [degree, school], "education")


XFAIL: dict[tuple[str, str, str, bool, bool], str] = {}


@pytest.mark.parametrize(
    ("fmt", "code", "join", "minor", "school_first"),
    cells(
        (
            (f, c, j, m, s)
            for f in ("pdf", "docx")
            for c in LINKED
            for j in JOINS
            for m in (False, True)
            for s in (True, False)
        ),
        XFAIL,
    ),
)
def test_the_whole_field_reads_back(fmt: str, code: str, join: str, minor: bool, school_first: bool) -> None:
    lang = LANGS[code]
    parsed = parse_document(_document(fmt, code, join, minor, school_first), f"cv.{fmt}")
    got = [(e.get("institution"), e.get("studyType"), e.get("area")) for e in parsed.get("education") or []]
    assert got == [(lang.institutions[0], lang.degrees[0][0], _area(code, join, minor))]
