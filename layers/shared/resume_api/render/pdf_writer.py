"""PDF: the typeset pages painted on a reportlab canvas, DejaVu embedded, real link annotations.

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

from typing import Any

from .layout import Layout
from .metrics import ASCENT, DESCENT, STYLES, metrics, without_site_hooks
from .templates import RGB, Style
from .typeset import Typeset, fit


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


def paint(ts: Typeset, lay: Layout) -> bytes:
    """reportlab output for an already typeset document."""
    without_site_hooks()
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    style = ts.style
    fonts = {st: metrics(style.family, st).name for st in STYLES}
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
            for run in line.runs:
                if current != (run.style, run.size):
                    _select_font(pdf, metrics(style.family, run.style).font, run.size, run.text)
                    current = (run.style, run.size)
                text = pdf.beginText(run.x, y)
                text.setFont(fonts[run.style], run.size)
                text.setFillColorRGB(*_rgb(run.color))
                text.textOut(run.text)
                pdf.drawText(text)
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
