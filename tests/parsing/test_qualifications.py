"""`Qualifications` (`Qualifikationen`, `Qualifications professionnelles`, `Kwalifikacje`, `资格`...)
names no kind of thing: what the section holds decides its key. Degrees at schools are education,
credentials are certificates, anything else (skills, lists) stays skills, as the word is mostly
used. A heading that says which kind (`Academic Qualifications`, `Summary of Qualifications`)
keeps what it says.

Generated before the rule: every generated language's heading for it, each over degrees,
credentials and skill lists, with and without an education section of its own above it.
"""

from __future__ import annotations

import itertools

import pytest

from resume_api.parsing.lines import Line
from resume_api.parsing.sections import split_sections
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import CERTIFICATES, SKILLS

HEADINGS = {
    "en": ("Qualifications", "Professional Qualifications", "Key Qualifications"),
    "fr": ("Qualifications professionnelles", "Qualifications"),
    "de": ("Qualifikationen", "Berufliche Qualifikationen"),
    "es": ("Cualificaciones", "Cualificaciones profesionales"),
    "pt": ("Qualificações", "Qualificações profissionais"),
    "it": ("Qualifiche", "Qualifiche professionali"),
    "nl": ("Kwalificaties",),
    "pl": ("Kwalifikacje", "Kwalifikacje zawodowe"),
    "ru": ("Квалификация", "Профессиональная квалификация"),
    "zh": ("资格",),
    "ja": ("資格",),
}


def _ln(text: str, y: float, *, size: float = 10.0, bold: bool = False) -> Line:
    return Line(text=text, cells=[text], x0=50.0, x1=50.0 + 5 * len(text), y=y, size=size, bold=bold)


def _degrees(code: str, k: int) -> list[str]:
    lang = LANGS[code]
    out = []
    for i in range(2):
        degree, areas = lang.degrees[(k + i) % len(lang.degrees)]
        form = lang.degree_forms[(k + i) % len(lang.degree_forms)]
        school = lang.institutions[(k + i) % len(lang.institutions)]
        out.append(f"{form.format(degree=degree, area=areas[0])}, {school}, {2012 + 3 * i} – {2015 + 3 * i}")
    return out


def _content(kind: str, code: str, k: int) -> list[str]:
    lang = LANGS[code]
    if kind == "education":
        return _degrees(code, k)
    if kind == "certificates":
        return [
            f"{name} – {issuer} ({2018 + i})"
            for i, (name, issuer) in enumerate(CERTIFICATES[k % 3 : k % 3 + 2])
        ]
    groups = lang.skill_groups
    return [f"{groups[i % len(groups)]}: {', '.join(SKILLS[3 * i : 3 * i + 3])}" for i in range(2)]


CASES = [
    (code, heading, kind, with_edu)
    for code, headings in HEADINGS.items()
    for heading, kind, with_edu in itertools.product(
        headings, ("education", "certificates", "skills"), (False, True)
    )
]


@pytest.mark.parametrize(("code", "heading", "kind", "with_edu"), CASES)
def test_what_a_qualifications_section_holds_decides_its_key(
    code: str, heading: str, kind: str, with_edu: bool
) -> None:
    lang = LANGS[code]
    k = len(heading)
    lines = [_ln("Emily Carter", 40, size=20, bold=True), _ln("emily.carter@example.com", 62)]
    y = 90.0
    blocks = [(lang.headings["work"][0], [f"{lang.titles[0]}, {lang.employers[0]}, 2019 – 2023"])]
    if with_edu:
        blocks.append((lang.headings["education"][0], _degrees(code, k + 1)))
    blocks.append((heading, _content(kind, code, k)))
    for head, body in blocks:
        lines.append(_ln(head.upper() if not lang.cjk else head, y, size=12, bold=True))
        for text in body:
            y += 16
            lines.append(_ln(text, y))
        y += 30
    last = split_sections(lines).sections[-1]
    assert (last.heading, last.key) == (lines[-1 - len(blocks[-1][1])].text, kind)


def test_a_list_of_qualities_naming_a_degree_stays_skills() -> None:
    """`Qualifications` as US resumes use it: bullets of what the person brings, one naming a degree."""
    lines = [_ln("Emily Carter", 40, size=20, bold=True), _ln("EXPERIENCE", 80, size=12, bold=True)]
    lines.append(_ln("Data Analyst, Nordwind Analytics, 2019 – 2023", 96))
    lines.append(_ln("QUALIFICATIONS", 130, size=12, bold=True))
    for i, text in enumerate(
        ("Five years of SQL and Python", "Bachelor's degree in Statistics", "Fluent in English and Spanish")
    ):
        lines.append(_ln(f"• {text}", 146 + 16 * i))
    assert split_sections(lines).sections[-1].key == "skills"
