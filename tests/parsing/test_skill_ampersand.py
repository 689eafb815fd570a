"""A skill whose name holds an ampersand (`Mobile Devices & Applications`, `Forschung & Entwicklung`)
is one skill, first or in the middle of its list, as a tag or alone, whatever sets the list apart;
at the end of a series written with commas (`Microsoft Word, Excel & Outlook`) the ampersand closes
the series as `and` does, and parts its last two skills.

The corpus's labels count both so: `Mobile Devices & Applications` (a tag), `Product Management &
Marketing` and `Motivator & Leader` (alone) are one keyword each, `Microsoft Word, Excel & Outlook`
and `HTML5, CSS3 & Java (Android)` are series of three; a version after the ampersand (`Java SE/EE
7 & 8`) is one skill, and so is a name of several words before it at the end of a series
(`..., UX, Product Management & Marketing`, where the words before it are one name's). The word `and` keeps its meaning in a list written as prose (`Python and
Java`): two skills, as before.

Built from each language's group labels and a joined name in that language, never from a corpus file.
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
from tests.parsing.layouts.lang import SKILLS
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf
from tests.parsing.test_skill_lists import FORMS, SEPARATORS, _keywords, _label_line, skills_page_head

JOINED = {
    "en": ("Mobile Devices & Applications", "Health & Safety"),
    "fr": ("Recherche & Développement", "Santé & sécurité"),
    "de": ("Forschung & Entwicklung", "Arbeitssicherheit & Gesundheitsschutz"),
    "es": ("Investigación & Desarrollo", "Seguridad & Salud"),
    "pt": ("Pesquisa & Desenvolvimento", "Saúde & Segurança"),
    "it": ("Ricerca & Sviluppo", "Salute & Sicurezza"),
    "nl": ("Onderzoek & Ontwikkeling", "Veiligheid & Gezondheid"),
    "pl": ("Badania & Rozwój", "BHP & Ochrona środowiska"),
    "ru": ("Продажи & Маркетинг", "Охрана труда & Безопасность"),
    "zh": ("研发 & 测试", "销售 & 市场"),
    "ja": ("研究 & 開発", "営業 & マーケティング"),
}
"""Names people write with an ampersand inside, in each language the generator has."""

PLACES = ("first", "middle", "last", "alone")
"""Where the joined name stands in its list. `alone` only under a label a one-item group keeps
(`Tools: X`, a bold line, no label): a label before a dash, in a cell or on a plain line over a
single item is another question (`Tools – Docker` reads as two items with or without an ampersand)."""
_ONE_ITEM_LABELS = ("colon", "bold_line", "none")


def _items(code: str, place: str, g: int) -> list[str]:
    joined = JOINED[code][g]
    plain = list(SKILLS[3 * g : 3 * g + 3])
    return {
        "first": [joined, *plain],
        "middle": [plain[0], joined, *plain[1:]],
        "last": [*plain, joined],
        "alone": [joined],
    }[place]


_SERIES = ("comma", "semicolon", "ideographic")
"""Separators that write a series as a sentence (`A, B & C`); the others set tags apart."""


def _want(code: str, place: str, sep: str, g: int) -> list[str]:
    items = _items(code, place, g)
    if place != "last" or sep not in _SERIES:
        return items
    a, b = JOINED[code][g].split(" & ")
    if b[:1].isupper() and len(a.split()) == 1 and len(b.split()) <= 4:
        return [*items[:-1], a, b]  # (after several words, or before a lower-case or CJK part: one name)
    return items


def _cases() -> list[Any]:
    out: list[Any] = []
    for code, form, sep, place in itertools.product(LANGS, FORMS, SEPARATORS, PLACES):
        if (sep == "ideographic" and not LANGS[code].cjk) or (
            place == "alone" and form not in _ONE_ITEM_LABELS
        ):
            continue
        out.append(pytest.param(code, form, sep, place, id=f"{code}-{form}-{sep}-{place}"))
    return out


@pytest.mark.parametrize(("code", "form", "sep", "place"), _cases())
def test_a_name_joined_by_an_ampersand_is_one_skill(code: str, form: str, sep: str, place: str) -> None:
    lang = LANGS[code]
    lines: list[Line] = []
    want: list[str] = []
    for g, label in enumerate(lang.skill_groups[:2]):
        items = _items(code, place, g)
        lines += _label_line(label, SEPARATORS[sep].join(items), form, lang.cjk)
        want += _want(code, place, sep, g)
    assert _keywords(skill_groups(lines)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Python and Java", ["Python", "Java"]),
        ("Docker, Python and Java", ["Docker", "Python", "Java"]),
        ("Written and verbal communication", ["Written and verbal communication"]),
        ("R&D, AT&T, Q&A", ["R&D", "AT&T", "Q&A"]),
        ("Microsoft Word, Excel & Outlook", ["Microsoft Word", "Excel", "Outlook"]),
        ("Java SE/EE 7 & 8, Spring", ["Java SE/EE 7 & 8", "Spring"]),
        ("Git, Java SE/EE 7 & 8", ["Git", "Java SE/EE 7 & 8"]),
        ("UX, Product Management & Marketing", ["UX", "Product Management & Marketing"]),
    ],
)
def test_and_parts_a_prose_list_and_an_ampersand_closes_a_series(text: str, want: list[str]) -> None:
    assert _keywords(skill_groups([Line(text=text, cells=[text])])) == want


def _page(code: str) -> tuple[Page, list[str]]:
    lang = LANGS[code]
    blocks: list[Block] = skills_page_head(lang)
    want: list[str] = []
    for g, label in enumerate(lang.skill_groups[:2]):
        items = _items(code, "middle", g)
        blocks.append(Para([Run(f"{label}: " if not lang.cjk else f"{label}："), Run(", ".join(items))]))
        want += items
    blocks += [
        Para([Run(lang.headings["education"][0], bold=True, size=13)], rule=True),
        Para([Run(lang.institutions[0], bold=True)], right=[Run("2015")]),
    ]
    return Page(body=blocks, cjk=code if lang.cjk else ""), want


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("code", list(LANGS))
def test_an_ampersand_skill_reads_back_from_the_document(code: str, fmt: str) -> None:
    if fmt == "pdf" and fonts_available():
        pytest.skip(fonts_available() or "")
    page, want = _page(code)
    data = write_pdf(page) if fmt == "pdf" else write_docx(page)
    assert _keywords(parse_document(data, f"cv.{fmt}")["skills"]) == want
