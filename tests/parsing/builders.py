"""Small document factories for parser tests: hand-written PDFs, python-docx files, hostile inputs.

The PDFs are written byte by byte with the standard Helvetica fonts (no font files, no extra
dependency), so a test states exactly where each string sits on the page.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

Text = tuple[float, float, str, str, float]
"""(x, y from the top of the page, text, font "R"/"B"/"I", size)"""

_FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(items: Iterable[Text], height: float) -> bytes:
    ops = []
    for x, y, text, font, size in items:
        ops.append(
            b"BT /F%s %.1f Tf %.2f %.2f Td (%s) Tj ET" % (font.encode(), size, x, height - y, _escape(text))
        )
    return b"\n".join(ops)


def pdf_bytes(pages: Sequence[Sequence[Text]], *, width: float = 612, height: float = 792) -> bytes:
    """A PDF whose pages show the given strings in the standard Helvetica fonts."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font_ids = {
        key: add(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name.encode()
        )
        for key, name in _FONTS.items()
    }
    fonts = b" ".join(b"/F%s %d 0 R" % (k.encode(), i) for k, i in font_ids.items())
    content_ids = []
    for items in pages:
        stream = _content(items, height)
        content_ids.append(add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)))
    pages_id = len(objects) + len(pages) + 1
    page_ids = [
        add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << %s >> >> /Contents %d 0 R >>" % (pages_id, width, height, fonts, cid)
        )
        for cid in content_ids
    ]
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids)))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    return _assemble(objects, root=catalog)


def two_column_pdf() -> bytes:
    """A sidebar on the left (contact, skills, education), the main column on the right."""
    side = 40.0
    main = 230.0
    items: list[Text] = [
        (side, 60, "Maria Lopez", "B", 24),
        (side, 120, "CONTACT", "B", 13),
        (side, 140, "maria.lopez@example.org", "R", 9),
        (side, 154, "+44 20 7946 0958", "R", 9),
        (side, 168, "London, UK", "R", 9),
        (side, 200, "SKILLS", "B", 13),
        (side, 220, "Python", "R", 10),
        (side, 234, "Kubernetes", "R", 10),
        (side, 248, "PostgreSQL", "R", 10),
        (side, 262, "Terraform", "R", 10),
        (side, 300, "EDUCATION", "B", 13),
        (side, 320, "Imperial College London", "B", 10),
        (side, 334, "MSc Computing", "R", 10),
        (side, 348, "2012 - 2013", "R", 10),
        (main, 120, "EXPERIENCE", "B", 13),
        (main, 142, "Platform Engineer", "B", 11),
        (main, 156, "Initech Ltd", "I", 10),
        (main, 170, "03/2019 - Present", "R", 9),
        (main + 10, 186, "- Built the deployment pipeline used by forty product teams", "R", 9),
        (main + 10, 200, "- Cut cloud spend by a third with autoscaling policies", "R", 9),
        (main, 226, "Backend Developer", "B", 11),
        (main, 240, "Hooli GmbH", "I", 10),
        (main, 254, "06/2015 - 02/2019", "R", 9),
        (main + 10, 270, "- Designed the billing service and its event store", "R", 9),
        (main + 10, 284, "- Mentored four junior developers through their first year", "R", 9),
        (main, 320, "PROJECTS", "B", 13),
        (main, 340, "Open source maintainer of a small scheduling library", "R", 9),
    ]
    return pdf_bytes([items])


def image_only_pdf() -> bytes:
    """A page that only paints an image: what a scanner produces."""
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x10\x80\x80\x10\nendstream"
    )
    stream = b"q 400 0 0 600 100 100 cm /Im1 Do Q"
    return _image_pdf(image, stream)


def turned_pdf(items: Sequence[Text], rotate: int, *, width: float = 612, height: float = 792) -> bytes:
    """A portrait page stored turned: a landscape MediaBox, the content drawn at a right angle
    and `/Rotate` turning it upright for the viewer (as rotated scans' text layers and some
    landscape exports are). `rotate` is 90, 180 (a portrait box, the content upside down) or 270."""
    turn = {
        90: b"0 -1 1 0 0 %d cm" % width,
        180: b"-1 0 0 -1 %d %d cm" % (width, height),
        270: b"0 1 -1 0 %d 0 cm" % height,
    }[rotate]
    box = (width, height) if rotate == 180 else (height, width)
    stream = b"q " + turn + b"\n" + _content(items, height) + b"\nQ"
    fonts = b" ".join(b"/F%s %d 0 R" % (k.encode(), 5 + i) for i, k in enumerate(_FONTS))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Rotate %d "
        b"/Resources << /Font << %s >> >> /Contents 4 0 R >>" % (*box, rotate, fonts),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        *(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name.encode()
            for name in _FONTS.values()
        ),
    ]
    return _assemble(objects, root=1)


def bitmap_font_pdf(lines: Sequence[tuple[float, float, str, float]]) -> bytes:
    """A page in a Type3 (bitmap) font without /ToUnicode whose glyphs are named by their code in
    hex, `/x4A` for `J`, as dvipdfmx names LaTeX's bitmap fonts. Each glyph draws a box.
    `lines` are (x, y from the top, ASCII text, size)."""
    codes = sorted({ord(c) for _, _, text, _ in lines for c in text if c != " "})
    names = [b"/x%02X" % c for c in codes]
    differences = b" ".join(b"%d %s" % (c, n) for c, n in zip(codes, names, strict=True))
    glyph = b"500 0 0 0 450 700 d1 0 0 450 700 re f"
    procs = b" ".join(b"%s 6 0 R" % n for n in names)
    first, last = min([*codes, 32]), max(codes)
    widths = b" ".join(b"550" for _ in range(first, last + 1))
    ops = b"\n".join(
        b"BT /T3 %.1f Tf %.2f %.2f Td (%s) Tj ET" % (size, x, 792 - y, _escape(text))
        for x, y, text, size in lines
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /T3 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops),
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0] "
        b"/CharProcs << %s >> /Encoding << /Type /Encoding /Differences [%s] >> "
        b"/FirstChar %d /LastChar %d /Widths [%s] /Resources << >> >>"
        % (procs, differences, first, last, widths),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(glyph), glyph),
    ]
    return _assemble(objects, root=1)


def _image_pdf(image: bytes, stream: bytes) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        image,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    return _assemble(objects, root=1)


def _assemble(objects: Sequence[bytes], root: int) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (i, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    )
    return out.getvalue()


def flate_bomb_pdf(expanded_mb: int = 64) -> bytes:
    """A page whose content stream inflates to `expanded_mb` MB of spaces from a few hundred KB."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    data = b"".join(comp.compress(chunk) for _ in range(expanded_mb)) + comp.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _assemble(objects, root=1)


def many_pages_pdf(n: int = 1001) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(n):
        writer.add_blank_page(width=612, height=792)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def encrypted_pdf(source: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------
# DOCX


def _docx_bytes(document: object) -> bytes:
    buf = io.BytesIO()
    document.save(buf)  # type: ignore[attr-defined]
    return buf.getvalue()


def docx_direct_formatting() -> bytes:
    """Headings made by direct formatting only (bold capitals, a bigger size), all in Normal style."""
    import docx
    from docx.shared import Pt

    d = docx.Document()

    def para(
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        style: str | None = None,
    ) -> None:
        p = d.add_paragraph(style=style)
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)

    para("Tomasz Nowak", bold=True, size=20)
    para("Krakow, Poland | tomasz.nowak@example.com | +48 12 345 67 89 | linkedin.com/in/tnowak")
    para("PROFESSIONAL SUMMARY", bold=True, size=13)
    para("Data engineer with eight years of experience building reliable pipelines.")
    para("WORK HISTORY", bold=True, size=13)
    para("Data Engineer at Vandelay Industries\tMay 2020 - Present", bold=True)
    para("Moved the nightly batch jobs to streaming, cutting report latency to minutes", style="List Bullet")
    para("Owned the data quality checks for finance reporting", style="List Bullet")
    para("Globex Corporation", bold=True)
    para("Analyst, Jan 2016 - Apr 2020", italic=True)
    para("Built the sales forecasting model used by regional managers", style="List Bullet")
    para("EDUCATION", bold=True, size=13)
    para("Jagiellonian University", bold=True)
    para("Master of Science in Applied Mathematics, 2014")
    para("KEY SKILLS", bold=True, size=13)
    para("Languages: Python, SQL, Scala")
    para("Tools: Airflow, Spark, dbt")
    return _docx_bytes(d)


def docx_with_tables() -> bytes:
    """A Word resume laid out in a table: dates in the left cell, the entry in the right cell."""
    import docx

    d = docx.Document()
    d.add_heading("Aisha Bello", level=0)
    d.add_paragraph("aisha.bello@example.net · (555) 010-2030 · Austin, TX")
    d.add_heading("Experience", level=1)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "2021 - Present"
    t.cell(0, 1).text = "Product Manager, Stark Industries"
    t.cell(1, 0).text = "2017 - 2021"
    t.cell(1, 1).text = "Business Analyst, Wayne Enterprises"
    d.add_heading("Education", level=1)
    t2 = d.add_table(rows=1, cols=2)
    t2.cell(0, 0).text = "2013 - 2017"
    t2.cell(0, 1).text = "University of Texas at Austin, B.A. Economics"
    d.add_heading("Skills", level=1)
    d.add_paragraph("Roadmapping, SQL, Stakeholder management, Jira")
    return _docx_bytes(d)


def docx_non_english() -> bytes:
    """French and German headings, bold direct formatting, European dates."""
    import docx

    d = docx.Document()

    def bold(text: str) -> None:
        d.add_paragraph().add_run(text).bold = True

    bold("Claire Dubois")
    d.add_paragraph("claire.dubois@example.fr | +33 6 12 34 56 78 | Lyon, France")
    bold("Expérience professionnelle")
    bold("Ingénieure logiciel, Société Générale")
    d.add_paragraph("janv. 2019 - aujourd'hui")
    d.add_paragraph("Conception des services de paiement", style="List Bullet")
    bold("Formation")
    bold("Université Claude Bernard Lyon 1")
    d.add_paragraph("Master Informatique, 2016 - 2018")
    bold("Compétences")
    d.add_paragraph("Java, Kotlin, PostgreSQL")
    bold("Berufserfahrung")
    bold("Praktikantin, Siemens AG")
    d.add_paragraph("06/2017 - 09/2017")
    bold("Sprachen")
    d.add_paragraph("Französisch (Muttersprache), Englisch (C1), Deutsch (B2)")
    return _docx_bytes(d)


def rezip(
    source: bytes, *, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None
) -> bytes:
    """A copy of a zip with some entries replaced or added."""
    replace = replace or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = replace.get(info.filename, zin.read(info))
            zout.writestr(info.filename, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return out.getvalue()


def docx_zip_bomb_ratio(source: bytes) -> bytes:
    """One part of 20 MB of zeros: a compression ratio no document has."""
    return rezip(source, add={"word/media/padding.bin": b"\0" * (20 * 1024 * 1024)})


def docx_zip_bomb_entries(source: bytes, n: int = 2100) -> bytes:
    return rezip(source, add={f"customXml/extra{i}.xml": b"<a/>" for i in range(n)})


def docx_with_doctype(source: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(source)) as z:
        xml = z.read("word/document.xml")
    head, _, rest = xml.partition(b"?>")
    evil = head + b'?>\n<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>' + rest
    return rezip(source, replace={"word/document.xml": evil})


def docm(source: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(source)) as z:
        types = z.read("[Content_Types].xml")
    types = types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    return rezip(source, replace={"[Content_Types].xml": types})


def docx_with_vba(source: bytes) -> bytes:
    return rezip(source, add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 512})


LEGACY_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024


def canvas_pdf(draw: Callable[[Any], None], *, width: float = 612, height: float = 792) -> bytes:
    """One page that `draw` paints on a reportlab canvas (the generator's fonts registered)."""
    from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

    from .layouts.pdf_writer import _register

    _register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height))
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()
