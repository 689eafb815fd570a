"""Round 14 (#10): a degree's line that names its school after a linking word, its field holding commas.

`Magister (Mag.) – berufsbegleitend Betriebswirtschaft, Schwerpunkt Tourismusmanagement at
Universität Salzburg` (the stackoverflow theme prints `{degree} {field} at {school}`; people write
`Laurea in Economia, curriculum Finanza presso Università di Bologna`): the commas cut the line
into pieces, and the school rode on with the field's last piece (`Schwerpunkt Tourismusmanagement
at Universität Salzburg` as the institution). Cases: every language with a linking word before a
school, the field with one or two comma-separated parts after it, dates beside the line or under
it, PDF and DOCX, written before the rule.

What today's parser still gets wrong is in `XFAIL` (strict).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS, SKILLS
from tests.parsing.test_education_dates_last import cells
from tests.parsing.test_education_round12 import SCHOOL_AT, _document, _head

TAILS = {"one": 1, "two": 2}
"""How many comma-separated parts follow the field (a specialisation, a minor)."""


def _line(code: str, i: int, tail: int) -> tuple[str, str, str, str]:
    """(line, degree, field, school): the degree's line for the `i`-th degree of the pool."""
    lang = LANGS[code]
    deg, areas = lang.degrees[i % len(lang.degrees)]
    school = lang.institutions[i % len(lang.institutions)]
    others = [a for d, pool in lang.degrees for a in pool if a != areas[0]]
    field = ", ".join([areas[0], *others[i : i + tail]])
    return (
        f"{lang.degree_forms[0].format(degree=deg, area=field)} {SCHOOL_AT[code]} {school}",
        deg,
        field,
        school,
    )


_WRAPPED = (
    "the long line wraps in the PDF, the school's last words on a line of their own, read as the school"
)
_AT_CUT = "English `at` cuts the line itself: the field's parts between the degree and the school are left out of it"

# fmt: off
XFAIL: dict[tuple[str, str, str, str], str] = {
    ('one', 'beside', 'pdf', 'es'): _WRAPPED,
    ('one', 'under', 'pdf', 'es'): _WRAPPED,
    ('two', 'beside', 'pdf', 'en'): _AT_CUT,
    ('two', 'beside', 'pdf', 'de'): _WRAPPED,
    ('two', 'beside', 'pdf', 'es'): _WRAPPED,
    ('two', 'beside', 'pdf', 'ru'): _WRAPPED,
    ('two', 'beside', 'docx', 'en'): _AT_CUT,
    ('two', 'under', 'pdf', 'en'): _AT_CUT,
    ('two', 'under', 'pdf', 'de'): _WRAPPED,
    ('two', 'under', 'pdf', 'es'): _WRAPPED,
    ('two', 'under', 'docx', 'en'): _AT_CUT,
}
# fmt: on


@pytest.mark.parametrize(
    ("tail", "where", "fmt", "code"),
    cells(
        (
            (t, w, f, c)
            for t in TAILS
            for w in ("beside", "under")
            for f in ("pdf", "docx")
            for c in SCHOOL_AT
        ),
        XFAIL,
    ),
)
def test_the_school_after_its_link_is_the_institution(tail: str, where: str, fmt: str, code: str) -> None:
    lang = LANGS[code]
    spans = ("2015 – 2017", "2011 – 2015")
    lines = [*_head(code), (lang.headings["education"][0], True)]
    want = []
    for i, dates in enumerate(spans):
        text, deg, field, school = _line(code, i, TAILS[tail])
        lines += [(f"{text}, {dates}", False)] if where == "beside" else [(text, False), (dates, False)]
        want.append((school, deg, field))
    lines += [(lang.headings["skills"][0], True), (", ".join(SKILLS[:4]), False)]
    parsed = parse_document(_document(fmt, code, lines), f"cv.{fmt}")
    got = [(e.get("institution"), e.get("studyType"), e.get("area")) for e in parsed.get("education") or []]
    assert got == want, lines[3:]
