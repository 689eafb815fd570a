"""Hostile files, generated: each is something an upload must refuse cleanly (or parse correctly).

`HOSTILE` maps a name to (maker, expected status, expected error code or None). The makers are
deterministic and cheap; the largest decompress to hundreds of MB but are small on disk.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable

from tests.factories import DOCX_TYPE, docx_resume, pdf_resume


def _pdf(objects: list[bytes]) -> bytes:
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


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


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_resume())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _rezip(data: bytes, replace: dict[str, bytes], add: dict[str, bytes] | None = None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, replace.get(item.filename, source.read(item.filename)))
        for name, content in (add or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def docx_doctype() -> bytes:
    base = docx_resume()
    document = zipfile.ZipFile(io.BytesIO(base)).read("word/document.xml")
    evil = document.replace(
        b"?>",
        b'?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">]>',
        1,
    )
    return _rezip(base, {"word/document.xml": evil})


def docm() -> bytes:
    base = docx_resume()
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
    base = docx_resume()
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
    return _rezip(docx_resume(), {}, {f"extra/part{i}.xml": b"<a/>" for i in range(entries)})


def plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr("notes.txt", "not a word document")
    return out.getvalue()


def oversized_pdf() -> bytes:
    base = pdf_resume()
    return base + b"%" + b"x" * (4 * 1024 * 1024 + 10 - len(base)) + b"\n"


Maker = Callable[[], bytes]

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
}
