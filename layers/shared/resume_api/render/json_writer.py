"""JSON Resume (schema v1.0.0): our model is JSON Resume already; this makes it *valid* JSON Resume.

Three differences are settled here. Dates must match the schema's ISO 8601 pattern (`YYYY`,
`YYYY-MM`, `YYYY-MM-DD`): an ongoing role has no `endDate` (not `"present"`), and a date printed
some other way (`Summer 2021`) is normalised, or left out when it names no year. URL fields are
`format: uri`, so a bare `linkedin.com/in/x` gets its `https://`. And our raw `sections` are not
JSON Resume: the sections JSON Resume has no place for (`other`: "Leadership", "Invited Talks")
go under `meta.otherSections` (the schema lets `meta` carry tool data); the rest is dropped, being
the same content as the structured fields.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from ..models.resume import SECTION_KEYS

if TYPE_CHECKING:
    from ..models.resume import Resume

ISO8601 = re.compile(r"^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$")
DATE_FIELDS = {"startDate", "endDate", "date", "releaseDate"}
URL_FIELDS = {"url"}
SECTIONS = SECTION_KEYS


def iso_date(value: str) -> str | None:
    v = value.strip()
    if ISO8601.match(v):
        return v
    from ..parsing.dates import normalize

    n = normalize(v)
    return n if n and ISO8601.match(n) else None


def _url(value: str) -> str | None:
    v = value.strip()
    if not v or " " in v:
        return None
    return v if re.match(r"^[a-z][a-z0-9+.-]*:", v, re.IGNORECASE) else "https://" + v


def _clean(value: Any, key: str = "") -> Any:
    """Drop empty values, fix dates and URLs, recursively."""
    if isinstance(value, dict):
        out = {k: c for k, v in value.items() if (c := _clean(v, k)) not in (None, "", [], {})}
        return out or None
    if isinstance(value, list):
        items = [c for v in value if (c := _clean(v, key)) not in (None, "", [], {})]
        return items or None
    if isinstance(value, str):
        if key in DATE_FIELDS:
            return iso_date(value)
        if key in URL_FIELDS:
            return _url(value)
        return value
    return value


def document(resume: Resume) -> dict[str, Any]:
    data = resume.model_dump(mode="json", exclude={"sections"})
    out: dict[str, Any] = {
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
    }
    for key in SECTIONS:
        cleaned = _clean(data.get(key), key)
        if cleaned:
            out[key] = cleaned
    other = [
        {"heading": s.heading, "text": s.text} for s in resume.sections if s.key == "other" and s.text.strip()
    ]
    if other:
        out["meta"] = {"otherSections": other}
    return out


def write(resume: Resume) -> bytes:
    return (json.dumps(document(resume), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
