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


FAILS_TODAY = {
    "en-Qualifications-education-False",
    "en-Qualifications-education-True",
    "en-Qualifications-certificates-False",
    "en-Qualifications-certificates-True",
    "en-Professional Qualifications-education-False",
    "en-Professional Qualifications-education-True",
    "en-Professional Qualifications-skills-False",
    "en-Professional Qualifications-skills-True",
    "en-Key Qualifications-education-False",
    "en-Key Qualifications-education-True",
    "en-Key Qualifications-certificates-False",
    "en-Key Qualifications-certificates-True",
    "fr-Qualifications professionnelles-education-True",
    "fr-Qualifications professionnelles-certificates-False",
    "fr-Qualifications professionnelles-certificates-True",
    "fr-Qualifications-education-False",
    "fr-Qualifications-education-True",
    "fr-Qualifications-certificates-False",
    "fr-Qualifications-certificates-True",
    "de-Qualifikationen-education-False",
    "de-Qualifikationen-education-True",
    "de-Qualifikationen-certificates-False",
    "de-Qualifikationen-certificates-True",
    "de-Berufliche Qualifikationen-education-True",
    "de-Berufliche Qualifikationen-certificates-False",
    "de-Berufliche Qualifikationen-certificates-True",
    "es-Cualificaciones-education-True",
    "es-Cualificaciones-certificates-False",
    "es-Cualificaciones-certificates-True",
    "es-Cualificaciones profesionales-education-True",
    "es-Cualificaciones profesionales-certificates-False",
    "es-Cualificaciones profesionales-certificates-True",
    "pt-Qualifica\xe7\xf5es-education-False",
    "pt-Qualifica\xe7\xf5es-education-True",
    "pt-Qualifica\xe7\xf5es-certificates-False",
    "pt-Qualifica\xe7\xf5es-certificates-True",
    "pt-Qualifica\xe7\xf5es profissionais-education-True",
    "pt-Qualifica\xe7\xf5es profissionais-certificates-False",
    "pt-Qualifica\xe7\xf5es profissionais-certificates-True",
    "it-Qualifiche-education-True",
    "it-Qualifiche-certificates-False",
    "it-Qualifiche-certificates-True",
    "it-Qualifiche professionali-education-True",
    "it-Qualifiche professionali-certificates-False",
    "it-Qualifiche professionali-certificates-True",
    "nl-Kwalificaties-education-True",
    "nl-Kwalificaties-certificates-False",
    "nl-Kwalificaties-certificates-True",
    "pl-Kwalifikacje-education-True",
    "pl-Kwalifikacje-certificates-False",
    "pl-Kwalifikacje-certificates-True",
    "pl-Kwalifikacje zawodowe-education-True",
    "pl-Kwalifikacje zawodowe-certificates-False",
    "pl-Kwalifikacje zawodowe-certificates-True",
    "ru-\u041a\u0432\u0430\u043b\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044f-education-False",
    "ru-\u041a\u0432\u0430\u043b\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044f-education-True",
    "ru-\u041a\u0432\u0430\u043b\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044f-certificates-False",
    "ru-\u041a\u0432\u0430\u043b\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044f-certificates-True",
    "ru-\u041f\u0440\u043e\u0444\u0435\u0441\u0441\u0438\u043e\u043d\u0430\u043b\u044c\u043d\u0430\u044f \u043a\u0432\u0430\u043b\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044f-education-False",
    "ru-\u041f\u0440\u043e\u0444\u0435\u0441\u0441\u0438\u043e\u043d\u0430\u043b\u044c\u043d\u0430\u044f \u043a\u0432\u0430\u043b\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044f-education-True",
    "ru-\u041f\u0440\u043e\u0444\u0435\u0441\u0441\u0438\u043e\u043d\u0430\u043b\u044c\u043d\u0430\u044f \u043a\u0432\u0430\u043b\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044f-certificates-False",
    "ru-\u041f\u0440\u043e\u0444\u0435\u0441\u0441\u0438\u043e\u043d\u0430\u043b\u044c\u043d\u0430\u044f \u043a\u0432\u0430\u043b\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u044f-certificates-True",
    "zh-\u8d44\u683c-education-False",
    "zh-\u8d44\u683c-education-True",
    "zh-\u8d44\u683c-certificates-False",
    "zh-\u8d44\u683c-certificates-True",
    "ja-\u8cc7\u683c-education-False",
    "ja-\u8cc7\u683c-education-True",
    "ja-\u8cc7\u683c-skills-False",
    "ja-\u8cc7\u683c-skills-True",
}
"""The measured map before the rule (strict xfails): cases by their test id."""


@pytest.mark.parametrize(
    ("code", "heading", "kind", "with_edu"),
    [
        pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="typed by its word"))
        if "-".join(map(str, c)) in FAILS_TODAY
        else c
        for c in CASES
    ],
)
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
