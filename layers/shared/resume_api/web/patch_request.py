"""Reading a PATCH request: its body by media type, and its If-Match header.

FastAPI parses one body type per route; PATCH /resume_sections takes three (application/json,
application/merge-patch+json, application/json-patch+json), so the route reads the raw body here
and `models.patches.read_edit` validates it as its media type says. The OpenAPI document describes
each form (see `web.contract`).
"""

from __future__ import annotations

import json
import re

from fastapi import Request

from resume_api.errors import BadRequest, Unprocessable
from resume_api.models.patches import JSON, SectionsEdit, read_edit
from resume_api.models.sections import IfMatch

_ENTITY_TAG = re.compile(r'[ \t]*(W/)?"([\x21\x23-\x7e\x80-\xff]*)"[ \t]*')
MAX_DEPTH = 32
"""A resume is about 5 levels deep and an operation adds 2: anything deeper is refused before it
reaches code that recurses (copying, comparing, encoding)."""


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not JSON")


def _deeper_than(value: object, limit: int) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False


async def patch_edit(request: Request) -> SectionsEdit:
    """FastAPI dependency: the body as an edit. No Content-Type means application/json (as before);
    an unknown one is a 415 whose Accept-Patch header lists the three."""
    content_type = request.headers.get("content-type") or JSON
    media_type = content_type.split(";", 1)[0].strip().lower()
    raw = await request.body()
    if not raw.strip():
        raise Unprocessable(
            "body: Field required",
            code="validation_error",
            details={"fields": [{"field": "body", "message": "Field required"}]},
        )
    try:
        data = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise BadRequest("The body is not valid JSON.", code="invalid_json") from None
    if _deeper_than(data, MAX_DEPTH):
        raise BadRequest(f"The body nests deeper than {MAX_DEPTH} levels.", code="too_deep")
    return read_edit(media_type, data)


def parse_if_match(value: str) -> IfMatch:
    """RFC 9110: `*` or a list of entity tags. Weak tags (W/"3") never match a strong comparison,
    so they are dropped; a value that is not entity tags at all is a 400 that says the form."""
    if value.strip() == "*":
        return "*"
    tags: list[str] = []
    position = 0
    while True:
        found = _ENTITY_TAG.match(value, position)
        if found is None:
            raise BadRequest(
                'If-Match takes the ETag as GET sent it, quotes included: If-Match: "3".',
                code="invalid_if_match",
            )
        if not found.group(1):
            tags.append(found.group(2))
        position = found.end()
        if position == len(value):
            return tuple(tags)
        if value[position] != ",":
            raise BadRequest(
                'If-Match takes the ETag as GET sent it, quotes included: If-Match: "3".',
                code="invalid_if_match",
            )
        position += 1
