"""Resume parsing: PDF/DOCX bytes in, a JSON Resume dict out.

Import-light on purpose (no pypdf or python-docx at import time) so a Lambda that only needs the
models does not pay for the readers. `parse_document` is the pure, in-process parse;
`resume_api.parsing.sandbox.parse_bounded` runs it in a child process with time and memory
limits, which is what request handlers should call.
"""

from __future__ import annotations

from typing import Any

__all__ = ["parse_document", "sniff_kind"]


def parse_document(data: bytes, filename: str = "", **limits: Any) -> dict[str, Any]:
    """Parse a PDF or DOCX resume; see `resume_api.parsing.document.parse_document`."""
    from .document import parse_document as _parse

    return _parse(data, filename, **limits)


def sniff_kind(data: bytes, filename: str = "") -> str:
    """`"pdf"` or `"docx"` from the magic bytes; raises `UnsupportedMediaType` otherwise."""
    from .sniff import sniff_kind as _sniff

    return _sniff(data, filename)
