"""Skill groups whose names are printed as headings, with or without a Skills heading over them.

Sidebar themes (caffeine, macchiato) print each skill group's name in the look of the section
headings (`CLINICAL`, `CHARTING & SYSTEMS`, `LEADERSHIP`) and its keywords under it as tags, with
no Skills heading at all, or with one over the first group. Each group name was read as a section
of its own that nothing names, kept verbatim as `other`: the resume came back with no skills.
Generated in every language the generators have, PDF and DOCX, in a sidebar and in the main
column, with the tags one a line, in one run apart by wide spaces, or as the cells of a table row,
and a group name long enough to wrap in the sidebar.
"""

from __future__ import annotations

import pytest

from tests.parsing.cases import matrix, parse_page
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import SKILLS, Lang
from tests.parsing.layouts.model import Block, Page, Para, Run, Table
from tests.parsing.layouts.skill_idioms import MULTIWORD

FORMS = (
    "lines", "spaced", "cells", "lines_under_skills", "main_column", "light", "light_joined",
    "chips_under_skills", "chips_first_heading",
)  # fmt: skip
"""How the groups are printed: tags one a line in a sidebar, tags in one run apart by wide spaces,
tags as a table row's cells, the groups under a Skills heading, the groups in the main column; in
a sidebar whose headings are set lightly (as written, regular weight, a point over the tags:
macchiato's), the group names as written, or two of them joined by an ampersand in lower case
(`Charting & systems`); under a Skills heading in the main column, each group's tags as one
row of chips (a table row of three keywords of several words: `Rolling forecast`, `Variance
analysis`), every group name in the headings' look or only the first (an acronym, `FP&A`, as
capitals as the headings; the others a size over the tags, ace's)."""


def _heading(text: str, light: bool = False) -> Para:
    if light:
        return Para([Run(text, size=11)], space_before=8)
    return Para([Run(text.upper(), bold=True, size=12)], space_before=8)


def _groups(lang: Lang, i: int, joined: bool = False, chips: bool = False) -> list[tuple[str, list[str]]]:
    names = lang.skill_groups
    if chips:
        words = MULTIWORD[lang.code]
        return [
            (names[(i + g) % len(names)], [words[(3 * g + k + i) % len(words)] for k in range(3)])
            for g in range(2 + i % 2)
        ]
    out = [
        (names[(i + g) % len(names)], [SKILLS[(4 * g + k + i) % len(SKILLS)] for k in range(2 + (g + i) % 3)])
        for g in range(2 + i % 2)
    ]
    if joined and not lang.cjk:
        second = names[(i + 3) % len(names)]
        out[0] = (f"{out[0][0]} & {second[:1].lower()}{second[1:]}", out[0][1])
    return out


def _tags(form: str, items: list[str]) -> list[Block]:
    if form == "spaced":
        return [Para([Run("     ".join(items[k : k + 2]))]) for k in range(0, len(items), 2)]
    if form.startswith("chips"):
        return [Table([[[Para([Run(item)])] for item in items]], [1 / 3] * 3)]
    if form == "cells":
        return [
            Table(
                [[[Para([Run(item)])] for item in items[k : k + 2]] for k in range(0, len(items), 2)],
                [0.5, 0.5],
            )
        ]
    return [Para([Run(item)]) for item in items]


def _page(lang: Lang, form: str, i: int) -> Page:
    given, family = lang.people[i % len(lang.people)]
    light = form.startswith("light")
    under = form == "lines_under_skills" or form.startswith("chips")
    groups: list[Block] = [_heading(lang.headings["skills"][0])] if under else []
    for g, (name, items) in enumerate(_groups(lang, i, form == "light_joined", form.startswith("chips"))):
        head = _heading(name, light or (form == "chips_first_heading" and g > 0))
        groups += [head, *_tags(form, items)]
    body: list[Block] = [
        Para([Run(f"{given} {family}", bold=True, size=22)]),
        Para([Run("jane.roe@example.com")]),
        _heading(lang.headings["work"][0]),
        Para([Run(lang.employers[i % len(lang.employers)], bold=True)], right=[Run("2019 – 2023")]),
        Para([Run(lang.titles[i % len(lang.titles)], italic=True)]),
        Para([Run(lang.highlights[i % len(lang.highlights)])], bullet="•"),
        _heading(lang.headings["education"][0]),
        Para([Run(lang.institutions[i % len(lang.institutions)], bold=True)], right=[Run("2015")]),
    ]
    if form == "main_column" or form.startswith("chips"):
        return Page(body=[*body, *groups])
    return Page(body=body, sidebar=groups, sidebar_side="left")


UNREAD = {
    "spaced",
    "lines-de-pdf", "cells-de-pdf", "cells-pl-pdf", "main_column-nl",
    *(f"{form}-{code}-pdf" for form in ("lines", "cells", "lines_under_skills") for code in ("zh", "ja")),
    *(f"{form}-{code}-{fmt}" for form in ("light", "light_joined") for code in LANGS for fmt in ("pdf", "docx")
      if f"{form}-{code}-{fmt}" not in ("light-en-pdf", "light-ru-pdf", "light_joined-en-pdf")),
}  # fmt: skip
"""Not read yet: tags in one run apart by wide spaces (the reader joins them into one phrase,
`Tableau Docker`); a group name wrapped inside a word without a hyphen (`PROGRAMMIERSPRACH` / `EN`)
or with its first line read as a section's heading (`JĘZYKI` / `PROGRAMOWANIA`); a Chinese or
Japanese sidebar in a PDF, which the reader does not take apart from the main column; two groups
of which only one name is unknown (`PROGRAMMEERTALEN`, then `TOOLS`, a skills heading), which is
as much a skills section beside a section of the person's own. Lightly headed groups (macchiato's
family, a measured map for the next round): a DOCX sidebar's group names in a point over its tags
are no headings at all; in PDFs, a group named by a skills word (`Outils`, `Werkzeuge`) beside an
unnamed one is the same question as `main_column-nl`, and a sidebar read row by row (`de`) loses
its headings before sections are cut."""


@pytest.mark.parametrize(("form", "code", "fmt"), matrix(FORMS, UNREAD))
def test_skill_groups_printed_as_headings_are_skills(form: str, code: str, fmt: str) -> None:
    lang = LANGS[code]
    i = sum(map(ord, form + code)) % 4
    parsed = parse_page(_page(lang, form, i), code, fmt)
    got = {str(g.get("name")).casefold(): g.get("keywords") for g in parsed["skills"]}
    chips = form.startswith("chips")
    want = {name.casefold(): items for name, items in _groups(lang, i, form == "light_joined", chips)}
    assert got == want, [(s["key"], s["heading"]) for s in parsed["sections"]]
    assert [w.get("name") for w in parsed["work"]] == [lang.employers[i % len(lang.employers)]]


@pytest.mark.parametrize(("form", "code", "fmt"), matrix(("prose", "dated"), set()))
def test_sections_of_the_persons_own_stay_theirs(form: str, code: str, fmt: str) -> None:
    """Two headings nothing names in a row over sentences or dated lines are no skill groups."""
    lang = LANGS[code]
    i = sum(map(ord, form + code)) % 4
    page = _page(lang, "main_column", i)
    page.body = page.body[:8]
    for k in range(2):
        line = (
            lang.summaries[(i + k) % len(lang.summaries)]
            if form == "prose"
            else f"{2015 + k}  {lang.awards[k]}"
        )
        page.body += [_heading(lang.other_lines[k % len(lang.other_lines)][:30]), Para([Run(line)])]
    parsed = parse_page(page, code, fmt)
    assert not parsed["skills"], [(s["key"], s["heading"]) for s in parsed["sections"]]
