"""Font fallback: which embedded font prints each character, so every script a resume holds prints.

DejaVu (`metrics.py`) prints Latin, Greek and Cyrillic. Everything else goes to a fallback font
chosen by Unicode block: Noto Sans for Arabic, Hebrew, the Indic scripts, Thai, Lao, Khmer,
Myanmar, Georgian, Armenian and Ethiopic, WenQuanYi Micro Hei for Chinese, Japanese and Korean
(all TrueType outlines, which reportlab embeds and subsets per document; see fonts/README.md).

A fallback font is loaded the first time a character of its blocks is measured, never before: a
Latin-only resume reads no fallback file (tests/render/test_scripts.py checks it). Blocks are
declared here rather than read from the fonts for that reason; a character inside a declared
block that the font still lacks falls through to the next candidate, then to `printable`'s
replacement.

Characters common to every script (spaces, digits, punctuation) stay in the font of the text
around them when that font has them, so a run of Arabic words with their spaces and commas is
one piece, shaped as one.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from dataclasses import dataclass

from .metrics import FONT_DIR, LOADED, FontMetrics, coverage, load_font, metrics


@dataclass(frozen=True, slots=True)
class Fallback:
    script: str
    regular: str
    bold: str | None
    """A bold face where one is shipped; bold text in the other scripts prints in the regular."""
    blocks: tuple[tuple[int, int], ...]
    shaped: bool
    """Needs OpenType shaping (joining, reordering, mark placement) to print correctly."""


FALLBACKS: tuple[Fallback, ...] = (
    Fallback(
        "arabic",
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
        True,
    ),
    Fallback(
        "hebrew",
        "NotoSansHebrew-Regular.ttf",
        "NotoSansHebrew-Bold.ttf",
        ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)),
        True,
    ),
    Fallback(
        "devanagari",
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansDevanagari-Bold.ttf",
        ((0x0900, 0x097F), (0x1CD0, 0x1CFF), (0xA8E0, 0xA8FF)),
        True,
    ),
    Fallback("bengali", "NotoSansBengali-Regular.ttf", None, ((0x0980, 0x09FF),), True),
    Fallback("gurmukhi", "NotoSansGurmukhi-Regular.ttf", None, ((0x0A00, 0x0A7F),), True),
    Fallback("gujarati", "NotoSansGujarati-Regular.ttf", None, ((0x0A80, 0x0AFF),), True),
    Fallback("tamil", "NotoSansTamil-Regular.ttf", None, ((0x0B80, 0x0BFF),), True),
    Fallback("telugu", "NotoSansTelugu-Regular.ttf", None, ((0x0C00, 0x0C7F),), True),
    Fallback("kannada", "NotoSansKannada-Regular.ttf", None, ((0x0C80, 0x0CFF),), True),
    Fallback("malayalam", "NotoSansMalayalam-Regular.ttf", None, ((0x0D00, 0x0D7F),), True),
    Fallback("sinhala", "NotoSansSinhala-Regular.ttf", None, ((0x0D80, 0x0DFF),), True),
    Fallback("thai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", ((0x0E00, 0x0E7F),), True),
    Fallback("lao", "NotoSansLao-Regular.ttf", None, ((0x0E80, 0x0EFF),), True),
    Fallback(
        "myanmar",
        "NotoSansMyanmar-Regular.ttf",
        None,
        ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)),
        True,
    ),
    Fallback(
        "georgian",
        "NotoSansGeorgian-Regular.ttf",
        None,
        ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F)),
        False,
    ),
    Fallback(
        "ethiopic",
        "NotoSansEthiopic-Regular.ttf",
        None,
        ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)),
        True,
    ),
    Fallback("khmer", "NotoSansKhmer-Regular.ttf", None, ((0x1780, 0x17FF), (0x19E0, 0x19FF)), True),
    Fallback("armenian", "NotoSansArmenian-Regular.ttf", None, ((0x0530, 0x058F), (0xFB13, 0xFB17)), False),
    Fallback(
        "cjk",
        "WenQuanYiMicroHei.ttf",
        None,
        (
            (0x1100, 0x11FF),  # Hangul Jamo
            (0x2E80, 0x2FDF),  # CJK and Kangxi radicals
            (0x3000, 0x303F),  # CJK symbols and punctuation
            (0x3040, 0x30FF),  # Hiragana, Katakana
            (0x3100, 0x318F),  # Bopomofo, Hangul compatibility Jamo
            (0x31F0, 0x31FF),  # Katakana phonetic extensions
            (0x3200, 0x33FF),  # enclosed CJK, CJK compatibility
            (0x3400, 0x4DBF),  # CJK Extension A
            (0x4E00, 0x9FFF),  # CJK Unified Ideographs
            (0xAC00, 0xD7AF),  # Hangul syllables
            (0xF900, 0xFAFF),  # CJK compatibility ideographs
            (0xFE30, 0xFE4F),  # CJK compatibility forms
            (0xFF00, 0xFFEF),  # half- and full-width forms
        ),
        False,
    ),
)

_SPANS: list[tuple[int, int, Fallback]] = []
"""Every declared block, sorted by its first code point, for a binary search."""
for _fb in FALLBACKS:
    for _lo, _hi in _fb.blocks:
        _SPANS.append((_lo, _hi, _fb))
_SPANS.sort(key=lambda s: s[0])
_STARTS: list[int] = [s[0] for s in _SPANS]

JOINERS = {0x200C, 0x200D}
"""ZWNJ and ZWJ: they belong to the text around them (Persian, the Indic scripts)."""


@dataclass(frozen=True, slots=True)
class Face:
    """One font a piece of text prints in."""

    metrics: FontMetrics
    shaped: bool
    primary: bool
    fake_bold: bool = False
    """Bold asked of a font with no bold face: painted with a thin outline (fill and stroke)."""


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    face: Face


def fallback_for(cp: int) -> Fallback | None:
    """The fallback whose declared blocks hold the code point, if any (no font is loaded)."""
    i = bisect.bisect_right(_STARTS, cp) - 1
    if i >= 0:
        lo, hi, fb = _SPANS[i]
        if lo <= cp <= hi:
            return fb
    return None


def face(fb: Fallback, style: str) -> Face:
    """The fallback font for a style, loaded and registered with reportlab on first use."""
    if style == "B" and fb.bold:
        return _load(fb.bold, fb.shaped, False)
    return _load(fb.regular, fb.shaped, style == "B")


@functools.cache
def _load(file: str, shaped: bool, fake_bold: bool) -> Face:
    """Once per file and weight: styles without a face of their own share the regular font."""
    return Face(_font(file), shaped, False, fake_bold)


@functools.cache
def _font(file: str) -> FontMetrics:
    return load_font(FONT_DIR / file, "resume_api." + file.removesuffix(".ttf"))


@functools.cache
def primary(family: str, style: str) -> Face:
    return Face(metrics(family, style), False, True)


def _is_common(c: str) -> bool:
    """Spaces, punctuation, digits, symbols and joiners: they take the font of their neighbours."""
    cat = unicodedata.category(c)
    return cat[0] in "ZPNS" or ord(c) in JOINERS or cat == "Cc"


def _is_mark(c: str) -> bool:
    return unicodedata.category(c)[0] == "M"


def own_face(c: str, family: str, style: str) -> Face | None:
    """The font for a character taken alone: DejaVu when it has it, else its script's fallback."""
    cp = ord(c)
    first = primary(family, style)
    if cp in first.metrics.chars:
        return first
    fb = fallback_for(cp)
    if fb is not None:
        f = face(fb, style)
        if cp in f.metrics.chars:
            return f
    return None


def printable_char(c: str, family: str) -> bool:
    """Some embedded font (DejaVu or a fallback) has a glyph for the character."""
    return own_face(c, family, "") is not None


def segment(text: str, family: str, style: str) -> list[Piece]:
    """The text cut into maximal pieces that print in one font, in logical order.

    Letters take their own font; marks stay with their base; spaces, digits and punctuation join
    the piece before them when its font has them (else the one after, else DejaVu), so script
    runs are not broken at every space. Text no font covers must be replaced before (`printable`).
    """
    first = primary(family, style)
    if all(ord(c) in first.metrics.chars for c in text):
        return [Piece(text, first)] if text else []
    faces: list[Face | None] = []
    for c in text:
        if _is_mark(c) or _is_common(c):
            faces.append(None)
        else:
            faces.append(own_face(c, family, style) or first)
    # common characters and marks: previous face if it has them, else the next face, else primary
    resolved: list[Face] = []
    for i, c in enumerate(text):
        f = faces[i]
        if f is None:
            prev = resolved[-1] if resolved else None
            if prev is not None and (ord(c) in prev.metrics.chars or (_is_mark(c) and not prev.primary)):
                f = prev
            else:
                nxt = next((g for g in faces[i + 1 :] if g is not None), None)
                if nxt is not None and ord(c) in nxt.metrics.chars:
                    f = nxt
                else:
                    f = (own_face(c, family, style) if ord(c) not in first.metrics.chars else first) or first
        resolved.append(f)
    pieces: list[Piece] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or resolved[i] is not resolved[start]:
            pieces.append(Piece(text[start:i], resolved[start]))
            start = i
    return pieces


def loaded() -> list[str]:
    """File names of the fallback fonts read so far in this process (for tests and benchmarks)."""
    names = {f for fb in FALLBACKS for f in (fb.regular, fb.bold) if f}
    return sorted(p.name for p in LOADED if p.name in names)


_NEAREST = {
    # characters DejaVu lacks that print as a close one
    "\u2010": "-",
    "\u2011": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
}


def printable(text: str, family: str) -> str:
    """`text` with every character no embedded font has (DejaVu or a script fallback) replaced by a
    close one, or `?`. Only a character outside DejaVu consults the fallbacks (and loads one)."""
    cover = coverage(family)
    if all(ord(c) in cover for c in text):
        return text
    out = []
    for c in text:
        if ord(c) in cover or printable_char(c, family):
            out.append(c)
            continue
        sub = _NEAREST.get(c)
        if sub is None:
            base = "".join(
                d
                for d in unicodedata.normalize("NFKD", c)
                if (ord(d) in cover or printable_char(d, family)) and not unicodedata.combining(d)
            )
            sub = base or ("" if unicodedata.category(c) in {"Mn", "Me", "Cf"} else "?")
        out.append(sub)
    return "".join(out)
