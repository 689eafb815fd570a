"""Spoken languages listed inside a skills section come back as languages, with their levels;
programming languages under a "Language skills" heading come back as skills. Every language the
generator writes, PDF and DOCX, in the forms resumes use: a labelled line (`Sprachen: Deutsch
(Muttersprache), Englisch (C1)`), a label over one language a line (`Languages:` / `Spanish – C1`),
a table row per language (`French | C1 | B2`), the Europass grid (its header row, five levels a
language, the legend of CEFR levels under it), and a languages heading
over `Python, TypeScript, SQL`.

Before, every one of these filed the spoken languages as skills (a recruiter's search for the
person's skills found "Englisch"; their levels were lost or became skills of their own), and the
programming languages as spoken languages. The names come from CLDR (`spoken_names.json`), so the
cases use the generator's own vocabulary, never a corpus file's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from resume_api.parsing import parse_document
from resume_api.parsing.spoken import find, is_name
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.model import Block, Page, Para, Run, Table
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf

TOOLS = ("Python", "TypeScript", "PostgreSQL", "Docker", "Kubernetes")
CODE = ("Python", "TypeScript", "SQL", "Bash")


def _colon(lang: Lang) -> str:
    return "：" if lang.cjk else ": "


def _head(text: str) -> Para:
    return Para([Run(text, bold=True, size=13)], rule=True, space_before=8)


def _top(lang: Lang, i: int) -> list[Block]:
    given, family = lang.people[i % len(lang.people)]
    name = family + given if lang.cjk else f"{given} {family}"
    return [
        Para([Run(name, bold=True, size=22)]),
        Para([Run(f"jane.roe@example.com  |  {lang.phones[i % len(lang.phones)]}")]),
        _head(lang.headings["work"][0]),
        Para([Run(lang.employers[i % len(lang.employers)], bold=True)], right=[Run("2019 – 2023")]),
        Para([Run(lang.titles[i % len(lang.titles)], italic=True)]),
        Para([Run(lang.highlights[i % len(lang.highlights)])], bullet="•"),
    ]


def _spoken(lang: Lang, i: int) -> list[tuple[str, str]]:
    """Two of the language's names for spoken languages, each with a level it writes."""
    n = len(lang.languages)
    return [(lang.languages[(i + k) % n], lang.fluency[(i + k) % len(lang.fluency)]) for k in range(2)]


def _tools_line(lang: Lang) -> Para:
    return Para([Run(lang.skill_groups[1] + _colon(lang), bold=True), Run(", ".join(TOOLS))])


def _languages_word(lang: Lang) -> str:
    return lang.headings["languages"][-1]


def labelled_line(lang: Lang, i: int) -> list[Block]:
    said = ", ".join(f"{name} ({level})" for name, level in _spoken(lang, i))
    return [
        _head(lang.headings["skills"][0]),
        _tools_line(lang),
        Para([Run(_languages_word(lang) + _colon(lang), bold=True), Run(said)]),
    ]


def label_over_lines(lang: Lang, i: int) -> list[Block]:
    return [
        _head(lang.headings["skills"][0]),
        _tools_line(lang),
        Para([Run(_languages_word(lang) + ("：" if lang.cjk else ":"), bold=True)]),
        *(Para([Run(f"{name} – {level}")], bullet="•") for name, level in _spoken(lang, i)),
    ]


def grid_rows(lang: Lang, i: int) -> list[Block]:
    rows: list[list[list[Block]]] = [
        [[Para([Run(name, bold=True)])], [Para([Run("C1")])], [Para([Run("B2")])]]
        for name, _ in _spoken(lang, i)
    ]
    return [_head(lang.headings["skills"][0]), _tools_line(lang), Table(rows, [0.4, 0.3, 0.3])]


LEGEND = "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user"


def europass_grid(lang: Lang, i: int) -> list[Block]:
    """The Europass table: a header row of skills, a row of five levels per language, the legend."""

    def row(*cells: str) -> list[list[Block]]:
        return [[Para([Run(c, bold=k == 0)])] for k, c in enumerate(cells)]

    head = row("", "Listening", "Reading", "Spoken interaction", "Writing")
    rows = [row(name, "C1", "C2", "B2", "C1") for name, _ in _spoken(lang, i)]
    widths = [0.28, 0.18, 0.18, 0.18, 0.18]
    return [
        _head(lang.headings["skills"][0]),
        _tools_line(lang),
        Table([head, *rows], widths),
        Para([Run(LEGEND, size=8)]),
    ]


FORMS: dict[str, Callable[[Lang, int], list[Block]]] = {
    f.__name__: f for f in (labelled_line, label_over_lines, grid_rows, europass_grid)
}
GRIDS = {"grid_rows", "europass_grid"}
CASES = [
    pytest.param(form, code, fmt, id=f"{form}-{code}-{fmt}")
    for form in FORMS
    for code in LANGS
    for fmt in ("pdf", "docx")
]


def _parse(lang: Lang, body: list[Block], fmt: str) -> dict:
    if fmt == "pdf" and fonts_available():
        pytest.skip(fonts_available() or "")
    page = Page(body=body, cjk=lang.code if lang.cjk else "")
    data = write_pdf(page) if fmt == "pdf" else write_docx(page)
    return parse_document(data, f"cv.{fmt}")


def _skill_words(parsed: dict) -> list[str]:
    return [k.casefold() for g in parsed["skills"] for k in g["keywords"]]


@pytest.mark.parametrize(("form", "code", "fmt"), CASES)
def test_spoken_languages_among_skills_are_languages(form: str, code: str, fmt: str) -> None:
    lang = LANGS[code]
    i = list(FORMS).index(form) + (fmt == "pdf")
    parsed = _parse(lang, [*_top(lang, i), *FORMS[form](lang, i)], fmt)
    want = _spoken(lang, i)
    got = [(x["language"], x.get("fluency") or "") for x in parsed["languages"]]
    assert [g[0].casefold() for g in got] == [n.casefold() for n, _ in want], f"{form}/{code}/{fmt}: {got}"
    if form not in GRIDS:
        assert [g[1].casefold() for g in got] == [lv.casefold() for _, lv in want], f"levels: {got}"
    words = _skill_words(parsed)
    assert not any(n.casefold() in words for n, _ in want), f"spoken languages left in skills: {words}"
    assert all(t.casefold() in words for t in TOOLS), f"the skills are still skills: {words}"
    assert not any(re.fullmatch(r"[abc][12]", w.split(":")[0]) for w in words), (
        f"levels filed as skills: {words}"
    )


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("code", list(LANGS))
def test_programming_languages_under_a_languages_heading_are_skills(code: str, fmt: str) -> None:
    lang = LANGS[code]
    body = [*_top(lang, 3), _head(lang.headings["languages"][0]), Para([Run(", ".join(CODE))])]
    parsed = _parse(lang, body, fmt)
    assert parsed["languages"] == []
    assert [w.casefold() for w in CODE] == _skill_words(parsed)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("code", list(LANGS))
def test_a_languages_section_of_spoken_languages_is_unchanged(code: str, fmt: str) -> None:
    lang = LANGS[code]
    said = _spoken(lang, 1)
    body = [
        *_top(lang, 1),
        _head(lang.headings["languages"][0]),
        *(Para([Run(f"{name} – {level}")], bullet="•") for name, level in said),
    ]
    parsed = _parse(lang, body, fmt)
    assert [x["language"].casefold() for x in parsed["languages"]] == [n.casefold() for n, _ in said]
    assert parsed["skills"] == []


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("code", list(LANGS))
def test_a_level_after_the_name_with_no_separator_is_its_fluency(code: str, fmt: str) -> None:
    """`Anglais courant`, `Deutsch Muttersprache`, `英语 流利`: the name tells where the level starts
    (before, only English level words did, and `Anglais courant` was one language's name)."""
    lang = LANGS[code]
    said = _spoken(lang, 2)
    space = "" if lang.cjk and code == "zh" else " "
    body = [
        *_top(lang, 2),
        _head(lang.headings["languages"][0]),
        *(Para([Run(f"{name}{space}{level}")]) for name, level in said),
    ]
    parsed = _parse(lang, body, fmt)
    assert [(x["language"], x["fluency"]) for x in parsed["languages"]] == said


@pytest.mark.parametrize("code", list(LANGS))
def test_every_generated_language_name_is_known(code: str) -> None:
    for name in LANGS[code].languages:
        assert is_name(name), name
        assert find(f"{name} (C1)") == (0, len(name)), name


@pytest.mark.parametrize(
    "text",
    [
        "Python",
        "Go",
        "Ruby on Rails",
        "R",
        "Swift",
        "Java",
        "Scala",
        "Rust",
        "Julia",
        "Elm",
        "Dart",
        "Kotlin",
    ],
)
def test_programming_languages_are_not_spoken_ones(text: str) -> None:
    assert find(text) is None


def test_the_names_table_is_what_cldr_gives() -> None:
    """`spoken_names.json` is built from CLDR by `infra/vocab/spoken_names.py`, for every language
    file the parser has: a new language file needs the table rebuilt."""
    pytest.importorskip("babel")
    from infra.vocab import spoken_names

    table = spoken_names.build(spoken_names.ui_languages())
    assert spoken_names.OUT.read_text(encoding="utf-8") == spoken_names.render(table)
