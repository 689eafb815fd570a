"""Skills rated one by one come back as skills with their levels, in every language the generator
writes, PDF and DOCX, in the forms resumes use: `Python – Advanced` a line, `Excel: sehr gut`, the
level at the right margin or in a table's second column, rating marks (`Docker ●●●○○` → `3/5`),
years (`Go – 5 Jahre`), several on one line (`Python – Avancé, Docker – Notions`), beside a
labelled list of tools.

Before, the level became a skill of its own ("Advanced" listed beside Python) or a category label
(`Java: Expert` made a group "Java" of everything after it), and marks were dropped. A named skill
is JSON Resume's `{"name", "level"}`; generated documents print it as `Python – Advanced` and read
it back the same (the round trip at the end). The levels are the generator's own words
(`layouts/lang.py`), never a corpus file's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from resume_api.models.resume import Resume
from resume_api.parsing import parse_document
from resume_api.parsing.skill_levels import from_marks, is_level
from resume_api.render import TEMPLATES, render
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.model import Block, Para, Run, Table
from tests.parsing.test_spoken_languages import _colon, _head, _parse, _top

SKILLS = ("Python", "PostgreSQL", "Docker")
MARKS = ("●●●●○", "●●●○○", "★★★★★")


def _rated(lang: Lang, i: int) -> list[tuple[str, str]]:
    levels = lang.skill_levels
    return [(skill, levels[(i + k) % len(levels)]) for k, skill in enumerate(SKILLS)]


def _lines(
    text: Callable[[str, str], str],
) -> Callable[[Lang, int], tuple[list[Block], list[tuple[str, str]]]]:
    def form(lang: Lang, i: int) -> tuple[list[Block], list[tuple[str, str]]]:
        rated = _rated(lang, i)
        return [Para([Run(text(s, lv))], bullet="•" if i % 2 else None) for s, lv in rated], rated

    return form


def right_margin(lang: Lang, i: int) -> tuple[list[Block], list[tuple[str, str]]]:
    rated = _rated(lang, i)
    return [Para([Run(s)], right=[Run(lv)]) for s, lv in rated], rated


def table_rows(lang: Lang, i: int) -> tuple[list[Block], list[tuple[str, str]]]:
    rated = _rated(lang, i)
    return [Table([[[Para([Run(s)])], [Para([Run(lv)])]] for s, lv in rated], [0.5, 0.5])], rated


def marks(lang: Lang, i: int) -> tuple[list[Block], list[tuple[str, str]]]:
    rated = [(s, MARKS[(i + k) % len(MARKS)]) for k, s in enumerate(SKILLS)]
    return [Para([Run(f"{s} {m}")]) for s, m in rated], [(s, from_marks(m)) for s, m in rated]


def years(lang: Lang, i: int) -> tuple[list[Block], list[tuple[str, str]]]:
    rated = [(s, f"{2 + k + i % 3}{'' if lang.cjk else ' '}{lang.years_word}") for k, s in enumerate(SKILLS)]
    return [Para([Run(f"{s} – {lv}")]) for s, lv in rated], rated


def one_line(lang: Lang, i: int) -> tuple[list[Block], list[tuple[str, str]]]:
    rated = _rated(lang, i)
    return [Para([Run(", ".join(f"{s} – {lv}" for s, lv in rated))])], rated


FORMS = {
    "dash_lines": _lines(lambda s, lv: f"{s} – {lv}"),
    "hyphen_lines": _lines(lambda s, lv: f"{s} - {lv}"),
    "colon_lines": _lines(lambda s, lv: f"{s}: {lv}"),
    "right_margin": right_margin,
    "table_rows": table_rows,
    "marks": marks,
    "years": years,
    "one_line": one_line,
}
TOOLS = ("Git", "Jenkins", "Kubernetes")
CASES = [
    pytest.param(form, code, fmt, id=f"{form}-{code}-{fmt}")
    for f, form in enumerate(FORMS)
    for c, code in enumerate(LANGS)
    for fmt in [("pdf", "docx")[(f + c) % 2]]
]
"""Every form in every language, in PDF or DOCX by turns: each form meets both formats, and so does
each language."""


@pytest.mark.parametrize(("form", "code", "fmt"), CASES)
def test_rated_skills_come_back_with_their_levels(form: str, code: str, fmt: str) -> None:
    lang = LANGS[code]
    i = sorted(FORMS).index(form) + sorted(LANGS).index(code)
    blocks, rated = FORMS[form](lang, i)
    tools = Para([Run(lang.skill_groups[1] + _colon(lang), bold=True), Run(", ".join(TOOLS))])
    body = [
        *_top(lang, i),
        _head(lang.headings["skills"][0]),
        *([tools, *blocks] if i % 2 else [*blocks, tools]),
    ]
    skills = _parse(lang, body, fmt)["skills"]
    named = {(s["name"], s.get("level")) for s in skills if not s.get("keywords")}
    keywords = {k for s in skills for k in s.get("keywords", [])}
    assert set(rated) <= named, f"rated skills read as {skills}"
    assert set(TOOLS) <= keywords, f"the labelled tools changed: {skills}"
    assert not keywords & {lv for _, lv in rated}, f"a level became a skill: {skills}"
    assert not {s["name"] for s in skills if s.get("keywords")} & set(SKILLS), (
        f"a rated skill became a label: {skills}"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Python",
        "Django",
        "Microsoft Office",
        "Angular (versions 2+)",
        "Project management",
        "AWS",
        "2019",
        "CI/CD",
    ],
)
def test_skills_are_not_levels(text: str) -> None:
    assert not is_level(text)


@pytest.mark.parametrize("code", list(LANGS))
def test_every_generated_level_is_known(code: str) -> None:
    assert all(is_level(level) for level in LANGS[code].skill_levels)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_rated_skills_survive_a_round_trip(template: str, fmt: str) -> None:
    skills = [
        {"name": "Tools", "keywords": ["Git", "Jenkins"]},
        {"name": "Python", "level": "Advanced"},
        {"name": "Docker", "level": "3/5"},
        {"name": "Terraform", "level": "2 years"},
    ]
    source = Resume.model_validate(
        {"basics": {"name": "Jane Roe", "email": "jane@example.com"}, "skills": skills}
    )
    back = parse_document(render(source, fmt, template).data, f"resume.{fmt}")
    got = [{k: v for k, v in s.items() if v} for s in back["skills"]]
    assert sorted(got, key=str) == sorted(skills, key=str)
