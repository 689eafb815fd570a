"""The person's place where web pages print it: behind an icon, glued to the e-mail and phone on one
line (table cells, flex items a few pixels apart), or only in a contact line at the end (a footer).

Cases are generated over every language's places (`layouts/lang.py`), every icon kind web resumes
use (Unicode symbols, emoji, icon-font private-use code points), both sides of the place, every
order of the three details and every separator a text layer leaves between them. The guard's
other side: lines that hold no place (a job title, a tagline, a referee's details) give none.
"""

from __future__ import annotations

import io
import itertools
import re

import pytest

from resume_api.parsing.contacts import find_location, header_location, split_location
from resume_api.parsing.lines import Line
from tests.parsing.layouts.html_writer import NATIONAL
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.pdf_writer import fonts_available

PLACES = sorted({city for lang in LANGS.values() for city in lang.cities})
DRAWN_PLACES = [p for p in PLACES if all(ord(c) < 0x500 for c in p)]
"""The places the generators' sans font draws (Latin, Greek, Cyrillic)."""
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
            local = lang.email_names[i] if lang.email_names else f"{given}.{family}".lower()
            local = local.replace("'", "").replace(" ", "")
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


# ------------------------------------------------------------------ tracked and soft-hyphenated type

NATIONAL_FORMS = [f"{code} {number}".strip() for code, number in NATIONAL.values()]
NATIONAL_PHONES = sorted({p for lang in LANGS.values() for p in lang.phones} | set(NATIONAL_FORMS))
TRACKING = (0.08, 0.12, 0.15, 0.25)
"""CSS `letter-spacing` in ems, from a light touch to a display caption's."""


def _glyph_page(rows: list[list[tuple[str, float]]], size: float, tracking: float) -> bytes:
    """Each row drawn as a browser draws tracked type: every glyph a string of its own, the next
    one `tracking` ems after its advance; a space adds its own advance. A glyph given a zero
    advance (a soft hyphen) is drawn where the next one starts."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    from tests.parsing.layouts.pdf_writer import SANS, _register

    _register()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(612, 792))
    canvas.setFont(SANS, size)
    y = 740.0
    for row in rows:
        if y < 60:
            canvas.showPage()
            canvas.setFont(SANS, size)
            y = 740.0
        x = 40.0
        for glyph, advance in row:
            if glyph == " ":
                x += stringWidth(" ", SANS, size) + tracking * size
                continue
            canvas.drawString(x, y, glyph)
            x += advance * (stringWidth(glyph, SANS, size) + tracking * size)
        y -= 2.2 * size
    canvas.save()
    return buf.getvalue()


def _tracked(text: str) -> list[tuple[str, float]]:
    return [(c, 1.0) for c in text]


@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize("tracking", TRACKING)
def test_a_letter_spaced_contact_line_keeps_its_word_spaces(tracking: float) -> None:
    """`letter-spacing` on a contact line: every phone form of every language (digits, `+`,
    brackets, dashes, spaces between groups), every person's e-mail and every place, at two sizes.
    Tracking spaces digits and punctuation as it spaces letters: neither a space between each
    glyph (`+ 4 4 ( 0 ) 2 0`) nor the groups glued (`(415)555-0142`), nor the address cut
    (`emil y. carter @ example . com`)."""
    from resume_api.parsing.contacts import find_email, find_phone
    from resume_api.parsing.pdf_layout import read_pdf

    emails = sorted({f"{local}@example.com" for *_, local in _people()})
    for size in (8.0, 9.5):
        for values in (NATIONAL_PHONES, emails, DRAWN_PLACES):
            lines = read_pdf(_glyph_page([_tracked(v) for v in values], size, tracking)).lines
            assert [ln.text for ln in lines] == list(values), (size, tracking)
        line = " · ".join((emails[0], NATIONAL_PHONES[0], PLACES[0]))
        (read,) = read_pdf(_glyph_page([_tracked(line)], size, tracking)).lines
        assert find_email(read.text) == emails[0] and find_phone(read.text) == NATIONAL_PHONES[0]


@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
@pytest.mark.parametrize("tracking", TRACKING)
def test_a_short_place_in_a_tracked_contact_row_is_read_whole(tracking: float) -> None:
    """A tracked contact row is cut into cells at its separators; a short place whose kerned
    letters came out as one string (`LYO` `N`) takes the row's tracking: `LYON`, not `LYO N`."""
    from resume_api.parsing.pdf_layout import read_pdf

    places = [p.upper() for p in DRAWN_PLACES if len(p) >= 4]
    rows = []
    for place in places:
        cells = ["JANE.ROE@EXAMPLE.COM", "+44 20 7946 0958", place]
        row: list[tuple[str, float]] = []
        for k, cell in enumerate(cells):
            if k:
                row += [(" ", 1.0), ("|", 1.0), *[(" ", 1.0)] * 4]  # a flex gap: cells apart
            # the first letters of the place kerned into one string, the last one apart
            row += [(cell[:-1], 1.0), (cell[-1], 1.0)] if k == 2 else _tracked(cell)
        rows.append(row)
    lines = read_pdf(_glyph_page(rows, 8.0, tracking)).lines
    assert [ln.cells[-1] for ln in lines] == places


@pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))
def test_a_soft_hyphen_drawn_with_no_advance_is_not_read() -> None:
    """`&shy;` after each dot and at sign of an address, and inside long words (German, Dutch,
    Polish compounds): Chromium draws a hyphen with no advance where the line does not break
    there. It is not part of the text."""
    from resume_api.parsing.pdf_layout import read_pdf

    texts = [
        *(f"{local}@example.com" for *_, local in _people()),
        "Softwareentwicklung",
        "Projektleiterin",
        "Gegevensanalist",
        "Programowanie",
    ]
    rows = []
    for text in texts:
        row: list[tuple[str, float]] = []
        for i, c in enumerate(text):
            row.append((c, 1.0))
            if c in ".@" or (c.isalpha() and i % 4 == 3 and i + 2 < len(text)):
                row.append(("-", 0.0))
        rows.append(row)
    lines = read_pdf(_glyph_page(rows, 9.5, 0.0)).lines
    assert [ln.text for ln in lines] == texts


@pytest.mark.parametrize(("given", "family", "local"), _people())
def test_an_address_broken_by_a_soft_hyphen_is_read_whole(given: str, family: str, local: str) -> None:
    """A narrow column breaks an address where `&shy;` allows it, after a dot or the at sign, and
    prints a hyphen there (`anna.schneider@-` over `example.com`): no address has `@-` or `.-`."""
    from resume_api.parsing.contacts import find_email, find_urls

    address = f"{local}@mail.example.com"
    for cut in (i + 1 for i, c in enumerate(address) if c in ".@"):
        for hyphen in ("-", "\u2010"):
            printed = f"{given} {family}\n{address[:cut]}{hyphen}\n{address[cut:]}\n+44 20 7946 0958"
            assert find_email(printed) == address, printed
    url = "linkedin.com/in/" + local.replace(".", "-")
    for cut in (i + 1 for i, c in enumerate(url) if c in "./-"):
        hyphen = "-" if url[cut - 1] in "./" else ""
        printed = f"{url[:cut]}{hyphen}\n{url[cut:]}\nSkills"
        assert find_urls(printed) == [url], printed


def test_a_line_after_a_web_address_is_not_joined_to_it() -> None:
    """The next line is joined only where it goes on in lower case, alone, and runs the address on."""
    from resume_api.parsing.contacts import find_urls

    assert find_urls("janeroe.com/\nExperience") == ["janeroe.com/"]
    assert find_urls("Founded acme.io.\nwe grew it") == ["acme.io"]
    assert find_urls("github.com/jane -\nled the team") == ["github.com/jane"]


@pytest.mark.parametrize(("given", "family", "local"), _people())
def test_a_monogram_on_the_names_line_is_not_part_of_it(given: str, family: str, local: str) -> None:
    """A round badge of the initials before the name, on its baseline: `EC Emily Carter`."""
    from resume_api.parsing.contacts import find_name

    words = f"{given} {family}".split()
    for initials in {words[0][0] + words[-1][0], "".join(w[0] for w in words if w[0].isupper())}:
        for mark in (initials.upper(), ".".join(initials.upper()) + "."):
            lines = [
                Line(
                    text=f"{mark} {given} {family}",
                    cells=[f"{mark} {given} {family}"],
                    size=24,
                    bold=True,
                    y=70,
                ),
                Line(text=f"{local}@example.com", cells=[f"{local}@example.com"], size=9.5, y=100),
            ]
            assert find_name(lines, lines + BODY) == f"{given} {family}", mark


@pytest.mark.parametrize("name", ["AJ Smith", "DR. JANE ROE", "JO ANN LEE", "Mary Ann Lee"])
def test_capitals_before_a_name_that_are_not_its_initials_stay(name: str) -> None:
    from resume_api.parsing.contacts import find_name

    lines = [Line(text=name, cells=[name], size=24, bold=True, y=70)]
    assert find_name(lines, lines + BODY) == name


PLACE_LEADS = (
    "Location", "Address", "City", "Adresse", "Wohnort", "Ort", "Ubicación", "Ciudad", "Localização",
    "Città", "Woonplaats", "Miasto", "Город", "Адрес", "location_on", "place", "room", "home", "pin_drop",
)  # fmt: skip
"""What a labelled grid prints before a place (its label, no colon) and the ligature words of
Material Icons, printed as words where the icon font is missing offline."""


@pytest.mark.parametrize("place", PLACES)
def test_a_place_behind_its_label_or_an_icon_word_is_found(place: str) -> None:
    for lead, sep, colon in itertools.product(PLACE_LEADS, SEPARATORS, ("", ":")):
        if (colon and "_" in lead) or (colon and lead.islower()):
            continue
        row = sep.join((f"mail {EMAIL}", f"phone {PHONE}", f"{lead}{colon} {place}"))
        header = [_line("Jane Roe", 24), _line(row)]
        assert find_location(header, EMAIL, PHONE, "Jane Roe") == place, (lead, sep)
        cells = [_line("Jane Roe", 24), Line(text=f"{lead} {place}", cells=[lead, place], size=9.5)]
        assert find_location(cells, EMAIL, PHONE, "Jane Roe") == place, lead


@pytest.mark.parametrize("lead", PLACE_LEADS)
def test_a_contact_lines_frame_is_not_taken_for_words_the_person_wrote(lead: str) -> None:
    """What frames the values (a label, an icon font's word, a printed link's scheme) leaves no
    word behind once the values are out; a tagline on the same line keeps its own."""
    from resume_api.parsing.contacts import furniture_off

    for frame in (f"{lead} ", f"(mailto: ) (tel: ) {lead}: ", f"link (https: ) {lead} "):
        assert not re.findall(r"[^\W\d_]{4,}", furniture_off(frame)), frame
    assert "Open" in furniture_off(f"{lead} · Open to relocation")
