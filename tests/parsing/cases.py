"""The matrix of generated-document tests: every form × every language × PDF and DOCX, with the
cases the parser does not read yet marked as strict xfails."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from resume_api.parsing import parse_document
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.docx_writer import write_docx
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.model import Block, Page, Para, Run
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


def one_job(lang: Lang, i: int) -> list[Block]:
    """A page's opening in `lang`: the person's name and email, a work heading over one job (employer
    in bold beside its dates, title in italics, one bullet), for families about another section."""
    given, family = lang.people[i % len(lang.people)]
    return [
        Para([Run(f"{given} {family}", bold=True, size=22)]),
        Para([Run("jane.roe@example.com")]),
        Para([Run(lang.headings["work"][0].upper(), bold=True, size=12)], space_before=8),
        Para([Run(lang.employers[i % len(lang.employers)], bold=True)], right=[Run("2019 – 2023")]),
        Para([Run(lang.titles[i % len(lang.titles)], italic=True)]),
        Para([Run(lang.highlights[i % len(lang.highlights)])], bullet="•"),
    ]
