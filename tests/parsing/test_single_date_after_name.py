"""One date after a place, an employer, a school or a title is that entry's date, never `since`.

Resumes print `Cambridge, MA    May 2019`, `Berlin, Germany  05/2021`, `Software Engineer,
Google  May 2021`, `Madrid, España  marzo de 2019` beside a school or a job. The reader of
`since` words in languages we have no words for (`Sedan maj 2024`, `Din martie 2020`) took the
word before the date (`MA`, `Germany`, `Google`) for such a word and read an open range: a
graduation became a school attended "from May 2019 to the present", a job that ended in 2021 one
the person still holds. Cases: places (city and state/province/country code or country), titles
and employers joined by a comma, a tab or two spaces, in every language the parser reads, with
month-name and numeric dates; read alone and as an education and a work entry in PDF and DOCX.
The unknown-language `since` forms keep their reading (test_unknown_languages.py).
"""

from __future__ import annotations

import pytest

from resume_api.parsing import dates as D
from resume_api.parsing import parse_document
from tests.parsing.builders import pdf_bytes
from tests.parsing.layouts import LANGS

PLACES = {
    "en": ("Cambridge, MA", "Toronto, ON", "London, UK", "Austin, TX", "Berlin, Germany", "Sydney, NSW"),
    "fr": ("Lyon, France", "Paris, FR", "Montréal, QC"),
    "de": ("München, Deutschland", "Wien, Österreich", "Zürich, CH"),
    "es": ("Madrid, España", "Ciudad de México, MX", "Bogotá, Colombia"),
    "pt": ("Lisboa, Portugal", "São Paulo, SP", "Porto Alegre, RS"),
    "it": ("Milano, Italia", "Roma, IT"),
    "nl": ("Amsterdam, Nederland", "Utrecht, NL"),
    "pl": ("Kraków, Polska", "Warszawa, PL"),
    "ru": ("Москва, Россия", "Казань, РФ"),
}
"""A city and its region or country, as a resume prints it beside an entry's date."""


def _date_forms(code: str) -> list[tuple[str, str]]:
    lang = LANGS[code]
    if lang.cjk:
        return [("2019年5月", "2019-05"), ("2019.05", "2019-05"), ("05/2019", "2019-05")]
    month = lang.months[4]
    named = f"{month} de 2019" if code in {"es", "pt"} else f"{month} 2019"
    return [(named, "2019-05"), ("05/2019", "2019-05"), (f"{lang.months_short[4]} 2019", "2019-05")]


def _named(code: str) -> list[str]:
    lang = LANGS[code]
    return [
        *PLACES.get(code, ()),
        f"{lang.titles[0]}, {lang.employers[0]}",
        f"{lang.titles[1]}, {lang.employers[1]}",
    ]


UNREAD = {("nl", 3, 0), ("nl", 3, 2)}
WHY = """`Projectleider, Polderdata mei 2019`: an employer with no legal form after a comma, before a
lower-case month, is spelt as `København, Siden maj 2024` (Danish `since`) is: read as `since`."""


def _cases() -> list[object]:
    out: list[object] = []
    for code in PLACES:
        for i, name in enumerate(_named(code)):
            for j, (date, value) in enumerate(_date_forms(code)):
                marks = [pytest.mark.xfail(strict=True, reason=WHY)] if (code, i, j) in UNREAD else []
                for gap in ("  ", "\t", " "):
                    case_id = f"{code}-{i}-{j}-{len(gap)}{gap[:1] == chr(9)}"
                    out.append(pytest.param(f"{name}{gap}{date}", value, id=case_id, marks=marks))
    return out


@pytest.mark.parametrize(("text", "value"), _cases())
def test_one_date_after_a_name_is_its_date(text: str, value: str) -> None:
    span = D.find_range(text)
    assert span is not None and (span.start, span.end) == (None, value), (text, span)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Google\tMay 2021", "2021-05"),
        ("Acme Corp  June 2020", "2020-06"),
        ("Siemens AG  März 2018", "2018-03"),
    ],
)
def test_one_date_after_an_employer_alone_is_its_date(text: str, value: str) -> None:
    span = D.find_range(text)
    assert span is not None and (span.start, span.end) == (None, value), (text, span)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Sedan maj 2024", "2024-05"),
        ("Din martie 2020", "2020-03"),
        ("Από 05/2019", "2019-05"),
        ("Acme AB, sedan maj 2024", "2024-05"),
    ],
)
def test_an_unknown_since_word_still_opens_a_range(text: str, start: str) -> None:
    span = D.find_range(text)
    assert span is not None and (span.start, span.end) == (start, "present"), (text, span)


def _page(place: str, date: str) -> bytes:
    items = [
        (72, 60, "Jane Roe", "B", 20),
        (72, 80, "jane.roe@example.com", "R", 10),
        (72, 110, "EDUCATION", "B", 12),
        (72, 130, "Massachusetts Institute of Technology", "B", 10),
        (400, 130, f"{place}  {date}", "R", 10),
        (72, 144, "Bachelor of Science in Computer Science", "I", 10),
        (72, 174, "EXPERIENCE", "B", 12),
        (72, 194, "Acme Corp", "B", 10),
        (400, 194, f"{place}  {date}", "R", 10),
        (72, 208, "Software Engineer", "I", 10),
        (72, 222, "- Built the billing service", "R", 10),
    ]
    return pdf_bytes([items])


@pytest.mark.parametrize("place", ["Cambridge, MA", "Austin, TX", "London, UK", "Berlin, Germany"])
@pytest.mark.parametrize(("date", "value"), [("May 2019", "2019-05"), ("05/2019", "2019-05")])
def test_a_school_and_a_job_dated_beside_their_place(place: str, date: str, value: str) -> None:
    parsed = parse_document(_page(place, date), "cv.pdf")
    (school,) = parsed["education"]
    (job,) = parsed["work"]
    assert school.get("endDate") == value and school.get("startDate") is None, school
    assert job.get("endDate") == value and job.get("startDate") in (None, value), job  # one month's job
    assert school.get("location") == job.get("location") == place


def _dash_place_cases() -> list[object]:
    out: list[object] = []
    for code, lang in LANGS.items():
        for city in lang.cities:
            for date, value in _date_forms(code)[:2]:
                for dash in (" - ", " – ", " — "):
                    out.append(
                        pytest.param(f"{date}{dash}{city}", value, id=f"{code}-{city}-{date}-{dash.strip()}")
                    )
    return out


@pytest.mark.parametrize(("text", "value"), _dash_place_cases())
def test_a_place_after_a_dash_is_no_word_for_present(text: str, value: str) -> None:
    """`May 2019 – London`: the place the entry was in, printed after its one date; the reader of
    `present` words we have no words for (`2019 – Halen`, `03/2023 – nykyään`) must not take it."""
    span = D.find_range(text)
    assert span is not None and span.end != "present" and value in (span.start, span.end), (text, span)


@pytest.mark.parametrize(
    ("text", "start"),
    [("2019 – Halen", "2019"), ("03/2023 – nykyään", "2023-03"), ("maj 2023 – nu", "2023-05")],
)
def test_an_unknown_present_word_still_closes_a_range(text: str, start: str) -> None:
    span = D.find_range(text)
    assert span is not None and (span.start, span.end) == (start, "present"), (text, span)
