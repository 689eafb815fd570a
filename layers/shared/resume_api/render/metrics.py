"""The embedded fonts: loaded once as reportlab TTFonts, which give the typesetter its glyph widths.

The typesetter measures text with the very `TTFont` objects the PDF writer paints with
(registered with reportlab under `font_name()`), so a run is exactly as wide on the page as it was
when the line was broken. Loading a font is cheap (reportlab and three ~100 KB subset TTFs, tens of
milliseconds on a cold Lambda), which lets the DOCX writer get its page estimate and the `compact`
template its fit-to-page search from the same widths. Characters the fonts lack are replaced
*before* measuring, so the PDF never shows an empty box.

Nothing here touches the network: fonts are read from the package directory only.
"""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

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


@dataclass(frozen=True, slots=True)
class FontMetrics:
    name: str
    """The name the font is registered under with reportlab (`pdfmetrics.getFont(name)`)."""
    font: Any
    """The registered `reportlab.pdfbase.ttfonts.TTFont`."""
    chars: frozenset[int]
    """Code points the font has a glyph for."""

    def width(self, text: str, size: float) -> float:
        """Advance width in points: reportlab's own `stringWidth` for the registered font, which is
        what `pdfmetrics.stringWidth(text, name, size)` calls, without the registry lookup."""
        return float(self.font.stringWidth(text, size))


def without_site_hooks() -> None:
    """Call before importing reportlab: it skips reportlab's site-customisation hooks.

    On import, reportlab runs a `reportlab_mods` module and star-imports a `reportlab_settings`
    module from anywhere on `sys.path`, and failing those executes `~/.reportlab_mods` and
    `~/.reportlab_settings` as Python. We want none of that (no file access but the fonts, no
    code from outside the layer), so both names are taken by empty modules before reportlab
    looks. Nothing in this project uses them.
    """
    for name in ("reportlab_mods", "reportlab_settings"):
        if name not in sys.modules:
            sys.modules[name] = ModuleType(name)


def path(family: str, style: str) -> Path:
    return FONT_DIR / FILES[(family, style)]


def font_name(family: str, style: str) -> str:
    """The reportlab registry name: the file name, prefixed so it cannot clash with anyone else's."""
    return "resume_api." + FILES[(family, style)].removesuffix(".ttf")


LOADED: list[Path] = []
"""Every font file read in this process, in order (a Latin-only resume reads only DejaVu)."""


def load_font(file: Path, name: str) -> FontMetrics:
    """A TTF from the package directory, loaded and registered with reportlab under `name`."""
    without_site_hooks()
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

    # an open file, not a name: given a name it cannot open, reportlab would try it as a URL
    with file.open("rb") as fh:
        font = TTFont(name, fh)
    pdfmetrics.registerFont(font)
    LOADED.append(file)
    chars = frozenset(c for c, glyph in font.face.charToGlyph.items() if glyph)
    return FontMetrics(name=name, font=font, chars=chars)


@functools.cache
def metrics(family: str, style: str) -> FontMetrics:
    """The font loaded and registered with reportlab, once per process."""
    return load_font(path(family, style), font_name(family, style))


@functools.cache
def coverage(family: str) -> frozenset[int]:
    """Code points every style of the family can print."""
    return frozenset.intersection(*(metrics(family, s).chars for s in STYLES))
