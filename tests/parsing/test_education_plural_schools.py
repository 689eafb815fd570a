"""Round 18 (#10): a school named by a plural or a compound of a school word, in every language.

`Tourismusschulen Salzburg Klessheim` over `Landesberufsschule Obertrum` (paper, p24) was read as
one school: the parser knew `Schule` and the compounds ending in it, not `-schulen`; nor the
Dutch `-school`/`-scholen` compounds (`Hotelschool`, `Scholengemeenschap`), `Écoles`, `Facultés`,
`Escuelas`, `Colegios`, `Escolas`, `Faculdades`, `Scuole`, `Licei`, the Russian `гимназия`. A
bare school (no degree, no dates) is an entry only by its word. Cases, written before the rule:
per language two such schools printed bare under a dated school, or each with its degree and
dates at the right; PDF and DOCX.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.model import Block, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.test_education_dates_last import SPANS, _page, cells
from tests.parsing.test_education_dates_last import _dates as _range
from tests.parsing.test_education_some_dated import _document

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

SCHOOLS: dict[str, tuple[str, str]] = {
    "en": ("Kaplan Business Schools Sydney", "Harris Academies South London"),
    "fr": ("Écoles de Saint-Cyr Coëtquidan", "Facultés Universitaires Saint-Louis"),
    "de": ("Tourismusschulen Salzburg Klessheim", "Berufsbildende Schulen Wittlich"),
    "es": ("Escuelas Pías de Zaragoza", "Colegios Salesianos de Sevilla"),
    "pt": ("Escolas Técnicas Profissionais de Lisboa", "Faculdades Integradas Rio Branco"),
    "it": ("Scuole Civiche di Milano", "Licei Riuniti di Bergamo"),
    "nl": ("Hotelschool Den Haag", "Scholengemeenschap Lelystad"),
    "pl": ("Zespół Szkół Samochodowych w Poznaniu", "Szkoły Ekonomiczne w Krakowie"),
    "ru": ("Классическая гимназия при ГЛК", "Московские художественные училища"),
    "zh": ("上海市第二中学", "北京师范大学附属实验中学"),
    "ja": ("東京都立日比谷高等学校", "大阪府立大学"),
}
"""Per language, two schools named by a plural or a compound of a school word."""

LAYOUTS = ("bare-under-dated", "dates-right")
"""Both schools alone on their lines under a dated school of the generator's, or each over its degree
with its dates at the right."""


def _bare(fmt: str, code: str) -> tuple[bytes, list[str]]:
    lang = LANGS[code]
    deg, areas = lang.degrees[0]
    lines = [
        (" ".join(lang.people[0]), True),
        ("someone@example.com", False),
        (lang.headings["education"][0], True),
        (f"{lang.institutions[0]}\t2015 – 2018", True),
        (lang.degree_forms[0].format(degree=deg, area=areas[0]), False),
        *((s, True) for s in SCHOOLS[code]),
    ]
    return _document(fmt, code, lines), [lang.institutions[0], *SCHOOLS[code]]


def _dated(fmt: str, code: str) -> tuple[bytes, list[str]]:
    lang = LANGS[code]
    body: list[Block] = []
    for i in range(2):
        deg, areas = lang.degrees[i % len(lang.degrees)]
        dates = _range(code, (deg, areas[0], "", *SPANS[i]))
        body += [
            Para([Run(SCHOOLS[code][i], bold=True)], right=[Run(dates)], space_before=10),
            Para([Run(lang.degree_forms[0].format(degree=deg, area=areas[0]))]),
        ]
    return _page(fmt, code, body), list(SCHOOLS[code])


XFAIL: dict[tuple[str, str, str], str] = {}


@pytest.mark.parametrize(
    ("layout", "fmt", "code"),
    cells([(la, f, k) for la in LAYOUTS for f in ("pdf", "docx") for k in LANGS], XFAIL),
)
def test_a_plural_or_compound_school_word_names_a_school(layout: str, fmt: str, code: str) -> None:
    data, want = (_bare if layout == "bare-under-dated" else _dated)(fmt, code)
    parsed = parse_document(data, f"cv.{fmt}")
    assert [e.get("institution") for e in parsed.get("education") or []] == want
