"""A running header or footer repeated at the same edge of every page is page furniture, however the
text layer spaced it on each page (`Page 1 / 2` on one, `Page2/2` on the next: a word's spaces
are guesses from glyph gaps) and whatever its numbers: it is set apart from the sections, not read
as one more entry of the section above it. A line repeated mid-page, or at the top on one page and
the foot on another, is the person's text.

Generated before the rule: footers and headers of several shapes, each page's copy spaced
differently, on two and three pages.
"""

from __future__ import annotations

import itertools

import pytest

from resume_api.parsing.lines import Line
from resume_api.parsing.pdf_layout import _furniture

RUNNING = (
    ("12/12/17  © European Union, 2002-2017 | http://europass.cedefop.europa.eu  Page {n} / {t}"),
    ("Emily Carter – Curriculum Vitae – {n}/{t}"),
    ("Page {n} of {t}"),
    ("Anna Kowalska · anna.kowalska@example.com · +48 601 234 567"),
    ("Lebenslauf Anna Schneider   Seite {n} von {t}"),
)


def _spaced(text: str, page: int) -> str:
    """The copy on `page` as a text layer may space it: as written, squeezed round its numbers and
    slashes, or with a space doubled."""
    if page % 3 == 1:
        return text.replace(" / ", "/").replace("Page ", "Page").replace(" von ", "von")
    if page % 3 == 2:
        return text.replace(" ", "  ", 1)
    return text


def _pages(footer: str, total: int, top: bool) -> list[list[Line]]:
    pages = []
    for p in range(total):
        text = _spaced(footer.format(n=p + 1, t=total), p)
        lines = [Line(text="Data Analyst, Nordwind Analytics, 2019 - 2023", y=300.0, page=p)]
        lines.append(Line(text=text, y=40.0 if top else 803.0, page=p))
        pages.append(lines)
    return pages


@pytest.mark.parametrize(("footer", "total", "top"), list(itertools.product(RUNNING, (2, 3), (False, True))))
def test_a_running_line_is_furniture_however_spaced(footer: str, total: int, top: bool) -> None:
    pages = _pages(footer, total, top)
    drop = _furniture(pages, [842.0] * total)
    assert {id(p[1]) for p in pages} <= drop
    assert not {id(p[0]) for p in pages} & drop


def test_a_line_at_the_top_of_one_page_and_the_foot_of_another_stays() -> None:
    text = "Volunteer, Red Cross, 2015 - 2016 and more"
    pages = [[Line(text=text, y=40.0, page=0)], [Line(text=text, y=803.0, page=1)]]
    assert not _furniture(pages, [842.0, 842.0])
