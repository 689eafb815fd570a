"""A skills section's items come back one by one, whatever separates them and however the group is
labelled: every separator resumes use (`,` `;` `|` `·` `•` `、` a tab, wide spaces), a group label
after a colon, a dash, in its own cell or on its own bold line, in every language the generator
writes; a skill's level or its version in parentheses stays with it, and a label is never a skill.

Built from the generator's skill names and each language's group labels (`layouts/lang.py`), never
from a corpus file. The expected items are the printed ones, as a reader lists them.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from resume_api.parsing import parse_document
from resume_api.parsing.lines import Line
from resume_api.parsing.lists import skill_groups
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import SKILLS, Lang
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf

SEPARATORS = {"comma": ", ", "semicolon": "; ", "pipe": " | ", "middot": " · ", "bullet": " • ",
              "ideographic": "、", "wide": "   "}  # fmt: skip
"""How items are set apart on one line."""


def _label_line(label: str, items: str, form: str, cjk: bool) -> list[Line]:
    colon = "：" if cjk else ": "
    if form == "colon":
        return [Line(text=f"{label}{colon}{items}", cells=[f"{label}{colon}{items}"])]
    if form == "dash":
        return [Line(text=f"{label} – {items}", cells=[f"{label} – {items}"])]
    if form == "cell":
        return [Line(text=f"{label} {items}", cells=[label, items])]
    if form == "bold_line":
        return [Line(text=label, cells=[label], bold=True), Line(text=items, cells=[items])]
    if form == "plain_line":
        return [Line(text=label, cells=[label]), Line(text=items, cells=[items])]
    if form == "none":
        return [Line(text=items, cells=[items])]
    raise AssertionError(form)


FORMS = ("colon", "dash", "cell", "bold_line", "plain_line", "none")
"""Where a group's label stands: before a colon or a dash, in its own cell, on a line of its own
(bold or in body type, over its list), or no label at all."""


def _keywords(groups: list[dict[str, Any]]) -> list[str]:
    return [k for g in groups for k in g.get("keywords") or []] + [
        str(g["name"]) for g in groups if not g.get("keywords")
    ]


def _cases() -> list[Any]:
    out: list[Any] = []
    for code, form, sep in itertools.product(LANGS, FORMS, SEPARATORS):
        lang = LANGS[code]
        if sep == "ideographic" and not lang.cjk:
            continue
        out.append(pytest.param(code, form, sep, id=f"{code}-{form}-{sep}"))
    return out


@pytest.mark.parametrize(("code", "form", "sep"), _cases())
def test_every_item_comes_back_alone_and_no_label_is_a_skill(code: str, form: str, sep: str) -> None:
    lang = LANGS[code]
    lines: list[Line] = []
    want: list[str] = []
    for g, label in enumerate(lang.skill_groups[:2]):
        items = list(SKILLS[4 * g : 4 * g + 4])
        lines += _label_line(label, SEPARATORS[sep].join(items), form, lang.cjk)
        want += items
    got = _keywords(skill_groups(lines))
    assert got == want, got


LEVELLED = ("Python (Expert), SQL (Advanced), Docker (Intermediate)",
            "Python (3.x), Java (8/11), SQL (PostgreSQL)")  # fmt: skip
"""A level or a version in parentheses belongs to its skill."""


@pytest.mark.parametrize("text", LEVELLED)
def test_a_parenthesis_stays_with_its_skill(text: str) -> None:
    got = _keywords(skill_groups([Line(text=text, cells=[text])]))
    assert got == [p.strip() for p in text.split(", ")]


LISTED = ("Spring (Boot, MVC)", "MS Office (Microsoft Word, Excel, Power Point)", "Spring(Boot, MVC, Data, Security)",
          "Databases (SQL: PostgreSQL, MySQL; NoSQL: Redis)", "Cloud (AWS; GCP)", "Frameworks (Django and Flask)")  # fmt: skip


@pytest.mark.parametrize("skill", LISTED)
def test_a_skill_with_a_list_in_parentheses_stays_one_skill(skill: str) -> None:
    """The person wrote one item: a reader takes `Spring (Boot, MVC)` as Spring and the parts of it
    they know, and the corpus's labels count it as one skill."""
    text = f"Docker, {skill}, Git"
    got = _keywords(skill_groups([Line(text=text, cells=[text])]))
    assert got == ["Docker", skill, "Git"]


def test_a_list_too_long_for_one_skill_is_taken_apart_without_its_labels() -> None:
    text = "Databases (SQL: PostgreSQL, MySQL, SQLite, Oracle; NoSQL: Redis, MongoDB, Cassandra, DynamoDB), Docker"
    got = _keywords(skill_groups([Line(text=text, cells=[text])]))
    want = [
        "Databases",
        "PostgreSQL",
        "MySQL",
        "SQLite",
        "Oracle",
        "Redis",
        "MongoDB",
        "Cassandra",
        "DynamoDB",
    ]
    assert got == [*want, "Docker"]


RUN_IN = {
    "bold": lambda label: [Run(label, bold=True), Run(" ")],
    "bold_colon": lambda label: [Run(f"{label}:", bold=True), Run(" ")],
    "bold_then_colon": lambda label: [Run(label, bold=True), Run(": ")],
    "bold_dash": lambda label: [Run(label, bold=True), Run(" – ")],
}
"""A group label set apart by bold type only, with or without a colon or a dash after it."""


def skills_page_head(lang: Lang) -> list[Block]:
    """A name, an email, one job, and the skills heading: what a skills section is tested under."""
    return [
        Para([Run(" ".join(lang.people[0]), bold=True, size=22)]),
        Para([Run("jane.roe@example.com")]),
        Para([Run(lang.headings["work"][0], bold=True, size=13)], rule=True),
        Para([Run(lang.employers[0], bold=True)], right=[Run("2019 – 2023")]),
        Para([Run(lang.titles[0], italic=True)]),
        Para([Run(lang.highlights[0])], bullet="•"),
        Para([Run(lang.headings["skills"][0], bold=True, size=13)], rule=True),
    ]


def _run_in_page(lang: Lang, form: str) -> tuple[Page, list[str]]:
    blocks: list[Block] = skills_page_head(lang)
    want: list[str] = []
    for g, label in enumerate(lang.skill_groups[:3]):
        items = list(SKILLS[3 * g : 3 * g + 3])
        blocks.append(Para([*RUN_IN[form](label), Run(", ".join(items))]))
        want += items
    blocks += [
        Para([Run(lang.headings["education"][0], bold=True, size=13)], rule=True),
        Para([Run(lang.institutions[0], bold=True)], right=[Run("2015")]),
    ]
    return Page(body=blocks, cjk=lang.code if lang.cjk else ""), want


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("form", list(RUN_IN))
@pytest.mark.parametrize("code", list(LANGS))
def test_a_label_set_apart_by_bold_type_alone_is_not_a_skill(code: str, form: str, fmt: str) -> None:
    lang = LANGS[code]
    if fmt == "pdf" and fonts_available():
        pytest.skip(fonts_available() or "")
    if fmt == "pdf" and lang.cjk:
        pytest.skip("the generator's CJK PDF font has no bold face: nothing sets the label apart")
    page, want = _run_in_page(lang, form)
    data = write_pdf(page) if fmt == "pdf" else write_docx(page)
    parsed = parse_document(data, f"cv.{fmt}")
    assert _keywords(parsed["skills"]) == want
    assert [g["name"] for g in parsed["skills"]] == list(lang.skill_groups[:3])
