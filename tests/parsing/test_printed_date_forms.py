"""Every date form a resume printer writes (moment.js, strftime, Intl, LaTeX macros) reads as a range.

Published themes print a JSON Resume date with a format string: `MMM YYYY`, `YYYY-MMM`
(`2022-May`), `MMM, YYYY`, or the stored date itself (`2019-04-01`). Before, `2019-Sep - 2022-Apr`
read as 2022 to present and `2019-04-01 - 2021-09-15` as one month of 2019: the jobs lost their
dates and the entries around them their order. Cases: each format × a closed or open range ×
English and other languages' month words, so a form is tested whatever month it names.
"""

from __future__ import annotations

import itertools

import pytest

from resume_api.parsing import dates as D

MONTHS = {
    "en": (["Apr", "April"], ["Sep", "September"]),
    "fr": (["avr.", "avril"], ["sept.", "septembre"]),
    "de": (["Apr.", "April"], ["Sep.", "September"]),
    "es": (["abr.", "abril"], ["sept.", "septiembre"]),
    "pt": (["abr", "abril"], ["set", "setembro"]),
    "it": (["apr", "aprile"], ["set", "settembre"]),
    "nl": (["apr.", "april"], ["sep.", "september"]),
    "pl": (["kwi", "kwiecień"], ["wrz", "wrzesień"]),
}
"""April and September, short and long, as each locale's printer writes them."""

WORD_FORMS = ["{m} {y}", "{m}, {y}", "{y}-{m}", "{y}/{m}", "{d} {m} {y}", "{m} {d}, {y}"]
NUMBER_FORMS = ["{y}-{mm}", "{mm}/{y}", "{y}/{mm}", "{mm}.{y}", "{y}.{mm}", "{y}-{mm}-{dd}", "{y}/{mm}/{dd}"]
NUMBER_FORMS += ["{y}.{mm}.{dd}", "{dd}/{mm}/{y}", "{dd}.{mm}.{y}", "{n}/{y}", "{y}年{n}月"]


def _cases() -> list[tuple[str, str, str]]:
    cases = []
    for lang, (april, september) in MONTHS.items():
        for form, long in itertools.product(WORD_FORMS, (0, 1)):
            if "{d}" in form and lang != "en":
                continue  # `1 Apr 2019` and `Apr 1, 2019` are English printers' forms
            start = form.format(m=april[long], y=2019, d=1)
            end = form.format(m=september[long], y=2021, d=15)
            cases.append((lang, start, end))
    for form in NUMBER_FORMS:
        start = form.format(y=2019, mm="04", dd="01", n=4)
        end = form.format(y=2021, mm="09", dd="15", n=9)
        cases.append(("numeric", start, end))
    return cases


@pytest.mark.parametrize(("lang", "start", "end"), _cases())
@pytest.mark.parametrize("sep", [" - ", " – ", " — ", " to "])
def test_a_printed_range_reads_back(lang: str, start: str, end: str, sep: str) -> None:
    span = D.find_range(f"{start}{sep}{end}")
    assert span is not None and (span.start, span.end) == ("2019-04", "2021-09"), (lang, span)


@pytest.mark.parametrize(("lang", "start", "end"), _cases())
def test_an_open_range_reads_back(lang: str, start: str, end: str) -> None:
    span = D.find_range(f"{start} – Present")
    assert span is not None and (span.start, span.end) == ("2019-04", "present"), (lang, span)


def _single_cases() -> list[tuple[str, str]]:
    """Each form's end date alone, and after a dash with no start (`- 2011-Jan`: a theme printing
    a school left with no start date)."""
    return [(lang, text) for lang, _, end in _cases() for text in (end, f"- {end}", f"– {end}", f"{end}  ")]


@pytest.mark.parametrize(("lang", "text"), _single_cases())
def test_a_single_printed_date_is_an_end(lang: str, text: str) -> None:
    span = D.find_range(text)
    assert span is not None and (span.start, span.end) == (None, "2021-09"), (lang, text, span)
