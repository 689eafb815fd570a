"""Pieces of the parser in isolation: dates, contacts, headings, entry fields, text clean-up."""

from __future__ import annotations

import pytest

from resume_api.parsing import dates
from resume_api.parsing.clean_text import clean, repair_letter_spacing
from resume_api.parsing.contacts import find_email, find_phone, find_urls, looks_like_location, profile
from resume_api.parsing.entries import fields_of
from resume_api.parsing.lines import Line
from resume_api.parsing.sections import heading_key


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Sep. 2023 - Mar. 2024", "2023-09", "2024-03"),
        ("06/2019 – present", "2019-06", "present"),
        ("2017 – 2021", "2017", "2021"),
        ("Summer 2012 and 2013", "2012", "2013"),
        ("janv. 2020 à aujourd'hui", "2020-01", "present"),
        ("seit 2019", "2019", "present"),
        ("March 2018 to Current", "2018-03", "present"),
        ("2019-03 – 2020-01", "2019-03", "2020-01"),
        ("Expected Graduation: June 2016", None, "2016-06"),
    ],
)
def test_date_ranges(text: str, start: str | None, end: str) -> None:
    span = dates.find_range(text)
    assert span is not None
    assert (span.start, span.end) == (start, end)


def test_a_year_inside_a_sentence_is_not_an_entry_date() -> None:
    assert dates.find_range("Led the acquisition in 2011") is None


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Call (206) 555-0149 today", "(206) 555-0149"),
        ("Mobile: +1-123-456-7890", "+1-123-456-7890"),
        ("607.379.5733 | x", "607.379.5733"),
        ("(+82) 10-9030-1843", "(+82) 10-9030-1843"),
        ("+49 30 901820", "+49 30 901820"),
        ("2014 - 2016 and 2019", None),
    ],
)
def test_phones(text: str, phone: str | None) -> None:
    assert find_phone(text) == phone


def test_emails_urls_and_profiles() -> None:
    assert find_email("Mail: Jane.Doe+cv@Example.co.uk.") == "jane.doe+cv@example.co.uk"
    urls = find_urls("linkedin.com/in/jane-doe | github.com/jdoe | jane@doe.dev | https://janedoe.dev/")
    assert urls == ["linkedin.com/in/jane-doe", "github.com/jdoe", "https://janedoe.dev/"]
    assert profile("linkedin.com/in/jane-doe") == {
        "network": "LinkedIn",
        "username": "jane-doe",
        "url": "https://linkedin.com/in/jane-doe",
    }


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Work History", "work"),
        ("PROFESSIONAL EXPERIENCE", "work"),
        ("Employment History", "work"),
        ("Consulting Experience", "work"),
        ("Technical Skills", "skills"),
        ("Key Skills", "skills"),
        ("Education & Certifications", "education"),
        ("Objective", "summary"),
        ("Summary of Qualifications", "summary"),
        ("Honors", "awards"),
        ("Expérience professionnelle", "work"),
        ("Formation", "education"),
        ("Compétences", "skills"),
        ("Berufserfahrung", "work"),
        ("Ausbildung", "education"),
        ("Kenntnisse", "skills"),
        ("Experiencia", "work"),
        ("Educación", "education"),
        ("Habilidades", "skills"),
        ("WorkExperience", "work"),
        ("Leadership Experience", "other"),
        ("Lorem ipsum dolor", None),
    ],
)
def test_heading_vocabulary(heading: str, key: str | None) -> None:
    assert heading_key(heading) == key


def _line(*cells: str) -> Line:
    return Line(text=" ".join(cells), cells=list(cells))


@pytest.mark.parametrize(
    ("cells", "title", "company", "location"),
    [
        (
            ["Gilmore Financial, New Orleans, LA, Certified Public Accountant"],
            "Certified Public Accountant",
            "Gilmore Financial",
            "New Orleans, LA",
        ),
        (
            ["Full Stack Java Developer, ABC Company, Inc., Anywhere, USA, June 2018 - Present"],
            "Full Stack Java Developer",
            "ABC Company, Inc.",
            "Anywhere, USA",
        ),
        (
            ["Meyer Tech Inc. | Spokane, WA, Desktop Support Manager"],
            "Desktop Support Manager",
            "Meyer Tech Inc.",
            "Spokane, WA",
        ),
        (["Senior Engineer at Initech", "2019 - 2021"], "Senior Engineer", "Initech", None),
        (["FACEBOOK | SOFTWARE ENGINEER"], "SOFTWARE ENGINEER", "FACEBOOK", None),
    ],
)
def test_entry_fields_in_any_order(cells: list[str], title: str, company: str, location: str | None) -> None:
    from resume_api.parsing.entries import _assign_work

    fields = fields_of([_line(*cells)])
    t, c, _ = _assign_work(fields, None)
    assert t is not None and t.text == title
    assert c is not None and c.text == company
    locs = [f.text for f in fields if f.role == "location"]
    assert (locs[0] if locs else None) == location


def test_text_clean_up() -> None:
    assert clean("a\u200bb\u202ec\x00d\ufeff\ufb01x") == "abcdfix"
    assert clean("icon\uf0e0 mail") == "icon mail"
    assert repair_letter_spacing("E X P E R I E N C E") == "EXPERIENCE"
    assert repair_letter_spacing("JA R E D  R I C H A R D S") == "JARED RICHARDS"
    assert repair_letter_spacing("A normal line of text") == "A normal line of text"
    assert looks_like_location("Seattle, WA")
    assert not looks_like_location("Software Engineer")
