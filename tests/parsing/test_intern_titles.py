"""Round 7: an intern's role named by the job learnt (`Estagiária em Associate Application
Developer`, `Becario en Jefe de proyecto`) is one title, not a title at an employer; `Software
Engineer at Google` still splits."""

from __future__ import annotations

import pytest

from resume_api.parsing.entries import parse_work
from resume_api.parsing.lines import Line
from tests.parsing.layouts import BY_NAME, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available

_EVERY = ("en", "fr", "de", "es", "pt", "it", "nl", "pl", "ru", "zh", "ja")

CELLS = [
    # the matrix runs en/zh (PDF) and en/ja (DOCX), where no such phrase splits; fr, es and pt
    # failed before the rule (`en`, `em` link an employer too)
    *[("pdf-grouped-intern-roles", lang, "work") for lang in _EVERY if lang not in ("en", "zh")],
    *[("docx-grouped-intern-roles", lang, "work") for lang in _EVERY if lang not in ("en", "ja")],
]


@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize(("variant", "lang", "section"), CELLS, ids=str)
def test_cell_parses_back(variant: str, lang: str, section: str) -> None:
    verdicts = section_verdicts(BY_NAME[variant], lang)
    assert section not in verdicts, verdicts[section]


def _line(*cells: str, bold: bool = False) -> Line:
    return Line(text=" ".join(cells), cells=list(cells), bold=bold)


@pytest.mark.parametrize(
    ("header", "name", "position"),
    [
        (
            "Estagiária em Associate Application Developer",
            "IBM",
            "Estagiária em Associate Application Developer",
        ),
        ("Becario en Jefe de proyecto", "IBM", "Becario en Jefe de proyecto"),
        ("Software Engineer at Google", "Google", "Software Engineer"),
        ("Ingeniero de software en Iberia Datos S.L.", "Iberia Datos S.L.", "Ingeniero de software"),
    ],
)
def test_a_role_in_a_role_is_one_title(header: str, name: str, position: str) -> None:
    lines = [
        _line("IBM", bold=True),
        _line("Application Developer", "2022 – 2024"),
        _line("• Built services for the largest client"),
        _line(header, "2021 – 2022"),
        _line("• Built the release pipeline"),
    ]
    work = parse_work(lines)
    assert [(w["name"], w["position"]) for w in work][-1] == (name, position)
