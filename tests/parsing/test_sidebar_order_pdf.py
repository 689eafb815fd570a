"""A PDF sidebar is read as a column of its own, whole and apart from the main column, whatever its
side, its script and its share of the page's text.

The reader splits a page at a vertical gutter and reads each column whole (`pdf_layout._columns`).
Each page here is a main column (jobs with their dates right-aligned, a school) beside a sidebar
(contact, skill groups, languages, interests), in every language the generator writes, the sidebar
left and right, and either shorter than the main column or holding more text than it (a sidebar
of skills, languages and certificates beside one job). The reader's lines must each come from one
column, each column's lines in their printed order, one column after the other.
"""

from __future__ import annotations

import re

import pytest

from resume_api.parsing.pdf_layout import read_pdf
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

SIDES = ("left", "right")
SHAPES = ("short", "tall", "small")
"""`short`: the sidebar holds less text than the main column; `tall`: more; `small`: one job beside
the name and contact lines alone (little text on the page: a Chinese one holds 150 characters)."""


def _heading(text: str) -> Para:
    return Para([Run(text.upper(), bold=True, size=12)], space_before=8)


def _name(lang: Lang) -> Para:
    given, family = lang.people[0]
    return Para([Run(family + given if lang.cjk else f"{given} {family}", bold=True, size=22)])


def _main(lang: Lang, jobs: int, named: bool = True) -> list[Block]:
    out: list[Block] = [_name(lang)] if named else []
    out.append(_heading(lang.headings["work"][0]))
    for j in range(jobs):
        out += [
            Para(
                [Run(lang.employers[j % len(lang.employers)], bold=True)],
                right=[Run(f"{2015 + j} – {2016 + j}")],
            ),
            Para([Run(lang.titles[j % len(lang.titles)])]),
            *[Para([Run(h)], bullet="•") for h in lang.highlights[j % 2 : j % 2 + 3]],
        ]
    out += [
        _heading(lang.headings["education"][0]),
        Para([Run(lang.institutions[0], bold=True)], right=[Run("2009 – 2013")]),
    ]
    return out


def _sidebar(lang: Lang, tall: bool) -> list[Block]:
    email = f"{(lang.email_names or ('jane.roe',))[0]}@example.com"
    out: list[Block] = [Para([Run(email)]), Para([Run(lang.phones[0])]), Para([Run(lang.cities[0])])]
    out.append(_heading(lang.headings["skills"][0]))
    groups = lang.skill_groups[: 4 if tall else 2]
    tools = ("Python, SQL", "Excel, Tableau", "AWS, Docker", "Figma, Jira")
    for group, keywords in zip(groups, tools, strict=False):
        out += [Para([Run(group, bold=True)]), Para([Run(keywords)])]
    out.append(_heading(lang.headings["languages"][0]))
    out += [Para([Run(f"{x} — {f}")]) for x, f in zip(lang.languages[:2], lang.fluency, strict=False)]
    if tall:
        out.append(_heading(lang.headings["interests"][0]))
        out += [Para([Run(x)], bullet="•") for x in lang.interests[:4]]
        out.append(_heading(lang.headings["awards"][0]))
        out += [Para([Run(x)]) for x in lang.awards[:2]]
    return out


def _page(lang: Lang, side: str, shape: str) -> Page:
    tall = shape == "tall"
    if shape == "small":
        email = f"{(lang.email_names or ('jane.roe',))[0]}@example.com"
        contact = [Para([Run(x)]) for x in (lang.phones[0], email, lang.cities[0])]
        return Page(
            body=_main(lang, 1, named=False),
            sidebar=[_name(lang), *contact],
            sidebar_side=side,
            cjk=lang.code if lang.cjk else "",
        )
    return Page(
        body=_main(lang, 1 if tall else 3),
        sidebar=_sidebar(lang, tall),
        sidebar_side=side,
        cjk=lang.code if lang.cjk else "",
    )


def _printed(blocks: list[Block]) -> str:
    """A column's text as printed, without spaces (the reader's and the writer's differ)."""
    parts = []
    for b in blocks:
        assert isinstance(b, Para)
        parts.append(b.text + "".join(r.text for r in b.right or []))
    return _bare("".join(parts))


def _bare(text: str) -> str:
    return re.sub(r"[\s•]+", "", text)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("code", list(LANGS))
def test_a_sidebar_is_read_whole_beside_the_main_column(code: str, side: str, shape: str) -> None:
    page = _page(LANGS[code], side, shape)
    columns = {"main": _printed(page.body), "side": _printed(page.sidebar)}
    lines = read_pdf(write_pdf(page)).lines
    order: list[str] = []
    at = {"main": 0, "side": 0}
    read = {"main": 0, "side": 0}
    for ln in lines:
        cells = [_bare(c) for c in ln.cells if _bare(c)]
        homes = {name for name, printed in columns.items() if all(c in printed for c in cells)}
        assert homes, f"{ln.text!r} is no line of one column"
        home = order[-1] if order and order[-1] in homes else sorted(homes)[0]
        # a cell's text may be printed on the row above it (a date right-aligned on a wrapped name)
        found = columns[home].find(cells[0], at[home])
        assert found >= 0, f"{ln.text!r} read out of its column's order"
        at[home] = found
        read[home] += sum(len(c) for c in cells)
        if not order or order[-1] != home:
            order.append(home)
    assert len(order) == 2, f"the columns interleave: {order}"
    assert read == {name: len(printed) for name, printed in columns.items()}, "a column's text was lost"
