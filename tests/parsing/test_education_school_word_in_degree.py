"""Round 18 (#10): a degree whose name carries a school word (`Diploma di Istituto Professionale`).

`IPSSAR «Bartolomeo Scappi»` under `Diploma di Istituto Professionale` (p05, lost on 13 tune
themes) and `Whetstone High School` over `High School Diploma` (p01, p21): the degree's own school
word was cut out of it as the school (`Istituto Professionale`, `School Diploma`), and the school
printed beside it became the field or an entry of its own. Cases, written before the rule: per
language a degree naming a kind of school, under or over a school named by an acronym or by a
school word, after a plain entry; dates at the right; PDF and DOCX.
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

DEGREES: dict[str, tuple[str, str, str]] = {
    "en": ("High School Diploma", "NAIT Edmonton", "Whetstone High School"),
    "fr": ("Diplôme d'Études Universitaires Générales", "Sciences Po Lille", "Université de Lille"),
    "de": ("Diplom der Hotelfachschule", "WIFI Salzburg", "Landesberufsschule Obertrum"),
    "es": ("Diploma de Escuela Oficial de Idiomas", "EOI Jesús Maestro", "Colegio Mayor San Pablo"),
    "pt": ("Diploma de Escola Profissional", "ETEC Jorge Street", "Escola Secundária de Camões"),
    "it": ("Diploma di Istituto Professionale", "IPSSAR «Bartolomeo Scappi»", "Liceo Scientifico Galilei"),
    "nl": ("Diploma Hogere Hotelschool", "Saxion Deventer", "Hogeschool Utrecht"),
    "pl": ("Dyplom Szkoły Policealnej", "CKZiU nr 1 Gdańsk", "Zespół Szkół Łączności"),
    "ru": ("Диплом колледжа", "МГТУ им. Баумана", "Московский колледж связи"),
}
"""Per language: a degree naming a kind of school, a school named by an acronym, one by a school
word. (Chinese and Japanese degrees name no school.)"""

SCHOOLS = ("acronym", "worded")
ORDERS = ("school-first", "degree-first")


def _document(fmt: str, code: str, school: str, order: str) -> tuple[bytes, list[str]]:
    lang = LANGS[code]
    degree, *names = DEGREES[code]
    name = names[SCHOOLS.index(school)]
    deg, areas = lang.degrees[0]
    first = _range(code, (deg, areas[0], "", *SPANS[0]))
    second = _range(code, (degree, "", "", *SPANS[1]))
    top, under = (name, degree) if order == "school-first" else (degree, name)
    body: list[Block] = [
        Para([Run(lang.institutions[0], bold=True)], right=[Run(first)], space_before=10),
        Para([Run(lang.degree_forms[0].format(degree=deg, area=areas[0]))]),
        Para([Run(top, bold=True)], right=[Run(second)], space_before=10),
        Para([Run(under)]),
    ]
    return _page(fmt, code, body), [lang.institutions[0], name]


# fmt: off
XFAIL: dict[tuple[str, str, str, str], str] = {
}
# fmt: on


@pytest.mark.parametrize(
    ("school", "order", "fmt", "code"),
    cells([(s, o, f, k) for s in SCHOOLS for o in ORDERS for f in ("pdf", "docx") for k in DEGREES], XFAIL),
)
def test_a_school_word_in_a_degree_names_no_school(school: str, order: str, fmt: str, code: str) -> None:
    data, want = _document(fmt, code, school, order)
    parsed = parse_document(data, f"cv.{fmt}")
    assert [e.get("institution") for e in parsed.get("education") or []] == want
