"""Glyph widths and coverage of the embedded fonts, read once with fontTools.

The typesetter measures text with these widths (the same 1/1000 em integers fpdf2 uses), so line
breaks and page counts do not need fpdf2 at all: the DOCX writer gets its page estimate and the
`compact` template its fit-to-page search without importing the PDF library (about a second of
import time on a cold Lambda). Characters the fonts lack are replaced *before* measuring, so the
PDF never shows an empty box and fpdf2 never warns about missing glyphs.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

FONT_DIR = Path(__file__).resolve().with_name("fonts")
FILES: dict[tuple[str, str], str] = {
    ("sans", ""): "DejaVuSans.ttf",
    ("sans", "B"): "DejaVuSans-Bold.ttf",
    ("sans", "I"): "DejaVuSans-Oblique.ttf",
    ("serif", ""): "DejaVuSerif.ttf",
    ("serif", "B"): "DejaVuSerif-Bold.ttf",
    ("serif", "I"): "DejaVuSerif-Italic.ttf",
}
STYLES = ("", "B", "I")
ASCENT = 1901 / 2048
DESCENT = 483 / 2048
"""DejaVu's hhea ascent and descent, in em (the same in every file used)."""

_FALLBACK = {
    "\u2010": "-",
    "\u2011": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
}


@dataclass(frozen=True, slots=True)
class FontMetrics:
    widths: dict[int, int]
    """Advance width per code point, in 1/1000 em (rounded like fpdf2)."""
    missing: int

    def width(self, text: str, size: float) -> float:
        w = self.widths
        return sum(w.get(ord(c), self.missing) for c in text) * size / 1000


def path(family: str, style: str) -> Path:
    return FONT_DIR / FILES[(family, style)]


@functools.cache
def metrics(family: str, style: str) -> FontMetrics:
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    font = TTFont(str(path(family, style)), lazy=True)
    scale = 1000 / font["head"].unitsPerEm
    hmtx = font["hmtx"].metrics
    widths = {
        cp: round(scale * (0 if hmtx[glyph][0] == 65535 else hmtx[glyph][0]) + 0.001)
        for cp, glyph in font.getBestCmap().items()
    }
    missing = round(scale * hmtx[".notdef"][0] + 0.001) if ".notdef" in hmtx else 500
    font.close()
    return FontMetrics(widths=widths, missing=missing)


@functools.cache
def coverage(family: str) -> frozenset[int]:
    """Code points every style of the family can print."""
    sets = [set(metrics(family, s).widths) for s in STYLES]
    return frozenset(set.intersection(*sets))


def printable(text: str, family: str) -> str:
    """`text` with every character the family lacks replaced by a close one, or `?`."""
    cover = coverage(family)
    if all(ord(c) in cover for c in text):
        return text
    out = []
    for c in text:
        if ord(c) in cover:
            out.append(c)
            continue
        sub = _FALLBACK.get(c)
        if sub is None:
            base = "".join(
                d
                for d in unicodedata.normalize("NFKD", c)
                if ord(d) in cover and not unicodedata.combining(d)
            )
            sub = base or ("" if unicodedata.category(c) in {"Mn", "Me", "Cf"} else "?")
        out.append(sub)
    return "".join(out)
