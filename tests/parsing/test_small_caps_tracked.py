"""Small capitals set letter by letter with tracking, as browsers print CSS `font-variant:
small-caps` with `letter-spacing` (JSON Resume's paper theme prints every date so).

Each letter is its own string, a capital at the full size and a lower-case letter at a smaller
one, the letters of a word a little apart. Two things went wrong: a gap of a tenth of an em
between two small letters read as a word space (`2015 t o 2018`), and a small letter whose
baseline matched the capital before it but not the larger text beside it (the job title level
with the dates) started a row of its own, so the range split over two lines. Generated in every
language the generators have: ranges with the language's word between the dates and with a dash,
month names, headings, titles, each beside a title in larger type set a little higher, at three
trackings.
"""

from __future__ import annotations

import io
import itertools
import re

import pytest

from resume_api.parsing.pdf_layout import read_pdf
from tests.parsing.layouts.content import fmt_date
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.noise import RANGE_WORD
from tests.parsing.layouts.pdf_writer import CJK_FONTS, SANS, _register, fonts_available

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

TRACKING = (0.05, 0.1, 0.15)
"""Letter spacing in ems of the capitals' size."""


def _texts(code: str) -> list[str]:
    lang = LANGS[code]
    sep = RANGE_WORD[code]
    return [
        f"2015{sep}2018",
        f"2019-03{sep}{lang.present[0]}",
        f"{fmt_date('2016-01', lang, 'full')}{sep if lang.cjk else ' – '}{fmt_date('2018-05', lang, 'full')}",
        lang.headings["work"][0],
        lang.titles[1],
    ]


def _page(small_caps: list[str], beside: str, tracking: float, cjk: str = "") -> bytes:
    """Each text in small caps at the left margin, `beside` in larger type 2.25 pt higher (Chinese
    and Japanese have no case: their letters are tracked alike, in a CID font)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    _register()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(612, 792))
    big, font = 7.6, CJK_FONTS.get(cjk, f"{SANS}-Bold")
    space = tracking * big
    y = 700.0
    for text in small_caps:
        x = 40.0
        # as a browser draws them: capitals and digits a string at a time, spaced by the text
        # operator's character spacing, each lower-case letter a string of its own, smaller
        for chunk in re.findall(r"[^\sa-zà-ÿа-яё]+|\s|.", text):
            if chunk.isspace():
                x += stringWidth(" ", font, big) + space
                continue
            size = 0.7 * big if chunk.islower() else big
            canvas.setFont(font, size)
            canvas.drawString(x, y, chunk, charSpace=space)
            x += stringWidth(chunk, font, size) + space * len(chunk)
        canvas.setFont(CJK_FONTS.get(cjk, SANS), 9.1)
        canvas.drawString(200, y + 2.25, beside)
        y -= 40
    canvas.save()
    return buf.getvalue()


@pytest.mark.parametrize(("code", "tracking"), list(itertools.product(LANGS, TRACKING)))
def test_tracked_small_caps_read_as_words_on_the_row_beside_them(code: str, tracking: float) -> None:
    texts = _texts(code)
    beside = LANGS[code].titles[0]
    lines = read_pdf(_page(texts, beside, tracking, code if LANGS[code].cjk else "")).lines
    assert [ln.cells for ln in lines] == [[text, beside] for text in texts]
