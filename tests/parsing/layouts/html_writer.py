"""A third producer: the same random resumes as web pages, printed to PDF by Chromium.

reportlab and python-docx place text the way two libraries do. Online resume builders, JSON
Resume themes and Google Docs exports are web pages printed by a browser: Chromium shapes and
places every run itself, draws icons from SVG or a private-use code point, and applies CSS
(letter-spacing, `text-transform`, small capitals, flex and grid rows, `columns`, `::before`
bullets and separators, absolutely positioned or floated dates, a sidebar on a background). Each
`HtmlLayout` is one such web idiom, written from CSS practice, not from any theme.

The text forms (dates, degree lines, certificates, awards...) come from `build._Builder`, so a
page prints the same facts the PDF and DOCX variants print, and `expected.py` states the parse.
Printing needs Playwright and Debian's `/usr/bin/chromium`; `html_available()` says what is
missing. One browser serves the whole process; no request leaves it (only `data:` is let through).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import html
import json
import queue
import re
import shutil
import subprocess
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.shared_cache import shared

from .build import _Builder
from .content import Doc
from .model import Block, Para, Photo, Run, Table
from .skill_idioms import CSS as SKILL_CSS
from .skill_idioms import LOOKS as SKILL_LOOKS
from .skill_idioms import PAGES as SKILL_PAGES
from .skill_idioms import printed as skills_printed
from .skill_idioms import skills_html
from .summaries import LONG_SUMMARIES
from .variants import Variant, line

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


@dataclass(frozen=True)
class HtmlLayout:
    name: str
    contact: str = "flex-svg"
    """Where and how the contact line prints: `flex-svg`, `flex-unicode`, `flex-pua` (a flex row
    with an icon before each item: inline SVG, a Unicode symbol, an icon font's private-use code
    point; `::before` separators between them), `links` (mailto/tel anchors whose text is the
    address), `dl` (a definition list: label, value), `table` (label and value cells), `footer`
    (a fixed footer, on every page) or `sidebar` (stacked in the sidebar)."""
    frame: str = "single"
    """`single`, `sidebar-left`, `sidebar-right` (a column on a background holding contact, skills,
    languages, interests), `grid` (two CSS grid columns of sections) or `table` (a table: each
    section's heading in a left cell beside its content)."""
    heading: str = "tracked"
    """`tracked` (uppercase by CSS, letter-spaced, ruled), `small-caps` or `plain` (bold)."""
    name_look: str = "tracked"
    """`tracked` (letter-spaced), `upper` (`text-transform: uppercase` too) or `plain`."""
    dates: str = "float"
    """`float` (floated right on the title line), `absolute` (positioned at the entry's top right),
    `timeline` (a left grid column, a rule and a dot), `flex` (a flex row, space between) or
    `below` (a small grey line under the header)."""
    skills: str = "inline"
    """`inline` (`Group: a, b`), `chips` (inline-block badges), `bars` (a name over a level bar),
    `columns` (a `columns: 2` list), `dl` (definition list) or one of `skill_idioms.LOOKS`."""
    bullet: str = "\u25b8"
    """The glyph a `::before` rule draws before each list item (list-style none), or `disc` (the
    browser's own marker)."""
    profile: bool = False
    """A LinkedIn address printed in the contact line."""
    contact_caps: bool = False
    """The contact line in capitals by `text-transform`, letter-spaced (minimal themes)."""
    contact_last: bool = False
    """In a sidebar, the contact details after its sections (read after the main column)."""
    narrow: bool = False
    """A narrow sidebar that breaks a long e-mail address anywhere (`overflow-wrap: anywhere`)."""
    print_hrefs: bool = False
    """Bootstrap 3's print stylesheet: `a[href]:after { content: " (" attr(href) ")" }` prints
    every link's target after it (`(mailto:…)`, `(tel:…)`, `(https://…)`); employers link too."""
    header: str = "stack"
    """`stack` (the contact under the name), `row-flex` (the name left, the contact stacked right
    on the same baselines, a flex row) or `row-float` (the contact block floated right)."""
    title_above: bool = False
    """`Curriculum Vitae` / `Resume` / `Lebenslauf` in small tracked capitals over the name."""
    badge: bool = False
    """A round monogram of the initials before the name, larger than it."""
    breaks: str = ""
    """Break opportunities typed into the e-mail and web addresses: `shy` (`&shy;` after each dot
    and the at sign, printed as a hyphen where the narrow column breaks there) or `zwsp` (U+200B)."""
    phone_form: str = ""
    """`national` prints the phone as the language's national form (`+44 (0)20 7946 0958`, `06 12
    34 56 78`, `+7 (495) 123-45-67`) with the country code in a span of its own, styled apart."""
    phone_spaces: str = " "
    """The space between a phone's groups: a plain space, `&nbsp;` or a narrow no-break space."""
    contact_tracked: bool = False
    """The contact line letter-spaced (0.15em), in its own case."""
    email_case: str = ""
    """The e-mail in `small-caps` (`font-variant`) or `upper` (`text-transform`)."""
    summary: str = ""
    """The profile paragraph with no heading (`summaries.py`): `below` the name and the contact,
    `above` the contact (under the name), or `short` (the drawn one-sentence summary, below); in a
    sidebar frame, at the top of the main column. Empty: under its own heading."""


HTML_LAYOUTS: tuple[HtmlLayout, ...] = (
    HtmlLayout("html-flex-contact-svg", contact="flex-svg", dates="float"),
    HtmlLayout(
        "html-flex-contact-unicode",
        contact="flex-unicode",
        heading="small-caps",
        dates="flex",
        bullet="\u2022",
    ),
    HtmlLayout("html-flex-contact-icon-font", contact="flex-pua", dates="absolute", profile=True),
    HtmlLayout(
        "html-name-uppercase-tracked",
        contact="flex-unicode",
        name_look="upper",
        dates="below",
        bullet="\u2013",
    ),
    HtmlLayout("html-sidebar-left", contact="sidebar", frame="sidebar-left", skills="chips"),
    HtmlLayout("html-sidebar-right", contact="sidebar", frame="sidebar-right", skills="bars", bullet="disc"),
    HtmlLayout("html-grid-two-columns", contact="flex-svg", frame="grid", dates="below", skills="chips"),
    HtmlLayout("html-timeline", contact="flex-unicode", dates="timeline", heading="plain", bullet="\u203a"),
    HtmlLayout("html-absolute-dates", contact="links", dates="absolute", bullet="disc"),
    HtmlLayout("html-skill-chips", contact="flex-svg", skills="chips", heading="small-caps", bullet="\u2713"),
    HtmlLayout("html-skill-bars", contact="flex-pua", skills="bars", dates="flex"),
    HtmlLayout("html-columns-lists", contact="flex-unicode", skills="columns", dates="float"),
    HtmlLayout(
        "html-definition-list", contact="dl", skills="dl", dates="below", heading="plain", bullet="\u2022"
    ),
    HtmlLayout("html-table-layout", contact="table", frame="table", dates="flex"),
    HtmlLayout("html-footer-contact", contact="footer", dates="float", name_look="plain", bullet="\u2013"),
    HtmlLayout("html-mailto-links", contact="links", dates="timeline", profile=True, skills="chips"),
    HtmlLayout(
        "html-contact-caps-tracked", contact="flex-svg", contact_caps=True, profile=True, heading="plain"
    ),
    HtmlLayout(
        "html-sidebar-contact-labelled-last",
        contact="stacked",
        frame="sidebar-right",
        contact_last=True,
        profile=True,
        skills="dl",
    ),
    HtmlLayout("html-narrow-sidebar-wrapped-email", contact="sidebar", frame="sidebar-left", narrow=True),
    HtmlLayout("html-contact-link-words", contact="link-words", dates="flex", profile=True),
    HtmlLayout("html-print-hrefs", contact="links", print_hrefs=True, profile=True, heading="plain"),
    HtmlLayout("html-header-row-flex", contact="flex-unicode", header="row-flex", profile=True),
    HtmlLayout(
        "html-header-row-float", contact="flex-svg", header="row-float", name_look="plain", dates="flex"
    ),
    HtmlLayout("html-name-small-title", contact="flex-unicode", name_look="small-title", dates="below"),
    HtmlLayout("html-name-two-lines", contact="flex-svg", name_look="two-lines", heading="small-caps"),
    HtmlLayout("html-name-two-weights", contact="links", name_look="two-weights", dates="flex"),
    HtmlLayout("html-monogram-badge", contact="flex-unicode", badge=True, name_look="plain"),
    HtmlLayout("html-document-title-above", contact="flex-svg", title_above=True, dates="timeline"),
    HtmlLayout("html-fixed-header-contact", contact="header", name_look="plain", profile=True),
    HtmlLayout(
        "html-soft-hyphen-sidebar",
        contact="sidebar",
        frame="sidebar-left",
        narrow=True,
        breaks="shy",
        profile=True,
    ),
    HtmlLayout("html-zero-width-breaks", contact="flex-unicode", breaks="zwsp", profile=True, dates="flex"),
    HtmlLayout("html-phone-national-spans", contact="flex-svg", phone_form="national"),
    HtmlLayout(
        "html-phone-national-tracked",
        contact="flex-unicode",
        phone_form="national",
        contact_tracked=True,
        dates="below",
    ),
    HtmlLayout("html-phone-no-break-spaces", contact="links", phone_form="national", phone_spaces="\u202f"),
    HtmlLayout("html-contact-label-grid", contact="grid", profile=True, dates="flex"),
    HtmlLayout("html-email-small-caps", contact="flex-svg", email_case="small-caps", heading="plain"),
    HtmlLayout("html-email-upper", contact="links", email_case="upper", contact_tracked=True),
    HtmlLayout("html-icon-ligatures-offline", contact="ligatures", profile=True),
    HtmlLayout("html-contact-gap-only", contact="flex-gap", dates="absolute"),
    HtmlLayout("html-contact-icons-after", contact="flex-after", dates="flex"),
    HtmlLayout("html-name-first-letter", contact="flex-unicode", name_look="first-letter"),
    HtmlLayout("html-name-pronouns", contact="flex-svg", name_look="pronouns", dates="below"),
    # the skills idioms of `skill_idioms.py`, each on a page that otherwise parses back
    *(
        HtmlLayout(f"html-skills-{look}", *SKILL_PAGES.get(look, ("flex-svg", "single")), skills=look)
        for look in SKILL_LOOKS
    ),
)
HTML_BY_NAME = {layout.name: layout for layout in HTML_LAYOUTS}

VARIANT = Variant(
    "html",
    "html",
    (line("title", bold=True), line("employer", "location", sep=", ", italic=True)),
    dates="own_line",
    heading="plain",
)
"""The text forms `_Builder` gives the sections a layout does not draw itself."""
SIDE_KEYS = ("skills", "languages", "interests")

CSS = (
    SKILL_CSS
    + """
@page { size: A4; margin: 14mm 13mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 9.5pt; color: #222;
       margin: 0; line-height: 1.35; }
h1.name { font-size: 24pt; font-weight: 700; margin: 0 0 4px; }
h1.name.tracked, h1.name.upper { letter-spacing: 0.12em; }
h1.name.upper { text-transform: uppercase; }
h2 { font-size: 11pt; margin: 12px 0 5px; }
h2.tracked { text-transform: uppercase; letter-spacing: 0.18em; border-bottom: 1px solid #999;
             padding-bottom: 2px; color: #2a4d69; }
h2.small-caps { font-variant: small-caps; letter-spacing: 0.05em; font-size: 12pt; }
h2.plain { font-weight: 700; }
h4 { margin: 5px 0 2px; font-size: 9.5pt; }
p { margin: 2px 0; }
ul { margin: 2px 0 4px; padding-left: 16px; }
ul.before { list-style: none; padding-left: 12px; }
ul.before li::before { content: var(--glyph); display: inline-block; width: 11px; margin-left: -11px;
                       color: #2a4d69; }
.contact { display: flex; flex-wrap: wrap; gap: 4px 0; margin: 0 0 6px; padding: 0; list-style: none;
           color: #444; }
.contact li { display: inline-flex; align-items: center; }
.contact li + li::before { content: "|"; margin: 0 8px; color: #aaa; }
.contact.dots li + li::before { content: "\\00B7"; }
.contact.caps { text-transform: uppercase; letter-spacing: 0.12em; font-size: 8pt; }
.icon { margin-right: 4px; color: #2a4d69; }
svg.icon { width: 10px; height: 10px; fill: #2a4d69; }
.pua { font-family: "FontAwesomeish", "DejaVu Sans"; }
a { color: #1a5fb4; text-decoration: underline; }
.entry { margin: 4px 0 7px; page-break-inside: avoid; }
.entry .sub { font-style: italic; color: #444; }
.dates { color: #555; white-space: nowrap; }
.d-float .dates { float: right; margin-left: 8px; }
.d-absolute .entry { position: relative; padding-right: 150px; }
.d-absolute .dates { position: absolute; top: 0; right: 0; }
.d-flex .head { display: flex; justify-content: space-between; gap: 8px; }
.d-below .dates { display: block; font-size: 8pt; color: #777; }
.d-timeline .entry { display: grid; grid-template-columns: 8.5em 1fr; }
.d-timeline .entry > .body { border-left: 2px solid #c5d3e0; padding-left: 10px; position: relative; }
.d-timeline .entry > .body::before { content: ""; position: absolute; left: -5px; top: 4px; width: 8px;
                                     height: 8px; border-radius: 50%; background: #2a4d69; }
.d-timeline .dates { white-space: normal; padding-right: 6px; }
.right { display: flex; justify-content: space-between; gap: 8px; }
.chip { display: inline-block; padding: 1px 7px; margin: 0 4px 4px 0; border-radius: 9px;
        background: #e3ebf3; font-size: 8.5pt; }
.bar-row { margin: 2px 0 4px; }
.bar { height: 4px; background: #d5dde5; border-radius: 2px; margin-top: 1px; }
.bar > i { display: block; height: 4px; background: #2a4d69; border-radius: 2px; }
ul.cols { columns: 2; column-gap: 18px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 2px 0; }
dt { font-weight: 700; }
dd { margin: 0; }
.frame-sidebar { display: grid; grid-template-columns: 31% 69%; min-height: 100%; }
.frame-sidebar.right { grid-template-columns: 69% 31%; }
.frame-sidebar.narrow { grid-template-columns: 23% 77%; }
.frame-sidebar.narrow aside { overflow-wrap: anywhere; }
aside p.label { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.1em; margin-top: 5px; color: #cfd8e0; }
aside { background: #2d3e50; color: #f2f2f2; padding: 12px 10px; -webkit-print-color-adjust: exact;
        print-color-adjust: exact; }
aside h2.tracked { color: #fff; border-color: #8aa; }
aside .chip { background: #43586e; color: #fff; }
aside .dates { color: #ddd; }
main { padding: 0 14px; }
.frame-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 18px; }
table.frame { border-collapse: collapse; width: 100%; }
table.frame td { vertical-align: top; padding: 4px 6px; }
table.frame td.label { width: 24%; border-right: 1px solid #ccc; }
table.frame td.label h2 { margin: 0; }
table.contact-table td { padding: 0 10px 0 0; }
footer.fixed { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font-size: 8.5pt;
               border-top: 1px solid #ccc; padding-top: 3px; color: #444; }
.footer-pad { height: 28px; }
@media print { .print-hrefs a[href]:after { content: " (" attr(href) ")"; } }
header.fixed { position: fixed; top: 0; left: 0; right: 0; text-align: right; font-size: 8pt;
               border-bottom: 1px solid #ccc; padding-bottom: 2px; color: #555; }
.header-pad { height: 24px; }
.masthead { display: flex; align-items: center; gap: 12px; }
.masthead.row-flex { justify-content: space-between; align-items: baseline; }
.masthead .block p { margin: 0 0 1px; text-align: right; }
.float-block { float: right; text-align: right; margin-left: 12px; }
.float-block p { margin: 0 0 1px; }
.badge { flex: none; width: 58px; height: 58px; border-radius: 50%; background: #2a4d69; color: #fff;
         display: flex; align-items: center; justify-content: center; font-size: 26pt; font-weight: 700;
         -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.doctitle { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.3em; color: #777; margin: 0 0 2px; }
h1.name small { font-size: 55%; font-weight: 400; color: #666; letter-spacing: 0; }
h1.name .given { font-weight: 300; }
h1.name .family { font-weight: 800; }
h1.name.two-lines span { display: block; line-height: 1.05; }
h1.name.first-letter::first-letter { font-size: 160%; color: #2a4d69; }
h1.name .pronouns { font-size: 45%; font-weight: 400; color: #777; }
.cc { font-weight: 700; color: #2a4d69; font-size: 85%; }
.contact.tracked, .block.tracked { letter-spacing: 0.15em; }
.sc { font-variant: small-caps; }
.up { text-transform: uppercase; }
.contact.gap { gap: 4px 18px; }
.contact.gap li + li::before { content: none; }
.icon.after { margin: 0 0 0 4px; }
.material-icons { font-family: "Material Icons"; font-size: 13px; vertical-align: middle; margin-right: 3px;
                  color: #2a4d69; }
.cgrid { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 1px 10px; margin: 0 0 6px; }
.cgrid .k { font-weight: 700; color: #2a4d69; }
"""
)

SVG = {
    "email": "M1 3h14v10H1z M1 3l7 6 7-6",
    "phone": "M4 1h3l1 4-2 1a9 9 0 0 0 4 4l1-2 4 1v3a2 2 0 0 1-2 2A13 13 0 0 1 2 3a2 2 0 0 1 2-2z",
    "location": "M8 1a5 5 0 0 1 5 5c0 4-5 9-5 9S3 10 3 6a5 5 0 0 1 5-5z",
    "profile": "M2 2h12v12H2z M4 6h2v6H4z M8 6h2v1a2 2 0 0 1 4 1v4h-2v-4h-2v4H8z",
}
UNICODE = {"email": "\u2709", "phone": "\u260e", "location": "\u2302", "profile": "\u2197"}
PUA = {"email": "\uf0e0", "phone": "\uf095", "location": "\uf3c5", "profile": "\uf08c"}
HOUSE = "\u2302"
ICON_FORMS: dict[str, tuple[str, dict[str, str]]] = {
    "flex-svg": ('<svg class="icon" viewBox="0 0 16 16"><path d="{}"/></svg>', SVG),
    "flex-unicode": ('<span class="icon">{}</span>', UNICODE),
    "flex-pua": ('<span class="icon pua">{}</span>', PUA),
    "flex-after": ('<span class="icon after">{}</span>', UNICODE),
    "ligatures": (
        '<i class="material-icons">{}</i>',
        {"email": "mail", "phone": "phone", "location": "location_on", "profile": "link"},
    ),
}
"""Per contact style, the icon's markup and the glyph or path of each kind."""
ENTRY_FORMS = {
    "timeline": '<div class="entry">{d}<div class="body">{t}{s}{b}</div></div>',
    "float": '<div class="entry"><div class="head">{d}{t}</div>{s}{b}</div>',
    "flex": '<div class="entry"><div class="head">{t}{d}</div>{s}{b}</div>',
    "below": '<div class="entry">{t}{s}{d}{b}</div>',
    "absolute": '<div class="entry">{t}{s}{b}{d}</div>',
}
"""Per date placement, an entry's markup: title, sub line, bullets and dates in DOM order (the
CSS places them: floated, flexed, in a grid column, positioned at the top right)."""
LABELS = {"email": "E-mail", "phone": "Tel.", "location": "", "profile": "LinkedIn"}
GRID_LABELS = {
    "en": ("Email", "Phone", "Location"),
    "fr": ("Courriel", "Téléphone", "Adresse"),
    "de": ("E-Mail", "Telefon", "Wohnort"),
    "es": ("Correo", "Teléfono", "Ubicación"),
    "pt": ("E-mail", "Telefone", "Localização"),
    "it": ("E-mail", "Telefono", "Città"),
    "nl": ("E-mail", "Telefoon", "Woonplaats"),
    "pl": ("E-mail", "Telefon", "Miasto"),
    "ru": ("Почта", "Телефон", "Город"),
    "zh": ("邮箱", "电话", "地址"),
    "ja": ("メール", "電話", "住所"),
}
"""A labelled contact grid's labels in the page's language (the profile's is `LinkedIn`)."""
NATIONAL = {
    "en": ("+44", "(0)20 7946 0958"),
    "fr": ("", "06 12 34 56 78"),
    "de": ("+49", "30 1234567"),
    "es": ("+34", "912 34 56 78"),
    "pt": ("+351", "21 234 5678"),
    "it": ("+39", "06 1234 5678"),
    "nl": ("+31", "(0)20 123 4567"),
    "pl": ("+48", "22 123 45 67"),
    "ru": ("+7", "(495) 123-45-67"),
    "zh": ("+86", "138 0013 8000"),
    "ja": ("", "090-1234-5678"),
}
"""Per language, a phone in its national form: country code (styled apart) and number."""
DOC_TITLES = {
    "en": "Resume", "fr": "Curriculum Vitae", "de": "Lebenslauf", "es": "Currículum Vitae",
    "pt": "Currículo", "it": "Curriculum Vitae", "nl": "Curriculum Vitae", "pl": "Życiorys",
    "ru": "Резюме", "zh": "个人简历", "ja": "履歴書",
}  # fmt: skip
"""What a page prints over the name: the document's title in its language."""
PRONOUNS = {
    "en": "(she/her)", "fr": "(elle)", "de": "(sie/ihr)", "es": "(ella)", "pt": "(ela/dela)",
    "it": "(lei)", "nl": "(zij/haar)", "pl": "(ona/jej)", "ru": "(она)", "zh": "(她)", "ja": "(彼女)",
}  # fmt: skip
"""Pronouns printed small after the name."""


class Markup(str):
    """Text already written as HTML (an employer's link): not escaped again."""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


class _Page:
    """One resume as one HTML document in one layout."""

    def __init__(self, doc: Doc, layout: HtmlLayout) -> None:
        self.layout = layout
        self.b = _Builder(doc, VARIANT)
        self.r = self.b.r
        self.lang = doc["lang"]
        basics = self.r["basics"]
        if layout.phone_form == "national":
            code, number = NATIONAL[self.lang]
            basics["phone"] = f"{code} {number}".strip()
        self.items = [
            ("email", basics["email"]),
            ("phone", basics["phone"]),
            ("location", basics["location"]),
        ]
        if layout.profile:
            self.items.append(("profile", profile_url(basics["email"])))
        if layout.summary and layout.summary != "short":
            basics["summary"] = LONG_SUMMARIES[self.lang]
        if layout.skills in SKILL_LOOKS:
            self.r["skills"] = skills_printed(layout.skills, self.r["skills"], self.lang, basics["email"])

    @property
    def list_class(self) -> str:
        return "disc" if self.layout.bullet == "disc" else "before"

    # ---------------------------------------------------------------- blocks as HTML

    def runs(self, runs: list[Run]) -> str:
        out = []
        for r in runs:
            text = _e(r.text).replace("\n", "<br>")
            if r.bold:
                text = f"<b>{text}</b>"
            if r.italic:
                text = f"<i>{text}</i>"
            out.append(text)
        return "".join(out)

    def blocks(self, blocks: list[Block]) -> str:
        out: list[str] = []
        items: list[str] = []
        for block in [*blocks, None]:
            if isinstance(block, Para) and block.bullet:
                items.append(f"<li>{self.para_text(block)}</li>")
                continue
            if items:
                out.append(f'<ul class="{self.list_class}">{"".join(items)}</ul>')
                items = []
            if isinstance(block, Para):
                out.append(f"<p>{self.para_text(block)}</p>" if not block.right else self.para_text(block))
            elif isinstance(block, Table):
                out += [self.blocks([b for cell in row for b in cell]) for row in block.rows]
            elif isinstance(block, Photo):
                continue
        return "".join(out)

    def para_text(self, para: Para) -> str:
        if para.right:
            return f'<div class="right"><span>{self.runs(para.runs)}</span><span>{self.runs(para.right)}</span></div>'
        return self.runs(para.runs)

    # ---------------------------------------------------------------- contact and headings

    def icon(self, kind: str) -> str:
        form, glyphs = ICON_FORMS.get(self.layout.contact, ("", {}))
        return form.format(glyphs[kind]) if form else ""

    def value(self, kind: str, value: str) -> str:
        shown = self.shown(kind, value)
        if (self.layout.contact == "links" and kind != "location") or kind == "profile":
            return f'<a href="{_e(self.href(kind, value))}">{shown}</a>'
        return shown

    def shown(self, kind: str, value: str) -> str:
        """A contact value's markup: break opportunities in addresses, the phone's spans and
        spaces, the e-mail's case."""
        lay = self.layout
        text = _e(value)
        if kind == "phone":
            code, number = NATIONAL[self.lang] if lay.phone_form == "national" else ("", value)
            sp = _e(lay.phone_spaces).replace("\u00a0", "&nbsp;")
            number = _e(number).replace(" ", sp)
            # one inline box: in a flex item a space between two spans would be dropped
            text = (
                f'<span><span class="cc">{_e(code)}</span>{sp}<span>{number}</span></span>'
                if code
                else number
            )
        elif kind in {"email", "profile"} and lay.breaks:
            mark = "&shy;" if lay.breaks == "shy" else "\u200b"
            text = re.sub(r"([.@/])", lambda m: m.group(1) + mark, text)
        if kind == "email" and lay.email_case:
            text = f'<span class="{"sc" if lay.email_case == "small-caps" else "up"}">{text}</span>'
        return text

    @staticmethod
    def href(kind: str, value: str) -> str:
        if kind == "email":
            return f"mailto:{value}"
        if kind == "phone":
            return "tel:" + "".join(c for c in value if c.isdigit() or c == "+")
        return "https://" + value

    def contact(self) -> str:
        style = self.layout.contact
        tracked = " tracked" if self.layout.contact_tracked else ""
        if self.layout.header != "stack":  # a block of lines beside the name, an icon before each
            lines = "".join(f"<p>{self.icon(k)}{self.value(k, v)}</p>" for k, v in self.items)
            return f'<div class="block{tracked}">{lines}</div>'
        if style == "grid":  # label | value, two pairs a row
            labels = dict(zip(("email", "phone", "location"), GRID_LABELS[self.lang], strict=True))
            cells = "".join(
                f'<span class="k">{_e(labels.get(k, "LinkedIn"))}</span><span>{self.value(k, v)}</span>'
                for k, v in self.items
            )
            return f'<div class="cgrid">{cells}</div>'
        if style == "dl":
            rows = "".join(f"<dt>{LABELS[k] or HOUSE}</dt><dd>{self.value(k, v)}</dd>" for k, v in self.items)
            return f"<dl>{rows}</dl>"
        if style == "table":
            cells = "".join(f"<td>{self.value(k, v)}</td>" for k, v in self.items)
            return f'<table class="contact-table"><tr>{cells}</tr></table>'
        if style == "stacked":  # a label's line over each value's
            return "".join(
                f'<p class="label">{LABELS[k] or HOUSE}</p><p>{self.value(k, v)}</p>' for k, v in self.items
            )
        if style == "link-words":  # words that link: the page shows `E-mail`, the link holds the address
            lis = "".join(
                f'<li><a href="{_e(self.href(k, v))}">{LABELS[k]}</a></li>'
                if LABELS[k]
                else f"<li>{_e(v)}</li>"
                for k, v in self.items
            )
            return f'<ul class="contact">{lis}</ul>'
        if style == "sidebar":
            return "".join(f"<p>{self.icon(k)}{self.value(k, v)}</p>" for k, v in self.items)
        dots = " dots" if style in {"flex-unicode", "links"} else ""
        dots += " caps" if self.layout.contact_caps else ""
        dots += " gap" if style == "flex-gap" else ""
        dots += tracked
        if style == "flex-after":
            lis = "".join(f"<li>{self.value(k, v)}{self.icon(k)}</li>" for k, v in self.items)
        else:
            lis = "".join(f"<li>{self.icon(k)}{self.value(k, v)}</li>" for k, v in self.items)
        return f'<ul class="contact{dots}">{lis}</ul>'

    def name(self) -> str:
        lay, basics = self.layout, self.r["basics"]
        full = basics["name"]
        given, _, family = full.partition(" ")
        inner = _e(full)
        if lay.name_look in {"two-lines", "two-weights"} and family:
            sep = "" if lay.name_look == "two-lines" else " "
            inner = f'<span class="given">{_e(given)}</span>{sep}<span class="family">{_e(family)}</span>'
        elif lay.name_look == "small-title":
            inner += f" <small>{_e(basics['label'])}</small>"
        elif lay.name_look == "pronouns":
            inner += f' <span class="pronouns">{_e(PRONOUNS[self.lang])}</span>'
        h1 = f'<h1 class="name {lay.name_look}">{inner}</h1>'
        if lay.badge:
            words = full.split()
            initials = (words[0][0] + words[-1][0]).upper() if len(words) > 1 else words[0][:2].upper()
            h1 = f'<div class="masthead"><div class="badge">{_e(initials)}</div>{h1}</div>'
        if lay.title_above:
            h1 = f'<p class="doctitle">{_e(DOC_TITLES[self.lang])}</p>{h1}'
        return h1

    def profile(self) -> str:
        """The summary printed with no heading (`HtmlLayout.summary`), or nothing."""
        if not self.layout.summary:
            return ""
        return f'<p class="profile">{_e(self.r["basics"]["summary"])}</p>'

    def top(self) -> str:
        """The name and, unless the contact prints elsewhere, the contact: under it, or beside it;
        then a summary printed with no heading."""
        lay = self.layout
        if lay.contact in {"footer", "sidebar", "stacked", "header"}:
            return self.name() + self.profile()
        if lay.header == "row-flex":
            return f'<div class="masthead row-flex">{self.name()}{self.contact()}</div>{self.profile()}'
        if lay.header == "row-float":
            return (
                f'<div class="float-block">{self.contact()}</div>{self.name()}<div style="clear:both"></div>'
                + self.profile()
            )
        if lay.summary == "above":
            return self.name() + self.profile() + self.contact()
        return self.name() + self.contact() + self.profile()

    def heading(self, key: str) -> str:
        text = self.r["other"][0]["heading"] if key == "other" else self.r["headings"][key]
        return f'<h2 class="{self.layout.heading}">{_e(text)}</h2>'

    # ---------------------------------------------------------------- entries

    def entry(self, title: str, sub: str, dates: str, bullets: list[str]) -> str:
        d = f'<span class="dates">{_e(dates)}</span>' if dates else ""
        sub_html = f'<div class="sub">{sub if isinstance(sub, Markup) else _e(sub)}</div>' if sub else ""
        items = "".join(f"<li>{_e(b)}</li>" for b in bullets)
        body = f'<ul class="{self.list_class}">{items}</ul>' if items else ""
        if self.layout.dates == "timeline" and not d:
            d = "<span></span>"  # the grid's date cell stays, empty
        return ENTRY_FORMS[self.layout.dates].format(d=d, t=f"<b>{_e(title)}</b>", s=sub_html, b=body)

    def work(self) -> str:
        out = []
        for w in self.r["work"]:
            sub = ", ".join(x for x in (w["name"], w["location"]) if x)
            if self.layout.print_hrefs and w["name"]:  # the employer links to its site
                site = "https://www." + re.sub(r"[^a-z0-9]+", "", w["name"].casefold()) + ".com"
                sub = Markup(
                    f'<a href="{_e(site)}">{_e(w["name"])}</a>'
                    + "".join(f", {_e(x)}" for x in [w["location"]] if x)
                )
            out.append(
                self.entry(
                    w["position"], sub, self.b.date_range(w["startDate"], w["endDate"]), w["highlights"]
                )
            )
        return "".join(out)

    def education(self) -> str:
        return "".join(
            self.entry(
                self.b.degree(e), e["institution"], self.b.date_range(e["startDate"], e["endDate"]), []
            )
            for e in self.r["education"]
        )

    def volunteer(self) -> str:
        return "".join(
            self.entry(
                v["position"],
                v["organization"],
                self.b.date_range(v["startDate"], v["endDate"]),
                v["highlights"],
            )
            for v in self.r["volunteer"]
        )

    def skills(self) -> str:
        look = self.layout.skills
        if look in SKILL_LOOKS:
            return skills_html(look, self.r["skills"], self.lang)
        out = []
        for g in self.r["skills"]:
            name, kws = g["name"], g["keywords"]
            if look == "inline":
                return self.blocks(self.b.skills())
            if look == "dl":
                if name is None:
                    return f"<p>{_e(', '.join(kws))}</p>"
                out.append(f"<dt>{_e(name)}</dt><dd>{_e(', '.join(kws))}</dd>")
                continue
            head = f"<h4>{_e(name)}</h4>" if name else ""
            if look == "chips":
                body = "".join(f'<span class="chip">{_e(k)}</span>' for k in kws)
                out.append(f"{head}<div>{body}</div>")
            elif look == "bars":
                body = "".join(
                    f'<div class="bar-row">{_e(k)}<div class="bar"><i style="width:{90 - 12 * (i % 4)}%"></i></div></div>'
                    for i, k in enumerate(kws)
                )
                out.append(head + body)
            else:
                out.append(
                    head + '<ul class="cols before">' + "".join(f"<li>{_e(k)}</li>" for k in kws) + "</ul>"
                )
        return f"<dl>{''.join(out)}</dl>" if look == "dl" else "".join(out)

    def languages(self) -> str:
        if self.layout.skills == "dl":
            rows = "".join(
                f"<dt>{_e(x['language'])}</dt><dd>{_e(x['fluency'])}</dd>" for x in self.r["languages"]
            )
            return f"<dl>{rows}</dl>"
        return self.blocks(self.b.languages())

    def interests(self) -> str:
        if self.layout.skills == "chips":
            return (
                "<div>"
                + "".join(f'<span class="chip">{_e(i["name"])}</span>' for i in self.r["interests"])
                + "</div>"
            )
        if self.layout.skills == "columns":
            return (
                '<ul class="cols before">'
                + "".join(f"<li>{_e(i['name'])}</li>" for i in self.r["interests"])
                + "</ul>"
            )
        return self.blocks(self.b.interests(sidebar=self.layout.frame.startswith("sidebar")))

    def section(self, key: str) -> str:
        own = {
            "work": self.work,
            "education": self.education,
            "volunteer": self.volunteer,
            "skills": self.skills,
            "languages": self.languages,
            "interests": self.interests,
        }
        if key in own:
            return own[key]()
        return self.blocks(self.b.section(key))

    # ---------------------------------------------------------------- the page

    def keys(self) -> list[str]:
        return [k for k in self.r["order"] if (k == "summary" and not self.layout.summary) or self.r.get(k)]

    def whole(self, keys: list[str]) -> str:
        return "".join(f"<section>{self.heading(k)}{self.section(k)}</section>" for k in keys)

    def document(self) -> str:
        lay = self.layout
        keys = self.keys()
        top = self.top()
        if lay.frame.startswith("sidebar"):
            side_keys = [k for k in keys if k in SIDE_KEYS]
            main_keys = [k for k in keys if k not in SIDE_KEYS]
            left = lay.frame == "sidebar-left"
            side = (
                [self.whole(side_keys), self.contact()]
                if lay.contact_last
                else [self.contact(), self.whole(side_keys)]
            )
            aside = (self.name() if left else "") + "".join(side)
            main = ("" if left else self.name()) + self.profile() + self.whole(main_keys)
            inner = (
                f"<aside>{aside}</aside><main>{main}</main>"
                if left
                else f"<main>{main}</main><aside>{aside}</aside>"
            )
            look = ("" if left else " right") + (" narrow" if lay.narrow else "")
            body = f'<div class="frame-sidebar{look}">{inner}</div>'
        elif lay.frame == "grid":
            first = [k for k in keys if k in {"summary", "work", "volunteer", "projects", "references"}]
            second = [k for k in keys if k not in first]
            body = f'{top}<div class="frame-grid"><div>{self.whole(first)}</div><div>{self.whole(second)}</div></div>'
        elif lay.frame == "table":
            rows = "".join(
                f'<tr><td class="label">{self.heading(k)}</td><td>{self.section(k)}</td></tr>' for k in keys
            )
            body = f'{top}<table class="frame">{rows}</table>'
        else:
            body = top + self.whole(keys)
        if lay.contact == "footer":
            body += f'<div class="footer-pad"></div><footer class="fixed">{self.footer_line()}</footer>'
        if lay.contact == "header":  # a running header: the contact on every page
            body = f'<header class="fixed">{self.footer_line()}</header><div class="header-pad"></div>{body}'
        glyph = f"--glyph: '{lay.bullet}'"
        hrefs = " print-hrefs" if lay.print_hrefs else ""
        return (
            f'<!doctype html><html lang="{self.lang}"><head><meta charset="utf-8"><style>{CSS}</style></head>'
            f'<body class="d-{lay.dates}{hrefs}" style="{glyph}">{body}</body></html>'
        )

    def footer_line(self) -> str:
        return " \u00b7 ".join(self.value(k, v) for k, v in self.items)


def profile_url(email: str) -> str:
    """The LinkedIn address a layout with `profile` prints (`linkedin.com/in/maria-garcia`)."""
    return "linkedin.com/in/" + email.split("@", maxsplit=1)[0].replace(".", "-").replace("_", "-")


def html_page(doc: Doc, layout: HtmlLayout) -> tuple[str, dict[str, Any]]:
    """The page's HTML and the resume as it prints it (`build.prepare`'s shape)."""
    page = _Page(doc, layout)
    return page.document(), page.r


# -------------------------------------------------------------------- printing


@functools.cache
def html_available() -> str | None:
    """None when pages can be printed here, else what is missing."""
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        return "chromium is not installed (`make system-deps`: apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (requirements/dev.txt)"
    return None


@functools.cache
def cjk_font() -> bool:
    """Whether Chromium has a font for Chinese and Japanese here (else those pages print boxes)."""
    try:
        out = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(out.strip())


class _Browser:
    """One Chromium for the process, on a thread of its own, printing every page in one tab.

    Playwright's sync driver marks its thread's event loop running while it lives, so started on
    the test thread it broke `asyncio.run` in later tests and was closed after every module (and
    relaunched by the next). On its own thread it lives until the process exits. A new tab is a new
    renderer (0.29 s of CPU a print); the one tab reused prints the same bytes for 0.04 s. A tab
    that fails is dropped, so the next print starts a fresh one."""

    def __init__(self) -> None:
        self.outside: list[str] = []
        self._jobs: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]] | None] = queue.SimpleQueue()
        started: Future[None] = Future()
        self._thread = threading.Thread(target=self._serve, args=(started,), name="chromium", daemon=True)
        self._thread.start()
        started.result()
        atexit.register(self.close)

    def _serve(self, started: Future[None]) -> None:
        """The thread's loop: start Chromium, run the jobs in order, stop it on `None`."""
        from playwright.sync_api import sync_playwright

        try:
            self.playwright = sync_playwright().start()
            exe = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
            self.browser = self.playwright.chromium.launch(executable_path=exe, args=FLAGS, headless=True)
            self.page: Any = None
        except BaseException as exc:
            started.set_exception(exc)
            return
        started.set_result(None)
        while (job := self._jobs.get()) is not None:
            work, future = job
            try:
                future.set_result(work())
            except BaseException as exc:
                future.set_exception(exc)
        # at exit the driver may already be gone: nothing is left to close then
        with contextlib.suppress(Exception):
            self.browser.close()
            self.playwright.stop()

    def _run(self, work: Callable[[], Any]) -> Any:
        future: Future[Any] = Future()
        self._jobs.put((work, future))
        return future.result()

    def route(self, route: Any) -> None:
        if route.request.url.startswith(("data:", "about:")):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _pdf(self, markup: str) -> bytes:
        self.outside.clear()
        if self.page is None:
            self.page = self.browser.new_page()
            self.page.route("**/*", self.route)
        try:
            self.page.set_content(markup, wait_until="load")
            data: bytes = self.page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
        except BaseException:
            with contextlib.suppress(Exception):
                self.page.close()
            self.page = None
            raise
        return data

    def pdf(self, markup: str) -> bytes:
        data: bytes = self._run(lambda: self._pdf(markup))
        if self.outside:
            raise AssertionError(f"a page asked the network for {self.outside}")
        return data

    def close(self) -> None:
        atexit.unregister(self.close)
        self._jobs.put(None)
        self._thread.join(timeout=30)


@functools.cache
def _browser() -> _Browser:
    return _Browser()


def print_page(markup: str) -> bytes:
    """Any page's PDF, printed by the process's Chromium (no request leaves it)."""
    return _browser().pdf(markup)


_PRINTED: dict[tuple[str, str], tuple[bytes, str, dict[str, Any]]] = {}


def render_html(doc: Doc, layout: HtmlLayout) -> tuple[bytes, str, dict[str, Any]]:
    """The PDF Chromium prints for `doc` in `layout`, its file name, and the parse it must give back
    (name, e-mail, summary and every section as `expected.py` states them, plus the phone, and under
    `contact` the place and profile `html_mismatches` checks). Each resume and layout is printed
    once per process, and once per run under xdist (tests/shared_cache.py)."""
    import copy

    key = (json.dumps(doc, sort_keys=True, ensure_ascii=False, default=repr), layout.name)
    if key not in _PRINTED:
        _PRINTED[key] = shared("html", "\0".join(key), lambda: _print(doc, layout))
    data, filename, want = _PRINTED[key]
    return data, filename, copy.deepcopy(want)


def _print(doc: Doc, layout: HtmlLayout) -> tuple[bytes, str, dict[str, Any]]:
    from .expected import expected

    markup, printed = html_page(doc, layout)
    want = expected(printed)
    basics = printed["basics"]
    if layout.name_look == "upper":  # what the page shows: the case a reader types back in
        want["basics"]["name"] = basics["name"].upper()
    # link words (`Call`) print no number: the one the link holds is what a reader has
    shown = _Page.href("phone", basics["phone"])[4:] if layout.contact == "link-words" else basics["phone"]
    want["basics"]["phone"] = shown
    want["contact"] = {"location": basics["location"]}
    if layout.profile:
        want["contact"]["profile"] = profile_url(basics["email"])
    return _browser().pdf(markup), f"{layout.name}-{doc['lang']}.pdf", want


def _bare(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.strip().casefold()).rstrip("/")


def html_mismatches(parsed: dict[str, Any], want: dict[str, Any]) -> list[str]:
    """`expected.mismatches`, and the contact details a page prints beyond name, e-mail and phone:
    its place (`basics.location.address`, in the case CSS printed it) and the profile it links to."""
    from .expected import mismatches, norm

    out = mismatches(parsed, want)
    basics = parsed.get("basics") or {}
    contact = want.get("contact") or {}
    got = norm((basics.get("location") or {}).get("address"))
    if "location" in contact and (got or "").casefold() != norm(contact["location"]).casefold():
        out.append(f"basics.location: expected {contact['location']!r}, got {got!r}")
    if "profile" in contact:
        urls = [_bare(str(p.get("url") or "")) for p in basics.get("profiles") or []]
        if _bare(contact["profile"]) not in urls:  # a web address is the same in any case
            out.append(f"basics.profiles: expected {contact['profile']!r}, got {urls!r}")
    return out


OTHER_LANGS = ("fr", "de", "es", "pt", "it", "nl", "pl", "ru")
"""The languages a layout's second cell rotates through; Chinese and Japanese get a cell each of
their own, run where Chromium has a CJK font (Debian's chromium brings none)."""
CJK_CELLS = (("html-flex-contact-svg", "zh"), ("html-sidebar-left", "ja"))


def html_cells() -> list[tuple[str, str]]:
    """Every layout in English and in one other language, rotating, then the CJK cells."""
    cells = [(lay.name, lang) for i, lay in enumerate(HTML_LAYOUTS) for lang in ("en", OTHER_LANGS[i % 8])]
    return cells + list(CJK_CELLS)


def html_problems(layout: HtmlLayout, lang: str, examples: int = 2) -> list[list[str]]:
    """For each resume a cell draws (as the PDF and DOCX matrix does), how its parse differs."""
    from resume_api.errors import ApiError
    from tests.parsed import parse

    from . import draw

    found: list[list[str]] = []
    for doc in draw(lang, VARIANT, examples):
        data, filename, want = render_html(doc, layout)
        try:
            found.append(html_mismatches(parse(data, filename), want))
        except ApiError as exc:
            found.append([f"refused: {exc.__class__.__name__}: {exc}"])
    return found


def html_verdicts(layout: HtmlLayout, lang: str) -> dict[str, str]:
    """Per section, the first mismatch over the cell's resumes (absent where all parse back)."""
    from . import verdicts

    return verdicts(html_problems(layout, lang))
