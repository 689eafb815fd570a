"""JSON Resume (schema v1.0.0): our model is JSON Resume already; the export writes what is stored.

The export never changes a value (issue #13): a date is written exactly as stored, even one the
schema's ISO 8601 pattern would refuse (`2020-12-31T00:00`, `Summer 2021`); checking dates is the
job of the places they enter by. Two things are settled here, the same way every other writer
settles them. An end date that says the role is ongoing (`present`, `current`, `now`, `ongoing`)
is left out, JSON Resume's convention for "to date", which the other formats print as `Present`.
URL fields follow the one link rule of `layout.link_target`: `http(s)://` and `mailto:` as
stored, a bare `host/path` with `https://` (the link every other format makes of it), and any
other scheme (`javascript:`, `data:`) dropped, as every other format drops it. Empty values are
left out. Our raw `sections` are not JSON Resume: a section JSON Resume has no place for (`other`:
"Leadership", "Invited Talks"), or one whose structured field is empty (its text could not be
structured), goes under `meta.otherSections` (the schema lets `meta` carry tool data), so no line
is lost; the rest is dropped, being the same content as the structured fields.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..models.resume import SECTION_KEYS
from .print_plan import link_target

if TYPE_CHECKING:
    from ..models.resume import Resume

ONGOING = {"present", "current", "now", "ongoing"}
URL_FIELDS = {"url"}
SECTIONS = SECTION_KEYS


def _clean(value: Any, key: str = "") -> Any:
    """Drop empty values, an ongoing end date and URLs no format links, recursively."""
    if isinstance(value, dict):
        out = {k: c for k, v in value.items() if (c := _clean(v, k)) not in (None, "", [], {})}
        return out or None
    if isinstance(value, list):
        items = [c for v in value if (c := _clean(v, key)) not in (None, "", [], {})]
        return items or None
    if isinstance(value, str):
        if key == "endDate" and value.strip().casefold() in ONGOING:
            return None
        if key in URL_FIELDS:
            return link_target(value)
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
    has_summary = bool((resume.basics.summary or "").strip())
    other = [
        {"heading": s.heading, "text": s.text}
        for s in resume.sections
        if s.text.strip()
        and (
            s.key == "other"
            or (s.key == "summary" and not has_summary)
            or (s.key in SECTIONS and s.key not in out)
        )
    ]
    if other:
        out["meta"] = {"otherSections": other}
    return out


def write(resume: Resume) -> bytes:
    return (json.dumps(document(resume), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
