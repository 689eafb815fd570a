"""Headings in a left margin column, set lower than the first line of the block beside them.

Published themes (and Word tables) put a section's heading in a narrow left column and its content
in a wide right one. The heading is larger than the body, or has space above it, or is centred on
its block: its baseline then falls below the block's first line (or first lines), and a PDF read
top to bottom meets that line before the heading, so it joined the section above (a job's header
among the skills, the first skill group in the summary). Generated in every language the
generators have, PDF and DOCX, with the heading level with its block, one line lower, and centred
on a block of three to five lines.
"""

from __future__ import annotations

import pytest

from tests.parsing.cases import matrix, parse_page
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import SKILLS, Lang
from tests.parsing.layouts.model import Block, Page, Para, Run, Table

SHAPES = {
    "level": (12.0, 0.0),
    "bigger": (14.0, 0.0),
    "lower": (12.0, 5.0),
    "line_lower": (12.0, 9.0),
    "centred": (12.0, -1.0),
    "body_type": (10.0, 5.0),  # the heading in the body's size: set apart by its place alone
    "body_type_centred": (10.0, -1.0),
}
"""Heading size, and the size of a blank line above it in its cell, which sets it lower (-1: half
its block's height, centring it on its block)."""


def _skills(lang: Lang, i: int) -> list[tuple[str, list[str]]]:
    groups = lang.skill_groups
    return [
        (groups[(i + g) % len(groups)], [SKILLS[(3 * g + k + i) % len(SKILLS)] for k in range(3)])
        for g in range(2 + i % 3)
    ]


def _blocks(lang: Lang, key: str, i: int) -> list[Block]:
    if key == "work":
        out: list[Block] = []
        for j in range(2):
            out += [
                Para(
                    [Run(lang.employers[(i + j) % len(lang.employers)], bold=True)],
                    right=[Run(f"{2020 - 3 * j} – {2023 - 3 * j}")],
                ),
                Para([Run(lang.titles[(i + j) % len(lang.titles)], italic=True)]),
                Para([Run(lang.highlights[(i + j) % len(lang.highlights)])], bullet="•"),
            ]
        return out
    return [Para([Run(f"{name}: ", bold=True), Run(", ".join(items))]) for name, items in _skills(lang, i)]


KEYS = ("skills", "work")


def _page(lang: Lang, shape: str, i: int) -> Page:
    size, above = SHAPES[shape]
    given, family = lang.people[0]
    rows: list[list[list[Block]]] = []
    for key in KEYS:
        content: list[Block] = [
            *_blocks(lang, key, i),
            Para([Run("\u00a0", size=8)]),
        ]  # and the space after it
        space = above if above >= 0 else (len(content) - 2) * 5.0
        heading: list[Block] = [Para([Run(lang.headings[key][0], size=size)])]
        rows.append([[Para([Run("\u00a0", size=space)]), *heading] if space else heading, content])
    return Page(
        body=[
            Para([Run(f"{given} {family}", bold=True, size=22)]),
            Para([Run("jane.roe@example.com")]),
            Para([Run(lang.headings["summary"][0], size=size)]),
            Para([Run(lang.summaries[i % len(lang.summaries)])]),
            Para([Run("\u00a0", size=8)]),  # the space a section ends with
            Table(rows, [0.22, 0.78]),
        ]
    )


UNREAD = {
    "level-nl-pdf",
    "bigger-en-pdf", "bigger-de-pdf", "bigger-pt-pdf", "bigger-nl-pdf", "bigger-pl-pdf",
    "lower-nl-pdf", "line_lower-nl-pdf", "line_lower-pl-pdf",
    "centred-fr-pdf", "centred-es-pdf", "centred-pt-pdf", "centred-it-pdf", "centred-nl-pdf", "centred-pl-pdf",
    "body_type-es-pdf", "body_type-pt-pdf", "body_type-nl-pdf", "body_type-pl-pdf",
    "body_type_centred-fr-pdf", "body_type_centred-es-pdf", "body_type_centred-pt-pdf", "body_type_centred-it-pdf",
    "body_type_centred-nl-pdf", "body_type_centred-pl-pdf", "body_type_centred-ja-pdf",
}  # fmt: skip
"""Not read yet (PDF): a heading wrapped in the narrow column whose first line shares a row with the
block (`Competencias` / `digitales`), a heading one size up read level with a line of the block
above it, and a centred heading over a long job block in some languages."""


@pytest.mark.parametrize(("shape", "code", "fmt"), matrix(SHAPES, UNREAD))
def test_a_margin_heading_below_its_blocks_first_line_keeps_that_line(
    shape: str, code: str, fmt: str
) -> None:
    lang = LANGS[code]
    i = sum(map(ord, shape + code)) % 5
    parsed = parse_page(_page(lang, shape, i), code, fmt)
    keys = [s["key"] for s in parsed["sections"] if s["key"] != "other"]
    assert keys == ["summary", *KEYS], [(s["key"], s["heading"], s["text"][:60]) for s in parsed["sections"]]
    assert parsed["work"][0].get("name") == lang.employers[i % len(lang.employers)]
    got = {g.get("name"): g.get("keywords") for g in parsed["skills"]}
    assert got == dict(_skills(lang, i))
