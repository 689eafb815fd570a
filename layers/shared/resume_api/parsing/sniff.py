"""What a file really is, from its bytes, and whether its container is safe to open.

Names and content types are the client's word; magic bytes are the file's. A PDF starts with
`%PDF-`; a DOCX is a zip holding `word/document.xml` with the plain (not macro-enabled) main
content type. The zip is checked before python-docx touches it: entry count, declared size,
compression ratio (zip bombs) and DOCTYPE/ENTITY declarations in any XML part (entity bombs,
external entities). Every refusal is a typed error with a fixed, human-readable message.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import Literal

from ..errors import ApiError, DocumentError, UnsupportedMediaType

Kind = Literal["pdf", "docx"]

MAX_ZIP_ENTRIES = 2000
MAX_ZIP_TOTAL = 100 * 1024 * 1024
MAX_ZIP_RATIO = 200
MAX_XML_TOTAL = 8 * 1024 * 1024
"""Uncompressed XML a DOCX may hold. A resume's parts are well under 1 MB; parsing XML costs time
and about ten times its size in memory, and XML of 40 MB fits in a 4 MB file."""
_RATIO_FLOOR = 1024 * 1024  # tiny parts can compress absurdly well without being a bomb

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MACRO_TYPE = b"application/vnd.ms-word.document.macroEnabled.main+xml"
_TEMPLATE_TYPES = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DTD_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        rb"<!DOCTYPE",
        rb"<!ENTITY",
        "<!DOCTYPE".encode("utf-16-le"),
        "<!ENTITY".encode("utf-16-le"),
        "<!DOCTYPE".encode("utf-16-be"),
        "<!ENTITY".encode("utf-16-be"),
    )
]

_NOT_SUPPORTED = "Only PDF and DOCX files are accepted."


def sniff_kind(data: bytes, filename: str = "") -> Kind:
    """`pdf` or `docx` from the file's bytes; raises 415 for anything else, `empty_file` if empty.

    `filename` is accepted for messages and logs only: it never decides the type.
    """
    if not data:
        raise DocumentError("The file is empty.", code="empty_file")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_OLE):
        raise UnsupportedMediaType(
            "Legacy Word (.doc) and password-protected Office files are not accepted; save as DOCX or PDF.",
            code="unsupported_type",
        )
    if data.startswith(b"PK\x03\x04"):
        try:
            _check_docx_package(data)
        except ApiError:
            raise
        except Exception as exc:  # a zip damaged in a way zipfile reports with another type
            raise DocumentError("The DOCX file is damaged or incomplete.", code="corrupt") from exc
        return "docx"
    raise UnsupportedMediaType(_NOT_SUPPORTED, code="unsupported_type")


def _open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError) as exc:
        raise DocumentError("The DOCX file is damaged or incomplete.", code="corrupt") from exc


def _check_docx_package(data: bytes) -> None:
    """A Word document (not a workbook, a deck or a macro-enabled file)."""
    with _open_zip(data) as zf:
        try:
            infos = zf.infolist()
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError) as exc:
            raise DocumentError("The DOCX file is damaged or incomplete.", code="corrupt") from exc
        if len(infos) > MAX_ZIP_ENTRIES:
            raise DocumentError("The DOCX file has too many parts to be a resume.", code="zip_bomb")
        names = {i.filename for i in infos}
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise UnsupportedMediaType(
                "Macro-enabled Word files are not accepted; save as DOCX.", code="unsupported_type"
            )
        ct = next((i for i in infos if i.filename == "[Content_Types].xml"), None)
        if ct is None or ("word/document.xml" not in names and not _has_main_override(zf, ct)):
            raise UnsupportedMediaType(_NOT_SUPPORTED, code="unsupported_type")
        if ct.file_size > 1024 * 1024:
            raise DocumentError("The DOCX file is damaged or incomplete.", code="corrupt")
        try:
            types = zf.read(ct)
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, RuntimeError) as exc:
            raise DocumentError("The DOCX file is damaged or incomplete.", code="corrupt") from exc
        if _MACRO_TYPE.lower() in types.lower() or any(
            t.lower() in types.lower() for t in _TEMPLATE_TYPES[1:]
        ):
            raise UnsupportedMediaType(
                "Macro-enabled Word files are not accepted; save as DOCX.", code="unsupported_type"
            )
        if _MAIN_TYPE.lower() not in types.lower() and _TEMPLATE_TYPES[0].lower() not in types.lower():
            raise UnsupportedMediaType(_NOT_SUPPORTED, code="unsupported_type")


def _has_main_override(zf: zipfile.ZipFile, ct: zipfile.ZipInfo) -> bool:
    if ct.file_size > 1024 * 1024:
        return False
    try:
        return _MAIN_TYPE.lower() in zf.read(ct).lower()
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, RuntimeError):
        return False


def check_docx_container(data: bytes) -> None:
    """Zip-bomb and XML-entity checks, run before python-docx opens the file."""
    with _open_zip(data) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise DocumentError("The DOCX file has too many parts to be a resume.", code="zip_bomb")
        if len({i.filename.casefold() for i in infos}) != len(infos):
            # OPC part names are unique without regard to case; with two entries of one name,
            # which one is "the" document depends on the reader (zipfile takes the last).
            raise DocumentError(
                "The DOCX file is damaged: two of its parts have the same name.", code="corrupt"
            )
        total = 0
        for info in infos:
            if info.file_size < 0 or info.compress_size < 0:
                raise DocumentError("The DOCX file is damaged or incomplete.", code="corrupt")
            total += info.file_size
            if total > MAX_ZIP_TOTAL:
                raise DocumentError("The DOCX file expands to more than 100 MB.", code="zip_bomb")
            if info.file_size > _RATIO_FLOOR and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
                raise DocumentError(
                    "The DOCX file is compressed suspiciously well (a zip bomb?).", code="zip_bomb"
                )
        xml_parts = _xml_parts(zf, infos)
        if sum(i.file_size for i in xml_parts) > MAX_XML_TOTAL:
            raise DocumentError(
                f"The DOCX file holds more than {MAX_XML_TOTAL // (1024 * 1024)} MB of XML; no resume is that large.",
                code="too_complex",
            )
        for info in xml_parts:
            _check_xml_part(zf, info)


_TYPE_ENTRY = re.compile(rb"<(?:\w+:)?(Default|Override)\b([^>]*)>")
_ATTRIBUTE = re.compile(rb"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _is_xml_type(content_type: bytes) -> bool:
    """An Office or plain XML content type (what python-docx parses); not an SVG image and the like."""
    ct = content_type.strip().lower()
    if ct in (b"application/xml", b"text/xml"):
        return True
    return ct.endswith(b"+xml") and ct.startswith((b"application/vnd.openxmlformats", b"application/vnd.ms-"))


def _xml_parts(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """Every part a reader may parse as XML: by its extension, or by its content type.

    A DOCX reader picks a part's parser by the content type `[Content_Types].xml` gives it, not
    by its name, so `word/document.bin` declared as the main document is XML too.
    """
    by_extension: set[str] = set()
    by_name: set[str] = set()
    types = next((i for i in infos if i.filename == "[Content_Types].xml"), None)
    if types is not None and 0 <= types.file_size <= 1024 * 1024:
        try:
            text = zf.read(types)
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, RuntimeError) as exc:
            raise DocumentError("The DOCX file is damaged or incomplete.", code="corrupt") from exc
        for kind, body in _TYPE_ENTRY.findall(text):
            attrs = {k.lower(): (a or b) for k, a, b in _ATTRIBUTE.findall(body)}
            if not _is_xml_type(attrs.get(b"contenttype", b"")):
                continue
            if kind == b"Default":
                by_extension.add(attrs.get(b"extension", b"").decode("latin-1").lower())
            else:
                by_name.add(attrs.get(b"partname", b"").decode("latin-1").lstrip("/").lower())
    parts = []
    for info in infos:
        name = info.filename.lower()
        if name.endswith("/"):
            continue
        if (
            name.endswith((".xml", ".rels", ".vml"))
            or name in by_name
            or name.rsplit(".", 1)[-1] in by_extension
        ):
            parts.append(info)
    return parts


def _check_xml_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse a DOCTYPE or ENTITY declaration anywhere in the part; reads at most its declared size."""
    overlap = 32
    tail = b""
    read = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(256 * 1024)
                if not chunk:
                    break
                read += len(chunk)
                if read > info.file_size + 1024:
                    raise DocumentError("The DOCX file is damaged or incomplete.", code="corrupt")
                window = tail + chunk
                if any(p.search(window) for p in _DTD_PATTERNS):
                    raise DocumentError(
                        "The DOCX file declares XML entities or a DOCTYPE, which are not allowed.",
                        code="xml_entities",
                    )
                tail = window[-overlap:]
    except DocumentError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        ValueError,
        OSError,
        EOFError,
        RuntimeError,
        NotImplementedError,
    ) as exc:
        raise DocumentError("The DOCX file is damaged or incomplete.", code="corrupt") from exc
