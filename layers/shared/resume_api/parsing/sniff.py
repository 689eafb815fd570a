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
        for info in infos:
            name = info.filename.lower()
            if name.endswith((".xml", ".rels", ".vml", "/")) and not name.endswith("/"):
                _check_xml_part(zf, info)


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
