"""The two value rules every place a resume enters by shares: dates and link URLs.

Pure functions, so the parser, the entry checks (a PATCH body, an LLM's refinement, a tailored
resume: `value_problems`) and the document writers all apply the same rule
(`render/print_plan.link_target` is `link_rule` over its cleaned text). The resume model itself stays
permissive, so a value stored before these rules is still read and exported as it is. A date is ISO 8601 `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real
calendar day), or `present` for an end date still running, the parser's convention, which
every writer prints as "Present" and the JSON Resume export leaves out. A link is `http(s)://`,
`mailto:`, or a bare `host/path` (linked as `https://`); any other scheme (`javascript:`,
`data:`) and any value with spaces or control characters is refused. Empty means absent.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from typing import Any

from resume_api.errors import Unprocessable

ONGOING = "present"
_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
LINK_SCHEMES = ("http://", "https://", "mailto:")


def date_problem(value: str | None, *, end: bool = False) -> str | None:
    """Why `value` is not a date the service stores, or None if it is one (or is empty)."""
    if not value:
        return None
    if end and value.casefold() == ONGOING:
        return None
    match = _DATE.fullmatch(value)
    if match is None:
        ongoing = ", or present for an ongoing end date" if end else ""
        return f"a date is YYYY, YYYY-MM or YYYY-MM-DD{ongoing}"
    year, month, day = match["year"], match["month"], match["day"]
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return "not a calendar date (a month is 01 to 12, a day one of that month)"
    return None


def link_rule(url: str | None) -> str | None:
    """The link a URL makes in every format, or None when no format links it (the one rule)."""
    if not url or " " in url:
        return None
    if _SCHEME.match(url):
        return url if url.lower().startswith(LINK_SCHEMES) else None
    return "https://" + url


def url_problem(value: str | None) -> str | None:
    """Why `value` is not a URL the service stores, or None if it is one (or is empty)."""
    if not value:
        return None
    if any(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") for c in value):
        return "a URL has no spaces or control characters"
    if link_rule(value) is None:
        return "a URL is http(s), mailto or a bare host/path"
    return None


DATE_FIELDS = frozenset({"startDate", "date", "releaseDate"})
END_DATE_FIELDS = frozenset({"endDate"})
URL_FIELDS = frozenset({"url", "image"})


def value_problems(document: Any, where: str = "") -> list[dict[str, str]]:
    """Every date and URL in a resume (or any part of one, as JSON) that breaks its rule, as
    `{"field": "work.0.startDate", "message": ...}` in document order; the values are not echoed."""
    found: list[dict[str, str]] = []
    if isinstance(document, dict):
        for key, value in document.items():
            path = f"{where}.{key}" if where else str(key)
            problem = None
            if isinstance(value, str) and key in DATE_FIELDS | END_DATE_FIELDS:
                problem = date_problem(value, end=key in END_DATE_FIELDS)
            elif isinstance(value, str) and key in URL_FIELDS:
                problem = url_problem(value)
            else:
                found += value_problems(value, path)
            if problem:
                found.append({"field": path, "message": problem})
    elif isinstance(document, list):
        for n, value in enumerate(document):
            found += value_problems(value, f"{where}.{n}" if where else str(n))
    return found


def new_problems(result: Any, source: Any) -> list[dict[str, str]]:
    """The problems `result` has that `source` had not: what a transformation (an LLM) brought in."""
    before = {p["field"] for p in value_problems(source)}
    return [p for p in value_problems(result) if p["field"] not in before]


def refuse_bad_values(document: Any, where: str = "") -> None:
    """422 `validation_error` naming every field whose date or URL breaks its rule."""
    problems = value_problems(document, where)
    if problems:
        message = "; ".join(f"{p['field']}: {p['message']}" for p in problems[:5])
        raise Unprocessable(message, code="validation_error", details={"fields": problems[:20]})
