"""OpenType shaping with HarfBuzz (uharfbuzz) for scripts that need it: Arabic joining, Indic
conjuncts and vowel reordering, Thai and Hebrew mark placement.

The result is reportlab's own `ShapedStr`: one character per glyph (the glyph's Unicode value, or
a private-use code reportlab assigns to a glyph with none, such as an Arabic medial form) with
HarfBuzz's advances and offsets, which `textOut` writes as positioned glyphs in a `TJ` array and
the font subset embeds. Only pieces in a fallback font marked `shaped` come here: Latin, Greek,
Cyrillic and CJK print with plain character codes, as before. reportlab's own `shapeStr` guesses
the direction from the text; here the bidi level decides it, so a right-to-left piece comes back
in visual order.

Shaping does not depend on the point size (HarfBuzz works in font units, scaled to 1000 per em
here, as reportlab's widths are), so results are cached per font, text and direction.
"""

from __future__ import annotations

import functools
from typing import Any

from .bidi import has_rtl
from .fallback import Face

FEATURES = {"kern": True, "liga": True}


@functools.lru_cache(maxsize=4096)
def _shape(font: Any, text: str, rtl: bool) -> tuple[Any, float]:
    import uharfbuzz  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr  # type: ignore[import-untyped]

    hb = font.hbFont(1000)
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb, buf, FEATURES)
    face = font.face
    chars: list[str] = []
    data = []
    total = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        x_advance = font.pdfScale(pos.x_advance)
        codes = face.glyphToChar.get(gid)
        code = codes[0] if codes else font.hbAddPrivate(hb.glyph_to_string(gid), gid, x_advance)
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                font.pdfScale(pos.y_advance),
                font.pdfScale(pos.x_offset),
                font.pdfScale(pos.y_offset),
                face.charWidths.get(code, x_advance),
            )
        )
        total += x_advance
    return ShapedStr("".join(chars), shapeData=data), total


def shape(face: Face, text: str, rtl: bool = False) -> Any:
    """The text as positioned glyphs (`ShapedStr`), in visual order."""
    return _shape(face.metrics.font, text, rtl)[0]


def width(face: Face, text: str, size: float) -> float:
    """Advance width in points once shaped (joined Arabic is narrower than its isolated forms)."""
    return _shape(face.metrics.font, text, has_rtl(text))[1] * size / 1000
