"""Each document parsed once per test process, though several test files parse the same one.

The corpus resumes are parsed by the corpus, word-preservation, hidden-text and round-trip tests,
and a generated layout by the layout and word-preservation tests: the same bytes through the same
`parse_document`. Keyed by the bytes' SHA-256 and the file name, held in memory only, so a changed
file is parsed afresh and a parse never outlives the code that made it. Each caller gets its own
copy. A refusal is not kept: it is raised again by parsing again. Under xdist the workers of one run
also share their parses (tests/shared_cache.py), as they spread one file's tests between them.
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any

from resume_api.parsing import parse_document
from tests.shared_cache import shared

_PARSES: dict[tuple[str, str], tuple[dict[str, Any], list[dict[str, Any]]]] = {}


def parse(data: bytes, filename: str, warnings: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """`parse_document(data, filename, warnings=warnings)`, from memory after the first time."""
    key = (hashlib.sha256(data).hexdigest(), filename)
    if key not in _PARSES:
        _PARSES[key] = shared("parse", "\0".join(key), lambda: _parse(data, filename))
    parsed, found = _PARSES[key]
    if warnings is not None:
        warnings.extend(copy.deepcopy(found))
    return copy.deepcopy(parsed)


def _parse(data: bytes, filename: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    found: list[dict[str, Any]] = []
    return parse_document(data, filename, warnings=found), found
