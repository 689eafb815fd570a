"""A skill comes back as its name, whatever a person writes around it: a group label before an arrow
or another sign (`Frameworks → Django, Flask`, `Outils > Git`), a phrase that says how well they
know it (`Kenntnisse in Python`, `maîtrise de SQL`, `владение Docker`) at the start of a list or of
one of its items, a rating drawn as bars or squares (`Python ■■■■□`). In every language the
generator writes, through the list reader and through PDF and DOCX bullet lists.

Chinese and Japanese items keep their verb (`熟悉Python`): it is how the person wrote the skill,
with no space to cut at. Built from the generator's skills and labels (`layouts/lang.py`) and from
each language's usual phrases, never from a corpus file.
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
from tests.parsing.test_skill_lists import skills_page_head

SIGNS = ("→", "⇒", "➜", "➔", "►", "▸", ">", "»", "=", "~")
"""Signs people set between a group's label and its items, where others write a colon."""

PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("Proficient in", "Experience with", "Experienced in", "Knowledge of", "Familiar with", "Skilled in",
           "Working knowledge of", "Strong knowledge of", "Hands-on experience with", "Expertise in",
           "Good command of", "Advanced knowledge of"),
    "fr": ("Maîtrise de", "Bonne maîtrise de", "Connaissance de", "Connaissances en", "Expérience avec",
           "Expérience en", "Notions de", "Bonnes connaissances en", "Très bonne connaissance de"),
    "de": ("Kenntnisse in", "Gute Kenntnisse in", "Sehr gute Kenntnisse in", "Erfahrung mit", "Erfahrung in",
           "Vertraut mit", "Sicherer Umgang mit", "Fundierte Kenntnisse in", "Grundkenntnisse in",
           "Kenntnisse im Bereich"),
    "es": ("Conocimientos de", "Conocimientos en", "Experiencia con", "Experiencia en", "Conocimiento avanzado de",
           "Amplia experiencia en"),
    "pt": ("Conhecimento em", "Conhecimentos de", "Experiência com", "Experiência em",
           "Familiaridade com", "Conhecimento avançado em"),
    "it": ("Conoscenza di", "Buona conoscenza di", "Esperienza con", "Esperienza in", "Padronanza di",
           "Ottima conoscenza di"),
    "nl": ("Kennis van", "Ervaring met", "Bedreven in", "Bedreven met", "Vertrouwd met", "Goede kennis van",
           "Ervaren in"),
    "pl": ("Znajomość", "Dobra znajomość", "Bardzo dobra znajomość", "Doświadczenie z", "Doświadczenie w",
           "Biegła znajomość"),
    "ru": ("Владение", "Знание", "Опыт работы с", "Опыт с", "Уверенное владение", "Хорошее знание",
           "Знание и опыт работы с"),
}  # fmt: skip
"""How each language says it knows what follows, before a list of skills or one skill. Not the
phrases that also name a skill of their own (`Manejo de equipos`, `Utilisation de ...`, `Dominio de`)."""


def _keywords(groups: list[dict[str, Any]]) -> list[str]:
    return [k for g in groups for k in g.get("keywords") or []] + [
        str(g["name"]) for g in groups if not g.get("keywords")
    ]


def _line(text: str, *, bullet: bool = False) -> Line:
    return Line(text=text, cells=[text], list_item=bullet)


@pytest.mark.parametrize(("code", "sign"), list(itertools.product(LANGS, SIGNS)))
def test_a_label_before_an_arrow_or_a_sign_is_the_groups_name(code: str, sign: str) -> None:
    lang = LANGS[code]
    for bullet, one in itertools.product((False, True), (False, True)):
        lines, want, names = [], [], []
        for g, label in enumerate(lang.skill_groups[:3]):
            items = list(SKILLS[4 * g : 4 * g + (1 if one else 4)])
            lines.append(_line(f"{label} {sign} {', '.join(items)}", bullet=bullet))
            want += items
            names.append(label)
        groups = skill_groups(lines)
        assert _keywords(groups) == want, (bullet, one, groups)
        assert [g["name"] for g in groups] == names


def _phrase_cases() -> list[Any]:
    return [
        pytest.param(code, phrase, id=f"{code}-{i}")
        for code, ps in PHRASES.items()
        for i, phrase in enumerate(ps)
    ]


@pytest.mark.parametrize(("code", "phrase"), _phrase_cases())
def test_a_phrase_before_a_list_or_an_item_is_not_part_of_a_skill(code: str, phrase: str) -> None:
    lang = LANGS[code]
    label = lang.skill_groups[0]
    items = list(SKILLS[:3])
    forms = {
        "list": f"{phrase} {', '.join(items)}",
        "labelled": f"{label}: {phrase} {', '.join(items)}",
        "lower": f"{phrase[:1].lower()}{phrase[1:]} {', '.join(items)}",
        "middle": f"{items[0]}, {phrase} {items[1]}, {items[2]}",
        "bullet": f"• {phrase} {', '.join(items)}",
        "aside": f"{phrase} (most used first) {', '.join(items)}",
    }
    for form, text in forms.items():
        assert _keywords(skill_groups([_line(text)])) == items, form


@pytest.mark.parametrize("code", ["zh", "ja"])
def test_a_cjk_skill_keeps_its_verb(code: str) -> None:
    lang = LANGS[code]
    items = [f"{lv}{s}" for lv, s in zip(lang.skill_levels, SKILLS[:3], strict=False)]
    assert _keywords(skill_groups([_line("、".join(items))])) == items


BARS = ("■■■■□", "▰▰▰▱▱", "█████░░░", "▮▮▮▯▯", "●●●○○", "★★★★☆", "⬤⬤⬤◯◯", "◼◼◼◻◻")
"""Ratings drawn as glyphs: squares, bars, blocks, dots, stars."""


@pytest.mark.parametrize("bars", BARS)
def test_a_rating_drawn_as_bars_is_the_skills_level_not_its_name(bars: str) -> None:
    lines = [_line(f"{s} {bars}") for s in SKILLS[:3]]
    groups = skill_groups(lines)
    assert [g["name"] for g in groups] == list(SKILLS[:3])
    filled = sum(1 for c in bars if c in "■▰█▮●★⬤◼")
    assert {g.get("level") for g in groups} == {f"{filled}/{len(bars)}"}


def _page(lang: Lang, lines: list[str]) -> Page:
    blocks: list[Block] = [
        *skills_page_head(lang),
        *(Para([Run(text)], bullet="•") for text in lines),
        Para([Run(lang.headings["education"][0], bold=True, size=13)], rule=True),
        Para([Run(lang.institutions[0], bold=True)], right=[Run("2015")]),
    ]
    return Page(body=blocks, cjk=lang.code if lang.cjk else "")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("code", list(PHRASES))
def test_labels_and_phrases_in_a_bullet_list_come_back_as_skills(code: str, fmt: str) -> None:
    lang = LANGS[code]
    if fmt == "pdf" and fonts_available():
        pytest.skip(fonts_available() or "")
    phrases = PHRASES[code]
    lines, want = [], []
    for g, (label, sign) in enumerate(zip(lang.skill_groups[:3], ("→", ">", "="), strict=False)):
        items = list(SKILLS[3 * g : 3 * g + 3])
        lines.append(f"{label} {sign} {', '.join(items)}")
        want += items
    lines.append(f"{phrases[0]} {SKILLS[9]}, {SKILLS[10]}")
    want += [SKILLS[9], SKILLS[10]]
    page = _page(lang, lines)
    parsed = parse_document(write_pdf(page) if fmt == "pdf" else write_docx(page), f"cv.{fmt}")
    assert _keywords(parsed["skills"]) == want


BROKEN = ("Protein purification", "Infrastructure as code", "Datenvisualisierung", "Программирование",
          "Gestión de proyectos", "Contabilité analytique")  # fmt: skip
"""Skills long enough that a narrow column breaks them with a hyphen."""


@pytest.mark.parametrize("skill", BROKEN)
def test_a_skill_broken_by_a_hyphen_at_the_line_end_comes_back_whole(skill: str) -> None:
    for cut in range(4, len(skill.split(maxsplit=1)[0]) - 2):
        head, tail = skill[:cut], skill[cut:]
        lines = [Line(text=f"SQL, Docker, {head}-", cells=[f"SQL, Docker, {head}-"], x0=50, x1=300),
                 Line(text=f"{tail}, Excel", cells=[f"{tail}, Excel"], x0=50, x1=200)]  # fmt: skip
        assert _keywords(skill_groups(lines)) == ["SQL", "Docker", skill, "Excel"], (head, tail)


ABBREVIATED = ("Structured Query Language (SQL)", "Visual Basic for Applications (VBA)", "Amazon Web Services (AWS)",
               "GPU Optimized Monte Carlo (GOMC)")  # fmt: skip
"""Skills written with their abbreviation in parentheses."""


@pytest.mark.parametrize("code", list(LANGS))
def test_a_skill_with_its_abbreviation_keeps_its_level_apart(code: str) -> None:
    levels = LANGS[code].skill_levels
    for sep in (" – ", " - ", ": ", " — "):
        lines = [_line(f"{s}{sep}{levels[i % len(levels)]}") for i, s in enumerate(ABBREVIATED)]
        groups = skill_groups(lines)
        got = [(g["name"], g.get("level")) for g in groups]
        assert got == [(s, levels[i % len(levels)]) for i, s in enumerate(ABBREVIATED)], (sep, got)


@pytest.mark.parametrize("code", list(LANGS))
def test_a_table_row_of_category_skill_and_marks_rates_the_skill_alone(code: str) -> None:
    label = LANGS[code].skill_groups[0]
    rows = [f"{label}\t{s}\t{'★' * (i + 1)}{'☆' * (2 - i)}" for i, s in enumerate(SKILLS[:3])]
    groups = skill_groups([Line(text=r, cells=[r]) for r in rows])
    assert [(g["name"], g.get("level")) for g in groups] == [
        (s, f"{i + 1}/3") for i, s in enumerate(SKILLS[:3])
    ]
