"""Skills printed one group a row as `Name: kw, kw`, the groups with no keywords after them as
`Name:` alone (compact and straightforward print JSON Resume's name-only skills so): each such row
is a skill of its own, never the rest of the name above it wrapped in its cell.

Every language of the generators, PDF and DOCX, the label bold with its colon or bold before it,
one to three name-only rows (multi-word names, as people write them) after two or three groups
with keywords, in list bullets or not, the rows spaced alike or the name-only ones closer (a row
with keywords taller by a list item's margin, as a wrapped name's leading would be). Built from the generators' words, never from a theme."""

from __future__ import annotations

from typing import Any

import pytest

from resume_api.parsing import parse_document
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.model import Block, Page, Para, Run
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf
from tests.parsing.layouts.skill_idioms import MULTIWORD
from tests.parsing.test_skill_lists import RUN_IN, skills_page_head

FORMS = ("bold_colon", "bold_then_colon")


def _page(code: str, form: str, bullet: bool, alone: int, tight: bool) -> tuple[Page, list[dict[str, Any]]]:
    lang = LANGS[code]
    words = MULTIWORD[code]
    colon = "：" if lang.cjk else ":"
    blocks: list[Block] = skills_page_head(lang)
    want: list[dict[str, Any]] = []
    keyed = 2 + alone % 2
    for g, label in enumerate(lang.skill_groups[:keyed]):
        items = [words[g], "SQL", "Docker"][: 2 + g % 2]
        runs = RUN_IN[form](label)
        if lang.cjk:
            runs = [Run(r.text.replace(":", colon), bold=r.bold) for r in runs]
        blocks.append(
            Para(
                [*runs, Run(", ".join(items))],
                bullet="•" if bullet else None,
                space_before=3.0 if tight else 0.0,
            )
        )
        want.append({"name": label, "keywords": items})
    for name in words[keyed : keyed + alone]:
        runs = (
            [Run(f"{name}{colon}", bold=True)] if form == "bold_colon" else [Run(name, bold=True), Run(colon)]
        )
        blocks.append(Para(runs, bullet="•" if bullet else None))
        want.append({"name": name})
    blocks += [
        Para([Run(lang.headings["education"][0], bold=True, size=13)], rule=True),
        Para([Run(lang.institutions[0], bold=True)], right=[Run("2015")]),
    ]
    return Page(body=blocks, cjk=code if lang.cjk else ""), want


def _cells() -> list[Any]:
    out: list[Any] = []
    for i, code in enumerate(LANGS):
        for fmt in ("pdf", "docx"):
            for j, form in enumerate(FORMS):
                for tight in (False, True):
                    alone = 1 + (i + j + tight) % 3
                    bullet = (i + j) % 2 == 1
                    cell = f"{code}-{fmt}-{form}-{alone}{'-tight' if tight else ''}"
                    out.append(pytest.param(code, fmt, form, bullet, alone, tight, id=cell))
    return out


@pytest.mark.parametrize(("code", "fmt", "form", "bullet", "alone", "tight"), _cells())
def test_a_name_alone_after_its_colon_is_a_skill_of_its_own(
    code: str, fmt: str, form: str, bullet: bool, alone: int, tight: bool
) -> None:
    if fmt == "pdf" and fonts_available():
        pytest.skip(fonts_available() or "")
    if fmt == "pdf" and LANGS[code].cjk:
        pytest.skip("the generator's CJK PDF font has no bold face: nothing sets the label apart")
    page, want = _page(code, form, bullet, alone, tight)
    data = write_pdf(page) if fmt == "pdf" else write_docx(page)
    got = [
        {k: v for k, v in g.items() if k in ("name", "keywords") and v}
        for g in parse_document(data, f"cv.{fmt}")["skills"]
    ]
    assert got == want
