"""A PDF table of labels beside their values (Europass: `Languages` | `Python, SQL`, `English` |
`C1`, a date beside each entry) is read row by row, each label on the line of its value.

Its label column holds the section headings too, at the page's left edge, and its labels are
ranged right against the values: read as a sidebar (a column of its own, read after the page), the
labels became entries of the section before and the values lost their names. Every language the
generator writes, both Europass variants, the resumes the layout matrix draws. Cells the reader
still gets wrong are in `XFAIL` (strict).
"""

from __future__ import annotations

import re

import pytest

from resume_api.parsing.pdf_layout import read_pdf
from tests.parsing.layouts import BY_NAME, LANGS, draw, render
from tests.parsing.layouts.pdf_writer import fonts_available

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

VARIANTS = ("pdf-europass-table", "pdf-europass-thesis-on-degree-line")

XFAIL: dict[tuple[str, str], str] = {}


def _cases() -> list[object]:
    return [
        pytest.param(
            name,
            code,
            id=f"{name}-{code}",
            marks=[pytest.mark.xfail(strict=True, reason=XFAIL[(name, code)])]
            if (name, code) in XFAIL
            else [],
        )
        for name in VARIANTS
        for code in LANGS
    ]


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize(("variant", "code"), _cases())
def test_each_label_is_read_on_the_line_of_its_value(variant: str, code: str) -> None:
    v = BY_NAME[variant]
    for doc in draw(code, v):
        data, _, want = render(doc, v)
        lines = [_bare(ln.text) for ln in read_pdf(data).lines]
        pairs = [(g["name"].split()[0], g["keywords"][0]) for g in want["skills"] if g.get("name")]
        pairs += [(x["language"], x["fluency"]) for x in want["languages"] if x.get("fluency")]
        assert pairs
        for label, value in pairs:
            assert any(
                ln.find(_bare(label)) >= 0 and ln.find(_bare(label)) < ln.find(_bare(value)) for ln in lines
            ), f"{label!r} is not read on the line of {value!r}"
