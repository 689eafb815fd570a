"""A layout generator for parser tests: random JSON resumes written as PDF and DOCX in the
layouts and languages real resumes use, with the parse each one must give back.

    doc = sample("fr", BY_NAME["pdf-sidebar-left"])   # or the strategy: documents("fr")
    data, filename, want = render(doc, BY_NAME["pdf-sidebar-left"])
    problems = mismatches(parse_document(data, filename), want)

`python -m tests.parsing.layouts.report` runs every variant in every language.
"""

from __future__ import annotations

from typing import Any

from .build import build
from .content import Doc, documents
from .expected import expected, mismatches
from .lang import LANGS
from .variants import BY_NAME, VARIANTS, Variant

__all__ = [
    "BY_NAME",
    "LANGS",
    "VARIANTS",
    "Variant",
    "check_cell",
    "documents",
    "expected",
    "mismatches",
    "render",
    "sample",
]


def render(doc: Doc, variant: Variant) -> tuple[bytes, str, dict[str, Any]]:
    """The file for `doc` in `variant`, its name, and the parse it must give back."""
    page, printed = build(doc, variant)
    if variant.fmt == "pdf":
        from .pdf_writer import write_pdf

        data = write_pdf(page)
    else:
        from .docx_writer import write_docx

        data = write_docx(page)
    return data, f"{variant.name}-{doc['lang']}.{variant.fmt}", expected(printed)


EXAMPLES = 2
"""Resumes drawn per variant x language cell in the test (hypothesis, fixed seed)."""


def matrix_cells() -> list[tuple[str, str]]:
    """The cells the test runs: every variant in English and in one other language, rotating so
    that every language appears several times across the matrix."""
    others = [code for code in LANGS if code != "en"]
    return [(v.name, lang) for i, v in enumerate(VARIANTS) for lang in ("en", others[i % len(others)])]


def sample(lang: str, variant: Variant) -> Doc:
    """One resume for `variant` in `lang`, the same on every run (hypothesis, fixed seed)."""
    from hypothesis import HealthCheck, Phase, given, settings

    drawn: list[Doc] = []

    @settings(
        derandomize=True,
        max_examples=1,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(documents(lang, grouped=variant.grouped, long=variant.long))
    def draw(doc: Doc) -> None:
        drawn.append(doc)

    draw()
    return drawn[0]


def check_cell(variant: Variant, lang: str, examples: int = EXAMPLES) -> list[str]:
    """The mismatches of the first drawn resume that does not parse back, or [] when all do.

    Hypothesis draws `examples` resumes with a fixed seed (`derandomize`) and does not shrink:
    the same cell gives the same answer on every run and every machine.
    """
    from hypothesis import HealthCheck, Phase, given, settings

    from resume_api.errors import ApiError
    from resume_api.parsing import parse_document

    found: list[str] = []

    @settings(
        derandomize=True,
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @given(documents(lang, grouped=variant.grouped, long=variant.long))
    def run(doc: Doc) -> None:
        if found:
            return  # one failing resume is the answer; raising would make hypothesis replay it
        data, filename, want = render(doc, variant)
        try:
            problems = mismatches(parse_document(data, filename), want)
        except ApiError as exc:
            problems = [f"refused: {exc.__class__.__name__} {getattr(exc, 'code', '')}: {exc}"]
        found[:] = problems

    run()
    return found
