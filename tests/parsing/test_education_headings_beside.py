"""Round 19 (#10): the sections after Education printed side by side, headed in an entry's type.

The `minyma` theme ends with two sections to a band, each headed in the type of an entry's title
(`Languages` | `Interests`, `Awards` | `Certificates` in bold, as big as a degree's line): read in
page order, one line holds both headings, which names no section, so every line after it stayed
in the Education section and its languages, awards and certificates were read as schools (≈ 90
extra entries over the tune themes). Cases: two schools, then a band of two sections (languages
and certificates, languages and interests, awards and certificates), the headings in an entry's
title type or in the headings' own, in every language the layout generator has, PDF and DOCX
(Word reads each column's cells in turn), written before the rule.

What today's parser still gets wrong is in `XFAIL` (strict).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.document import parse_document
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import LANGS, Lang
from tests.parsing.layouts.model import Block, Page, Para, Run, Table
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

PAIRS = (("languages", "certificates"), ("languages", "interests"), ("awards", "certificates"))
"""The two sections of the band, left then right."""

RANGES = ("2015 – 2018", "2011 – 2015")


def _items(lang: Lang, key: str) -> list[Block]:
    """A section's items as minyma prints them: a language over its fluency, an award or a
    certificate over its issuer and year, an interest alone."""
    if key == "languages":
        pairs = [(lang.languages[i], lang.fluency[i]) for i in range(2)]
        return [Para([Run(w)]) if j == 0 else Para([Run(f"- {f}")]) for w, f in pairs for j in range(2)]
    if key == "interests":
        return [Para([Run(lang.interests[i])]) for i in range(3)]
    out: list[Block] = []
    for i in range(2):
        out += [Para([Run(lang.awards[i], size=11)]), Para([Run(f"{lang.awarders[i]} · {2019 + i}", size=9)])]
    return out


def _document(fmt: str, code: str, pair: tuple[str, str], look: str) -> bytes:
    lang = LANGS[code]
    body: list[Block] = [
        Para([Run(" ".join(lang.people[0]), bold=True, size=18)]),
        Para([Run("someone@example.com")]),
        Para([Run(lang.headings["education"][0], bold=True, size=16)], space_before=12),
    ]
    for i, dates in enumerate(RANGES):
        deg, areas = lang.degrees[i % len(lang.degrees)]
        body += [
            Para([Run(lang.institutions[i], bold=True, size=12)], right=[Run(dates)], space_before=8),
            Para([Run(lang.degree_forms[0].format(degree=deg, area=areas[0]), size=11)]),
        ]
    size = 12 if look == "title" else 16
    columns = [[Para([Run(lang.headings[key][0], bold=True, size=size)]), *_items(lang, key)] for key in pair]
    body.append(Table([columns], [0.5, 0.5]))
    page = Page(body=body, cjk=code if lang.cjk else "")
    return write_pdf(page) if fmt == "pdf" else write_docx(page)


def _cells() -> list[object]:
    out: list[object] = []
    for pair in PAIRS:
        for look in ("title", "heading"):
            for fmt in ("pdf", "docx"):
                for code in LANGS:
                    key = ("+".join(pair), look, fmt, code)
                    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[key])] if key in XFAIL else []
                    out.append(pytest.param(pair, look, fmt, code, id="-".join(key), marks=marks))
    return out


# fmt: off
XFAIL: dict[tuple[str, ...], str] = {
}
# fmt: on


@pytest.mark.parametrize(("pair", "look", "fmt", "code"), _cells())
def test_sections_printed_side_by_side_after_education_are_no_schools(
    pair: tuple[str, str], look: str, fmt: str, code: str
) -> None:
    parsed = parse_document(_document(fmt, code, pair, look), f"cv.{fmt}")
    got = [e.get("institution") for e in parsed.get("education") or []]
    assert got == list(LANGS[code].institutions[:2])
