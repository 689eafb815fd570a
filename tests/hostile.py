"""Hostile files, generated: each is something an upload must refuse cleanly, or parse correctly.

Two tables, both keyed by a short name:

- `HOSTILE`: files an upload must refuse with a clean 4xx: (maker, filename, content type,
  expected status, expected error code or None where the code is not part of the contract).
- `PARSEABLE`: files that look hostile (loops, lies, actions, odd characters, huge but legal
  structures) whose right outcome is a correct parse: a `Parseable` with the name the parse must
  find and strings that must (or must not) appear in the parsed resume.

The makers are deterministic and cheap (at most a second or two); the largest decompress to
hundreds of MB but are small on disk. Every PDF here but the encrypted one is written byte by
byte, so it says exactly what it claims to (offsets stay right unless the lie is about them);
every DOCX starts from `tests.factories.docx_resume()` and is re-zipped.
"""

from __future__ import annotations

import functools
import io
import struct
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tests.factories import DOCX_TYPE, SAMPLE_LINES, docx_resume, pdf_resume

PDF_TYPE = "application/pdf"
PDF_NAME = "Jane Doe"  # the name in SAMPLE_LINES, which the PDF makers print
DOCX_NAME = "Ana María Pérez"  # the name `docx_resume()` prints
UNREACHABLE_URL = "http://203.0.113.7/resume"  # TEST-NET-3: nothing answers there

Maker = Callable[[], bytes]


# -- PDF writing ---------------------------------------------------------------------------------


def _assemble(objects: Sequence[bytes], *, trailer_extra: bytes = b"", startxref: int | None = None) -> bytes:
    """A PDF with objects numbered from 1 (the catalog first), a classic xref table and a trailer."""
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % (xref if startxref is None else startxref)
    return out


def _pdf(objects: list[bytes]) -> bytes:
    return _assemble(objects)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _text_ops(lines: Sequence[str | bytes], font: bytes = b"/F1", size: int = 11, top: int = 740) -> bytes:
    """Text operators showing one line under another, as `sample_pdf` writes them."""
    shown = b" ".join(b"(" + (ln if isinstance(ln, bytes) else _escape(ln)) + b") '" for ln in lines)
    return b"BT %s %d Tf 72 %d Td 14 TL %s ET" % (font, size, top, shown)


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _resume_objects(
    *,
    content: bytes | None = None,
    font: bytes = HELVETICA,
    mediabox: bytes = b"[0 0 612 792]",
    page_extra: bytes = b"",
    catalog_extra: bytes = b"",
    resources_extra: bytes = b"",
) -> list[bytes]:
    """Objects 1-5 of a one-page resume: catalog, pages, page, font F1, content stream."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R" + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox "
        + mediabox
        + b" /Resources << /Font << /F1 4 0 R >>"
        + resources_extra
        + b" >> /Contents 5 0 R"
        + page_extra
        + b" >>",
        font,
        _stream(_text_ops(SAMPLE_LINES) if content is None else content),
    ]


def _page_pdf(content: bytes, extra_objects: list[bytes] | None = None, resources: bytes = b"") -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << "
        + resources
        + b" >> /Contents 4 0 R >>",
        b"<< /Length "
        + str(len(content)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + content
        + b"\nendstream",
    ]
    return _pdf(objects + (extra_objects or []))


# -- PDF: the original refusals ------------------------------------------------------------------


def flate_bomb_pdf() -> bytes:
    """A content stream of ~200 MB of text operators compressed to a few hundred KB."""
    chunk = b"BT /F1 1 Tf (A) Tj ET\n" * 4096
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(chunk) for _ in range(2200)) + compressor.flush()
    return _page_pdf(
        body, [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"], b"/Font << /F1 5 0 R >>"
    )


def image_only_pdf() -> bytes:
    """A scanned page: one image, no text at all."""
    pixels = zlib.compress(bytes(range(256)) * 64 * 3)
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 128 /Height 128 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length "
        + str(len(pixels)).encode()
        + b" >>\nstream\n"
        + pixels
        + b"\nendstream"
    )
    content = zlib.compress(b"q 500 0 0 700 50 50 cm /Im1 Do Q")
    return _page_pdf(content, [image], b"/XObject << /Im1 5 0 R >>")


def many_pages_pdf(pages: int = 2000) -> bytes:
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * pages
    return _pdf(objects)


@functools.cache
def encrypted_pdf(algorithm: str = "RC4-128", user_password: str = "secret") -> bytes:  # noqa: S107 - a test file's password
    """The test builders' resume encrypted by pypdf (RC4-128, AES-128 or AES-256: pypdf writes AES
    with its crypto provider, `cryptography`, which the layer ships)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_resume())))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def empty_password_pdf(algorithm: str = "RC4-128") -> bytes:
    """Encrypted as many exporters do it, to set permissions: an empty user password. Any reader
    opens it without asking; so does ours, RC4 and AES alike."""
    return encrypted_pdf(algorithm, user_password="")


def oversized_pdf() -> bytes:
    base = pdf_resume()
    return base + b"%" + b"x" * (4 * 1024 * 1024 + 10 - len(base)) + b"\n"


# -- PDF: structure ------------------------------------------------------------------------------


def pdf_deep_arrays(depth: int = 5000) -> bytes:
    """An array nested `depth` deep inside the page dictionary (recursive readers overflow)."""
    return _assemble(_resume_objects(page_extra=b" /Junk " + b"[" * depth + b"]" * depth))


def pdf_deep_dicts(depth: int = 5000) -> bytes:
    """A dictionary nested `depth` deep inside the page dictionary."""
    return _assemble(_resume_objects(page_extra=b" /Junk " + b"<< /A " * depth + b">> " * depth))


def pdf_deep_array_operand(depth: int = 5000) -> bytes:
    """The nesting moved into the content stream: an operand array `depth` deep after the text."""
    content = _text_ops(SAMPLE_LINES) + b"\n" + b"[" * depth + b"]" * depth + b" TJ\n"
    return _assemble(_resume_objects(content=content))


def pdf_circular_xref() -> bytes:
    """Two xref sections whose /Prev point at each other: a reader following the chain loops."""
    base = _assemble(_resume_objects())
    first_xref = int(base.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    body = base[: base.rindex(b"trailer")]
    # the first trailer points (via /Prev) at the second xref section, which points back at the first
    second_xref = len(body) + len(b"trailer\n<< /Size 6 /Root 1 0 R /Prev 0000000000 >>\n")
    out = body + b"trailer\n<< /Size 6 /Root 1 0 R /Prev %010d >>\n" % second_xref
    assert len(out) == second_xref
    out += b"xref\n0 1\n0000000000 65535 f \n"
    out += b"trailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\n" % first_xref
    out += b"startxref\n%d\n%%%%EOF\n" % first_xref
    return out


def pdf_self_prev_xref() -> bytes:
    """An xref section whose trailer's /Prev is its own offset."""
    objects = _resume_objects()
    base = _assemble(objects)
    xref = int(base.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    return _assemble(objects, trailer_extra=b" /Prev %d" % xref)


def pdf_xref_past_eof() -> bytes:
    """`startxref` points far beyond the end of the file; the objects themselves are intact."""
    return _assemble(_resume_objects(), startxref=99_999_999)


def pdf_xref_offsets_past_eof() -> bytes:
    """Every xref entry points beyond the end of the file."""
    out = _assemble(_resume_objects())
    head, _, tail = out.partition(b"xref\n")
    table, _, rest = tail.partition(b"trailer")
    lines = table.split(b"\n")
    fixed = [lines[0], lines[1]] + [
        b"%010d 00000 n " % (50_000_000 + i) if ln.endswith(b" n ") else ln for i, ln in enumerate(lines[2:])
    ]
    return head + b"xref\n" + b"\n".join(fixed) + b"trailer" + rest


def pdf_circular_outlines() -> bytes:
    """Outline items whose /First, /Next and /Prev point back at themselves."""
    objects = _resume_objects(catalog_extra=b" /Outlines 6 0 R /PageMode /UseOutlines")
    objects += [
        b"<< /Type /Outlines /First 7 0 R /Last 8 0 R /Count 2 >>",
        b"<< /Title (Loop) /Parent 6 0 R /First 7 0 R /Next 8 0 R /Prev 8 0 R /Dest [3 0 R /Fit] >>",
        b"<< /Title (Back) /Parent 7 0 R /First 6 0 R /Next 7 0 R /Prev 7 0 R /Count -3 >>",
    ]
    return _assemble(objects)


def pdf_circular_page_tree() -> bytes:
    """A /Pages node whose /Kids holds its own parent (and itself): the page tree is a cycle."""
    objects = _resume_objects()
    objects[1] = b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>"
    objects.append(b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 6 0 R] /Count 1 >>")
    return _assemble(objects)


def pdf_reference_loop_in_catalog() -> bytes:
    """Objects 6 and 7 are references to each other, used where the catalog wants /Names and /Outlines."""
    objects = _resume_objects(catalog_extra=b" /Names 7 0 R /Outlines 6 0 R /AcroForm 6 0 R")
    objects += [b"7 0 R", b"6 0 R"]
    return _assemble(objects)


def pdf_reference_loop_as_content() -> bytes:
    """The page's /Contents array holds the text and then a reference loop (6 -> 7 -> 6)."""
    objects = _resume_objects()
    objects[2] = objects[2].replace(b"/Contents 5 0 R", b"/Contents [5 0 R 6 0 R]")
    objects += [b"7 0 R", b"6 0 R"]
    return _assemble(objects)


def pdf_reference_as_operand() -> bytes:
    """An indirect reference (`5 0 R`) used as an operand in the only content stream.

    Not legal in a content stream; pypdf failed the whole stream on it (with an AssertionError); our
    tokenizer reads `R` as an unknown operator and the text around it.
    """
    return _assemble(_resume_objects(content=_text_ops(SAMPLE_LINES) + b"\nBT /F1 9 Tf 5 0 R Tj ET"))


def pdf_second_page_reference_as_operand() -> bytes:
    """The resume on page 1; page 2's content stream uses an indirect reference as an operand."""
    objects = _resume_objects()
    objects[1] = b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>"
    objects += [
        objects[2].replace(b"/Contents 5 0 R", b"/Contents 7 0 R"),
        _stream(b"BT /F1 11 Tf 72 700 Td (Page two) Tj 5 0 R Tj ET"),
    ]
    return _assemble(objects)


def pdf_recursive_form() -> bytes:
    """A form XObject that draws itself (and the page draws it): unbounded recursion if followed."""
    form = _stream(
        b"/X1 Do BT /F1 9 Tf 72 60 Td (Drawn by the form) Tj ET",
        b" /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 6 0 R >> "
        b"/Font << /F1 4 0 R >> >>",
    )
    content = _text_ops(SAMPLE_LINES) + b"\n/X1 Do"
    objects = _resume_objects(content=content, resources_extra=b" /XObject << /X1 6 0 R >>")
    objects.append(form)
    return _assemble(objects)


def pdf_huge_mediabox() -> bytes:
    """A page 14,400,000 points square (200 km): the text still sits at its top-left corner."""
    content = (
        b"BT /F1 11 Tf 72 14399260 Td 14 TL "
        + b" ".join(b"(" + _escape(ln) + b") '" for ln in SAMPLE_LINES)
        + b" ET"
    )
    return _assemble(_resume_objects(content=content, mediabox=b"[0 0 14400000 14400000]"))


def pdf_absurd_mediabox() -> bytes:
    """A MediaBox of extreme, inverted and non-numeric values."""
    return _assemble(
        _resume_objects(mediabox=b"[100000000000000000000000000000000000000000 5 -99999999999999999999 /Foo]")
    )


def _tiny_pages(count: int, declared: int | None = None) -> bytes:
    """`count` pages of 20x20 points, each with one line of the resume (then filler lines).

    `declared` is the /Count the page tree claims (the real count unless given).
    """
    lines = [*SAMPLE_LINES, *(f"Filler item {i}" for i in range(count))][:count]
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", HELVETICA]
    page_ids = []
    for line in lines:
        content = b"BT /F1 1 Tf 1 10 Td (" + _escape(line) + b") Tj ET"
        objects.append(_stream(content))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 20 20] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % len(objects)
        )
        page_ids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % i for i in page_ids),
        len(page_ids) if declared is None else declared,
    )
    return _assemble(objects)


def pdf_page_count_lie(pages: int = 300) -> bytes:
    """/Count says 1; the page tree holds `pages` pages."""
    return _tiny_pages(pages, declared=1)


def pdf_incremental_chain(updates: int = 60) -> bytes:
    """An original followed by `updates` incremental updates, each replacing the page's text.

    The last update holds the resume; every earlier revision names someone else.
    """
    objects = _resume_objects(content=_text_ops(["Original Person", "EXPERIENCE", "Nothing here"]))
    out = _assemble(objects)
    prev = int(out.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    for i in range(updates):
        last = i == updates - 1
        lines = SAMPLE_LINES if last else [f"Revision Person {i}", "EXPERIENCE", f"Draft {i}"]
        body = _stream(_text_ops(lines))
        offset = len(out)
        out += b"5 0 obj\n" + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 1\n0000000000 65535 f \n5 1\n%010d 00000 n \n" % offset
        out += b"trailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref)
        prev = xref
    return out


def pdf_object_stream_bad_offsets(*, bad: bool = True) -> bytes:
    """Catalog and page tree live in an object stream whose offset table is wrong; xref is a stream.

    With `bad=False` the same file with a correct offset table (it parses: the control case).
    """
    catalog = b"<< /Type /Catalog /Pages 2 0 R >>"
    pages = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    inner = catalog + b" " + pages
    # object 2 claims an offset far past the stream's end
    header = b"1 0 2 %05d " % (99999 if bad else len(catalog) + 1)
    objstm = _stream(header + inner, b" /Type /ObjStm /N 2 /First %d" % len(header))
    rest = _resume_objects()[2:]  # page, font, content as objects 3-5
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets: dict[int, int] = {}
    for number, body in [(3, rest[0]), (4, rest[1]), (5, rest[2]), (6, objstm)]:
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    offsets[7] = len(out)
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    rows += [struct.pack(">BIH", 2, 6, i) for i in range(2)]  # objects 1 and 2: in stream 6
    rows += [struct.pack(">BIH", 1, offsets[n], 0) for n in range(3, 8)]
    data = b"".join(rows)
    xref = _stream(data, b" /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R")
    out += b"7 0 obj\n" + xref + b"\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[7]
    return out


def _length_lie(declared: int) -> bytes:
    """The resume with its content stream's /Length set to `declared` (every offset still right)."""
    content = _text_ops(SAMPLE_LINES)
    objects = _resume_objects()
    objects[4] = b"<< /Length %d >>\nstream\n" % declared + content + b"\nendstream"
    return _assemble(objects)


def pdf_length_too_short() -> bytes:
    """The content stream's /Length says 12 bytes; the stream is much longer."""
    return _length_lie(12)


def pdf_length_too_long() -> bytes:
    """The content stream's /Length runs 1 MB past the end of the file."""
    return _length_lie(1_000_000)


def pdf_length_4gb() -> bytes:
    """The content stream declares a /Length of 4 GB (the reader's limit refuses to allocate for it)."""
    return _length_lie(2**32)


def pdf_nested_flate_bomb() -> bytes:
    """Flate inside Flate: 300 MB of spaces, compressed twice to a few KB."""
    comp = zlib.compressobj(9)
    once = b"".join(comp.compress(b" " * (1024 * 1024)) for _ in range(300)) + comp.flush()
    twice = zlib.compress(once, 9)
    content = _stream(twice, b" /Filter [/FlateDecode /FlateDecode]")
    objects = _resume_objects()
    objects[4] = content
    return _assemble(objects)


def pdf_declared_length_huge() -> bytes:
    """A stream that declares a 4 GB /DL and a huge /Length in an indirect object."""
    objects = _resume_objects()
    content = _text_ops(SAMPLE_LINES)
    objects[4] = b"<< /Length 6 0 R /DL 4294967296 >>\nstream\n" + content + b"\nendstream"
    objects.append(b"%d" % len(content))
    return _assemble(objects)


def pdf_many_operators(count: int = 100_000) -> bytes:
    """The resume, then `count` tiny text-positioning operators (CPU, not memory)."""
    noise = b"BT /F1 1 Tf " + b"0.01 0 Td " * count + b"ET\n"
    content = zlib.compress(_text_ops(SAMPLE_LINES) + b"\n" + noise, 9)
    objects = _resume_objects()
    objects[4] = _stream(content, b" /Filter /FlateDecode")
    return _assemble(objects)


def pdf_operator_bomb() -> bytes:
    """The resume, then 2.9 million text-positioning operators: 29 MB decoded from about 60 KB."""
    return pdf_many_operators(2_900_000)


def pdf_form_drawn_500_times() -> bytes:
    """A form XObject of 20,000 operators (200 KB) that the page draws 500 times."""
    form = _stream(
        zlib.compress(b"BT /F1 1 Tf " + b"0.01 0 Td " * 20_000 + b"ET", 9),
        b" /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Filter /FlateDecode"
        b" /Resources << /Font << /F1 4 0 R >> >>",
    )
    content = _text_ops(SAMPLE_LINES) + b"\n" + b"/X1 Do " * 500
    objects = _resume_objects(content=content, resources_extra=b" /XObject << /X1 6 0 R >>")
    objects.append(form)
    return _assemble(objects)


# -- PDF: fonts ----------------------------------------------------------------------------------


def _two_font_resume(broken_font: bytes, extra: list[bytes] | None = None) -> bytes:
    """The resume in Helvetica (F1), plus a line in a broken font F2 (object 6)."""
    content = _text_ops(SAMPLE_LINES) + b"\nBT /F2 11 Tf 72 400 Td (Broken font line \x01\x02\xff) Tj ET"
    objects = _resume_objects(content=content, resources_extra=b" /Font << /F1 4 0 R /F2 6 0 R >>")
    objects[2] = objects[2].replace(b"/Font << /F1 4 0 R >> /Font", b"/Font")
    objects += [broken_font, *(extra or [])]
    return _assemble(objects)


def pdf_bad_tounicode() -> bytes:
    """A font whose /ToUnicode CMap is garbage: bad hex, inverted ranges, unterminated blocks."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"1 begincodespacerange <zz> <00> endcodespacerange\n"
        b"3 beginbfchar <01> <D800> <02> <> <GG> <0041>\n"
        b"2 beginbfrange <FF> <00> <0041> <00> <FFFF> [<0041> <zz>]\n"
        b"beginbfchar <41> <00410042004300440045004600470048004900"
    )
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 7 0 R >>"
    )
    return _two_font_resume(font, [_stream(cmap)])


def pdf_bad_tounicode_everywhere() -> bytes:
    """The resume's only font has a garbage /ToUnicode stream (binary junk, not a CMap at all)."""
    junk = bytes((i * 37 + 11) % 256 for i in range(4096))
    font = HELVETICA.replace(b" >>", b" /ToUnicode 6 0 R >>")
    objects = _resume_objects(font=font)
    objects.append(_stream(junk))
    return _assemble(objects)


def pdf_differences_garbage() -> bytes:
    """The resume's font has an /Encoding whose /Differences array is nonsense."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
        b"/BaseEncoding /NoSuchEncoding /Differences [ 999999 /A -5 /B (str) 1.5 /C [1] /D 300 "
        b"/.notdef /uniZZZZ 1 /g1 /g2 /g3 ] >> >>"
    )
    return _assemble(_resume_objects(font=font))


def pdf_missing_widths() -> bytes:
    """A TrueType font with /FirstChar and /LastChar but no /Widths and an unknown /BaseFont."""
    font = (
        b"<< /Type /Font /Subtype /TrueType /BaseFont /NoSuchFont-Bold /FirstChar 32 /LastChar 126 "
        b"/Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>"
    )
    descriptor = b"<< /Type /FontDescriptor /FontName /NoSuchFont-Bold /Flags 32 /ItalicAngle 0 >>"
    objects = _resume_objects(font=font)
    objects.append(descriptor)
    return _assemble(objects)


def pdf_widths_garbage() -> bytes:
    """A font whose /Widths hold strings, negatives and a huge count, and a /Type3 matrix of zeros."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar -1000000 /LastChar 2000000000 "
        b"/Widths [(x) -5 100000000000000000000000000000000000000000 /N null [1] 600] /Encoding /WinAnsiEncoding >>"
    )
    return _assemble(_resume_objects(font=font))


# -- PDF: content ----------------------------------------------------------------------------------


def pdf_actions_and_attachments() -> bytes:
    """JavaScript (document-level and OpenAction), a Launch action, URI links and an embedded file."""
    catalog_extra = (
        b" /OpenAction << /S /JavaScript /JS (app.alert\\(1\\); this.exportDataObject\\({cName: 'a'}\\)) >>"
        b" /AA << /WC << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >> >>"
        b" /Names << /JavaScript << /Names [(init) 6 0 R] >> /EmbeddedFiles << /Names [(evil.exe) 7 0 R] >> >>"
    )
    page_extra = (
        b" /AA << /O << /S /Launch /F (/bin/sh) /NewWindow true >> >>"
        b" /Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /Launch /F (evil.exe) >> >>"
        b" << /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS 7 0 R >>]"
    )
    payload = b"MZ" + b"\x90" * 512
    objects = _resume_objects(catalog_extra=catalog_extra, page_extra=page_extra)
    objects += [
        b"<< /S /JavaScript /JS (while\\(true\\){}) /Next << /S /Launch /F (calc.exe) >> >>",
        b"<< /Type /Filespec /F (evil.exe) /UF (evil.exe) /EF << /F 8 0 R >> >>",
        _stream(payload, b" /Type /EmbeddedFile /Subtype /application#2Foctet-stream"),
    ]
    return _assemble(objects)


def pdf_remote_references(url: str = UNREACHABLE_URL) -> bytes:
    """Everything in a PDF that can name a remote resource, pointed at `url`; none may be fetched.

    A URI link and OpenAction, a GoToR to a remote document, a SubmitForm, an image XObject and a
    second content stream whose data live only at `url` (an external stream, `/F` with `/FS /URL`).
    """
    spec = b"<< /FS /URL /F (" + url.encode() + b"/%s) >>"
    catalog_extra = b" /OpenAction << /S /URI /URI (" + url.encode() + b"/open) >>"
    page_extra = (
        b" /Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 50 50] /A << /S /URI /URI ("
        + url.encode()
        + b"/link) >> >> << /Type /Annot /Subtype /Link /Rect [50 0 99 50] /A << /S /GoToR /F "
        + spec % b"remote.pdf"
        + b" /D [0 /Fit] >> >> << /Type /Annot /Subtype /Widget /Rect [0 60 50 80] /A << /S /SubmitForm /F "
        + spec % b"submit"
        + b" >> >>]"
    )
    content = _text_ops(SAMPLE_LINES) + b"\nq 10 0 0 10 500 700 cm /Im1 Do Q"
    objects = _resume_objects(
        content=content,
        catalog_extra=catalog_extra,
        page_extra=page_extra,
        resources_extra=b" /XObject << /Im1 6 0 R >>",
    )
    objects[2] = objects[2].replace(b"/Contents 5 0 R", b"/Contents [5 0 R 7 0 R]")
    objects += [
        b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Length 0 /F " + spec % b"image.png" + b" >>\nstream\n\nendstream",
        b"<< /Length 0 /F " + spec % b"content.bin" + b" >>\nstream\n\nendstream",
    ]
    return _assemble(objects)


def pdf_megabyte_line() -> bytes:
    """The header, then one line of 1 MB of words (one string, one show operator), then the rest."""
    words = b" ".join(b"word%d" % (i % 1000) for i in range(150_000))[: 1024 * 1024]
    lines: list[str | bytes] = [*SAMPLE_LINES[:2], words, *SAMPLE_LINES[2:]]
    content = zlib.compress(_text_ops(lines), 9)
    objects = _resume_objects()
    objects[4] = _stream(content, b" /Filter /FlateDecode")
    return _assemble(objects)


def pdf_megabyte_token() -> bytes:
    """One 1 MB "word" without a space, shaped like the start of an email address and a URL."""
    token = b"a" * (512 * 1024) + b"@" + b"b." * (256 * 1024)
    lines: list[str | bytes] = [*SAMPLE_LINES[:2], token, b"http://" + b"x" * 100_000, *SAMPLE_LINES[2:]]
    content = zlib.compress(_text_ops(lines), 9)
    objects = _resume_objects()
    objects[4] = _stream(content, b" /Filter /FlateDecode")
    return _assemble(objects)


def pdf_invisible_characters() -> bytes:
    """NUL, bidi overrides and zero-width characters inside the name and the text (via /ToUnicode)."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Hostile def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"1 beginbfrange <20> <7E> <0020> endbfrange\n"
        b"5 beginbfchar <01> <202E> <02> <200B> <03> <0000> <04> <2066> <05> <FEFF> endbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end\n"
    )
    font = HELVETICA.replace(b" >>", b" /ToUnicode 6 0 R >>")
    lines: list[str | bytes] = [
        b"\x01Ja\x02ne\x03 D\x04o\x05e",
        b"jane.doe@example.com | +1 206 555 0100 | Seattle, WA",
        b"EXPERIENCE",
        b"Senior Software Engineer, Example\x02 Corp\x01    Jan 2020 - Present",
        b"- Built the billing pipeline in \x03Python\x00 and AWS Lambda",
        *(_escape(ln) for ln in SAMPLE_LINES[5:]),
    ]
    objects = _resume_objects(font=font, content=_text_ops(lines))
    objects.append(_stream(cmap))
    return _assemble(objects)


def pdf_lone_surrogates() -> bytes:
    """A font declared UTF-16 (`/UniGB-UTF16-H`) whose strings hold unpaired surrogate halves."""
    font = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica /Encoding /UniGB-UTF16-H /DescendantFonts "
        b"[<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Helvetica /DW 500 "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 0 >> >>] >>"
    )
    utf16 = [ln.encode("utf-16-be") for ln in SAMPLE_LINES]
    utf16[0] = "Jane".encode("utf-16-be") + b"\xd8\xb7" + " Doe".encode("utf-16-be") + b"\xdc\x01"
    utf16[3] = b"\xdb\xff" + utf16[3]
    escaped = [u.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") for u in utf16]
    return _assemble(_resume_objects(font=font, content=_text_ops(escaped)))


def pdf_overlong_profile() -> bytes:
    """A LinkedIn URL in the header whose user name is 300 characters long (the model allows 200)."""
    lines = [*SAMPLE_LINES]
    lines[1] += " | linkedin.com/in/" + "jane-doe-" * 33 + "x"
    return _assemble(_resume_objects(content=_text_ops(lines)))


# -- DOCX ------------------------------------------------------------------------------------------


@functools.cache
def _docx_base() -> bytes:
    return docx_resume()


def _parts(data: bytes | None = None) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data if data is not None else _docx_base())) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def _zip(parts: Sequence[tuple[str, bytes]], *, zip64: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts:
            if zip64:
                with target.open(name, "w", force_zip64=True) as fh:
                    fh.write(content)
            else:
                target.writestr(name, content)
    return out.getvalue()


def _rezip(data: bytes, replace: dict[str, bytes], add: dict[str, bytes] | None = None) -> bytes:
    parts = [(n, replace.get(n, c)) for n, c in _parts(data)]
    return _zip(parts + list((add or {}).items()))


def _document_xml() -> bytes:
    return dict(_parts())["word/document.xml"]


def _with_body(extra: bytes, *, before: bool = False) -> bytes:
    """The base DOCX with `extra` body XML inserted after (or before) its paragraphs."""
    document = _document_xml()
    if before:
        document = document.replace(b"<w:body>", b"<w:body>" + extra, 1)
    else:
        document = document.replace(b"<w:sectPr", extra + b"<w:sectPr", 1)
    return _rezip(_docx_base(), {"word/document.xml": document})


def _p(text: str) -> bytes:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return b'<w:p><w:r><w:t xml:space="preserve">' + escaped.encode() + b"</w:t></w:r></w:p>"


def _table(rows: int, cols: int, cell: Callable[[int, int], bytes]) -> bytes:
    grid = b"<w:tblGrid>" + b'<w:gridCol w:w="400"/>' * cols + b"</w:tblGrid>"
    body = b"".join(
        b"<w:tr>" + b"".join(b"<w:tc>" + cell(r, c) + b"</w:tc>" for c in range(cols)) + b"</w:tr>"
        for r in range(rows)
    )
    return b"<w:tbl><w:tblPr/>" + grid + body + b"</w:tbl>"


def docx_doctype() -> bytes:
    base = _docx_base()
    document = zipfile.ZipFile(io.BytesIO(base)).read("word/document.xml")
    evil = document.replace(
        b"?>",
        b'?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">]>',
        1,
    )
    return _rezip(base, {"word/document.xml": evil})


def docx_billion_laughs_in_styles() -> bytes:
    """The classic entity expansion, in styles.xml rather than the main part."""
    entities = b'<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    styles = dict(_parts())["word/styles.xml"]
    evil = styles.replace(b"?>", b"?><!DOCTYPE w:styles [" + entities + b"]>", 1)
    evil = evil.replace(b"<w:docDefaults>", b"<w:docDefaults><!-- &lol9; -->", 1)
    return _rezip(_docx_base(), {"word/styles.xml": evil})


def docm() -> bytes:
    base = _docx_base()
    types = zipfile.ZipFile(io.BytesIO(base)).read("[Content_Types].xml")
    macro = types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    return _rezip(
        base, {"[Content_Types].xml": macro}, {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 512}
    )


def docx_ratio_bomb() -> bytes:
    """A DOCX whose document part inflates 1000-fold (and to ~300 MB)."""
    base = _docx_base()
    out = io.BytesIO()
    source = zipfile.ZipFile(io.BytesIO(base))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename == "word/document.xml":
                with target.open(item.filename, "w", force_zip64=True) as fh:
                    block = b" " * (1024 * 1024)
                    for _ in range(300):
                        fh.write(block)
            else:
                target.writestr(item.filename, source.read(item.filename))
    return out.getvalue()


def docx_many_entries(entries: int = 5000) -> bytes:
    return _rezip(_docx_base(), {}, {f"extra/part{i}.xml": b"<a/>" for i in range(entries)})


def plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr("notes.txt", "not a word document")
    return out.getvalue()


def docx_without_document() -> bytes:
    """The main part is gone; [Content_Types].xml and the package rels still name it."""
    return _zip([(n, c) for n, c in _parts() if n != "word/document.xml"])


def docx_without_content_types() -> bytes:
    return _zip([(n, c) for n, c in _parts() if n != "[Content_Types].xml"])


def docx_dangling_relationships() -> bytes:
    """styles.xml, numbering.xml and the theme are missing; document.xml.rels still points at them."""
    gone = {"word/styles.xml", "word/stylesWithEffects.xml", "word/numbering.xml", "word/theme/theme1.xml"}
    return _zip([(n, c) for n, c in _parts() if n not in gone])


def docx_relationship_to_nowhere() -> bytes:
    """A relationship whose target climbs out of the package (`../../../etc/passwd`)."""
    rels = dict(_parts())["word/_rels/document.xml.rels"]
    evil = rels.replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/image" Target="../../../../etc/passwd"/></Relationships>',
    )
    return _rezip(_docx_base(), {"word/_rels/document.xml.rels": evil})


def docx_huge_table(rows: int = 300, cols: int = 20) -> bytes:
    """A 300 x 20 table (6000 cells) after the resume."""
    table = _table(rows, cols, lambda r, c: _p(f"R{r}C{c}"))
    return _with_body(table)


def docx_many_paragraphs(count: int = 20_000) -> bytes:
    """The resume followed by 20,000 short paragraphs."""
    return _with_body(b"".join(_p(f"Achievement number {i} delivered on time") for i in range(count)))


def _nested_table(depth: int) -> bytes:
    inner = _p("Deepest cell text")
    for level in range(depth):
        inner = _table(1, 2, functools.partial(_pick, (inner, _p(f"Level {level}"))))
    return inner


def _pick(cells: tuple[bytes, ...], _row: int, col: int) -> bytes:
    return cells[col]


def docx_xml_flood(megabytes: int = 9) -> bytes:
    """About `megabytes` MB of ordinary paragraphs (varied, so they compress only ~10x): 1 MB on disk."""
    count = megabytes * 1024 * 1024 // 70
    return _with_body(
        b"".join(
            b"<w:p><w:r><w:t>Achievement %d shipped for client %d</w:t></w:r></w:p>"
            % (i * 7919 % 1000003, i % 977)
            for i in range(count)
        )
    )


def docx_main_part_renamed() -> bytes:
    """The main document moved to `word/main.bin` (declared by content type) with a DOCTYPE in it.

    A reader picks the parser by content type, so the DOCTYPE must be found by that, not by name.
    """
    parts = dict(_parts())
    document = parts.pop("word/document.xml").replace(
        b"?>", b'?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>', 1
    )
    types = parts["[Content_Types].xml"].replace(
        b'PartName="/word/document.xml"', b'PartName="/word/main.bin"'
    )
    rels = parts["_rels/.rels"].replace(b'Target="word/document.xml"', b'Target="word/main.bin"')
    parts.update({"[Content_Types].xml": types, "_rels/.rels": rels, "word/main.bin": document})
    return _zip(list(parts.items()))


def docx_nested_tables(depth: int = 40) -> bytes:
    """Tables nested 40 deep inside each other's first cell."""
    return _with_body(_nested_table(depth))


def docx_tables_nested_past_xml_depth(depth: int = 120) -> bytes:
    """Tables nested so deep the XML passes the parser's depth limit (256 elements)."""
    return _with_body(_nested_table(depth))


def docx_external_targets(url: str = UNREACHABLE_URL) -> bytes:
    """A linked (not embedded) image, an altChunk, a hyperlink and an attachedTemplate, all remote."""
    parts = dict(_parts())
    rels = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        (
            '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships/image" Target="{url}/image.png" TargetMode="External"/>'
            '<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships/aFChunk" Target="{url}/chunk.html" TargetMode="External"/>'
            '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships/hyperlink" Target="{url}/profile" TargetMode="External"/>'
            '<Relationship Id="rIdFrame" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships/frame" Target="{url}/frame.docx" TargetMode="External"/>'
            "</Relationships>"
        ).encode(),
    )
    image = (
        b'<w:p><w:r><w:drawing><wp:inline><wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="x"/>'
        b'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        b'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        b'<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
        b'<pic:cNvPr id="0" name="x.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
        b'<a:blip r:link="rIdImg"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic>'
        b"</wp:inline></w:drawing></w:r></w:p>"
        b'<w:altChunk r:id="rIdChunk"/>'
        b'<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>Portfolio</w:t></w:r></w:hyperlink></w:p>'
    )
    document = parts["word/document.xml"].replace(b"<w:sectPr", image + b"<w:sectPr", 1)
    settings = parts["word/settings.xml"].replace(
        b"<w:zoom ", b'<w:attachedTemplate r:id="rIdTpl"/><w:zoom ', 1
    )
    if b'xmlns:r="' not in settings.split(b">", 2)[1]:
        settings = settings.replace(
            b"<w:settings ",
            b'<w:settings xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
            1,
        )
    settings_rels = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rIdTpl" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/attachedTemplate" Target="' + f"{url}/template.dotm".encode() + b'" '
        b'TargetMode="External"/></Relationships>'
    )
    return _rezip(
        _docx_base(),
        {
            "word/_rels/document.xml.rels": rels,
            "word/document.xml": document,
            "word/settings.xml": settings,
        },
        {"word/_rels/settings.xml.rels": settings_rels},
    )


def docx_invalid_utf8() -> bytes:
    """document.xml declares UTF-8 and holds bytes that are not."""
    document = _document_xml().replace(b"Madrid", b"Ma\xff\xfe\xc3\x28rid", 1)
    return _rezip(_docx_base(), {"word/document.xml": document})


def docx_nul_character_reference() -> bytes:
    """A NUL as a character reference (`&#0;`): not a legal XML character."""
    document = _document_xml().replace(b"Madrid", b"Mad&#0;rid", 1)
    return _rezip(_docx_base(), {"word/document.xml": document})


def docx_invisible_characters() -> bytes:
    """Bidi overrides, zero-width characters and a BOM inside the name and the text."""
    document = _document_xml().replace(
        DOCX_NAME.encode(), "\u202eAna\u200b Mar\u200día\u2066 P\ufefférez\u202c".encode(), 1
    )
    document = document.replace(b"Python, SQL, Tableau", "Py\u200bthon, SQL\u202e, Tableau".encode(), 1)
    return _rezip(_docx_base(), {"word/document.xml": document})


def docx_megabyte_paragraph() -> bytes:
    """A single paragraph of 1 MB of words after the resume."""
    words = " ".join(f"word{i % 1000}" for i in range(150_000))[: 1024 * 1024]
    return _with_body(_p(words))


def docx_path_traversal_names() -> bytes:
    """Extra zip entries named `../evil`, `/etc/cron.d/x` and `..\\..\\evil.bat`: never extracted."""
    return _zip(
        [
            *_parts(),
            ("../evil.sh", b"#!/bin/sh\necho pwned\n"),
            ("/etc/cron.d/evil", b"* * * * * root true\n"),
            ("..\\..\\evil.bat", b"echo pwned\r\n"),
        ]
    )


def docx_duplicate_names() -> bytes:
    """Two entries named word/document.xml: readers disagree on which one is the document."""
    import warnings

    other = _document_xml().replace(DOCX_NAME.encode(), b"Zed Impostor", 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns about the duplicate, rightly
        return _zip([*_parts(), ("word/document.xml", other)])


def docx_case_duplicate_names() -> bytes:
    """`word/document.xml` and `Word/Document.xml`: the same OPC part name, twice."""
    other = _document_xml().replace(DOCX_NAME.encode(), b"Zed Impostor", 1)
    return _zip([*_parts(), ("Word/Document.xml", other)])


def docx_bad_crc() -> bytes:
    """word/document.xml's CRC-32 is wrong in both the local header and the central directory."""
    data = bytearray(_zip(_parts()))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    wrong = struct.pack("<I", info.CRC ^ 0xDEADBEEF)
    local = info.header_offset
    data[local + 14 : local + 18] = wrong
    name = b"word/document.xml"
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if data[central + 46 : central + 46 + name_len] == name:
            data[central + 16 : central + 20] = wrong
            break
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def docx_zip64() -> bytes:
    """Every entry written with zip64 extra fields (legal, unusual)."""
    return _zip(_parts(), zip64=True)


def docx_stored_uncompressed() -> bytes:
    """Entries stored without compression, and a 60 KB archive comment."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for name, content in _parts():
            target.writestr(name, content)
        target.comment = b"x" * 60_000
    return out.getvalue()


# -- the tables ------------------------------------------------------------------------------------


HOSTILE: dict[str, tuple[Maker, str, str, int, str | None]] = {
    # name: (maker, filename, content type, expected status, expected code)
    "png named pdf": (lambda: b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "resume.pdf", "application/pdf", 415, None),
    "zip named docx": (plain_zip, "cv.docx", DOCX_TYPE, 415, None),
    "legacy doc": (
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
        "cv.doc",
        "application/msword",
        415,
        None,
    ),
    "empty": (lambda: b"", "resume.pdf", "application/pdf", 422, "empty_file"),
    "one byte": (lambda: b"%", "resume.pdf", "application/pdf", 415, None),
    "truncated pdf": (
        lambda: pdf_resume()[: len(pdf_resume()) // 2],
        "resume.pdf",
        "application/pdf",
        422,
        None,
    ),
    "encrypted pdf": (encrypted_pdf, "resume.pdf", "application/pdf", 422, "encrypted"),
    "aes-256 pdf with a password": (
        lambda: encrypted_pdf("AES-256"),
        "resume.pdf",
        "application/pdf",
        422,
        "encrypted",
    ),
    "2000 pages": (many_pages_pdf, "resume.pdf", "application/pdf", 422, "too_many_pages"),
    "flate bomb": (flate_bomb_pdf, "resume.pdf", "application/pdf", 422, None),
    "image only": (image_only_pdf, "scan.pdf", "application/pdf", 422, "no_text"),
    "docx doctype": (docx_doctype, "cv.docx", DOCX_TYPE, 422, "xml_entities"),
    "docm": (docm, "cv.docm", DOCX_TYPE, 415, None),
    "docx ratio bomb": (docx_ratio_bomb, "cv.docx", DOCX_TYPE, 422, "zip_bomb"),
    "docx 5000 entries": (docx_many_entries, "cv.docx", DOCX_TYPE, 422, "zip_bomb"),
    "over 4 MB": (oversized_pdf, "resume.pdf", "application/pdf", 413, "file_too_large"),
    "path in name": (pdf_resume, "../../etc/passwd.pdf", "application/pdf", 422, "bad_filename"),
    "control char in name": (pdf_resume, "cv\x07.pdf", "application/pdf", 422, "bad_filename"),
    # -- PDF structure that cannot be read: a clean 422
    "pdf 31 tiny pages": (lambda: _tiny_pages(31), "resume.pdf", PDF_TYPE, 422, "too_many_pages"),
    "pdf page count lie": (pdf_page_count_lie, "resume.pdf", PDF_TYPE, 422, "too_many_pages"),
    "pdf nested flate bomb": (pdf_nested_flate_bomb, "resume.pdf", PDF_TYPE, 422, "too_complex"),
    "pdf deeply nested arrays": (pdf_deep_arrays, "resume.pdf", PDF_TYPE, 422, "corrupt"),
    "pdf circular page tree": (pdf_circular_page_tree, "resume.pdf", PDF_TYPE, 422, "corrupt"),
    "pdf reference loop as content": (pdf_reference_loop_as_content, "resume.pdf", PDF_TYPE, 422, "corrupt"),
    "pdf stream length 4 GB": (pdf_length_4gb, "resume.pdf", PDF_TYPE, 422, "too_complex"),
    "pdf operator bomb": (pdf_operator_bomb, "resume.pdf", PDF_TYPE, 422, "too_complex"),
    "pdf form drawn 500 times": (pdf_form_drawn_500_times, "resume.pdf", PDF_TYPE, 422, "too_complex"),
    "pdf object stream bad offsets": (pdf_object_stream_bad_offsets, "resume.pdf", PDF_TYPE, 422, "corrupt"),
    # -- DOCX packages that cannot be read: a clean 4xx
    "docx without document.xml": (docx_without_document, "cv.docx", DOCX_TYPE, 422, "corrupt"),
    "docx without content types": (docx_without_content_types, "cv.docx", DOCX_TYPE, 415, "unsupported_type"),
    "docx dangling style and numbering rels": (
        docx_dangling_relationships,
        "cv.docx",
        DOCX_TYPE,
        422,
        "corrupt",
    ),
    "docx relationship out of the package": (
        docx_relationship_to_nowhere,
        "cv.docx",
        DOCX_TYPE,
        422,
        "corrupt",
    ),
    "docx invalid utf-8": (docx_invalid_utf8, "cv.docx", DOCX_TYPE, 422, "corrupt"),
    "docx nul character reference": (docx_nul_character_reference, "cv.docx", DOCX_TYPE, 422, "corrupt"),
    "docx billion laughs in styles": (
        docx_billion_laughs_in_styles,
        "cv.docx",
        DOCX_TYPE,
        422,
        "xml_entities",
    ),
    "docx tables nested past xml depth": (
        docx_tables_nested_past_xml_depth,
        "cv.docx",
        DOCX_TYPE,
        422,
        "corrupt",
    ),
    "docx 9 MB of document xml": (docx_xml_flood, "cv.docx", DOCX_TYPE, 422, "too_complex"),
    "docx main part renamed with doctype": (
        docx_main_part_renamed,
        "cv.docx",
        DOCX_TYPE,
        422,
        "xml_entities",
    ),
    "docx duplicate entry names": (docx_duplicate_names, "cv.docx", DOCX_TYPE, 422, "corrupt"),
    "docx case-duplicate entry names": (docx_case_duplicate_names, "cv.docx", DOCX_TYPE, 422, "corrupt"),
    "docx bad crc": (docx_bad_crc, "cv.docx", DOCX_TYPE, 422, "corrupt"),
}


@dataclass(frozen=True)
class Parseable:
    """A hostile-looking file whose right outcome is a correct parse."""

    maker: Maker
    filename: str
    content_type: str
    name: str
    """`basics.name` the parse must find."""
    contains: tuple[str, ...] = ()
    """Strings that must appear somewhere in the parsed resume (its JSON text)."""
    absent: tuple[str, ...] = ()
    """Strings (or characters) that must not appear anywhere in the parsed resume."""


_INVISIBLE = ("\u202e", "\u200b", "\u200d", "\u2066", "\ufeff", "\u202c", "\x00")
_PDF_WORK = ("Example Corp",)
_DOCX_WORK = ("Acme Analytics",)


def _pdf_case(maker: Maker, *contains: str, absent: tuple[str, ...] = ()) -> Parseable:
    return Parseable(maker, "resume.pdf", PDF_TYPE, PDF_NAME, contains or _PDF_WORK, absent)


def _docx_case(maker: Maker, *contains: str, absent: tuple[str, ...] = ()) -> Parseable:
    return Parseable(maker, "cv.docx", DOCX_TYPE, DOCX_NAME, contains or _DOCX_WORK, absent)


PARSEABLE: dict[str, Parseable] = {
    "pdf deeply nested dictionaries": _pdf_case(pdf_deep_dicts),
    "pdf circular xref chain": _pdf_case(pdf_circular_xref),
    "pdf xref that is its own prev": _pdf_case(pdf_self_prev_xref),
    "pdf startxref past eof": _pdf_case(pdf_xref_past_eof),
    "pdf xref entries past eof": _pdf_case(pdf_xref_offsets_past_eof),
    "pdf circular outlines": _pdf_case(pdf_circular_outlines),
    "pdf reference loop in catalog": _pdf_case(pdf_reference_loop_in_catalog),
    "pdf reference as operand on page 2": _pdf_case(pdf_second_page_reference_as_operand),
    # Refused while pypdf tokenized content streams (it failed the whole stream on either); our
    # tokenizer (parsing/content_ops.py) skips the damage and reads the text around it, in bounds.
    "pdf deeply nested operand": _pdf_case(pdf_deep_array_operand),
    "pdf reference as content operand": _pdf_case(pdf_reference_as_operand),
    "pdf recursive form xobject": _pdf_case(pdf_recursive_form, "Example Corp", "Drawn by the form"),
    "pdf huge mediabox": _pdf_case(pdf_huge_mediabox),
    "pdf absurd mediabox": _pdf_case(pdf_absurd_mediabox),
    "pdf 30 tiny pages": _pdf_case(lambda: _tiny_pages(30), "Filler item 20"),
    "pdf incremental update chain": _pdf_case(
        pdf_incremental_chain, "Example Corp", absent=("Original Person", "Revision Person")
    ),
    "pdf object and xref streams (control)": _pdf_case(lambda: pdf_object_stream_bad_offsets(bad=False)),
    "pdf stream length too short": _pdf_case(pdf_length_too_short),
    "pdf stream length past eof": _pdf_case(pdf_length_too_long),
    "pdf huge declared length": _pdf_case(pdf_declared_length_huge),
    "pdf 100k operators": _pdf_case(pdf_many_operators),
    "pdf broken tounicode (second font)": _pdf_case(pdf_bad_tounicode),
    "pdf junk tounicode": _pdf_case(pdf_bad_tounicode_everywhere),
    "pdf differences garbage": _pdf_case(pdf_differences_garbage),
    "pdf missing widths": _pdf_case(pdf_missing_widths),
    "pdf widths garbage": _pdf_case(pdf_widths_garbage),
    "pdf javascript launch and attachments": _pdf_case(
        pdf_actions_and_attachments, "Example Corp", absent=("evil.exe", "app.alert", "cmd.exe")
    ),
    "pdf remote references": _pdf_case(pdf_remote_references),
    "pdf 1 MB single line": _pdf_case(pdf_megabyte_line, "jane.doe@example.com", "Example Corp"),
    "pdf 1 MB token": _pdf_case(pdf_megabyte_token, "jane.doe@example.com", "Example Corp"),
    "pdf lone surrogates": _pdf_case(pdf_lone_surrogates, "Example Corp"),
    "pdf overlong profile user name": _pdf_case(pdf_overlong_profile, "jane-doe-jane-doe"),
    "pdf nul bidi and zero-width": _pdf_case(pdf_invisible_characters, "Example Corp", absent=_INVISIBLE),
    "pdf encrypted with an empty user password": _pdf_case(empty_password_pdf),
    "pdf aes-128 with an empty user password": _pdf_case(lambda: empty_password_pdf("AES-128")),
    "pdf aes-256 with an empty user password": _pdf_case(lambda: empty_password_pdf("AES-256")),
    "docx 300x20 table": _docx_case(docx_huge_table, "R0C0", "R299C19"),
    "docx 20000 paragraphs": _docx_case(docx_many_paragraphs, "Acme Analytics", "Achievement number 0"),
    "docx tables nested 40 deep": _docx_case(docx_nested_tables, "Acme Analytics"),
    "docx external targets": _docx_case(docx_external_targets, "Acme Analytics"),
    "docx 1 MB paragraph": _docx_case(docx_megabyte_paragraph),
    "docx bidi and zero-width": _docx_case(docx_invisible_characters, "Tableau", absent=_INVISIBLE),
    "docx path traversal entry names": _docx_case(docx_path_traversal_names, absent=("pwned",)),
    "docx zip64": _docx_case(docx_zip64),
    "docx stored with comment": _docx_case(docx_stored_uncompressed),
}
