"""Round 13 (#10): the rules that read jobs printed as HTML themes print them, on their own.

Each rule meets every language's form of its case, and the near miss it must leave alone: the
length a theme prints after a job's dates (`Jun 2018 – Mar 2021  2 years 9 months`; not a count of
something else), a title that goes on after its dash up to the employer's comma (`Nurse II – Surgical
Trauma ICU, OhioHealth`; not a place after the employer), an employer whose legal form ends in a
stop or comes first (`Solaris S.A.`, `株式会社サクラテック`) over its title over smaller dates.
"""

from __future__ import annotations

from typing import Any

import pytest

from resume_api.parsing.entries import _range_without_length, parse_work
from resume_api.parsing.lines import Line
from resume_api.parsing.vocab import company_score
from tests.parsing.layouts.job_lines import LIST_LABELS


def _line(text: str, *, size: float = 10.0, bold: bool = False, y: float = 0.0) -> Line:
    return Line(text=text, cells=[text], size=size, bold=bold, x0=50.0, x1=50.0 + 4.5 * len(text), y=y)


def _jobs(*rows: tuple[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return parse_work([_line(t, y=float(i), **kw) for i, (t, kw) in enumerate(rows)])


SMALL = {"size": 8.5}

LENGTHS = [
    ("Jun 2018 – Mar 2021  2 years 9 months", "2018-06", "2021-03"),
    ("Jan 2019 – Present · 3 yrs 2 mos", "2019-01", "present"),
    ("janv. 2019 – mars 2021  2 ans 3 mois", "2019-01", "2021-03"),
    ("März 2020 – heute  4 Jahre", "2020-03", "present"),
    ("enero de 2018 – mayo de 2020  2 años 5 meses", "2018-01", "2020-05"),
    ("май 2017 – н.в.  3 года", "2017-05", "present"),
    ("2019年3月 – 2021年6月  2年4ヶ月", "2019-03", "2021-06"),
]


@pytest.mark.parametrize(("dates", "start", "end"), LENGTHS)
def test_the_length_after_a_jobs_dates_leaves_the_header_its_job(dates: str, start: str, end: str) -> None:
    jobs = _jobs(
        ("Registered Nurse, Mercy General Hospital", {}),
        (dates, SMALL),
        ("• Cared for four patients per shift", {}),
        ("Nursing Assistant, Kindred Care Inc.", {}),
        ("Aug 2012 – Dec 2015  3 years 4 months", SMALL),
        ("• Part-time while in nursing school", {}),
    )
    assert [(j["name"], j["position"]) for j in jobs] == [
        ("Mercy General Hospital", "Registered Nurse"),
        ("Kindred Care Inc.", "Nursing Assistant"),
    ]
    assert (jobs[0]["startDate"], jobs[0]["endDate"]) == (start, end)


@pytest.mark.parametrize(
    "text", ["2019 – 2021  3 projects", "2019 – 2021  12 clients", "Since 2020  5 stores"]
)
def test_a_count_after_the_dates_is_not_a_length(text: str) -> None:
    assert _range_without_length(text) is None


QUALIFIED = [
    ("Registered Nurse II", "Surgical Trauma ICU", "OhioHealth Grant Medical Center"),
    ("Software Engineer", "Contract (6 months)", "Globex Inc."),
    ("Chef de projet", "CDD (6 mois)", "Lumière Conseil SAS"),
    ("Softwareentwickler", "Teilzeit (20 h/Woche)", "Müller Logistik GmbH"),
    ("Kierownik projektu", "Pół etatu", "Wisła Logistyka Sp. z o.o."),
    ("Инженер-программист", "Частичная занятость", "ООО «Ромашка»"),
]


@pytest.mark.parametrize(("title", "qualifier", "employer"), QUALIFIED)
def test_a_title_goes_on_after_its_dash_up_to_the_employers_comma(
    title: str, qualifier: str, employer: str
) -> None:
    [job] = _jobs(
        (f"{title} – {qualifier}, {employer}", {}),
        ("Jun 2018 – Mar 2021", SMALL),
        ("• Led a team of six", {}),
    )
    assert (job["position"], job["name"]) == (f"{title} – {qualifier}", employer)


def test_a_place_after_the_employers_comma_stays_the_place() -> None:
    [job] = _jobs(
        ("Software Engineer – Globex Inc., Berlin", {}),
        ("Jun 2018 – Mar 2021", SMALL),
        ("• Led a team of six", {}),
    )
    assert (job["position"], job["name"], job["location"]) == ("Software Engineer", "Globex Inc.", "Berlin")


@pytest.mark.parametrize(
    ("employer", "title"),
    [
        ("Solaris S.A.", "Ingeniero de software"),
        ("Globex Inc.", "Senior Data Analyst"),
        ("Van Dijk Logistiek B.V.", "Data-analist"),
        ("株式会社サクラテック", "ソフトウェアエンジニア"),
        ("北京华信科技有限公司", "软件工程师"),
    ],
)
def test_an_employer_named_with_its_legal_form_heads_the_title_over_small_dates(
    employer: str, title: str
) -> None:
    jobs = _jobs(
        (employer, {}),
        (title, {}),
        ("2021 – 2024", SMALL),
        ("• Led a team of six", {}),
        ("Acme Corporation", {}),
        (title, {}),
        ("2018 – 2021", SMALL),
        ("• Led a team of six", {}),
    )
    assert [(j["name"], j["position"]) for j in jobs] == [(employer, title), ("Acme Corporation", title)]


def test_a_japanese_legal_form_before_the_name_names_an_organisation() -> None:
    assert company_score("株式会社サクラテック") >= 1
    assert company_score("有限会社ヤマダ") >= 1
    assert company_score("ソフトウェアエンジニア") < 1


LABELS = [label for labels in LIST_LABELS.values() for label in labels[:2]]


@pytest.mark.parametrize("label", LABELS)
def test_a_label_alone_after_a_jobs_first_line_keeps_its_list_in_the_job(label: str) -> None:
    jobs = _jobs(
        ("DESENVOLVEDOR SOFTWARE | RN Software  Set/2021 – atual", {"bold": True}),
        ("Atuando com desenvolvimento de software em projetos nacionais.", {}),
        (label, {}),
        ("• Frontend: Javascript, Typescript, Angular;", {}),
        ("• Backend: PHP, Laravel, CodeIgniter;", {}),
        ("SUPORTE TÉCNICO | Rapidanet  Ago/2012 – Ago/2015", {"bold": True}),
        ("• Atendimento técnico remoto;", {}),
    )
    assert [(j["name"], j["position"]) for j in jobs] == [
        ("RN Software", "DESENVOLVEDOR SOFTWARE"),
        ("Rapidanet", "SUPORTE TÉCNICO"),
    ]
    assert jobs[0]["highlights"] == [
        "Atuando com desenvolvimento de software em projetos nacionais.",
        label,
        "Frontend: Javascript, Typescript, Angular;",
        "Backend: PHP, Laravel, CodeIgniter;",
    ]


def test_a_plain_line_under_a_header_is_still_the_employer_without_a_label_under_it() -> None:
    [job] = _jobs(
        ("Product Manager, Payments Platform  2019 – 2021", {"bold": True}),
        ("Northwind Traders", {}),
        ("• Led a team of six", {}),
    )
    assert (job["name"], job["position"]) == ("Northwind Traders", "Product Manager, Payments Platform")


def test_a_wrapped_item_ending_in_a_colon_still_continues_its_item() -> None:
    [job] = _jobs(
        ("Engineer | Acme Corp  2019 – 2021", {"bold": True}),
        ("• Built three services for billing and reporting, including", {}),
        ("the following:", {}),
        ("• Led a team of six", {}),
    )
    assert job["highlights"][0].endswith("including the following:")
