"""Round 11 (#10): the rules that read jobs through the noise of `layouts/noise.py`, on their own.

Each rule meets every language's form of its case, and the near miss it must leave alone: a title's
area after a comma (not a place, not the employer), a role in the body's type over grey dates
(LinkedIn), a line under the header that names a town no list holds (not a department), a company's
one-line description (kept first in the job's description, not lost).
"""

from __future__ import annotations

from typing import Any

import pytest

from resume_api.parsing.entries import _town_shaped, parse_work
from resume_api.parsing.lines import Line
from resume_api.parsing.told_roles import told_role
from tests.parsing.layouts import LANGS, section_verdicts
from tests.parsing.layouts.build import AT_COMPANY
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.variants import E, L, T, Variant, line


def _line(text: str, *, size: float = 10.0, bold: bool = False, italic: bool = False, y: float = 0.0) -> Line:
    cells = text.split("\t")
    right = 50.0 + 4.5 * len(text)  # as wide as its text: no line wraps
    return Line(
        text=" ".join(cells), cells=cells, size=size, bold=bold, italic=italic, x0=50.0, x1=right, y=y
    )


def _job(*rows: tuple[str, dict[str, Any]]) -> list[Line]:
    return [_line(t, y=float(i), **kw) for i, (t, kw) in enumerate(rows)]


AREAS = [
    ("Product Manager", "Payments Platform", "Northwind Traders, Boston"),
    ("Chef de projet", "Plateforme de paiement", "Groupe Rivage, Lyon"),
    ("Projektleiterin", "Zahlungsplattform", "Alpenblick Versicherung AG, Köln"),
    ("Jefe de proyecto", "Plataforma de pagos", "Grupo Andaluz, Sevilla"),
    ("Inżynier oprogramowania", "Platforma płatności", "Grupa Tatry, Kraków"),
    ("Ведущий разработчик", "Платёжная платформа", "ООО «Ромашка», Москва"),
]


@pytest.mark.parametrize(("title", "area", "employer_line"), AREAS)
def test_a_titles_area_after_a_comma_stays_in_the_title(title: str, area: str, employer_line: str) -> None:
    lines = _job(
        (f"{title}, {area}\t2019 – 2021", {"bold": True}),
        (employer_line, {"italic": True}),
        ("• Led a team of six engineers", {}),
    )
    [job] = parse_work(lines)
    assert job["position"] == f"{title}, {area}"
    assert job["name"] == employer_line.rsplit(", ", 1)[0]


@pytest.mark.parametrize(
    "header",
    ["Software Engineer, Acme Corp\t2019 – 2021", "Software Engineer, Springfield\t2019 – 2021"],
)
def test_one_line_title_and_employer_keep_their_comma(header: str) -> None:
    """With no other line to hold the employer, the piece after the comma stays the employer."""
    [job] = parse_work(_job((header, {"bold": True}), ("• Built the data platform", {})))
    assert job["position"] == "Software Engineer"
    assert job["name"] == header.split(", ")[1].split("\t", maxsplit=1)[0]


DESCRIPTION = "Reduced onboarding time from three weeks to five days across all regional offices"


@pytest.mark.parametrize(
    ("employer", "titles", "dates"),
    [
        (
            "Acme Corporation",
            ("Marketing Coordinator", "Data Analyst"),
            ("July 2024 - Present", "May 2021 - June 2024"),
        ),
        (
            "Groupe Rivage",
            ("Chef de projet", "Analyste financier"),
            ("juillet 2024 - Présent", "mai 2021 - juin 2024"),
        ),
        (
            "Müller Logistik GmbH",
            ("Projektleiterin", "Werkstudentin"),
            ("Juli 2024 - heute", "Mai 2021 - Juni 2024"),
        ),
    ],
)
def test_a_role_in_the_body_type_over_smaller_dates_is_a_header(
    employer: str, titles: tuple[str, str], dates: tuple[str, str]
) -> None:
    """LinkedIn: the employer, then per role its title in the description's type, its dates and
    place a size smaller: the title is no line of the role above's description."""
    small: dict[str, Any] = {"size": 8.5}
    lines = _job(
        (employer, {"size": 12.0, "bold": True}),
        (titles[0], {}),
        (dates[0], small),
        ("Seattle, WA", small),
        (DESCRIPTION, {}),
        (titles[1], {}),
        (dates[1], small),
        (DESCRIPTION, {}),
    )
    work = parse_work(lines)
    assert [(w["name"], w["position"]) for w in work] == [(employer, titles[0]), (employer, titles[1])]
    assert all(w["highlights"] == [DESCRIPTION] for w in work)


def test_a_last_description_line_over_dates_stays_a_description_where_dates_come_first() -> None:
    """Where entries start with their dates, a short line over the next dates ends the job above."""
    small: dict[str, Any] = {"size": 8.5}
    lines = _job(
        ("2024 - Present", small),
        ("Marketing Coordinator, Acme Corporation", {"bold": True}),
        (DESCRIPTION, {}),
        ("Ran the quarterly survey", {}),
        ("2021 - 2024", small),
        ("Data Analyst, Globex Inc.", {"bold": True}),
        (DESCRIPTION, {}),
    )
    work = parse_work(lines)
    assert [w["position"] for w in work] == ["Marketing Coordinator", "Data Analyst"]
    assert "Ran the quarterly survey" in " ".join(work[0]["highlights"])


@pytest.mark.parametrize(
    "town",
    ["Bentonville", "Villeurbanne", "Wolfsburg", "Sesto San Giovanni", "Gliwice", "Зеленоград", "昆山"],
)
def test_a_town_on_a_line_of_its_own_is_the_jobs_place(town: str) -> None:
    assert _town_shaped(town)
    lines = _job(
        ("Mechanical Engineer, Initech LLC\t2019 – 2021", {"bold": True}),
        (town, {"italic": True}),
        ("• Built the data platform", {}),
    )
    [job] = parse_work(lines)
    assert (job["name"], job["position"], job["location"]) == ("Initech LLC", "Mechanical Engineer", town)


@pytest.mark.parametrize(
    "unit",
    [
        "Finance Department",
        "Kundenservice",
        "Dział Finansów",
        "Отдел продаж",
        "研发部",
        "Service client",
        "Audit Team",
    ],
)
def test_a_department_on_a_line_of_its_own_is_no_place_and_is_kept(unit: str) -> None:
    assert not _town_shaped(unit)
    lines = _job(
        ("Mechanical Engineer, Initech LLC\t2019 – 2021", {"bold": True}),
        (unit, {}),
        ("• Built the data platform", {}),
    )
    [job] = parse_work(lines)
    assert job["location"] is None
    assert unit in (job.get("summary") or "") + " ".join(job["highlights"])


@pytest.mark.parametrize(
    "blurb",
    [
        "Fintech start-up building payment software for small shops",
        "Start-up fintech qui développe un logiciel de paiement pour les commerces",
        "Финтех-стартап, который разрабатывает платёжное ПО для небольших магазинов",
    ],
)
def test_a_company_description_under_the_header_is_the_jobs_summary(blurb: str) -> None:
    lines = _job(
        ("Northwind Traders, Boston\t2019 – 2021", {"bold": True}),
        ("Software Engineer", {"italic": True}),
        (blurb, {"italic": True}),
        ("• Built the data platform", {}),
    )
    [job] = parse_work(lines)
    assert (job["name"], job["position"]) == ("Northwind Traders", "Software Engineer")
    # the job's description, first: its summary, or its first item where it reads as a sentence
    said = [job["summary"]] if job.get("summary") else []
    assert [*said, *job["highlights"]] == [blurb, "Built the data platform"]


@pytest.mark.parametrize(
    ("text", "title", "employer", "place"),
    [
        ("Desarrollador web en la empresa Alt120, en Barcelona.", "Desarrollador web", "Alt120", "Barcelona"),
        ("Ingénieur dans l'entreprise Lumière Conseil, à Lyon.", "Ingénieur", "Lumière Conseil", "Lyon"),
        (
            "Elektroniker bei der Firma Müller Logistik GmbH, in Köln.",
            "Elektroniker",
            "Müller Logistik GmbH",
            "Köln",
        ),
        ("Contabilista na empresa Verde Mar Lda.", "Contabilista", "Verde Mar Lda.", None),
        (
            "Programista w firmie Wisła Logistyka Sp. z o.o. (Gdańsk).",
            "Programista",
            "Wisła Logistyka Sp. z o.o.",
            "Gdańsk",
        ),
        (
            "Ведущий разработчик в компании ООО «Ромашка» (Москва).",
            "Ведущий разработчик",
            "ООО «Ромашка»",
            "Москва",
        ),
        ("Developer at Gnuine, in Barcelona, using Rails and the", "Developer", "Gnuine", "Barcelona"),
    ],
)
def test_a_role_told_title_first_names_its_employer_after_a_noun_for_a_company(
    text: str, title: str, employer: str, place: str | None
) -> None:
    role = told_role(text)
    assert role is not None
    assert (role.title, role.employer, role.place) == (title, employer, place)


@pytest.mark.parametrize(
    "text",
    ["Software Engineer at Google, Mountain View, CA", "Data Analyst for Globex Inc.", "Engineer at Acme"],
)
def test_a_header_with_at_and_no_place_after_a_preposition_is_read_field_by_field(text: str) -> None:
    role = told_role(text)
    assert role is None or (role.title, role.employer) == tuple(text.rstrip(".").split(" at ", 1))


ROUND11 = (
    # each job told title first, the employer after a noun for a company, the place after it
    # (`Desarrollador web en la empresa Alt120, en Barcelona.`), dates in a margin column; kept out
    # of VARIANTS so that the noise layer's drawn cells stay those it was measured on
    Variant("pdf-prose-title-at-company", "pdf", (line(T, E, L, sep=AT_COMPANY),), dates="margin"),
    Variant(
        "docx-prose-title-at-company",
        "docx",
        (line(T, E, L, sep=AT_COMPANY),),
        dates="margin",
        heading="word",
    ),
)


@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize(
    ("variant", "lang"),
    [pytest.param(v, lang, id=f"{v.name}-{lang}") for v in ROUND11 for lang in LANGS],
)
def test_jobs_told_title_first_parse_back(variant: Variant, lang: str) -> None:
    verdict = section_verdicts(variant, lang).get("work")
    assert verdict is None, verdict
