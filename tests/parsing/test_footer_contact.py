"""A contact line printed apart at the foot of a page (a running footer: `email · phone · place`) is
the person's contact, not one more line of the section above it (#10): the last section
(interests, skills, references) keeps its own lines only, and a section running on over the page
keeps running. A section's own last line that holds an e-mail (a referee's) and is not set apart
stays in its section.

Unit cases on the line model, generated before the rule: every footer shape (e-mail, phone, place,
profile in several orders and separators), several last sections, one page and two.
"""

from __future__ import annotations

import itertools

import pytest

from resume_api.parsing.lines import Line
from resume_api.parsing.sections import split_sections

FOOTERS: tuple[str, ...] = tuple(
    sep.join(parts)
    for parts in (
        ("emily.carter@example.com", "(415) 555-0142", "San Francisco, CA"),
        ("+48 601 234 567", "anna.kowalska@example.com"),
        ("jan.devries@example.nl",),
        ("linkedin.com/in/maria-garcia", "maria.garcia@example.es", "Madrid"),
        ("+7 912 345-67-89", "ivan.petrov@example.ru", "Москва"),
    )
    for sep in (" · ", "  |  ", " • ")
)
"""Footers as CVs print them: the contact details alone, in some order, between separators."""

LAST: dict[str, tuple[str, ...]] = {
    "Interests": ("Chess, Hiking",),
    "Skills": ("Python, SQL, Docker", "Excel, Tableau"),
    "References": ("Daniel O'Brien", "Professor of Economics, Tyrell Technologies"),
}


def _ln(text: str, y: float, *, page: int = 0, size: float = 9.5, bold: bool = False) -> Line:
    return Line(
        text=text, cells=[text], x0=50.0, x1=50.0 + 5 * len(text), y=y, size=size, bold=bold, page=page
    )


def _doc(heading: str, body: tuple[str, ...], footer: str, *, pages: int) -> list[Line]:
    lines = [
        _ln("Emily Carter", 60, size=20, bold=True),
        _ln("EXPERIENCE", 100, size=11, bold=True),
        _ln("Data Analyst, Nordwind Analytics, 2019 - 2023", 120),
        _ln("Built the reporting pipeline in Python and SQL.", 134),
        _ln("EDUCATION", 160, size=11, bold=True),
        _ln("BSc Mathematics, University of Leeds, 2015 - 2019", 180),
    ]
    y = 206.0
    lines.append(_ln(heading.upper(), y, size=11, bold=True))
    for text in body:
        y += 14
        lines.append(_ln(text, y))
    if pages == 2:  # the section runs on over the page, the footer at the foot of each
        lines.append(_ln(footer, 800, size=8.5))
        lines.append(_ln("More of the same, continued", 50, page=1))
    lines.append(_ln(footer, 800, page=pages - 1, size=8.5))
    return lines


@pytest.mark.parametrize(("footer", "last", "pages"), list(itertools.product(FOOTERS, LAST, (1, 2))))
def test_a_footer_is_no_line_of_the_section_above(footer: str, last: str, pages: int) -> None:
    split = split_sections(_doc(last, LAST[last], footer, pages=pages))
    section = split.sections[-1]
    assert section.key != "education" and [ln.text for ln in section.lines] == [
        *LAST[last],
        *(["More of the same, continued"] if pages == 2 else []),
    ]
    assert footer in [ln.text for ln in split.header]


@pytest.mark.parametrize("last", LAST)
def test_a_referee_email_close_under_its_section_stays(last: str) -> None:
    lines = _doc(last, LAST[last], "x", pages=1)[:-1]
    lines.append(_ln("daniel_obrien@example.com", lines[-1].y + 14))
    section = split_sections(lines).sections[-1]
    assert [ln.text for ln in section.lines][-1] == "daniel_obrien@example.com"


@pytest.mark.parametrize(("header", "last"), list(itertools.product(FOOTERS, LAST)))
def test_a_contact_head_on_a_later_page_is_no_line_of_the_section(header: str, last: str) -> None:
    """The contact printed once, at the head of page 2 (a template's running head that the first
    page's masthead replaces), set apart above the section running on over the page."""
    lines = _doc(last, LAST[last], "x", pages=1)[:-1]
    lines.append(_ln(header, 30, page=1, size=8.5))
    more = [f"More of the same, continued ({k})" for k in range(4)]
    lines += [_ln(text, 90 + 14 * k, page=1) for k, text in enumerate(more)]
    split = split_sections(lines)
    assert [ln.text for ln in split.sections[-1].lines] == [*LAST[last], *more]
    assert header in [ln.text for ln in split.header]
