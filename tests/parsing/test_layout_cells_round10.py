"""Jobs titled in words the parser has no vocabulary for (round 10, #10): employer and title must
come apart by the page's structure and the document's habit, in every language and header order.

Each variant prints each job's title as a trade from `layouts/trades.py` (`Serrurier`, `Сантехник`)
under one of the header orders real resumes use; every variant runs in all eleven languages. What
today's parser still gets wrong is in `XFAIL` (strict: a cell that starts passing fails until its
line goes).
"""

from __future__ import annotations

import pytest

from resume_api.parsing.vocab import company_score, title_score
from tests.parsing.layouts import LANGS, section_verdicts
from tests.parsing.layouts.pdf_writer import fonts_available
from tests.parsing.layouts.trades import TRADES
from tests.parsing.layouts.variants import D, E, L, T, Variant, line

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

TRADE_VARIANTS = (
    Variant("pdf-trade-one-line-employer-title-place", "pdf", (line(E, T, L, D, sep=", "),), dates="field"),
    Variant("docx-trade-one-line-title-employer", "docx", (line(T, E, D, sep=", "),), dates="field"),
    Variant(
        "pdf-trade-one-line-dates-first", "pdf", (line(D, E, T, L, sep=(" ", ", ", ", ")),), dates="field"
    ),
    Variant(
        "docx-trade-pipes-employer-place-title",
        "docx",
        (line(E, L, T, D, sep=" | ", bold=True),),
        dates="field",
    ),
    Variant(
        "pdf-trade-employer-title-place-lines", "pdf", (line(E, bold=True), line(T, italic=True), line(L))
    ),
    Variant(
        "docx-trade-title-employer-place-lines",
        "docx",
        (line(T, bold=True), line(E), line(L, italic=True)),
        dates="own_line",
    ),
    Variant(
        "pdf-trade-title-dates-over-employer",
        "pdf",
        (line(T, D, sep=" | ", bold=True), line(E, L, sep=", ")),
        dates="field",
    ),
    Variant("docx-trade-employer-over-title-margin", "docx", (line(E, bold=True), line(T)), dates="margin"),
    Variant("pdf-trade-title-dash-employer", "pdf", (line(T, E, sep=" — ", bold=True), line(L, italic=True))),
    Variant("docx-trade-employer-dash-title", "docx", (line(E, T, sep=" — ", bold=True),)),
)
TRADE_VARIANTS = tuple(
    Variant(**{**{f: getattr(v, f) for f in v.__dataclass_fields__}, "trade_titles": True})
    for v in TRADE_VARIANTS
)
BY = {v.name: v for v in TRADE_VARIANTS}

# fmt: off
XFAIL: dict[tuple[str, str], str] = {
    ("pdf-trade-one-line-employer-title-place", "fr"): "work[0].position: expected 'Sommelier', got None",
    ("pdf-trade-one-line-employer-title-place", "it"): "work[0].position: expected 'Falegname', got None",
    ("pdf-trade-one-line-employer-title-place", "nl"): "work[0].position: expected 'Banketbakker', got None",
    ("docx-trade-one-line-title-employer", "it"): "work[0].name: expected 'Gruppo Sole', got 'Falegname'",
    ("docx-trade-one-line-title-employer", "nl"): "work[0].name: expected 'Polderdata', got 'Banketbakker'",
    ("pdf-trade-one-line-dates-first", "fr"): "work[0].position: expected 'Sommelier', got None",
    ("pdf-trade-one-line-dates-first", "it"): "work[0].position: expected 'Falegname', got None",
    ("pdf-trade-one-line-dates-first", "nl"): "work[0].position: expected 'Banketbakker', got None",
    ("docx-trade-pipes-employer-place-title", "it"): "work[0].position: expected 'Falegname', got None",
    ("docx-trade-pipes-employer-place-title", "nl"): "work[0].position: expected 'Banketbakker', got None",
    ("pdf-trade-employer-title-place-lines", "it"): "work[0].position: expected 'Falegname', got None",
    ("pdf-trade-employer-title-place-lines", "nl"): "work[0].position: expected 'Banketbakker', got None",
    ("docx-trade-title-employer-place-lines", "it"): "work[0].name: expected 'Gruppo Sole', got 'Falegname'",
    ("docx-trade-title-employer-place-lines", "nl"): "work[0].name: expected 'Polderdata', got 'Banketbakker'",
    ("pdf-trade-title-dates-over-employer", "it"): "work[0].name: expected 'Gruppo Sole', got 'Falegname'",
    ("pdf-trade-title-dates-over-employer", "nl"): "work[0].name: expected 'Polderdata', got 'Banketbakker'",
    ("docx-trade-employer-over-title-margin", "it"): "work[0].position: expected 'Falegname', got None",
    ("docx-trade-employer-over-title-margin", "nl"): "work[0].position: expected 'Banketbakker', got None",
    ("pdf-trade-title-dash-employer", "it"): "work[0].name: expected 'Gruppo Sole', got 'Falegname'",
    ("pdf-trade-title-dash-employer", "nl"): "work[0].name: expected 'Polderdata', got 'Banketbakker'",
    ("docx-trade-employer-dash-title", "it"): "work[0].position: expected 'Falegname', got None",
    ("docx-trade-employer-dash-title", "nl"): "work[0].position: expected 'Banketbakker', got None",
}
# fmt: on


@pytest.mark.parametrize(("lang", "title"), [(lang, t) for lang, ts in TRADES.items() for t in ts])
def test_no_trade_is_in_any_vocabulary(lang: str, title: str) -> None:
    assert title_score(title) == 0 and company_score(title) == 0, (lang, title)


def _cells() -> list[object]:
    return [
        pytest.param(
            v.name,
            lang,
            id=f"{v.name}-{lang}",
            marks=[pytest.mark.xfail(strict=True, reason=XFAIL[(v.name, lang)])]
            if (v.name, lang) in XFAIL
            else [],
        )
        for v in TRADE_VARIANTS
        for lang in LANGS
    ]


@pytest.mark.parametrize(("variant", "lang"), _cells())
def test_trade_titled_jobs_parse_back(variant: str, lang: str) -> None:
    __tracebackhide__ = True
    verdict = section_verdicts(BY[variant], lang).get("work")
    assert verdict is None, verdict
