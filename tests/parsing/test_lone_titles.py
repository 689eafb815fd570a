"""A job whose words named an employer and no title (`parse_work` on lines made by hand): a job
always has a title, so the role is found by where it stands, and what is not a role stays out."""

from __future__ import annotations

import pytest

from resume_api.parsing.entries import _STRONG_SEP, _acronym_names, parse_work
from resume_api.parsing.lines import Line


def line(text: str, *, size: float = 10.0, bold: bool = False, italic: bool = False) -> Line:
    return Line(text=text, cells=[text], size=size, bold=bold, italic=italic)


def bullets(*items: str) -> list[Line]:
    return [line(f"• {t}") for t in items]


@pytest.mark.parametrize(
    ("header", "name", "position"),
    [
        ("Locksmith at Acme Corporation", "Acme Corporation", "Locksmith"),
        ("Sommelier chez Lumière Conseil", "Lumière Conseil", "Sommelier"),
        ("Fliesenleger bei Brandt Bau GmbH", "Brandt Bau GmbH", "Fliesenleger"),
        ("Muratore presso Tessitura Rossi S.p.A.", "Tessitura Rossi S.p.A.", "Muratore"),
        ("Сантехник в ООО «Ромашка»", "ООО «Ромашка»", "Сантехник"),
    ],
)
def test_a_role_no_word_names_at_an_employer_is_the_title(header: str, name: str, position: str) -> None:
    lines = [line(f"{header}   2019 – 2021", bold=True), *bullets("Fitted the locks of a hundred doors")]
    job = parse_work(lines)[0]
    assert (job["name"], job["position"]) == (name, position)


def test_the_one_field_left_beside_the_employer_is_the_title() -> None:
    lines = [
        line("Gruppo Sole, Napoli", bold=True),
        line("2019 – 2021", italic=True),
        line("Falegname"),
        *bullets("Riduzione dei costi del 30 %"),
    ]
    job = parse_work(lines)[0]
    assert (job["name"], job["position"], job["location"]) == ("Gruppo Sole", "Falegname", "Napoli")


def test_a_title_printed_under_smaller_dates_is_the_title_not_a_bullet() -> None:
    lines = [
        line("Banca del Garda, Roma", bold=True),
        line("2022 – 2025", size=8.5, italic=True),
        line("Sviluppatrice web"),
        *bullets("Gestione di un team di sei sviluppatori", "Introduzione della reportistica mensile"),
    ]
    job = parse_work(lines)[0]
    assert job["position"] == "Sviluppatrice web"
    assert job["highlights"] == [
        "Gestione di un team di sei sviluppatori",
        "Introduzione della reportistica mensile",
    ]


def test_the_employer_over_a_title_over_smaller_dates_is_the_next_jobs() -> None:
    lines = []
    for employer, title, dates in (
        ("ПАО «Сигма Банк»", "Руководитель проекта", "2023 — 2025"),
        ("Северсталь-Инфо", "Бухгалтер", "2018 — 2020"),
    ):
        lines += [line(employer, bold=True), line(title), line(dates, size=8.5, italic=True)]
        lines += bullets("Снижение затрат на облако на 30 %", "Внедрение ежемесячной отчётности")
    jobs = parse_work(lines)
    assert [(j["name"], j["position"]) for j in jobs] == [
        ("ПАО «Сигма Банк»", "Руководитель проекта"),
        ("Северсталь-Инфо", "Бухгалтер"),
    ]
    assert all(
        j["highlights"] == ["Снижение затрат на облако на 30 %", "Внедрение ежемесячной отчётности"]
        for j in jobs
    )


@pytest.mark.parametrize(
    "under",
    [
        "Finance Department",  # a unit of the employer
        "Client: Banco Azul",  # a labelled line
        "Riduzione dei costi cloud del trenta per cento",  # a sentence
        "Full-time",  # an employment type
    ],
)
def test_what_is_not_a_role_is_not_taken_for_the_title(under: str) -> None:
    lines = [line("Gruppo Sole", bold=True), line("2019 – 2021", italic=True), line(under)]
    assert parse_work(lines)[0]["position"] != under


@pytest.mark.parametrize(
    ("text", "chunks"),
    [
        ("AVA - Alpenblick Versicherung AG", ["AVA - Alpenblick Versicherung AG"]),
        (
            "ENSTA – Ecole Nationale Supérieure de Techniques Avancées",
            ["ENSTA – Ecole Nationale Supérieure de Techniques Avancées"],
        ),
        ("CTO - Acme Corporation", ["CTO", "Acme Corporation"]),  # a title's capitals
        ("IBM - Software Engineer", ["IBM", "Software Engineer"]),  # the employer, then the role
        ("AVA | Alpenblick Versicherung AG", ["AVA", "Alpenblick Versicherung AG"]),  # a pipe cuts
    ],
)
def test_an_organisations_initials_before_its_name_are_one_field(text: str, chunks: list[str]) -> None:
    assert _acronym_names([c.strip() for c in _STRONG_SEP.split(text)], text) == chunks


def test_a_titles_area_after_a_dash_stays_the_titles_where_the_job_has_its_place() -> None:
    lines = [
        line("Polderdata, Groningen   2021 – 2024", bold=True),
        line("Software-ontwikkelaar - Betaalplatform"),
        *bullets("Maandelijkse rapportage opgezet"),
    ]
    job = parse_work(lines)[0]
    assert (job["name"], job["position"], job["location"]) == (
        "Polderdata",
        "Software-ontwikkelaar - Betaalplatform",
        "Groningen",
    )


def test_a_town_after_the_titles_dash_is_the_place_where_the_document_prints_places_there() -> None:
    lines = [
        line("Alpenblick Versicherung AG   2021 – 2024", bold=True),
        line("Projektleiterin - Wolfsburg"),
        *bullets("Aufbau des monatlichen Berichtswesens"),
        line("Brandt AG   2018 – 2021", bold=True),
        line("Projektassistentin - Berlin"),
        *bullets("Einführung der Quartalsplanung"),
    ]
    jobs = parse_work(lines)
    assert [(j["position"], j["location"]) for j in jobs] == [
        ("Projektleiterin", "Wolfsburg"),
        ("Projektassistentin", "Berlin"),
    ]


def test_a_word_no_list_knows_after_the_titles_dash_is_the_titles_where_no_place_is_printed_there() -> None:
    lines = [
        line("Alpenblick Versicherung AG   2021 – 2024", bold=True),
        line("Projektleiterin - Großkunden"),
        *bullets("Aufbau des monatlichen Berichtswesens"),
    ]
    job = parse_work(lines)[0]
    assert (job["position"], job["location"]) == ("Projektleiterin - Großkunden", None)


@pytest.mark.parametrize(
    ("under", "position"),
    [
        ("Softwareentwickler", "Softwareentwickler"),  # a role's word: the title
        ("Reduced costs by 30 %", None),  # no role's word over more description: description
    ],
)
def test_a_line_under_the_dates_over_plain_description_is_the_title_only_if_it_names_a_role(
    under: str, position: str | None
) -> None:
    lines = [
        line("Müller Logistik GmbH", bold=True),
        line("Seit Mai 2024", italic=True),
        line(under),
        line("Leitung eines Teams von sechs Entwicklern"),
    ]
    assert parse_work(lines)[0]["position"] == position


@pytest.mark.parametrize(
    ("header", "name", "position"),
    [
        # a name, then a capitalised phrase of lower-case words: the employer, then the long title
        (
            "Gruppo Sole, Tecnico specializzato in automazione e manutenzione industriale",
            "Gruppo Sole",
            "Tecnico specializzato in automazione e manutenzione industriale",
        ),
        # a name whose own parts are capitalised stays whole
        (
            "Ministerio de Educación, Cultura y Deporte, Analista de datos",
            "Ministerio de Educación, Cultura y Deporte",
            "Analista de datos",
        ),
    ],
)
def test_a_lower_case_phrase_after_a_names_comma_is_a_field_of_its_own(
    header: str, name: str, position: str
) -> None:
    lines = [line(f"{header}   2019 – 2021"), *bullets("Riduzione dei costi del 30 %")]
    job = parse_work(lines)[0]
    assert (job["name"], job["position"]) == (name, position)
