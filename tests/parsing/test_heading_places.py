"""Section headings are found in the dresses and places templates give them, in every language:
letter-spaced capitals, a trailing colon, a number, body type on a line of its own, and in the left
cell of a Europass-style two-column table beside the section's content. PDF and DOCX.

Built from the generator's vocabulary (`layouts/lang.py`), never from a corpus file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.parsing.cases import matrix, parse_page
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.model import Block, Page, Para, Run, Table

KEYS = ("work", "education", "skills")


def _content(lang: Lang, key: str, i: int) -> list[Block]:
    if key == "work":
        return [
            Para([Run(lang.employers[i % len(lang.employers)], bold=True)], right=[Run("2019 – 2023")]),
            Para([Run(lang.titles[i % len(lang.titles)], italic=True)]),
            Para([Run(lang.highlights[i % len(lang.highlights)])], bullet="•"),
        ]
    if key == "education":
        return [Para([Run(lang.institutions[i % len(lang.institutions)], bold=True)], right=[Run("2015")])]
    return [Para([Run("Python, SQL, Docker, Jira")])]


def _dressed(dress: Callable[[str], Para]) -> Callable[[Lang, int], list[Block]]:
    def build(lang: Lang, i: int) -> list[Block]:
        out: list[Block] = []
        for key in KEYS:
            out += [dress(lang.headings[key][0]), *_content(lang, key, i)]
        return out

    return build


def europass_table(lang: Lang, i: int) -> list[Block]:
    rows: list[list[list[Block]]] = [
        [[Para([Run(lang.headings[key][0], size=11)])], _content(lang, key, i)] for key in KEYS
    ]
    return [Table(rows, [0.3, 0.7])]


DRESSES: dict[str, Callable[[Lang, int], list[Block]]] = {
    "letter_spaced": _dressed(lambda t: Para([Run("   ".join(" ".join(w) for w in t.upper().split()), bold=True, size=12)], space_before=8)),
    "colon": _dressed(lambda t: Para([Run(f"{t}:", bold=True, size=12)], space_before=8)),
    "numbered_roman": _dressed(lambda t: Para([Run(f"II. {t}", bold=True, size=13)], space_before=8)),
    "body_type": _dressed(lambda t: Para([Run(t)], space_before=8)),
    "europass_table": europass_table,
}  # fmt: skip


UNREAD = {"europass_table-es-pdf", "europass_table-pt-pdf"}
"""Not read yet: the headings are found, but the Spanish and Portuguese job beside its heading in a
PDF table row (`Experiencia laboral | Iberia Datos S.L. | 2019 – 2023`) is not read as a job."""


CASES = matrix(DRESSES, UNREAD)


@pytest.mark.parametrize(("dress", "code", "fmt"), CASES)
def test_headings_are_found_in_every_dress_and_place(dress: str, code: str, fmt: str) -> None:
    lang = LANGS[code]
    given, family = lang.people[0]
    head: list[Block] = [
        Para([Run(f"{given} {family}", bold=True, size=22)]),
        Para([Run("jane.roe@example.com")]),
    ]
    parsed = parse_page(Page(body=[*head, *DRESSES[dress](lang, 1)]), code, fmt)
    keys = [s["key"] for s in parsed["sections"] if s["key"] != "other"]
    assert keys == list(KEYS), [(s["key"], s["heading"]) for s in parsed["sections"]]
    assert [w["name"] for w in parsed["work"]] == [lang.employers[1 % len(lang.employers)]]
