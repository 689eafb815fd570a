"""Jobs read through the noise real resumes carry (tests/parsing/layouts/noise.py): per
perturbation, at least as many of its first cells give their jobs back as at the round that
measured it, and the rules that read them, on their own.

`python -m tests.parsing.layouts.noise_report` draws the map (16 cells each, clean cells checked);
this test keeps a floor on the first few cells of each perturbation, within the suite's budget.
"""

from __future__ import annotations

import pytest

from resume_api.parsing.entries import _employer_aside, _label, _work_term
from resume_api.parsing.lines import Line
from resume_api.parsing.sections import find_headings
from tests.parsing.layouts.noise import NOISES, NOISES_BY_NAME, sweep

CELLS = 4
"""Cells per perturbation in the test (the report measures 16)."""

FLOORS: dict[str, int] = {
    "employer-descriptor-paren": 3,  # pdf-prose-title-for-employer: `Acme (Series B, 40 people) (Seattle, WA)`
    "date-range-word": 3,
    "date-duration": 3,  # a long right-aligned range and its duration wrap onto a second line
    "no-dates": 1,  # no dates and no bullets: nothing tells where one job ends
    "bold-flipped": 3,
    "bullets-without-glyphs": 2,  # a table cell per entry; a header whose dates sit on a line under it
    "location-remote": 3,
    "location-missing": 3,
    "employer-wrapped": 2,  # the wrapped rest of a long employer's name lost
    "dates-small-plain-title": 3,  # DOCX sidebar table: the employer lost
    "company-blurb": 3,  # CJK grouped roles: the blurb taken for the next role's employer
    "client-line": 3,  # a DOCX job without bullets: the client line ends the job
    "title-qualifier-dash": 2,  # pipes and a dash on one line: a wrapped header read as a third job
}
"""Per perturbation, how many of its first CELLS cells gave their jobs back at this round's last
commit, where not all did (with the first failing shape); a perturbation absent here must pass in
all of them."""


@pytest.mark.parametrize("name", [n.name for n in NOISES])
def test_jobs_read_through_the_noise(name: str) -> None:
    found = sweep(NOISES_BY_NAME[name], CELLS)
    assert found, f"{name}: no cell where the perturbation has a form"
    passed = [cell for cell in found if not cell[2]]
    failing = [f"{v} {lang}: {problems[0]}" for v, lang, problems in found if problems]
    assert len(passed) >= FLOORS.get(name, len(found)), "\n".join(failing)


@pytest.mark.parametrize(
    ("printed", "name", "aside"),
    [
        ("Acme (Series B, 40 people)", "Acme", "Series B, 40 people"),
        ("Acme (www.acme.com)", "Acme", "www.acme.com"),
        ("Acme (Remote)", "Acme", "Remote"),
        ("Müller Logistik GmbH (Vollzeit)", "Müller Logistik GmbH", "Vollzeit"),
        (
            "株式会社サクラテック（スタートアップ、従業員40名）",
            "株式会社サクラテック",
            "スタートアップ、従業員40名",
        ),
        # a single word without a digit is part of the name: an acronym, a country
        ("Institut für Fertigungstechnik und Werkzeugmaschinen (LUH)", None, None),
        ("Globex (Deutschland)", None, None),
        ("Acme Corporation", None, None),
    ],
)
def test_an_aside_after_the_employer_is_not_its_name(
    printed: str, name: str | None, aside: str | None
) -> None:
    assert _employer_aside(printed) == ((name, aside) if name else (printed, None))


def test_employment_types_are_not_places() -> None:
    assert _work_term("Full-time") and _work_term("CDI") and _work_term("Полная занятость")
    assert not _work_term("Remote")  # a place as well: `Remote` is where the job was done
    assert not _work_term("Acme Corporation")


@pytest.mark.parametrize(
    ("text", "is_label"),
    [
        ("Key achievements:", True),
        ("Réalisations :", True),
        ("主な実績：", True),
        ("Fietsenmaker – Budget Fietsenhuis Eindhoven. Taken:", False),
        ("Responsibilities included the following tasks for the team:", False),
        ("Key achievements", False),
    ],
)
def test_a_label_is_a_few_words_and_a_colon(text: str, is_label: bool) -> None:
    assert _label(text) is is_label


def line(text: str, *, size: float = 10.0, bold: bool = False) -> Line:
    return Line(text=text, cells=[text], size=size, bold=bold)


def test_a_colon_label_among_plain_headings_is_not_a_heading() -> None:
    heads = ("EXPERIENCE", "EDUCATION", "SKILLS", "AWARDS")
    lines = [
        line(heads[0], size=12, bold=True),
        line("Software Engineer, Acme   2019 – 2021"),
        line("Achievements:", bold=True),
        line("• Led a team of six engineers who rebuilt the billing platform"),
        line("• Cut the monthly cloud bill by a third through rightsizing"),
        line(heads[1], size=12, bold=True),
        line("BSc Computer Science, MIT   2015 – 2019"),
        line(heads[2], size=12, bold=True),
        line("Python, SQL"),
        line(heads[3], size=12, bold=True),
        line("Dean's list, 2018"),
    ]
    found = find_headings(lines)
    assert 2 not in found
    assert set(found) == {0, 5, 7, 9}
