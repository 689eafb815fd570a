"""Round 7: a job told as a sentence (`Trabajé en Xing, en Barcelona, como desarrollador backend.`):
the employer, the role and the place come back as fields, in every language whose files name the
linking words, and in generated layouts outside test_layouts' matrix."""

from __future__ import annotations

import pytest

from resume_api.parsing.told_roles import told_role
from tests.parsing.layouts import BY_NAME, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available


@pytest.mark.parametrize(
    ("text", "employer", "title", "place", "rest"),
    [
        (
            "Worked at Acme Corporation, in San Francisco, CA, as Software Engineer.",
            "Acme Corporation",
            "Software Engineer",
            "San Francisco, CA",
            "",
        ),
        (
            "Actualmente trabajo en Redbooth como desarrollador backend. También trabajo desde",
            "Redbooth",
            "desarrollador backend",
            None,
            "También trabajo desde",
        ),
        (
            "J'ai travaillé chez Lumière Conseil, à Paris, en tant que Ingénieur logiciel.",
            "Lumière Conseil",
            "Ingénieur logiciel",
            "Paris",
            "",
        ),
        (
            "Tätig bei Müller Logistik GmbH als Projektleiterin.",
            "Müller Logistik GmbH",
            "Projektleiterin",
            None,
            "",
        ),
        (
            "Работал в ООО «Ромашка» (Москва) в должности: Инженер-программист.",
            "ООО «Ромашка»",
            "Инженер-программист",
            "Москва",
            "",
        ),
        ("在北京华信科技有限公司（北京）担任软件工程师。", "北京华信科技有限公司", "软件工程师", "北京", ""),
        (
            "株式会社サクラテックにてプロジェクトマネージャーとして勤務。",
            "株式会社サクラテック",
            "プロジェクトマネージャー",
            None,
            "",
        ),
    ],
)
def test_a_told_role_gives_its_fields(
    text: str, employer: str, title: str, place: str | None, rest: str
) -> None:
    role = told_role(text)
    assert role is not None
    assert (role.employer, role.title, role.place, role.rest) == (employer, title, place, rest)


def test_an_aside_is_kept_apart_from_the_employer() -> None:
    role = told_role("Trabajé en Wuaki.tv, parte de Rakuten, en Barcelona, como desarrollador backend.")
    assert role is not None
    assert (role.employer, role.place, role.aside) == ("Wuaki.tv", "Barcelona", "parte de Rakuten")


@pytest.mark.parametrize(
    "text",
    [
        "Software Engineer at Google",  # a title at an employer: no role word
        "Engineer at Acme as consultant.",  # the lead is a title, not a verb
        "Led a team at Acme as a manager.",  # a sentence about a role, not one
        "Data Scientist for Airconomy (Frankfurt am Main, Germany).",
        "Built a dashboard used by twelve teams across the company",
    ],
)
def test_other_lines_are_not_told_roles(text: str) -> None:
    assert told_role(text) is None


_EVERY = ("en", "fr", "de", "es", "pt", "it", "nl", "pl", "ru", "zh", "ja")

CELLS = [
    # the matrix runs en/pl (PDF) and en/ru (DOCX); the PDF's education fails in en, es, ru as
    # pdf-prose-title-for-employer's does (a degree line wrapped in the margin layout)
    *[("pdf-prose-worked-at-as", lang, "work") for lang in _EVERY if lang not in ("en", "pl")],
    *[("pdf-prose-worked-at-as", lang, "volunteer") for lang in _EVERY if lang not in ("en", "pl")],
    *[("docx-prose-worked-at-as", lang, "work") for lang in _EVERY if lang not in ("en", "ru")],
    *[("docx-prose-worked-at-as", lang, "volunteer") for lang in _EVERY if lang not in ("en", "ru")],
]


@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize(("variant", "lang", "section"), CELLS, ids=str)
def test_cell_parses_back(variant: str, lang: str, section: str) -> None:
    verdicts = section_verdicts(BY_NAME[variant], lang)
    assert section not in verdicts, verdicts[section]
