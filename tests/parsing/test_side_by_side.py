"""Sections set side by side under a row of their headings are read a column at a time (issue #10).

A LaTeX resume's last block is often three minipages: `LANGUAGES  HOBBIES  VOLUNTEERING`, each
heading over its own column of lines, below full-width sections (so no page-high gutter splits the
page). Read row by row, the columns' lines interleave (`English - fluent  I read sci-fi  Mentor,
Red Cross`), the three sections become one, and a word a column broke with a hyphen is split across
rows. The family: every language the generator writes, two and three columns, headings in bold
capitals, in larger type or in bold an eighth over the body (a theme's
smaller heading tier), columns of different lengths, a full-width section after the block or
none. Property: each heading's line is followed by its own column's lines and the parse puts them
in that heading's section (these run everywhere), and the parse keeps every word, dates aside (this
counts words by the corpus's `preserve.py`, so it runs where `../shared` is).
"""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from resume_api.parsing import lexicon
from tests.parsed import parse
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.pdf_writer import CJK_FONTS, SANS, fonts_available

from .builders import canvas_pdf
from .test_parse_words import kept_words
from .words import PRESERVE

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing"),
    pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available())),
]

BODY = 9.5
KEYS = ("languages", "interests", "volunteer")


def _columns(code: str, n: int, unknown: bool = False) -> list[tuple[str, list[str]]]:
    """(heading, lines) for `n` side-by-side sections in language `code`."""
    lang = LANGS[code]
    out = [
        (
            lang.headings["languages"][-1],
            [f"{name} - {lvl}" for name, lvl in zip(lang.languages, lang.fluency, strict=False)][:3],
        ),
        (lang.headings["interests"][-1], list(lang.interests[:4])),
        (
            lang.headings["volunteer"][-1],
            [f"{role}, {org}" for role, org in zip(lang.volunteer_roles, lang.volunteer_orgs, strict=False)][
                :2
            ],
        ),
    ]
    if unknown:  # a heading the lexicon does not know, beside two it knows (`NON PROFIT` in a corpus file)
        out[-1] = ("Off the Clock", out[-1][1])
    return out[:n]


def _page(
    code: str, n: int, style: str, after: bool, unknown: bool = False
) -> tuple[bytes, list[tuple[str, list[str]]]]:
    lang = LANGS[code]
    sans = CJK_FONTS.get(code, SANS)
    bold = CJK_FONTS.get(code, f"{SANS}-Bold")

    width = 490 / n
    cols = [
        (head, [t for t in lines if _width(t, sans) < width - 12])
        for head, lines in _columns(code, n, unknown)
    ]

    def heading(cv: Any, x: float, y: float, text: str) -> None:
        if style == "caps" and code not in CJK_FONTS:  # CJK has no capitals: larger type for both
            cv.setFont(bold, BODY)
            cv.drawString(x, y, text.upper())
        elif style == "slight":  # bold, an eighth over the body (minyma's h3: 13.5 pt over 12)
            cv.setFont(bold, BODY * 1.125)
            cv.drawString(x, y, text)
        else:
            cv.setFont(sans, BODY * 1.35)
            cv.drawString(x, y, text)

    def draw(cv: Any) -> None:
        given, family = lang.people[0]
        name = f"{family}{given}" if code in CJK_FONTS else f"{given} {family}"
        cv.setFont(bold, 20)
        cv.drawString(60, 750, name)
        y = 715.0
        heading(cv, 60, y, lang.headings["summary"][0])
        y -= 16
        cv.setFont(sans, BODY)
        for sentence in lang.summaries[:2]:
            cv.drawString(60, y, sentence[:110])
            y -= 12
        y -= 14
        for i, (head, _) in enumerate(cols):
            heading(cv, 60 + i * width, y, head)
        y -= 16
        cv.setFont(sans, BODY)
        for i, (_, lines) in enumerate(cols):
            for k, text in enumerate(lines):
                cv.drawString(60 + i * width, y - 12 * k, text)
        y -= 12 * max(len(lines) for _, lines in cols) + 18
        if after:
            heading(cv, 60, y, lang.headings["skills"][0])
            cv.setFont(sans, BODY)
            cv.drawString(60, y - 16, ", ".join(lang.skill_groups[:1]))

    return canvas_pdf(draw), cols


def _docx(
    code: str, n: int, style: str, after: bool, unknown: bool = False
) -> tuple[bytes, list[tuple[str, list[str]]]]:
    """The same block as a Word table: a row of headings over one row of cells (`after`: a row per
    line, then a section below the table)."""
    import io

    import docx
    from docx.shared import Pt

    lang = LANGS[code]
    cols = _columns(code, n, unknown)
    doc = docx.Document()
    given, family = lang.people[0]
    doc.add_paragraph(f"{family}{given}" if code in CJK_FONTS else f"{given} {family}")

    def heading(paragraph: Any, text: str) -> None:
        run = paragraph.add_run(text.upper() if style == "caps" and code not in CJK_FONTS else text)
        run.bold = True
        if style == "large":
            run.font.size = Pt(14)
        elif style == "slight":
            run.font.size = Pt(12.5)

    heading(doc.add_paragraph(), lang.headings["summary"][0])
    doc.add_paragraph(lang.summaries[0])
    depth = max(len(lines) for _, lines in cols)
    table = doc.add_table(rows=1 + (depth if after else 1), cols=n)
    for k, (head, lines) in enumerate(cols):
        heading(table.cell(0, k).paragraphs[0], head)
        for i, text in enumerate(lines):
            if after:
                table.cell(1 + i, k).paragraphs[0].add_run(text)
            elif i == 0:
                table.cell(1, k).paragraphs[0].add_run(text)
            else:
                table.cell(1, k).add_paragraph(text)
    if after:
        heading(doc.add_paragraph(), lang.headings["skills"][0])
        doc.add_paragraph(", ".join(lang.skill_groups[:1]))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), cols


def _width(text: str, font: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

    from .layouts.pdf_writer import _register

    _register()
    return float(stringWidth(text, font, BODY))


def _known(code: str, n: int) -> bool:
    """Whether every heading of the block names a section the parser knows (the rule's condition)."""
    from resume_api.parsing.sections import heading_key

    return all(heading_key(h) is not None for h, _ in _columns(code, n))


CELLS = [
    pytest.param(
        fmt, code, n, style, after, id=f"{fmt}-{code}-{n}-{style}-{'then-section' if after else 'last'}"
    )
    for fmt in ("pdf", "docx")
    for code in LANGS
    for n in ("2", "3", "3-unknown")
    for style in ("caps", "large", "slight")
    for after in (True, False)
    if style != "slight" or (after and n != "3-unknown")  # the tier's own cells: a section follows
]


def _block(fmt: str, code: str, n: str, style: str, after: bool) -> tuple[bytes, list[tuple[str, list[str]]]]:
    count, unknown = int(n[0]), n.endswith("unknown")
    assert _known(code, count), f"{code}: a heading of the family is not in the lexicon: {lexicon.__name__}"
    return (_page if fmt == "pdf" else _docx)(code, count, style, after, unknown)


@pytest.mark.parametrize(("fmt", "code", "n", "style", "after"), CELLS)
def test_side_by_side_sections_are_read_a_column_at_a_time(
    fmt: str, code: str, n: str, style: str, after: bool
) -> None:
    from benchmarks.parse_reader import reader_text

    data, cols = _block(fmt, code, n, style, after)
    lines = [ln.strip() for ln in reader_text(data, f"side.{fmt}").splitlines()]
    for head, body in cols:
        want = head.upper() if style == "caps" and code not in CJK_FONTS else head
        assert want in lines, f"{head!r} is not a line of its own: {lines}"
        at = lines.index(want)
        assert lines[at + 1 : at + 1 + len(body)] == body, (
            f"{head!r}: {lines[at : at + 1 + len(body)]} != {body}"
        )
    sections = {
        s["heading"].casefold(): [t.strip() for t in s["text"].splitlines()]
        for s in parse(data, f"side-{code}.{fmt}")["sections"]
        if s["heading"]
    }
    for head, body in cols:
        assert sections.get(head.casefold()) == body, (
            f"{head!r}: its section holds {sections.get(head.casefold())}"
        )


@pytest.mark.skipif(PRESERVE is None, reason="counts kept words by ../shared/corpus/preserve.py")
@pytest.mark.parametrize(("fmt", "code", "n", "style", "after"), CELLS)
def test_side_by_side_sections_keep_every_word(fmt: str, code: str, n: str, style: str, after: bool) -> None:
    data, _ = _block(fmt, code, n, style, after)
    ratio, missing = kept_words(data, f"side-{code}.{fmt}")
    assert ratio >= 0.99, f"kept {ratio:.3f}; lost {missing}"
