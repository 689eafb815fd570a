"""The Parser port's real adapter: type from the magic bytes, then the bounded child-process parse.

Its own module so that only the functions that parse (upload, ingest) import the sandbox.
"""

from __future__ import annotations

import functools
import time
from typing import Any

from resume_api.models.records import UploadWarning
from resume_api.models.resume import Resume
from resume_api.models.uploads import ParsedUpload
from resume_api.parsing import sniff_kind
from resume_api.parsing.sandbox import parse_bounded
from resume_api.ports import Parser
from resume_api.settings import limits

WALL_MARGIN_S = 1.0
"""Kept between the parse's wall limit and the invocation's deadline, to record why it failed."""


def parse_upload(data: bytes, filename: str, *, deadline: float = 0.0) -> ParsedUpload:
    """Sniff by magic bytes, then parse in a bounded child process; raises 413/415/422 errors.

    The child is bounded by its CPU time (`PARSE_TIMEOUT_S`) and, on the wall clock, by the
    invocation's `deadline` (epoch seconds; a handler binds it), so a Lambda starved of CPU fails
    no honest upload; without one the wall limit is the CPU bound."""
    kind = sniff_kind(data, filename)
    settings = limits()
    warnings: list[dict[str, Any]] = []
    parsed = parse_bounded(
        data,
        filename,
        timeout_s=settings.parse_timeout_s,
        wall_s=deadline - time.time() - WALL_MARGIN_S if deadline else None,
        memory_mb=settings.parse_memory_mb,
        warnings=warnings,
    )
    return ParsedUpload(
        kind, Resume.model_validate(parsed), [UploadWarning.model_validate(w) for w in warnings]
    )


def parser_until(deadline: float) -> Parser:
    """The Parser port for one invocation: `parse_upload` waited for until its `deadline`."""
    return functools.partial(parse_upload, deadline=deadline)
