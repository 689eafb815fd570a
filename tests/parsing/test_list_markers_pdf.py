"""A list item's marker belongs to its item, wherever the page put the glyph.

Web pages draw a list marker with CSS (`li::before { content: "▸"; display: inline-block;
width: 11px; margin-left: -11px }`), and two things follow that a word processor never does:
- when the item holds a block (a flex row with a date at its right, a paragraph), the marker stays
  alone on the line box above it and the item's text starts on the next line, indented past it;
- when the glyph is as wide as its box (`✓`, `➤`), the text starts right after it, without the
  gap of a space.
Read as they stand, the marker became an entry of its own (`('▸',)` in awards and certificates)
or a stray character glued to a word (`✓Led a team`). Each page here is drawn in every language
the generator writes, with each common glyph, with and without a date at the item's right: the
reader must give one line per item, a list item whose body is the item's text.

What the rule must not take: a marker whose text stands on its own row, however far from it (a
word processor's hanging indent: `•` at 90 pt, the text at 108 pt), a dash alone on a row of its
own that is no marker (between two stacked dates), a row of rating stars.
"""

from __future__ import annotations

from typing import Any

import pytest

from resume_api.parsing import parse_document
from resume_api.parsing.pdf_layout import read_pdf
from tests.parsing.builders import canvas_pdf
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.pdf_writer import CJK_FONTS, SANS, fonts_available

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

GLYPHS = ("▸", "•", "–", "›", "✓", "◆", "➤", "■")
WIDE = ("▸", "•", "✓", "◆", "➤", "■")
"""Glyphs as wide as the box CSS gives a marker: the text follows them without a space's gap."""
SIZE = 9.5
LEAD = 12.8


def _font(lang: Lang) -> str:
    return CJK_FONTS[lang.code] if lang.cjk else SANS


def _items(lang: Lang) -> list[str]:
    return [f"{a}, {b}" for a, b in zip(lang.awards[:2], lang.awarders, strict=False)]


def _page(lang: Lang, glyph: str, dated: bool, glued: bool = False) -> bytes:
    """A name, an awards heading and two awards, each marker above its text (or glued to it)."""
    font = _font(lang)

    def draw(cv: Any) -> None:
        cv.setFont(font, 22)
        cv.drawString(40, 780, " ".join(lang.people[0]))
        cv.setFont(font, 11)
        cv.drawString(40, 740, lang.headings["awards"][0].upper())
        y = 720.0
        for n, item in enumerate(_items(lang)):
            cv.setFont(SANS, SIZE)
            cv.drawString(41, y, glyph)
            if glued:
                x = 41 + cv.stringWidth(glyph, SANS, SIZE) + 0.4
            else:
                x, y = 49.5, y - LEAD
            cv.setFont(font, SIZE)
            cv.drawString(x, y, item)
            if dated:
                cv.setFont(SANS, SIZE)
                cv.drawRightString(555, y, str(2016 + n))
            y -= 2 * LEAD
        cv.setFont(font, 11)
        cv.drawString(40, y - 8, lang.headings["interests"][0].upper())
        cv.setFont(font, SIZE)
        cv.drawString(40, y - 8 - 1.6 * LEAD, ", ".join(lang.interests[:2]))

    return canvas_pdf(draw, width=595, height=842)


CASES = [
    (code, glyph, dated)
    for i, code in enumerate(LANGS)
    for j, glyph in enumerate(GLYPHS)
    for dated in ((i + j) % 2 == 0,)
]


def _bodies(data: bytes) -> list[tuple[str, bool]]:
    return [(ln.body, ln.bullet) for ln in read_pdf(data).lines]


@pytest.mark.parametrize(("code", "glyph", "dated"), CASES)
def test_a_marker_alone_above_its_item_starts_that_item(code: str, glyph: str, dated: bool) -> None:
    lang = LANGS[code]
    lines = _bodies(_page(lang, glyph, dated))
    for n, item in enumerate(_items(lang)):
        want = f"{item} {2016 + n}" if dated else item
        assert (want, True) in lines, f"{want!r} is no list item of its own: {lines}"
    assert not any(body in GLYPHS or not body for body, _ in lines), lines


@pytest.mark.parametrize(("code", "glyph", "dated"), CASES)
def test_a_marker_alone_above_its_item_makes_no_entry(code: str, glyph: str, dated: bool) -> None:
    lang = LANGS[code]
    awards = parse_document(_page(lang, glyph, dated), "awards.pdf").get("awards") or []
    assert [a.get("title") for a in awards] == list(lang.awards[:2]), awards


@pytest.mark.parametrize(("code", "glyph"), [(c, g) for i, c in enumerate(LANGS) for g in WIDE[i % 2 :: 2]])
def test_a_marker_glued_to_its_text_is_a_marker(code: str, glyph: str) -> None:
    lang = LANGS[code]
    lines = _bodies(_page(lang, glyph, dated=False, glued=True))
    for item in _items(lang):
        assert (item, True) in lines, f"{item!r} is no list item of its own: {lines}"


def test_a_marker_with_its_text_on_its_own_row_keeps_it() -> None:
    items = ("Meet with clients to discuss their needs", "Compute taxes", "Prepare balance sheets")

    def draw(cv: Any) -> None:
        cv.setFont(SANS, 11)
        cv.drawString(72, 760, "EXPERIENCE")
        for n, item in enumerate(items):
            cv.setFont(SANS, 10)
            cv.drawString(90, 740 - 14 * n, "•")
            cv.drawString(108, 740 - 14 * n, item)

    lines = _bodies(canvas_pdf(draw, width=595, height=842))
    assert [body for body, bullet in lines if bullet] == list(items), lines


def test_a_dash_between_stacked_dates_and_a_row_of_stars_stay_as_they_are() -> None:
    def draw(cv: Any) -> None:
        cv.setFont(SANS, 11)
        cv.drawString(40, 760, "EXPERIENCE")
        cv.setFont(SANS, SIZE)
        cv.drawString(40, 740, "Data Analyst, Acme Corporation")
        cv.drawCentredString(60, 727.2, "–")
        cv.drawString(40, 714.4, "Built the quarterly forecasting model")
        cv.drawString(40, 690, "SKILLS")
        cv.drawString(40, 677, "Python")
        cv.drawString(40, 664, "★★★★☆")
        cv.drawString(52, 651, "SQL, Excel")

    texts = [ln.text for ln in read_pdf(canvas_pdf(draw, width=595, height=842)).lines]
    assert "–" in texts and "Built the quarterly forecasting model" in texts, texts
    assert "★★★★☆" in texts and "SQL, Excel" in texts, texts
