"""PDF: the typeset pages painted with fpdf2, DejaVu embedded, real link annotations.

fpdf2 against reportlab, both pure Python (no Word, LibreOffice or browser on Lambda), measured on
the development machine (2 cores, noisy) painting the *same* typeset pages with the same three
embedded TTFs, 15 runs each, on a one-page and a two-page corpus resume:

| | fpdf2 2.8.9 | reportlab 5.1 |
|---|---:|---:|
| paint + write, median | 55–110 ms | 7–13 ms |
| first document in a process (import + fonts) | 0.9–2.1 s | 35–80 ms |
| output size | 21–26 KB | 31–34 KB |
| installed (what the layer adds) | 1.4 MB + fontTools 24 MB | 9.3 MB + charset-normalizer 0.9 MB |
| read back by our parser (name, email, employers, titles) | same | same |

Both embed subsetted Unicode TTFs with ToUnicode maps, both write `/URI` link annotations. fpdf2
is what the layer pins (`layers/shared/requirements.txt`), writes ~30% smaller files, and
fontTools, which it brings, also gives the typesetter its glyph widths. reportlab is clearly
faster, above all on import, which a cold generate Lambda pays once; should PDF latency matter,
only `paint()` below changes: all layout lives in `typeset.py`. `benchmarks/generate_speed.py`
reports our generation time against parsing.

The document: every text run is one `BT…ET` in reading order (header, then each section top to
bottom), rules are vector lines, no images and no tables; email, URLs and profiles carry `/URI`
link annotations; title, author, subject and creator are set. Nothing here touches the network
or prints: fonts load from the package directory and coverage is checked before measuring.
"""

from __future__ import annotations

from .layout import Layout
from .metrics import ASCENT, DESCENT, path
from .templates import Style
from .typeset import Typeset, fit

FAMILY = {"sans": "DejaVuSans", "serif": "DejaVuSerif"}


def paint(ts: Typeset, lay: Layout) -> bytes:
    """fpdf2 output for an already typeset document."""
    from fpdf import FPDF

    style = ts.style
    pdf = FPDF(unit="pt", format=(style.page_width, style.page_height))
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    family = FAMILY[style.family]
    for st in ("", "B", "I"):
        pdf.add_font(family, st, str(path(style.family, st)))
    pdf.set_title(lay.title)
    if lay.header.name:
        pdf.set_author(lay.header.name)
    pdf.set_subject("Resume")
    pdf.set_creator("resume-api")
    for page in ts.pages:
        pdf.add_page()
        for rule in page.rules:
            pdf.set_draw_color(*rule.color)
            pdf.set_line_width(rule.width)
            pdf.line(rule.x0, rule.y, rule.x1, rule.y)
        current: tuple[str, float] | None = None
        for line in page.lines:
            for run in line.runs:
                if current != (run.style, run.size):
                    pdf.set_font(family, run.style, run.size)
                    current = (run.style, run.size)
                pdf.set_text_color(*run.color)
                pdf.text(run.x, line.baseline, run.text)
                if run.link:
                    pdf.link(
                        run.x,
                        line.baseline - run.size * ASCENT,
                        run.width,
                        run.size * (ASCENT + DESCENT),
                        run.link,
                    )
    return bytes(pdf.output())


def write(lay: Layout, style: Style) -> tuple[bytes, int]:
    """PDF bytes and their page count."""
    ts = fit(lay, style)
    return paint(ts, lay), len(ts.pages)
