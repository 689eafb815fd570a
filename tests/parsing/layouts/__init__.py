"""A layout generator for parser tests: random JSON resumes written as PDF and DOCX in the
layouts and languages real resumes use, with the parse each one must give back.

    doc = sample("fr", BY_NAME["pdf-sidebar-left"])   # or the strategy: documents("fr")
    data, filename, want = render(doc, BY_NAME["pdf-sidebar-left"])
    problems = mismatches(parse_document(data, filename), want)

`python -m tests.parsing.layouts.report` runs every variant in every language.
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

from tests.shared_cache import shared

from .build import build
from .content import Doc, documents
from .content import documents as _documents
from .expected import expected, mismatches
from .lang import LANGS
from .variants import BY_NAME, VARIANTS, Variant

__all__ = [
    "BY_NAME",
    "LANGS",
    "SECTIONS",
    "VARIANTS",
    "Variant",
    "cell_problems",
    "check_cell",
    "documents",
    "draw",
    "expected",
    "judged_verdict",
    "language_cells",
    "mismatches",
    "parses_back",
    "render",
    "sample",
    "section_of",
    "section_params",
    "section_verdicts",
    "verdicts",
]


_RENDERED: dict[tuple[str, str], tuple[bytes, str, dict[str, Any]]] = {}


def render(doc: Doc, variant: Variant) -> tuple[bytes, str, dict[str, Any]]:
    """The file for `doc` in `variant`, its name, and the parse it must give back. Written once per
    process for each resume and variant: the layout, word and reader tests read the same files, and a
    PDF written twice differs in its timestamps, so the parse cache (tests/parsed.py) would miss. Under
    xdist the workers of one run share what they wrote (tests/shared_cache.py)."""
    key = (json.dumps(doc, sort_keys=True, ensure_ascii=False, default=repr), variant.name)
    if key not in _RENDERED:
        _RENDERED[key] = shared("render", "\0".join(key), lambda: _write(doc, variant))
    data, filename, want = _RENDERED[key]
    return data, filename, copy.deepcopy(want)


def _write(doc: Doc, variant: Variant) -> tuple[bytes, str, dict[str, Any]]:
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


_DRAWN: dict[tuple[str, bool, bool, bool, int], list[Doc]] = {}


def draw(lang: str, variant: Variant, examples: int = EXAMPLES) -> list[Doc]:
    """The resumes a cell is tested on: hypothesis with a fixed seed (`derandomize`), no
    shrinking, so the same cell draws the same resumes on every run and every machine.

    Drawn once per process for each set of the strategy's arguments (the noise sweep asks for the
    same cell's resumes for each of its perturbations, and hypothesis's engine is most of a draw's
    cost); each caller gets its own copy."""
    key = (lang, variant.edu == "grouped", variant.grouped, variant.long, examples)
    if key not in _DRAWN:
        _DRAWN[key] = _draw(lang, variant, examples)
    return copy.deepcopy(_DRAWN[key])


def _draw(lang: str, variant: Variant, examples: int) -> list[Doc]:
    from hypothesis import HealthCheck, Phase, given, settings

    drawn: list[Doc] = []
    # hypothesis seeds a derandomized test from its source, decorators included: the `@given` line
    # below stays as it was so that every cell draws the resumes it drew before; options a variant
    # adds reach the strategy through this name instead
    documents = functools.partial(_documents, one_school=variant.edu == "grouped")

    @settings(
        derandomize=True,
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(documents(lang, grouped=variant.grouped, long=variant.long))
    def collect(doc: Doc) -> None:
        drawn.append(doc)

    collect()
    return drawn


def sample(lang: str, variant: Variant) -> Doc:
    """The first resume a cell is tested on."""
    return draw(lang, variant, 1)[0]


SECTIONS = (
    "basics",
    "work",
    "education",
    "skills",
    "languages",
    "certificates",
    "awards",
    "projects",
    "publications",
    "volunteer",
    "references",
    "interests",
    "other",
)
"""What a parse is judged on, one verdict each: basics is name, e-mail and summary."""


def section_of(problem: str) -> str:
    """`work[1].name: ...` -> `work`; a refused document (`refused: ...`) is every section's."""
    head = problem.split(":", 1)[0]
    return head.split("[", 1)[0].split(".", 1)[0]


def cell_problems(variant: Variant, lang: str, examples: int = EXAMPLES) -> list[list[str]]:
    """For each resume `draw` gives the cell, every way its parse differs from what it prints."""
    from resume_api.errors import ApiError
    from tests.parsed import parse

    found: list[list[str]] = []
    for doc in draw(lang, variant, examples):
        data, filename, want = render(doc, variant)
        try:
            problems = mismatches(parse(data, filename), want)
        except ApiError as exc:
            problems = [f"refused: {exc.__class__.__name__} {getattr(exc, 'code', '')}: {exc}"]
        found.append(problems)
    return found


def section_verdicts(variant: Variant, lang: str, examples: int = EXAMPLES) -> dict[str, str]:
    """Per section, the first mismatch over the drawn resumes; a section that parsed back
    exactly in every one of them is absent."""
    return verdicts(cell_problems(variant, lang, examples))


def verdicts(per_example: list[list[str]]) -> dict[str, str]:
    """`section_verdicts` from the problems `cell_problems` found."""
    out: dict[str, str] = {}
    for problems in per_example:
        for p in problems:
            sec = section_of(p)
            for s in SECTIONS if sec == "refused" else (sec,):
                out.setdefault(s, p)
    return {s: out[s] for s in SECTIONS if s in out}


@functools.cache
def judged_verdict(variant: Variant, lang: str, judged: tuple[str, ...]) -> str | None:
    """The first mismatch, in the sections `judged`, of the first resume a cell is tested on."""
    from tests.parsed import parse

    data, filename, want = render(sample(lang, variant), variant)
    return next((p for p in mismatches(parse(data, filename), want) if section_of(p) in judged), None)


def parses_back(problem: str | None) -> None:
    """Fail with the mismatch, if there is one (kept out of the long test module on purpose)."""
    if problem is not None:
        raise AssertionError(problem)


def check_cell(variant: Variant, lang: str, examples: int = EXAMPLES) -> list[str]:
    """The mismatches of the first drawn resume that does not parse back, or [] when all do."""
    return next((p for p in cell_problems(variant, lang, examples) if p), [])


def section_params(cells: list[tuple[str, str]], xfail: dict[tuple[str, str, str], str]) -> list[object]:
    """Each (layout, language) cell once per section, as pytest parameters; a cell's section in
    `xfail` a strict xfail with the mismatch as its reason."""
    import pytest

    return [
        pytest.param(
            name,
            lang,
            section,
            id=f"{name}-{lang}-{section}",
            marks=[pytest.mark.xfail(strict=True, reason=xfail[(name, lang, section)])]
            if (name, lang, section) in xfail
            else [],
        )
        for name, lang in cells
        for section in SECTIONS
    ]


def language_cells(variants: tuple[Variant, ...], xfail: dict[tuple[str, str], str]) -> list[object]:
    """Every variant in every language, as pytest parameters; a cell in `xfail` a strict xfail."""
    import pytest

    return [
        pytest.param(
            v.name,
            lang,
            id=f"{v.name}-{lang}",
            marks=[pytest.mark.xfail(strict=True, reason=xfail[(v.name, lang)])]
            if (v.name, lang) in xfail
            else [],
        )
        for v in variants
        for lang in LANGS
    ]
