"""The ways web themes print a person's basics, as markup Chromium prints (`html_writer`'s browser).

Each idiom takes a JSON Resume `basics` and writes the head of a page the way published themes do
(listed by reading every tune theme's header): a contact row split by `|`, by a flex gap or by
icons; the full postal address stacked over the phone; a label table (`Email` | value) in the
person's language; the contact beside the name on one flex row (where a long phone wraps inside
its item: `+44 20 7946` over `0321`); a sidebar; a footer row; capitals letter-spaced; the phone
split in spans; the e-mail broken after its at sign; icon links whose only text is the icon (the
address is the link's); an address spelled `name [at] domain`. The people are
`benchmarks/themes/people/` (real forms of 20 countries' phones, addresses and names).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

PEOPLE_DIR = Path(__file__).resolve().parents[3] / "benchmarks" / "themes" / "people"

LABELS = {
    "en": ("Email", "Phone", "Address", "Website"),
    "fr": ("Courriel", "Téléphone", "Adresse", "Site web"),
    "de": ("E-Mail", "Telefon", "Adresse", "Webseite"),
    "es": ("Correo", "Teléfono", "Dirección", "Sitio web"),
    "it": ("Email", "Telefono", "Indirizzo", "Sito web"),
    "pt": ("E-mail", "Telefone", "Endereço", "Site"),
    "nl": ("E-mail", "Telefoon", "Adres", "Website"),
    "pl": ("E-mail", "Telefon", "Adres", "Strona"),
    "ru": ("Почта", "Телефон", "Адрес", "Сайт"),
}
LANG_OF = {"FR": "fr", "DE": "de", "AT": "de", "CH": "de", "ES": "es", "MX": "es", "IT": "it"}
LANG_OF |= {"BR": "pt", "PT": "pt", "NL": "nl", "PL": "pl", "RU": "ru", "BE": "fr"}
HEADINGS = {"en": ("Experience", "Education"), "fr": ("Expérience", "Formation")}
HEADINGS |= {"de": ("Berufserfahrung", "Ausbildung"), "es": ("Experiencia", "Educación")}
HEADINGS |= {"it": ("Esperienza", "Istruzione"), "pt": ("Experiência", "Formação")}
HEADINGS |= {"nl": ("Werkervaring", "Opleiding"), "pl": ("Doświadczenie", "Wykształcenie")}
HEADINGS |= {"ru": ("Опыт работы", "Образование")}

CSS = (
    "body{font-family:sans-serif;font-size:10pt;margin:32px} h1{font-size:24pt;margin:0 0 4px}"
    "h2{font-size:13pt;border-bottom:1px solid #999;margin:14px 0 6px} ul{margin:2px 0}"
    ".side{display:flex;gap:24px} .side>aside{width:170px;background:#eef;padding:10px;font-size:9pt}"
    ".side>main{flex:1} svg{width:10px;height:10px;vertical-align:middle}"
)
ICON = '<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>'


def people() -> list[dict[str, Any]]:
    return [json.loads(p.read_text()) for p in sorted(PEOPLE_DIR.glob("p*.json"))]


def lang(person: dict[str, Any]) -> str:
    return LANG_OF.get(((person["basics"].get("location") or {}).get("countryCode")) or "", "en")


def _e(text: object) -> str:
    return html.escape(str(text or ""))


def place(basics: dict[str, Any], form: str) -> str:
    """The location as themes print it: `city`, `city, region`, or every part (`street, 40122
    Bologna, Emilia-Romagna, IT`)."""
    loc = basics.get("location") or {}
    if form == "city":
        return str(loc.get("city") or "")
    if form == "city-region":
        return ", ".join(x for x in (loc.get("city"), loc.get("region")) if x)
    town = " ".join(x for x in (loc.get("postalCode"), loc.get("city")) if x)
    return ", ".join(x for x in (loc.get("address"), town, loc.get("region"), loc.get("countryCode")) if x)


def _body(person: dict[str, Any]) -> str:
    """The page's main column: the first job and school in the person's language's headings."""
    work, school = (person.get("work") or [{}])[0], (person.get("education") or [{}])[0]
    exp, edu = HEADINGS[lang(person)]
    bullets = "".join(f"<li>{_e(h)}</li>" for h in (work.get("highlights") or [])[:2])
    return (
        f"<h2>{exp}</h2><div><b>{_e(work.get('position'))}</b>, {_e(work.get('name'))}"
        f"<span style='float:right'>{_e(work.get('startDate'))} – {_e(work.get('endDate') or '')}</span>"
        f"</div><ul>{bullets}</ul><h2>{edu}</h2><div>{_e(school.get('institution'))}, "
        f"{_e(school.get('area'))} <span style='float:right'>{_e(school.get('endDate'))}</span></div>"
    )


def _name(b: dict[str, Any]) -> str:
    return f"<h1>{_e(b['name'])}</h1>"


def row_pipes(p: dict[str, Any], b: dict[str, Any]) -> str:
    return _name(b) + f"<div>{_e(b['email'])} | {_e(b['phone'])} | {_e(place(b, 'full'))}</div>"


def row_gap_full_address(p: dict[str, Any], b: dict[str, Any]) -> str:
    """A flex row, items a gap apart: the long address wraps in its item, and so may the phone."""
    items = (place(b, "full"), b["phone"], b["email"])
    return (
        _name(b)
        + "<div style='display:flex;gap:16px'>"
        + "".join(f"<span>{_e(i)}</span>" for i in items)
        + "</div>"
    )


def row_icons(p: dict[str, Any], b: dict[str, Any]) -> str:
    items = (b["email"], b["phone"], place(b, "city-region"), b.get("url") or "")
    spans = "".join(f"<span style='margin-right:14px'>{ICON} {_e(i)}</span>" for i in items if i)
    return _name(b) + f"<div>{spans}</div>"


def stacked_address(p: dict[str, Any], b: dict[str, Any]) -> str:
    """The postal address in lines (street, postcode and town, region) over the phone and e-mail."""
    loc = b.get("location") or {}
    town = " ".join(x for x in (loc.get("postalCode"), loc.get("city")) if x)
    rows = (loc.get("address"), town, loc.get("region"), b["phone"], b["email"])
    return _name(b) + "".join(f"<div>{_e(x)}</div>" for x in rows if x)


def label_table(p: dict[str, Any], b: dict[str, Any]) -> str:
    mail, tel, addr, web = LABELS[lang(p)]
    pairs = ((mail, b["email"]), (tel, b["phone"]), (addr, place(b, "full")), (web, b.get("url")))
    rows = "".join(f"<tr><td><b>{k}</b></td><td>{_e(v)}</td></tr>" for k, v in pairs if v)
    return _name(b) + f"<table>{rows}</table>"


def labels_colon(p: dict[str, Any], b: dict[str, Any]) -> str:
    mail, tel, addr, _ = LABELS[lang(p)]
    pairs = ((mail, b["email"]), (tel, b["phone"]), (addr, place(b, "full")))
    return _name(b) + "".join(f"<div>{k}: {_e(v)}</div>" for k, v in pairs)


def block_right(p: dict[str, Any], b: dict[str, Any]) -> str:
    block = "<br>".join(_e(x) for x in (place(b, "full"), b["phone"], b["email"]))
    return f"<div style='display:flex;justify-content:space-between'>{_name(b)}<div style='text-align:right'>{block}</div></div>"


def name_row(p: dict[str, Any], b: dict[str, Any]) -> str:
    """The name and the contact on one flex row: a long name or phone wraps inside its item."""
    return (
        "<div style='display:flex;align-items:baseline;gap:20px'>"
        f"{_name(b)}<span>{_e(b['email'])}</span><span>{_e(b['phone'])}</span></div>"
    )


def sidebar(p: dict[str, Any], b: dict[str, Any]) -> str:
    rows = (b["email"], b["phone"], place(b, "full"), b.get("url") or "")
    side = "".join(f"<div style='margin-bottom:4px'>{_e(x)}</div>" for x in rows if x)
    return f"<div class='side'><aside>{_name(b)}{side}</aside><main>{{BODY}}</main></div>"


def footer_row(p: dict[str, Any], b: dict[str, Any]) -> str:
    row = " — ".join(_e(x) for x in (place(b, "full"), b["phone"], b["email"]))
    return (
        _name(b) + "{BODY}" + f"<div style='margin-top:24px;border-top:1px solid;font-size:8pt'>{row}</div>"
    )


def caps_tracked(p: dict[str, Any], b: dict[str, Any]) -> str:
    row = " &nbsp; ".join(_e(x) for x in (b["email"], b["phone"], place(b, "city-region")))
    return _name(b) + f"<div style='text-transform:uppercase;letter-spacing:.2em;font-size:8pt'>{row}</div>"


def phone_spans(p: dict[str, Any], b: dict[str, Any]) -> str:
    groups = "".join(
        f"<span style='display:inline-block;margin-right:3px'>{_e(g)}</span>" for g in b["phone"].split()
    )
    return _name(b) + f"<div>{_e(b['email'])} · {groups} · {_e(place(b, 'city'))}</div>"


def email_two_lines(p: dict[str, Any], b: dict[str, Any]) -> str:
    local, domain = b["email"].split("@")
    return _name(b) + f"<div>{_e(local)}@<br>{_e(domain)}</div><div>{_e(b['phone'])}</div>"


def icon_links(p: dict[str, Any], b: dict[str, Any]) -> str:
    """Icons that are links and print no text: the e-mail and the phone are only the links'."""
    tel = "".join(c for c in b["phone"] if c.isdigit() or c == "+")
    return _name(b) + (
        f"<div><a href='mailto:{_e(b['email'])}'>{ICON}</a> <a href='tel:{tel}'>{ICON}</a> "
        f"{_e(place(b, 'city'))}</div>"
    )


def spelled_at(p: dict[str, Any], b: dict[str, Any]) -> str:
    local, domain = b["email"].split("@")
    return _name(b) + f"<div>{_e(local)} [at] {_e(domain)} · {_e(b['phone'])}</div>"


IDIOMS: dict[str, Callable[[dict[str, Any], dict[str, Any]], str]] = {
    f.__name__: f
    for f in (
        row_pipes, row_gap_full_address, row_icons, stacked_address, label_table, labels_colon,
        block_right, name_row, sidebar, footer_row, caps_tracked, phone_spans, email_two_lines,
        icon_links, spelled_at,
    )
}  # fmt: skip


def page(idiom: str, person: dict[str, Any]) -> str:
    head = IDIOMS[idiom](person, person["basics"])
    body = head.replace("{BODY}", _body(person)) if "{BODY}" in head else head + _body(person)
    return f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>"


def printed(idiom: str, person: dict[str, Any]) -> bytes:
    from .html_writer import print_page

    return print_page(page(idiom, person))
