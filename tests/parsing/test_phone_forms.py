"""A phone number is read whole in every form the eleven languages' countries print it: with and
without the country code, with the trunk `(0)`, behind any label (`Tel.`, `Handy`, `Тел.`, `手机`),
beside an email on one line, after an icon; and a date, a postal code or a year range is not one.

The forms are written from the countries' numbering plans (national and international shapes,
the separators each country uses), not from any corpus file.
"""

from __future__ import annotations

import itertools
import re

import pytest

from resume_api.parsing.contacts import find_phone

FORMS: dict[str, tuple[str, ...]] = {
    "us": ("(415) 555-0142", "415-555-0142", "415.555.0142", "+1 (415) 555-0142", "+1-415-555-0142",
           "+1 415 555 0142", "1-415-555-0142", "+1.415.555.0142", "4155550142"),
    "uk": ("+44 (0)20 7946 0958", "020 7946 0958", "+44 7700 900123", "07700 900123", "+44 (0) 7700 900 123",
           "+44 20 7946 0958"),
    "fr": ("+33 6 12 34 56 78", "06 12 34 56 78", "06.12.34.56.78", "+33 (0)6 12 34 56 78",
           "0033 6 12 34 56 78", "06-12-34-56-78", "+33 1 42 68 53 00"),
    "de": ("+49 (0)30 12345678", "030 12345678", "030/1234 5678", "0151 23456789", "+49 151 2345 6789",
           "+49 (0) 151-2345 6789", "(030) 1234 5678", "0049 30 1234567", "0049 (0)176 1234 5678", "+49 30 901820", "0171/1234567"),
    "es": ("+34 612 34 56 78", "612 345 678", "(+34) 912 345 678", "+34 912345678", "91 123 45 67"),
    "pt": ("+351 912 345 678", "912 345 678", "+351 21 123 4567"),
    "br": ("+55 (11) 91234-5678", "(11) 91234-5678", "11 91234-5678", "+55 11 91234 5678", "(21) 3456-7890"),
    "it": ("+39 347 123 4567", "347 1234567", "+39 02 1234 5678", "02/12345678", "+39 3471234567",
           "347-123-4567"),
    "nl": ("+31 (0)6 12345678", "06-12345678", "06 1234 5678", "+31 20 123 4567", "+31 6 1234 5678",
           "020-1234567"),
    "pl": ("+48 601 234 567", "601-234-567", "+48 (12) 345 67 89", "601 234 567", "+48 12 345 67 89"),
    "ru": ("+7 (916) 123-45-67", "8 (916) 123-45-67", "8-916-123-45-67", "+7 916 1234567", "+7 916 123 45 67",
           "8 916 123 45 67"),
    "cn": ("+86 138 1234 5678", "138-1234-5678", "13812345678", "+86-10-1234-5678", "(010) 1234 5678",
           "+86 13812345678", "010-12345678"),
    "jp": ("090-1234-5678", "03-1234-5678", "+81-90-1234-5678", "+81 (0)90 1234 5678", "080(1234)5678",
           "+81 3 1234 5678", "03(1234)5678", "０９０－１２３４－５６７８", "090‐1234‐5678", "+81 90 1234 5678"),
    "dashes": ("+49 176 – 123 456 78", "+7 (495) 123–45–67", "0176 — 1234 5678", "+33.6.12.34.56.78",
               "(+49) 176 1234 5678", "+49-(0)-30-1234567", "+41\u00a079\u00a0123\u00a045\u00a067",
               "+48\u202f601\u202f234\u202f567"),
}  # fmt: skip
"""National and international shapes per country."""

LABELS = ("", "Tel.: ", "Tél. : ", "Tel ", "Phone: ", "Mobile: ", "Handy: ", "Mobil: ", "Móvil: ",
          "Telefone: ", "Cellulare: ", "Telefoon: ", "Telefon: ", "Тел.: ", "Моб. тел.: ", "電話：",
          "手机：", "电话: ", "Tel.-Nr.: ", "Phone No. ", "T: ", "M ", "☎ ", "📞 ", "\uf095 ", "✆ ")  # fmt: skip
"""Labels and icons before the number (``\\uf095`` is Font Awesome's phone glyph)."""

CONTEXTS = ("{}", "jane.roe@example.com | {}", "{} | jane.roe@example.com", "{} · Berlin",
            "Berlin · {} · jane.roe@example.com", "{}  •  linkedin.com/in/janeroe", "✉ jane@example.com  {}",
            "Paris, France | {} | github.com/jroe", "{}\tjane@example.com")  # fmt: skip
"""What stands beside the number on the line."""


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


UNREAD: set[str] = set()
"""Forms the parser does not read yet (a trunk `8` before a parenthesised code, a code in parentheses
mid-number, full-width digits, dashes other than the hyphen)."""

CASES = [
    pytest.param(
        number,
        id=f"{country}-{i}",
        marks=[pytest.mark.xfail(strict=True, reason="not read yet")] if f"{country}-{i}" in UNREAD else [],
    )
    for country, forms in FORMS.items()
    for i, number in enumerate(forms)
]


@pytest.mark.parametrize("number", CASES)
def test_a_number_is_read_whole_behind_every_label_and_beside_anything(number: str) -> None:
    misses = []
    for label, context in itertools.product(LABELS, CONTEXTS):
        text = context.format(label + number)
        if _digits(find_phone(text)) != _digits(number):
            misses.append((text, find_phone(text)))
    assert not misses, f"{len(misses)} of {len(LABELS) * len(CONTEXTS)}: {misses[:5]}"


@pytest.mark.parametrize("number", CASES)
def test_a_number_on_the_line_under_its_label_is_read(number: str) -> None:
    for label in ("Telefon", "Phone", "Тел.", "電話", "Mobile:"):
        assert _digits(find_phone(f"{label}\n{number}")) == _digits(number)


NOT_PHONES = (
    "2014 - 2016 and 2019", "01/2019 – 03/2021", "2019-03 – 2020-01", "Jan 2019 - Dec 2021", "03.2018 – 11.2020",
    "10115 Berlin", "75001 Paris", "00-950 Warszawa", "ISBN 978-3-16-148410-0", "GPA 3.8/4.0",
    "2019年3月 – 2021年5月", "с 09.2015 по 06.2019", "12.05.1990", "1990-05-12",
)  # fmt: skip
"""Dates, postal codes and identifiers that are digit runs but no phone."""


@pytest.mark.parametrize("text", NOT_PHONES)
def test_a_date_a_postcode_or_an_identifier_is_not_a_phone(text: str) -> None:
    assert find_phone(text) is None


GLUED = (
    "Berlin",
    "E-mail: jane@example.com",
    "邮箱：jane@example.com",
    "メール",
    "Москва",
    "Ποτάμι",
    "ül. Długa",
)
"""What a PDF's text layer may glue to the number's last digit with no space (the next field of a
contact line set by position, a CJK label that needs no space)."""


@pytest.mark.parametrize("number", CASES)
def test_a_number_glued_to_the_next_word_is_read_whole_not_cut(number: str) -> None:
    misses = []
    for label, after in itertools.product(("", "Tel.: ", "电话："), GLUED):
        text = f"{label}{number}{after}"
        if _digits(find_phone(text)) != _digits(number):
            misses.append((text, find_phone(text)))
    assert not misses, f"{len(misses)} of {3 * len(GLUED)}: {misses[:5]}"


SECOND = ("+33 1 42 68 53 00", "0171 2345678", "+7 495 123 45 67", "02 1234 5678")
"""A second number (a landline beside a mobile) after the first on one line."""


@pytest.mark.parametrize("number", CASES)
def test_the_first_of_two_numbers_on_a_line_is_read_whole(number: str) -> None:
    misses = []
    for sep, second in itertools.product(("/", " / ", ", ", " · ", " | ", "; ", "  "), SECOND):
        text = f"Tel.: {number}{sep}{second}"
        if _digits(find_phone(text)) != _digits(number):
            misses.append((text, find_phone(text)))
    assert not misses, f"{len(misses)} of {7 * len(SECOND)}: {misses[:5]}"


BESIDE_AN_ADDRESS = (
    "Kyoto 606-8501 JP", "〒606-8501 京都市左京区", "São Paulo, SP, BR, 01310-100", "Rua Augusta 1234, 01310-100 São Paulo",
    "1749-016 Lisboa", "Lisboa 1749-016, PT", "San Francisco, CA 94105-1234", "Chiyoda-ku, Tokyo 100-0005",
    "Porto, 4050-123", "Curitiba - PR, 80010-000",
)  # fmt: skip
"""Postal codes written as two digit groups joined by a hyphen (Japan, Brazil, Portugal, a US ZIP+4),
beside the place they belong to: the shape of a local phone number, but an address."""

IDENTIFIERS = (
    "ORCID 0000-0002-1825-0097", "orcid/0000-0002-1825-0097", "orcid.org/0000-0002-1825-000X",
    "First Officer – Boeing 737-600/700/800, later MD-80", "Level 2\t01/2009 – 01/2012", "Lot 42\t03/2015",
    "Researcher ID: 0000-0001-5109-3700",
)  # fmt: skip
"""Identifiers, model numbers and a cell's number beside a date in the next cell (a table row's cells
are joined by a tab): digit runs, no phone."""


@pytest.mark.parametrize("number", [n for forms in FORMS.values() for n in forms[:3]])
@pytest.mark.parametrize("before", BESIDE_AN_ADDRESS + IDENTIFIERS)
def test_a_postcode_or_an_identifier_printed_before_the_phone_is_not_taken_for_it(
    before: str, number: str
) -> None:
    """Themes print the address (or an ORCID) on the line above the phone: the phone is the number."""
    assert find_phone(before) is None
    assert _digits(find_phone(f"{before}\n{number}")) == _digits(number)


AROUND_A_BREAK = (
    ("Certified to DIN EN 1090 EXC2 since 81", "08/2022 – heute"), ("Industry 4.0 and Python 2.0", "08/2016 - 01/2017"),
    ("Kyoto 606- 8501 JP", ""), ("Lead, product line 12", "2019 – 2021"),
)  # fmt: skip
"""A line ending in a number over a line starting with a date (a job's dates under a bullet): no
number runs across that break."""


@pytest.mark.parametrize("number", [n for forms in FORMS.values() for n in forms[:2]])
@pytest.mark.parametrize(("first", "second"), AROUND_A_BREAK)
def test_no_number_is_read_across_a_break_into_a_date(first: str, second: str, number: str) -> None:
    assert find_phone(f"{first}\n{second}") is None
    assert _digits(find_phone(f"{first}\n{second}\n{number}")) == _digits(number)
