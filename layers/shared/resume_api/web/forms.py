"""Multipart bodies: exactly one part of the name a route reads.

FastAPI binds a form field to the last part of its name, so a body with two `file` parts would
be parsed as the second while a proxy or a log may have judged the first: refused instead.
"""

from __future__ import annotations

from fastapi import Request

from resume_api.errors import Unprocessable


async def one_part(request: Request, name: str) -> None:
    """422 unless the form holds exactly one part called `name` (FastAPI has parsed it already)."""
    form = await request.form()
    if len(form.getlist(name)) != 1:
        raise Unprocessable(f"Send exactly one `{name}` part.", code="one_file_part")
