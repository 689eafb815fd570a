"""PDF: the typeset pages painted on a reportlab canvas, DejaVu embedded, real link annotations.

Scripts DejaVu lacks print in a fallback font (`fallback.py`), shaped with HarfBuzz where the
script needs it (`shaping.py`), right-to-left text placed in visual order (`bidi.py`), one cell
(runs that touch) at a time, so dates and bullets keep their place.

Written with fpdf2 first; moved to reportlab for cold starts (issue 7). Both pure Python (no Word,
LibreOffice or browser on Lambda), measured on the development machine (2 cores, noisy) on the
*same* typeset pages with the same embedded TTFs: the synthetic sample and two corpus resumes
(one and two pages), templates classic and modern; paint = median of 15 warm runs, first document =
a fresh process from `import resume_api.render` to the first PDF's bytes, 5 runs each, interleaved:

| | fpdf2 2.8.9 (+ fontTools 4.68 widths) | reportlab 5.1.0 |
|---|---:|---:|
| paint + write, median | 60–84 ms | 7–11 ms |
| first document in a process (imports, fonts, typeset, paint) | 0.90–1.33 s | 66–109 ms |
| output size | 20.6–27.5 KB | 31.0–36.3 KB |
| installed in the layer (`pip --target`, with .pyc) | fpdf2 3.2 MB + fontTools 30 MB + defusedxml 0.1 MB | reportlab 9.3 MB + charset-normalizer 0.9 MB |
| whole layer, x86_64 with .pyc / arm64 wheels without | 139 MB / 111 MB | 116 MB / 91 MB |
| read back by our parser (the round-trip fields, 26 resumes × 4 templates) | same | same |

Why reportlab: the first PDF a cold generate Lambda writes costs a tenth as much, and the layer
sheds fontTools. The price is ~10 KB more per file (reportlab's font subsets keep more of each
font). Glyph widths now come from the same reportlab `TTFont`s that paint (`metrics.py`), so
fontTools is gone from the layer; line breaks and page counts are the ones fpdf2 produced except
where a line was within rounding of full (fpdf2 measured in whole 1/1000 em, reportlab exactly).
`benchmarks/generate_speed.py` reports generation time against parsing.

The document: every text run is one `BT…ET` in reading order (header, then each section top to
bottom), rules are vector lines, no images and no tables; the fonts are subsetted simple TrueType
fonts with ToUnicode maps, so text is selectable and extractable; email, URLs and profiles carry
`/URI` link annotations (`canvas.linkURL`); title, author, subject and creator are set.

Safety: user text only ever reaches the canvas as a string (`textOut`), which reportlab encodes
and escapes for the content stream; nothing here uses platypus `Paragraph` markup, whose
evaluation of attribute values was CVE-2023-33733 (fixed in 3.6.13, the floor). Nothing touches
the network or writes a file: fonts load from the package directory, and reportlab's import-time
site hooks are skipped (`metrics.without_site_hooks`). reportlab imports Pillow but is handed no
image (tests/render/test_no_images.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .bidi import base_level, has_rtl, levels, mirror, visual_order
from .fallback import Face, Piece, primary, segment
from .metrics import ASCENT, DESCENT, STYLES, metrics, without_site_hooks
from .print_plan import Layout
from .templates import RGB, Style
from .typeset import Run, Typeset, fit


def _rgb(color: RGB) -> tuple[float, float, float]:
    r, g, b = color
    return r / 255, g / 255, b / 255


def _select_font(pdf: Any, font: Any, size: float, text: str) -> None:
    """Set the font *before* the next text object, as reportlab does for built-in fonts.

    reportlab selects a TrueType subset lazily, after the text object's `Tm`. Extractors that
    judge a line break by the font size in force at the move (pypdf's) would then compare the
    move from a 24 pt name down to the 11.5 pt label with 80% of 24 pt and join the two lines;
    with the font set first, they see the new size, as they did with fpdf2.
    """
    doc = pdf._doc
    subset = next(iter(font.splitString(text, doc)), (0, b""))[0]
    pdf.addLiteral(f"BT {font.getSubsetInternalName(subset, doc)} {round(size, 4):g} Tf ET")


FAKE_BOLD = 0.035
"""Outline width, in ems, that thickens a font with no bold face (CJK) where bold is asked."""


@dataclass(slots=True)
class _Glyphs:
    """One piece of a line as painted: one font, one direction, at its place on the line."""

    run: Run
    face: Face
    text: Any
    """`str`, or a `ShapedStr` of positioned glyphs."""
    x: float
    width: float
    actual: str | None
    """The logical text of a shaped left-to-right piece (conjuncts, reordered vowels), for
    extractors. Right-to-left pieces have none: extractors rebuild the logical order of glyphs
    painted in visual order themselves (pdftotext does), and an /ActualText there reads reversed."""


def _cells(runs: list[Run]) -> list[list[Run]]:
    """Runs that touch form a cell (a title, a bullet's text); dates and bullets are cells apart."""
    cells: list[list[Run]] = []
    for r in runs:
        if cells and abs(cells[-1][-1].x + cells[-1][-1].width - r.x) < 0.01:
            cells[-1].append(r)
        else:
            cells.append([r])
    return cells


def _glyphs(piece: Piece, text: str, rtl: bool, run: Run) -> _Glyphs:
    if piece.face.shaped:
        from .shaping import shape

        shaped = shape(piece.face, text, rtl)
        width = sum(d.x_advance for d in shaped.__shapeData__) * run.size / 1000
        return _Glyphs(run, piece.face, shaped, 0.0, width, None if rtl else text)
    drawn = mirror(text[::-1]) if rtl else text
    return _Glyphs(run, piece.face, drawn, 0.0, piece.face.metrics.width(drawn, run.size), None)


def _layout_cell(cell: list[Run], family: str) -> list[_Glyphs]:
    """The cell's pieces left to right: font fallback, shaping, and bidi reordering."""
    logical: list[tuple[Run, Piece, int]] = []  # per character: its run, piece and offset in it
    for run in cell:
        for piece in segment(run.text, family, run.style):
            logical.extend((run, piece, k) for k in range(len(piece.text)))
    text = "".join(run.text for run in cell)
    if len(logical) != len(text):  # pragma: no cover - segment keeps every character
        raise AssertionError("segmentation lost characters")
    if not has_rtl(text):
        out = []
        seen: set[int] = set()
        for run, piece, _ in logical:
            if id(piece) not in seen:
                seen.add(id(piece))
                out.append(_glyphs(piece, piece.text, False, run))
    else:
        lv = levels(text, base_level(text))
        groups: list[list[int]] = []
        for i in visual_order(lv):
            if groups:
                j = groups[-1][-1]
                step = -1 if lv[j] % 2 else 1
                if logical[j][1] is logical[i][1] and lv[j] == lv[i] and i == j + step:
                    groups[-1].append(i)
                    continue
            groups.append([i])
        out = []
        for grp in groups:
            lo, hi = min(grp), max(grp)
            run, piece, k = logical[lo]
            out.append(_glyphs(piece, piece.text[k : k + hi - lo + 1], lv[lo] % 2 == 1, run))
    x = cell[0].x
    for placed in out:
        placed.x = x
        x += placed.width
    return out


def _simple(cell: list[Run], family: str) -> bool:
    return all(all(ord(c) in metrics(family, r.style).chars for c in r.text) for r in cell)


def _actual_text(text: str) -> str:
    """A marked-content span whose /ActualText is the logical text, as UTF-16BE hex: extractors
    (poppler's pdftotext among them) then read conjuncts, reordered vowels and right-to-left text
    as written, not as painted."""
    return "/Span <</ActualText <FEFF" + text.encode("utf-16-be").hex().upper() + ">>> BDC"


def paint(ts: Typeset, lay: Layout) -> bytes:
    """reportlab output for an already typeset document."""
    without_site_hooks()
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    style = ts.style
    family = style.family
    fonts = {st: metrics(family, st).name for st in STYLES}
    height = style.page_height
    pdf = Canvas(
        None,
        pagesize=(style.page_width, height),
        pageCompression=1,
        initialFontName=fonts[""],
        initialFontSize=style.body_size,
    )
    pdf.setTitle(lay.title)
    if lay.header.name:
        pdf.setAuthor(lay.header.name)
    pdf.setSubject("Resume")
    pdf.setCreator("resume-api")
    for page in ts.pages:
        for rule in page.rules:
            pdf.setStrokeColorRGB(*_rgb(rule.color))
            pdf.setLineWidth(rule.width)
            pdf.line(rule.x0, height - rule.y, rule.x1, height - rule.y)
        current: tuple[str, float] | None = None
        for line in page.lines:
            y = height - line.baseline
            for cell in _cells(line.runs):
                if _simple(cell, family):
                    pieces = [_Glyphs(r, primary(family, r.style), r.text, r.x, r.width, None) for r in cell]
                else:
                    pieces = _layout_cell(cell, family)
                for g in pieces:
                    run, font = g.run, g.face.metrics
                    if current != (font.name, run.size):
                        _select_font(pdf, font.font, run.size, str(g.text))
                        current = (font.name, run.size)
                    text = pdf.beginText(g.x, y)
                    text.setFont(font.name, run.size)
                    text.setFillColorRGB(*_rgb(run.color))
                    if g.face.fake_bold:
                        pdf.saveState()
                        pdf.setLineWidth(round(run.size * FAKE_BOLD, 3))
                        text.setStrokeColorRGB(*_rgb(run.color))
                        text.setTextRenderMode(2)
                    if g.actual is not None:
                        text._code.append(_actual_text(g.actual))
                    text.textOut(g.text)
                    if g.actual is not None:
                        text._code.append("EMC")
                    pdf.drawText(text)
                    if g.face.fake_bold:
                        pdf.restoreState()  # restores the font in force before, too
                        current = None
                for run in cell:
                    if run.link:
                        pdf.linkURL(
                            run.link,
                            (run.x, y - run.size * DESCENT, run.x + run.width, y + run.size * ASCENT),
                            relative=0,
                            thickness=0,
                        )
        pdf.showPage()
    return bytes(pdf.getpdfdata())


def write(lay: Layout, style: Style) -> tuple[bytes, int]:
    """PDF bytes and their page count."""
    ts = fit(lay, style)
    return paint(ts, lay), len(ts.pages)
