"""Resume documents: a `Resume` in, DOCX, PDF, Markdown or JSON Resume bytes out, in four templates.

`render(resume, fmt, template)` is the whole interface. One print plan (`print_plan.py`) decides
what is printed and in which order; templates (`templates.py`) only decide how it looks; each
format has its own writer. Importing this package is cheap on purpose (no python-docx or
reportlab until a document is written): the generate Lambda pays for a writer only when it runs.

`Rendered.pages` is the PDF's real page count; for DOCX, an estimate from typesetting the same
layout with the same sizes (Word lays out the file itself, later); 0 for Markdown and JSON,
which have no pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_api.models.slotted import Frozen

from ..errors import Unprocessable

if TYPE_CHECKING:
    from ..models.resume import Resume

__all__ = ["CONTENT_TYPES", "FORMATS", "TEMPLATES", "Rendered", "render"]

FORMATS = ("docx", "pdf", "md", "json")
TEMPLATES = ("classic", "modern", "compact", "ats")
CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
}


class Rendered(Frozen):
    __slots__ = ("content_type", "data", "extension", "pages")
    data: bytes
    content_type: str
    extension: str
    pages: int

    def __init__(self, data: bytes, content_type: str, extension: str, pages: int) -> None:
        object.__setattr__(self, "data", data)
        object.__setattr__(self, "content_type", content_type)
        object.__setattr__(self, "extension", extension)
        object.__setattr__(self, "pages", pages)


def render(resume: Resume, fmt: str, template: str) -> Rendered:
    """The resume as a document; `Unprocessable` for an unknown format or template or an empty resume."""
    if fmt not in FORMATS:
        raise Unprocessable(
            f"Unknown format {str(fmt)[:20]!r}; use one of: {', '.join(FORMATS)}.", code="unknown_format"
        )
    if template not in TEMPLATES:
        raise Unprocessable(
            f"Unknown template {str(template)[:20]!r}; use one of: {', '.join(TEMPLATES)}.",
            code="unknown_template",
        )
    from . import print_plan
    from .templates import style_for

    style = style_for(template)
    lay = print_plan.build(resume, style.date_style)
    if lay.empty:
        raise Unprocessable("The resume has no name and no content to print.", code="empty_resume")
    if fmt == "pdf":
        from . import pdf_writer

        data, pages = pdf_writer.write(lay, style)
    elif fmt == "docx":
        from . import docx_writer

        data, pages = docx_writer.write(lay, style)
    elif fmt == "md":
        from . import markdown_writer

        data, pages = markdown_writer.write(lay), 0
    else:
        from . import json_writer

        data, pages = json_writer.write(resume), 0
    return Rendered(data=data, content_type=CONTENT_TYPES[fmt], extension=fmt, pages=pages)
