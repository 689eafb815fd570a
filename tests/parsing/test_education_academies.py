"""Round 18 (#10): academies, conservatories and art schools, in capitals, in every language.

`ACCADEMIA DI BELLE ARTI DI BRERA` was read as a heading: the parser knew `academy`, `academia`,
`Akademie`, but not the Italian spelling, the Dutch `Academie` nor the Russian `консерватория`, and
a line in capitals no word names is a heading's look. Cases, written before the rule: two schools
of the arts per language (an academy, a conservatory or a Hochschule), set in capitals or as
written, a degree under each, dates at the right, PDF and DOCX.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import SPANS, _page, cells
from tests.parsing.test_education_dates_last import _dates as _range

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

SCHOOLS: dict[str, tuple[str, str]] = {
    "en": ("Royal Academy of Music", "New England Conservatory"),
    "fr": ("Conservatoire de Paris", "Académie Julian"),
    "de": ("Hochschule für Musik und Theater München", "Kunstakademie Düsseldorf"),
    "es": ("Real Conservatorio Superior de Música de Madrid", "Academia de Bellas Artes de Sevilla"),
    "pt": ("Conservatório de Música do Porto", "Academia Nacional Superior de Orquestra"),
    "it": ("Accademia di Belle Arti di Brera", "Conservatorio di Milano"),
    "nl": ("Koninklijke Academie van Beeldende Kunsten", "Conservatorium van Amsterdam"),
    "pl": ("Akademia Sztuk Pięknych w Warszawie", "Akademia Muzyczna w Krakowie"),
    "ru": ("Московская государственная консерватория", "Российская академия художеств"),
    "zh": ("中央音乐学院", "中央美术学院"),
    "ja": ("東京藝術大学", "桐朋学園大学"),
}
"""Per language, two schools of the arts as they name themselves."""

CASES = ("written", "capitals")
LAYOUTS = ("dates-right", "dates-under")
"""The dates at the right of the school's line, or of the degree's under it (the school alone)."""


def _school(code: str, i: int, case: str) -> str:
    name = SCHOOLS[code][i]
    return name.upper() if case == "capitals" else name


def _document(fmt: str, code: str, case: str, layout: str) -> bytes:
    lang = LANGS[code]
    body: list[Block] = []
    for i in range(2):
        deg, areas = lang.degrees[i % len(lang.degrees)]
        dates = _range(code, (deg, areas[0], "", *SPANS[i]))
        right, under = ([Run(dates)], None) if layout == "dates-right" else (None, [Run(dates)])
        body += [
            Para([Run(_school(code, i, case), bold=True)], right=right, space_before=10),
            Para([Run(lang.degree_forms[0].format(degree=deg, area=areas[0]))], right=under),
        ]
    return _page(fmt, code, body)


XFAIL: dict[tuple[str, str, str, str], str] = {}


@pytest.mark.parametrize(
    ("layout", "case", "fmt", "code"),
    cells([(la, c, f, k) for la in LAYOUTS for c in CASES for f in ("pdf", "docx") for k in LANGS], XFAIL),
)
def test_a_school_of_the_arts_is_a_school(layout: str, case: str, fmt: str, code: str) -> None:
    lang = LANGS[code]
    parsed = parse_document(_document(fmt, code, case, layout), f"cv.{fmt}")
    got = [
        (e.get("institution"), e.get("studyType"), e.get("startDate")) for e in parsed.get("education") or []
    ]
    want = [(_school(code, i, case), lang.degrees[i % len(lang.degrees)][0], SPANS[i][0]) for i in range(2)]
    assert got == want
