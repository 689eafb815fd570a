"""The person's place in the header, in the forms resumes and published themes print it: with a
postal code before or after the city (`75001 Paris, France`, `Columbus, Ohio, US, 43215`), a street
before it, a two-letter country code after it (`Bologna, Emilia-Romagna, IT`), a map-pin icon in
front, and under a stacked name whose family name is itself a place (`Keisha L.` / `Washington`).
`basics.location` holds it, with the city. Every language, PDF and DOCX."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.parsing.cases import matrix, parse_page
from tests.parsing.layouts import LANGS
from tests.parsing.layouts.lang import Lang
from tests.parsing.layouts.model import Page, Para, Run

from .test_contact_places import _big, _body, _who

# language -> (country as its people write it, ISO code, a postal code, a street)
COUNTRY = {
    "en": ("United States", "US", "94105", "500 Market Street"),
    "fr": ("France", "FR", "75001", "12 rue de Rivoli"),
    "de": ("Deutschland", "DE", "10115", "Invalidenstraße 44"),
    "es": ("España", "ES", "28013", "Calle Mayor 10"),
    "pt": ("Portugal", "PT", "1100-148", "Rua Augusta 27"),
    "it": ("Italia", "IT", "20121", "Via del Pratello 41"),
    "nl": ("Nederland", "NL", "1012 AB", "Damrak 70"),
    "pl": ("Polska", "PL", "00-950", "ul. Marszałkowska 10"),
    "ru": ("Россия", "RU", "101000", "ул. Тверская, 7"),
    "zh": ("中国", "CN", "100000", "长安街 1号"),
    "ja": ("日本", "JP", "100-0001", "千代田 1-1"),
}


def _city(lang: Lang, i: int) -> tuple[str, str | None]:
    """(city, region) of one of the language's places (`San Francisco, CA`)."""
    city, _, region = lang.cities[i % len(lang.cities)].partition(", ")
    return city, region or None


def theme(lang: Lang, i: int) -> str:
    """JSON Resume themes: city, region, country code, postal code."""
    city, region = _city(lang, i)
    _, code, postal, _ = COUNTRY[lang.code]
    return ", ".join(x for x in (city, region, code, postal) if x)


def postal_first(lang: Lang, i: int) -> str:
    city, _ = _city(lang, i)
    country, _, postal, _ = COUNTRY[lang.code]
    return f"{postal} {city}, {country}"


def street(lang: Lang, i: int) -> str:
    city, _ = _city(lang, i)
    country, _, postal, street = COUNTRY[lang.code]
    return f"{street.replace(',', '')}, {postal} {city}, {country}"


def pin(lang: Lang, i: int) -> str:
    city, region = _city(lang, i)
    _, code, _, _ = COUNTRY[lang.code]
    return "\uf041 " + ", ".join(x for x in (city, region, code) if x)


FORMS: dict[str, Callable[[Lang, int], str]] = {
    "theme": theme,
    "postal_first": postal_first,
    "street": street,
    "pin": pin,
}


def _page(form: str, lang: Lang, i: int, *, stacked: str | None = None) -> Page:
    name, email, phone = _who(lang, i)
    top = [_big(part) for part in stacked.split("\n")] if stacked else [_big(name)]
    return Page(
        body=[*top, Para([Run(f"{email} | {phone}")]), Para([Run(FORMS[form](lang, i))]), *_body(lang, i)]
    )


UNREAD: set[str] = set()


@pytest.mark.parametrize(("form", "code", "fmt"), matrix(FORMS, UNREAD))
def test_the_place_in_the_header_is_the_location(form: str, code: str, fmt: str) -> None:
    lang = LANGS[code]
    for i in range(len(lang.cities)):
        location = parse_page(_page(form, lang, i), code, fmt)["basics"].get("location") or {}
        city, _ = _city(lang, i)
        assert location.get("city") == city, (i, location)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("code", [c for c in LANGS if not LANGS[c].cjk])
def test_a_stacked_name_that_is_a_place_is_not_the_location(code: str, fmt: str) -> None:
    """`Keisha L.` over `Washington`: the family name is a place, the location is the line under it."""
    lang = LANGS[code]
    given, _ = lang.people[0]
    for family in ("Washington", "Paris", "London"):
        page = _page("theme", lang, 0, stacked=f"{given} {family[0]}.\n{family}")
        location = parse_page(page, code, fmt)["basics"].get("location") or {}
        assert location.get("city") == _city(lang, 0)[0], (family, location)
