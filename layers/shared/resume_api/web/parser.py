"""The Parser port's real adapter: type from the magic bytes, then the bounded child-process parse.

Its own module so that only the functions that parse (upload, ingest) import the sandbox.
"""

from __future__ import annotations

from typing import Any

from resume_api.models.records import UploadWarning
from resume_api.models.resume import Resume
from resume_api.models.uploads import ParsedUpload
from resume_api.parsing import sniff_kind
from resume_api.parsing.sandbox import parse_bounded
from resume_api.settings import limits


def parse_upload(data: bytes, filename: str) -> ParsedUpload:
    """Sniff by magic bytes, then parse in a bounded child process; raises 413/415/422 errors."""
    kind = sniff_kind(data, filename)
    settings = limits()
    warnings: list[dict[str, Any]] = []
    parsed = parse_bounded(
        data,
        filename,
        timeout_s=settings.parse_timeout_s,
        memory_mb=settings.parse_memory_mb,
        warnings=warnings,
    )
    return ParsedUpload(
        kind, Resume.model_validate(parsed), [UploadWarning.model_validate(w) for w in warnings]
    )
