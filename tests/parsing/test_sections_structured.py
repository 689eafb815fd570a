"""Every section structured: credentials, publications, languages, projects, referees, entry headers."""

from __future__ import annotations

import pytest

from resume_api.parsing import lists
from resume_api.parsing.education import parse_education
from resume_api.parsing.entries import parse_projects, parse_work
from resume_api.parsing.lines import Line
from resume_api.parsing.sections import find_headings


def _lines(*texts: str, bold: tuple[int, ...] = ()) -> list[Line]:
    out = []
    for i, t in enumerate(texts):
        cells = t.split("\t")
        out.append(Line(text=" ".join(cells), cells=cells, bold=i in bold, size=10.0, y=float(i)))
    return out


NAME, ISSUER, YEAR = "AWS Certified Security - Specialty", "Amazon Web Services", "2021"


@pytest.mark.parametrize(
    "text",
    [
        f"{NAME}, {ISSUER}, {YEAR}",
        f"{NAME} | {ISSUER} | {YEAR}",
        f"{NAME} — {ISSUER} ({YEAR})",
        f"{NAME} – {ISSUER}, {YEAR}",
        f"• {NAME}, {ISSUER}\t{YEAR}",
        f"{YEAR} · {NAME}, {ISSUER}",
        f"{NAME} ({ISSUER}, {YEAR})",
    ],
)
def test_a_dash_inside_a_certificate_name_is_not_a_separator(text: str) -> None:
    assert lists.certificates(_lines(text)) == [{"name": NAME, "issuer": ISSUER, "date": YEAR}]


@pytest.mark.parametrize(
    ("text", "title", "awarder", "date"),
    [
        ("Employee of the Year, Acme Corporation, 2019", "Employee of the Year", "Acme Corporation", "2019"),
        ("Employee of the Year (Acme Corporation, 2019)", "Employee of the Year", "Acme Corporation", "2019"),
        ("Premio a la innovación, Solaris S.A., 2012", "Premio a la innovación", "Solaris S.A.", "2012"),
        ("Dean's List, Fall 2019", "Dean's List", None, "2019"),
        ("PMP - Project Management Institute", "PMP", "Project Management Institute", None),
        ("Best Paper Award", "Best Paper Award", None, None),
    ],
)
def test_awards_title_awarder_date(text: str, title: str, awarder: str | None, date: str | None) -> None:
    assert lists.awards(_lines(text)) == [{"title": title, "awarder": awarder, "date": date}]


def test_eleven_awards_stay_eleven_with_their_years() -> None:
    texts = [f"• Award number {i}, Some Foundation, {2000 + i}" for i in range(11)]
    got = lists.awards(_lines(*texts))
    assert [(a["title"], a["date"]) for a in got] == [(f"Award number {i}", str(2000 + i)) for i in range(11)]


@pytest.mark.parametrize(
    ("text", "name", "publisher"),
    [
        (
            "“Forecasting Demand”, Journal of Applied Statistics, 2012",
            "Forecasting Demand",
            "Journal of Applied Statistics",
        ),
        (
            "Forecasting Demand. Journal of Applied Statistics, 2012.",
            "Forecasting Demand",
            "Journal of Applied Statistics",
        ),
    ],
)
def test_publications_name_publisher_date(text: str, name: str, publisher: str) -> None:
    assert lists.publications(_lines(text)) == [{"name": name, "publisher": publisher, "releaseDate": "2012"}]


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (["English — Native", "Spanish — Fluent"], [("English", "Native"), ("Spanish", "Fluent")]),
        (["Deutsch: Muttersprache", "Englisch: C1"], [("Deutsch", "Muttersprache"), ("Englisch", "C1")]),
        (
            ["Français (langue maternelle), Anglais (courant)"],
            [("Français", "langue maternelle"), ("Anglais", "courant")],
        ),
        (["中文：母语", "英语：流利"], [("中文", "母语"), ("英语", "流利")]),
        (["English Native"], [("English", "Native")]),
        (["Русский — Родной, Английский — Свободно"], [("Русский", "Родной"), ("Английский", "Свободно")]),
    ],
)
def test_languages_with_fluency(texts: list[str], want: list[tuple[str, str]]) -> None:
    assert [(x["language"], x["fluency"]) for x in lists.languages(_lines(*texts))] == want


def test_two_referees_are_two() -> None:
    lines = _lines(
        "Kevin Zhang",
        "Director of Finance, Riverside",
        "kevin@example.net",
        "Emily Carter",
        "Professor, State University",
        "emily@example.edu",
        bold=(0, 3),
    )
    got = lists.references(lines)
    assert [r["name"] for r in got] == ["Kevin Zhang", "Emily Carter"]
    assert got[1]["reference"] == "Professor, State University\nemily@example.edu"


def test_projects_keep_description_and_bullets_apart() -> None:
    lines = _lines(
        "Open Data Portal",
        "A web app that publishes budgets",
        "Budget Bot",
        "• Answers questions",
        bold=(0, 2),
    )
    got = parse_projects(lines)
    assert [(p["name"], p["description"], p["highlights"]) for p in got] == [
        ("Open Data Portal", "A web app that publishes budgets", []),
        ("Budget Bot", None, ["Answers questions"]),
    ]


@pytest.mark.parametrize(
    ("header", "name", "position", "location"),
    [
        (
            "Acme Corp | Data Analyst | Springfield | 2020 – Present",
            "Acme Corp",
            "Data Analyst",
            "Springfield",
        ),
        ("Data Analyst at Acme Corp\t2020 – Present", "Acme Corp", "Data Analyst", None),
        (
            "Ingénieur logiciel chez Lumière Conseil, Paris\t2020 – 2022",
            "Lumière Conseil",
            "Ingénieur logiciel",
            "Paris",
        ),
        (
            "Инженер-программист, ООО «Ромашка», Москва\t2020 – 2022",
            "ООО «Ромашка»",
            "Инженер-программист",
            "Москва",
        ),
        (
            "Tessitura Rossi S.p.A. | Ingegnere del software | 2020 – 2022",
            "Tessitura Rossi S.p.A.",
            "Ingegnere del software",
            None,
        ),
        (
            "Beleidsmedewerker, Noordzee Verzekeringen N.V.\t2019 – heden",
            "Noordzee Verzekeringen N.V.",
            "Beleidsmedewerker",
            None,
        ),
    ],
)
def test_entry_header_fields_scored_in_any_order(
    header: str, name: str, position: str, location: str | None
) -> None:
    work = parse_work(_lines(header, "• Did a thing"))
    assert [(w["name"], w["position"], w["location"]) for w in work] == [(name, position, location)]


def test_a_wrapped_header_line_continues() -> None:
    got = parse_education(_lines("Bachelor of Science, University of\t2015 – 2019", "Michigan"))
    assert [(e["institution"], e["studyType"], e["endDate"]) for e in got] == [
        ("University of Michigan", "Bachelor of Science", "2019")
    ]


def test_a_heading_word_in_body_type_inside_styled_sections_is_entry_text() -> None:
    lines = _lines(
        "EXPERIENCE",
        "Acme\t2020 – 2021",
        "VOLUNTEER WORK",
        "Red Cross\t2019 – 2020",
        "Volunteer",
        bold=(0, 2),
    )
    assert sorted(find_headings(lines)) == [0, 2]


@pytest.mark.parametrize("duration", ["5 yrs", "3 yrs 10 mos", "(9 mos)", "2 Jahre", "(9 meses)"])
def test_a_computed_duration_is_never_an_employer(duration: str) -> None:
    work = parse_work(
        _lines("Acme Corp", duration, "Data Analyst", f"May 2020 - Present {duration}", "• Did a thing")
    )
    assert [(w["name"], w["position"], w["startDate"]) for w in work] == [
        ("Acme Corp", "Data Analyst", "2020-05")
    ]


@pytest.mark.parametrize("year_line", ["2019年", "2019 год"])
def test_a_year_is_not_a_duration(year_line: str) -> None:
    from resume_api.parsing.entries import _DURATION

    assert not _DURATION.match(year_line)


def test_without_vocabulary_the_shape_tells_employer_from_role() -> None:
    work = parse_work(
        _lines("Développement logiciel Backend chez Enedis; Zenika Lyon (FR)\t2017 – 2019", "• x")
    )
    assert [(w["name"], w["position"], w["location"]) for w in work] == [
        ("Zenika Lyon", "Développement logiciel Backend chez Enedis", "FR")
    ]


@pytest.mark.parametrize(
    ("header", "name", "location"),
    [
        ("Softwareentwickler bei Siemens AG in München\t04/2019 – heute", "Siemens AG", "München"),
        (
            "Research Assistant, University of Massachusetts (Amherst, MA)\t2019 – 2021",
            "University of Massachusetts",
            "Amherst, MA",
        ),
        ("Software Engineer, Acme Corp (Paris)\t2019 – 2021", "Acme Corp", "Paris"),
        ("Software Engineer, Acme (Holdings)\t2019 – 2021", "Acme (Holdings)", None),
    ],
)
def test_a_place_after_the_employer_is_its_location(header: str, name: str, location: str | None) -> None:
    work = parse_work(_lines(header, "• x"))
    assert [(w["name"], w["location"]) for w in work] == [(name, location)]


def test_a_month_without_year_borrows_the_end_year() -> None:
    work = parse_work(_lines("Deloitte – Summer Intern, Audit Team\tJun – Aug 2020", "• Audited"))
    assert [(w["name"], w["position"], w["location"], w["startDate"], w["endDate"]) for w in work] == [
        ("Deloitte", "Summer Intern, Audit Team", None, "2020-06", "2020-08")  # the team kept in the title
    ]


def test_a_bulleted_date_line_heads_the_entry_below_it() -> None:
    lines = _lines(
        "• sep 2016 – heden",
        "Process Engineer — Philips Diagnostics",
        "Taken: metingen uitvoeren.",
        "• juli 2015 – sep 2016",
        "Fietsenmaker — Budget Fietsenhuis",
        "Verkoop en reparaties.",
    )
    lines[0].list_item = lines[3].list_item = True
    work = parse_work(lines)
    assert [(w["position"], w["startDate"]) for w in work] == [
        ("Process Engineer", "2016-09"),
        ("Fietsenmaker", "2015-07"),
    ]
