"""Headings, month names and date forms in every language the parser has a vocabulary file for."""

from __future__ import annotations

from typing import Any

import pytest

from resume_api.parsing import dates
from resume_api.parsing.lexicon import language_files, lexicon
from resume_api.parsing.sections import heading_key

LANGS = ("en", "fr", "de", "es", "pt", "it", "nl", "pl", "ru", "zh", "ja")


def _file(code: str) -> dict[str, Any]:
    return language_files()[code]


def test_every_required_language_has_a_file() -> None:
    assert set(LANGS) <= set(lexicon().languages)


@pytest.mark.parametrize("code", LANGS)
def test_each_file_names_the_main_sections(code: str) -> None:
    headings = _file(code)["headings"]
    for key in ("work", "education", "skills", "languages"):
        assert headings.get(key), f"{code}: no {key} heading"


def _every_heading() -> list[tuple[str, str, str]]:
    out = []
    for code in LANGS:
        for key, names in _file(code)["headings"].items():
            out += [(code, name, key) for name in names]
    return out


def _shared() -> set[str]:
    """Headings two languages list under different keys (read once: every xdist worker collects this)."""
    keys: dict[str, set[str]] = {}
    for _, name, key in _every_heading():
        keys.setdefault(name, set()).add(key)
    return {name for name, found in keys.items() if len(found) > 1}


_SHARED = _shared()


@pytest.mark.parametrize(("code", "heading", "key"), [h for h in _every_heading() if h[1] not in _SHARED])
def test_every_listed_heading_maps_to_its_key_in_any_case(code: str, heading: str, key: str) -> None:
    for form in (heading, heading.upper(), heading.title(), f"{heading}:", f"■ {heading}"):
        assert heading_key(form) == key, (code, form)


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("EXPÉRIENCE PROFESSIONNELLE", "work"),
        ("FORMATION", "education"),
        ("Опыт работы", "work"),
        ("ОБРАЗОВАНИЕ", "education"),
        ("教育背景", "education"),
        ("【職務経歴】", "work"),
        ("学歴・職歴", "education"),
        ("Doświadczenie zawodowe", "work"),
        ("Berufserfahrung", "work"),
        ("Experiencia laboral", "work"),
        ("Experiência Profissional", "work"),
        ("Esperienze lavorative", "work"),
        ("Werkervaring", "work"),
        ("工作经历 Work Experience", "work"),
        ("Навыки и умения", "skills"),
        ("Senior Software Engineer", None),
    ],
)
def test_headings_across_languages(heading: str, key: str | None) -> None:
    assert heading_key(heading) == key


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("janv. 2019 – mars 2020", "2019-01", "2020-03"),
        ("sept. 2018 à aujourd’hui", "2018-09", "present"),
        ("März 2020 - heute", "2020-03", "present"),
        ("03/2019 – heute", "2019-03", "present"),
        ("enero de 2018 - actualidad", "2018-01", "present"),
        ("Set 2019 - Out 2020", "2019-09", "2020-10"),
        ("gennaio 2015 - oggi", "2015-01", "present"),
        ("mrt 2019 - heden", "2019-03", "present"),
        ("wrzesień 2015 - obecnie", "2015-09", "present"),
        ("styczeń 2019 – maj 2020", "2019-01", "2020-05"),
        ("май 2017 — по настоящее время", "2017-05", "present"),
        ("сентябрь 2012 – июнь 2016", "2012-09", "2016-06"),
        ("2010 г. – 2015 г.", "2010", "2015"),
        ("2019年3月～2020年4月", "2019-03", "2020-04"),
        ("2019年3月 - 至今", "2019-03", "present"),
        ("2018年4月 - 現在", "2018-04", "present"),
        ("2019.03 - 2020.1", "2019-03", "2020-01"),
        ("01.02.2018 – 31.12.2019", "2018-02", "2019-12"),
        ("04.2017 – 05.2019", "2017-04", "2019-05"),
        ("10/2016 - 08/2018", "2016-10", "2018-08"),
        ("seit 2019", "2019", "present"),
        ("desde 2020", "2020", "present"),
        ("2019年4月", None, "2019-04"),
        ("2019年3月入社", None, "2019-03"),
    ],
)
def test_date_forms_in_every_language(text: str, start: str | None, end: str) -> None:
    span = dates.find_range(text)
    assert span is not None, text
    assert (span.start, span.end) == (start, end)


def _month_cases() -> list[tuple[str, str, int]]:
    out = []
    for code in LANGS:
        for number, names in enumerate(_file(code)["months"], start=1):
            out += [(code, name, number) for name in names]
    return out


@pytest.mark.parametrize(("code", "month", "number"), _month_cases())
def test_every_month_name_normalises(code: str, month: str, number: int) -> None:
    for form in (f"{month} 2021", f"{month.capitalize()}. 2021", f"{month.upper()} 2021"):
        assert dates.normalize(form) == f"2021-{number:02d}", (code, form)
    span = dates.find_range(f"{month} 2019 – {month} 2021")
    assert span is not None and (span.start, span.end) == (f"2019-{number:02d}", f"2021-{number:02d}")


@pytest.mark.parametrize("word", lexicon().present)
def test_every_present_word_ends_an_open_range(word: str) -> None:
    span = dates.find_range(f"2019 - {word}")
    assert span is not None and (span.start, span.end) == ("2019", "present"), word
