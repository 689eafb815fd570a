"""A line never runs across a column edge: a sidebar's words and the main column's stay apart
however close the sidebar's text comes to the gutter.

A row's runs are cut into cells where the gap between two is an em or more. A sidebar's longest
lines (a name set large and letter-spaced, a tracked heading, a line ranged right against the main
column) can end a few points before the main column starts, closer than an em of the smaller type:
`Schneider BERUFSERFAHRUNG` was one cell, the row crossed every gutter, and the page was read row
by row, sidebar and main column interleaved. The page itself says where a column starts: the left
edge most of its rows share. Each page here is a sidebar beside a main column, in every language
the generator writes, drawn with reportlab (its widest line, the name, ending a few points before
the main column) and printed by Chromium from the HTML sidebars (its name and headings reaching the gutter);
no line of the reader may hold words of both columns.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest

from resume_api.parsing.pdf_layout import read_pdf
from tests.parsing.layouts import LANGS, draw
from tests.parsing.layouts.html_writer import (
    HTML_BY_NAME,
    VARIANT,
    cjk_font,
    html_available,
    html_page,
    render_html,
)
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.pdf_writer import CJK_FONTS, SANS, _register, fonts_available

from .words import TOKENS

MAIN_X = 200.0


def _mixed(lines: list[str], side: str, main: str) -> list[str]:
    """The lines holding a word only the sidebar has and a word only the main column has."""
    side_only = set(TOKENS(side)) - set(TOKENS(main))
    main_only = set(TOKENS(main)) - set(TOKENS(side))
    return [ln for ln in lines if set(TOKENS(ln)) & side_only and set(TOKENS(ln)) & main_only]


def _canvas(paint: Callable[[Any], None]) -> bytes:
    from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

    _register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    paint(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _columns(lang: Lang) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """(sidebar lines, main lines) as (text, size): the sidebar's name in two lines, set large."""
    given, family = lang.people[0]
    side = [(given, 22.0), (family, 22.0), (lang.headings["skills"][0].upper(), 11.0)]
    side += [(f"{g}: Python, SQL", 9.5) for g in lang.skill_groups[:2]]
    side.append((lang.headings["languages"][0].upper(), 11.0))
    side += [(f"{x} — {f}", 9.5) for x, f in zip(lang.languages[:2], lang.fluency, strict=False)]
    side.append((lang.headings["interests"][0].upper(), 11.0))
    side += [(x, 9.5) for x in lang.interests[:3]]
    main = [(lang.headings["summary"][0].upper(), 11.0), (lang.summaries[0], 9.5)]
    main.append((lang.headings["work"][0].upper(), 11.0))
    for j in range(2):
        main += [(f"{lang.titles[j]}, {lang.employers[j]}", 9.5), (f"{2016 + 2 * j} – {2017 + 2 * j}", 9.5)]
        main += [(f"• {h}", 9.5) for h in lang.highlights[j : j + 2]]
    main.append((lang.headings["education"][0].upper(), 11.0))
    main.append((lang.institutions[0], 9.5))
    return side, main


def _tracking(size: float) -> float:
    return 0.12 * size if size > 10 else 0.0  # the name and the headings letter-spaced


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

    return float(stringWidth(text, font, size)) + _tracking(size) * len(text)


def _page(lang: Lang, gap: float) -> tuple[bytes, str, str]:
    """The sidebar ranged left, placed so that its name's wider line ends `gap` points before the
    main column: the name is set large enough to be the sidebar's widest line."""
    _register()
    font = CJK_FONTS[lang.code] if lang.cjk else SANS
    side, main = _columns(lang)
    widest = max(_width(t, font, size) for t, size in side[2:])
    name = max(_width(t, font, 22.0) for t, _ in side[:2])
    size = 22.0 * max(1.0, 1.05 * widest / name)
    side[:2] = [(t, size) for t, _ in side[:2]]
    reach = max(_width(t, font, size) for t, _ in side[:2])

    def paint(cv: Any) -> None:
        for texts, x in ((side, MAIN_X - gap - reach), (main, MAIN_X)):
            y = 780.0
            for text, size in texts:
                line = cv.beginText(x, y)
                line.setFont(font, size)
                line.setCharSpace(_tracking(size))
                line.textOut(text)
                cv.drawText(line)
                y -= 14.0 if size < 20 else 26.0

    return _canvas(paint), "\n".join(t for t, _ in side), "\n".join(t for t, _ in main)


MERGED = pytest.mark.xfail(strict=True, reason="the sidebar's name runs into the main column's heading")


@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize("gap", [4.0, 7.0])
@pytest.mark.parametrize("code", [pytest.param(c, marks=MERGED if c != "zh" else ()) for c in LANGS])
def test_a_sidebar_whose_name_reaches_the_gutter_is_read_apart(code: str, gap: float) -> None:
    data, side, main = _page(LANGS[code], gap)
    lines = [ln.text for ln in read_pdf(data).lines]
    assert _mixed(lines, side, main) == [], lines


SIDEBARS = ("html-sidebar-left", "html-sidebar-right", "html-narrow-sidebar-wrapped-email")
HTML_MERGED = {("html-sidebar-left", "de"), ("html-sidebar-left", "nl")}


def _html_columns(markup: str) -> tuple[str, str]:
    from lxml import html  # type: ignore[import-untyped]

    root = html.fromstring(markup)
    return (
        "\n".join(root.xpath("//aside")[0].itertext()),
        "\n".join(root.xpath("//main")[0].itertext()),
    )


@pytest.mark.skipif(html_available() is not None, reason=str(html_available()))
@pytest.mark.parametrize(
    ("layout", "code"),
    [
        pytest.param(lay, c, marks=MERGED if (lay, c) in HTML_MERGED else ())
        for lay in SIDEBARS
        for c in LANGS
    ],
)
def test_a_printed_sidebar_is_read_apart(layout: str, code: str) -> None:
    if LANGS[code].cjk and not cjk_font():
        pytest.skip("no CJK font for Chromium here (Debian: fonts-noto-cjk)")
    mixed = []
    for doc in draw(code, VARIANT, 2):
        data, _, _ = render_html(doc, HTML_BY_NAME[layout])
        side, main = _html_columns(html_page(doc, HTML_BY_NAME[layout])[0])
        mixed += _mixed([ln.text for ln in read_pdf(data).lines], side, main)
    assert mixed == []
