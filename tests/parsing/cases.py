"""The matrix of generated-document tests: every form × every language × PDF and DOCX, with the
cases the parser does not read yet marked as strict xfails."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from resume_api.parsing import parse_document
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.model import Page
from tests.parsing.layouts.pdf_writer import fonts_available, write_pdf


def matrix(forms: Iterable[str], unread: set[str]) -> list[Any]:
    """pytest params (form, code, fmt), id `form-code-fmt`; a case whose form, `form-code` or
    `form-code-fmt` is in `unread` is a strict xfail (a fix turns it into a failure until it goes)."""
    out = []
    for form in forms:
        for code in LANGS:
            for fmt in ("pdf", "docx"):
                keys = {form, f"{form}-{code}", f"{form}-{code}-{fmt}"}
                marks = [pytest.mark.xfail(strict=True, reason="not read yet")] if keys & unread else []
                out.append(pytest.param(form, code, fmt, id=f"{form}-{code}-{fmt}", marks=marks))
    return out


def parse_page(page: Page, code: str, fmt: str) -> dict[str, Any]:
    """The page written in `fmt` (in the language's script) and parsed as a user's upload would be."""
    if fmt == "pdf" and fonts_available():
        pytest.skip(fonts_available() or "")
    page.cjk = code if LANGS[code].cjk else ""
    data = write_pdf(page) if fmt == "pdf" else write_docx(page)
    return parse_document(data, f"cv.{fmt}")
