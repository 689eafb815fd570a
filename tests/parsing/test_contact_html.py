"""The person's place where web pages print it: behind an icon, glued to the e-mail and phone on one
line (table cells, flex items a few pixels apart), or only in a contact line at the end (a footer).

Cases are generated over every language's places (`layouts/lang.py`), every icon kind web resumes
use (Unicode symbols, emoji, icon-font private-use code points), both sides of the place, every
order of the three details and every separator a text layer leaves between them. The guard's
other side: lines that hold no place (a job title, a tagline, a referee's details) give none.
"""

from __future__ import annotations

import itertools

import pytest

from resume_api.parsing.contacts import find_location, header_location, split_location
from resume_api.parsing.lines import Line
from tests.parsing.layouts.lang import LANGS

PLACES = sorted({city for lang in LANGS.values() for city in lang.cities})
ICONS = (
    "\u2302",
    "\u2316",
    "\u26b2",
    "\u2691",
    "\U0001f4cd",
    "\U0001f3e0",
    "\uf3c5",
    "\uf041",
    "\ue0c8",
    "\u25c9",
)
"""House, position, neuter (a pin), flag, round pushpin, house emoji, Font Awesome's map-marker
(two code points), a Material icon, a fisheye: what a `::before` or an icon font draws before a place."""
EMAIL, PHONE = "jane.roe@example.com", "+44 20 7946 0958"
SEPARATORS = (" ", "  ", " · ", " | ", " • ", "\t")


@pytest.mark.parametrize("place", PLACES)
def test_an_icon_beside_the_place_is_not_part_of_it(place: str) -> None:
    for icon, form in itertools.product(ICONS, ("{i} {p}", "{i}{p}", "{p} {i}")):
        printed = form.format(i=icon, p=place)
        assert header_location(printed), printed
        assert split_location(printed)["address"] == place, printed


def _line(text: str, size: float = 9.5) -> Line:
    return Line(text=text, cells=[text], size=size)


@pytest.mark.parametrize("place", PLACES)
def test_a_place_glued_to_the_email_and_phone_is_found(place: str) -> None:
    for order, sep in itertools.product(itertools.permutations((EMAIL, PHONE, place)), SEPARATORS):
        header = [_line("Jane Roe", 24), _line(sep.join(order))]
        assert find_location(header, EMAIL, PHONE, "Jane Roe") == place, (order, sep)


@pytest.mark.parametrize("place", PLACES)
def test_a_place_in_the_contact_line_that_closes_the_page_is_found(place: str) -> None:
    body = [
        _line("Experience", 11),
        _line("Analyst, Globex, 2019 – 2021"),
        _line("Built the forecasting model"),
    ]
    for sep in (" · ", " | ", "  "):
        lines = [_line("Jane Roe", 24), *body, _line(sep.join((EMAIL, PHONE, place)))]
        assert find_location([lines[0]], EMAIL, PHONE, "Jane Roe", lines) == place, sep


NOT_PLACES = (
    "Senior Data Analyst",
    "Chef de projet digital",
    "Projektleiterin",
    "Open to relocation",
    "Available immediately",
    "Product Manager | Fintech",
    "Руководитель проектов",
)


@pytest.mark.parametrize("words", NOT_PLACES)
def test_a_contact_line_without_a_place_gives_none(words: str) -> None:
    for order, sep in itertools.product(itertools.permutations((EMAIL, PHONE, words)), SEPARATORS):
        header = [_line("Jane Roe", 24), _line(sep.join(order))]
        assert find_location(header, EMAIL, PHONE, "Jane Roe") is None, (order, sep)


def test_a_place_away_from_the_persons_contact_line_is_not_taken() -> None:
    """A city in the body (a job's place) or beside someone else's e-mail is not the person's."""
    lines = [
        _line("Jane Roe", 24),
        _line(f"{EMAIL} · {PHONE}"),
        _line("Experience", 11),
        _line("Analyst, Globex, London"),
        _line("Built the forecasting model"),
        _line("Testing the pipeline"),
        _line("References", 11),
        _line("John Smith · john.smith@example.org · Paris"),
    ]
    assert find_location(lines[:2], EMAIL, PHONE, "Jane Roe", lines) is None


LABELS = (
    ("E-mail", "Phone", "Location"),
    ("Courriel", "Téléphone", "Adresse"),
    ("E-Mail", "Telefon", "Wohnort"),
    ("Correo", "Teléfono", "Ubicación"),
    ("Почта", "Телефон", "Город"),
    ("", "", ""),
    ("\u2709", "\u260e", "\u2302"),
)
"""A stacked contact block's label lines (one over each value), as sidebars print them, or none."""


@pytest.mark.parametrize("place", PLACES)
def test_a_place_in_a_stacked_contact_block_after_the_main_column_is_found(place: str) -> None:
    body = [_line("Experience", 11), _line("Analyst, Globex, 2019 – 2021"), _line("Built the model")]
    for labels, order in itertools.product(LABELS, itertools.permutations((EMAIL, PHONE, place))):
        block = []
        for value in order:
            label = labels[(EMAIL, PHONE, place).index(value)]
            block += [_line(label, 7.5)] if label else []
            block.append(_line(value))
        lines = [_line("Jane Roe", 24), *body, *block, _line("Skills", 11), _line("Python, SQL")]
        assert find_location([lines[0]], EMAIL, PHONE, "Jane Roe", lines) == place, (labels, order)


def test_a_place_alone_under_a_job_near_the_header_email_is_not_the_persons() -> None:
    """The e-mail in the header: a job's place a few lines down is the job's, not the person's."""
    lines = [
        _line("Jane Roe", 24),
        _line(f"{EMAIL} · {PHONE}"),
        _line("Experience", 11),
        _line("Analyst"),
        _line("London"),
    ]
    assert find_location(lines[:2], EMAIL, PHONE, "Jane Roe", lines) is None


BODY = [
    Line(text=f"Built the model {i}", cells=[f"Built the model {i}"], size=9.5, y=200 + 12 * i)
    for i in range(6)
]
"""The page's body lines: the name's type is set against their size."""


def _people() -> list[tuple[str, str, str]]:
    """(given, family, the e-mail's local part) for every person of every Latin or Cyrillic script."""
    out = []
    for lang in LANGS.values():
        if lang.cjk:
            continue
        for i, (given, family) in enumerate(lang.people):
            local = lang.email_names[i] if lang.email_names else f"{given}.{family}".lower().replace("'", "")
            out.append((given, family, local))
    return out


@pytest.mark.parametrize(("given", "family", "local"), _people())
def test_a_name_broken_inside_a_word_by_a_narrow_column_is_read_whole(
    given: str, family: str, local: str
) -> None:
    """`overflow-wrap: anywhere` in a narrow sidebar: `Diego Martí` over `nez`, in the name's type;
    the e-mail under it spells the whole word. Every cut of the family name, two letters a side."""
    from resume_api.parsing.contacts import find_name

    for cut in range(2, len(family) - 1):
        lines = [
            Line(text=f"{given} {family[:cut]}", cells=[f"{given} {family[:cut]}"], size=24, bold=True, y=70),
            Line(text=family[cut:], cells=[family[cut:]], size=24, bold=True, y=100),
            Line(text=f"{local}@example.com", cells=[f"{local}@example.com"], size=9.5, y=120),
            Line(text="Berlin", cells=["Berlin"], size=9.5, y=135),
        ]
        assert find_name(lines, lines + BODY) == f"{given} {family}", cut


@pytest.mark.parametrize("tagline", ["designer", "photographer", "entwickler", "ingénieur"])
def test_a_lowercase_word_under_the_name_that_the_email_does_not_spell_stays_apart(tagline: str) -> None:
    from resume_api.parsing.contacts import find_name

    lines = [
        Line(text="Jane Roe", cells=["Jane Roe"], size=24, bold=True, y=70),
        Line(text=tagline, cells=[tagline], size=24, bold=True, y=100),
        Line(text="jane.roe@example.com", cells=["jane.roe@example.com"], size=9.5, y=120),
    ]
    assert find_name(lines, lines + BODY) == "Jane Roe"
