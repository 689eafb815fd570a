"""The two value rules every place a resume enters by shares: dates and link URLs.

Pure functions, so the parser, the model fields (PATCH bodies, an LLM's refinement, a tailored
resume) and the document writers all apply the same rule (`render/layout.link_target` is
`link_rule` over its cleaned text). A date is ISO 8601 `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real
calendar day), or `present` for an end date still running, the parser's convention, which
every writer prints as "Present" and the JSON Resume export leaves out. A link is `http(s)://`,
`mailto:`, or a bare `host/path` (linked as `https://`); any other scheme (`javascript:`,
`data:`) and any value with spaces or control characters is refused. Empty means absent.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

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
        return f"{value} is not a calendar date"
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


def check_date(value: str | None) -> str | None:
    """Pydantic validator: the value unchanged, or ValueError saying what a date is."""
    problem = date_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def check_end_date(value: str | None) -> str | None:
    """Pydantic validator for an end date (which may be `present`)."""
    problem = date_problem(value, end=True)
    if problem:
        raise ValueError(problem)
    return value


def check_url(value: str | None) -> str | None:
    """Pydantic validator: the value unchanged, or ValueError saying what a URL is."""
    problem = url_problem(value)
    if problem:
        raise ValueError(problem)
    return value
