"""A skills section's items come back one by one, whatever separates them and however the group is
labelled: every separator resumes use (`,` `;` `|` `·` `•` `、` a tab, wide spaces), a group label
after a colon, a dash, in its own cell or on its own bold line, in every language the generator
writes; a skill's level or its version in parentheses stays with it, and a label is never a skill.

Built from the generator's skill names and each language's group labels (`layouts/lang.py`), never
from a corpus file. The expected items are the printed ones, as a reader lists them.
"""

from __future__ import annotations

import itertools

import pytest

from resume_api.parsing.lines import Line
from resume_api.parsing.lists import skill_groups
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import SKILLS

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
    if form == "none":
        return [Line(text=items, cells=[items])]
    raise AssertionError(form)


FORMS = ("colon", "dash", "cell", "bold_line", "none")
"""Where a group's label stands: before a colon or a dash, in its own cell, on a bold line of its
own, or no label at all."""


def _keywords(groups: list[dict[str, object]]) -> list[str]:
    return [k for g in groups for k in g.get("keywords") or []] + [
        str(g["name"]) for g in groups if not g.get("keywords")
    ]


def _cases() -> list[object]:
    out = []
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


def test_labels_nested_in_a_parenthesis_are_not_skills() -> None:
    text = "Databases (SQL: PostgreSQL, MySQL; NoSQL: Redis, MongoDB), Docker"
    got = _keywords(skill_groups([Line(text=text, cells=[text])]))
    assert got == ["Databases", "PostgreSQL", "MySQL", "Redis", "MongoDB", "Docker"]
