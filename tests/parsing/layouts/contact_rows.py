"""A contact row as web themes set its items side by side, every spacing from none to a wide margin.

The items (the e-mail and the phone as `mailto:`/`tel:` links, the site, the place) are set apart
by a flex or grid gap, a margin, inline blocks, an icon before or after each one (an embedded icon
font's private-use glyph, inline SVG), a rule drawn as a border, or a `::before` dot, each of
0-12 px. At 0-1 px a browser leaves no word space between two items and pdftotext joins them as
the reader does; the link annotations still hold the addresses.
"""

from __future__ import annotations

import base64
import functools
import html
import io
from typing import Any

from .contact_themes import CSS, _body, _name

GAPS = (0, 1, 3, 8, 12)
SVG = '<svg viewBox="0 0 10 10" style="width:9px;height:9px"><circle cx="5" cy="5" r="4"/></svg>'
ICON_CODES = (0xF0E0, 0xF095, 0xF3C5, 0xF0AC)
"""Font Awesome's envelope, phone, map marker and globe: where an icon font puts them."""


@functools.cache
def icon_face() -> str:
    """`@font-face` of a small icon font (a box at each of ICON_CODES), embedded as Chromium embeds
    a web font: the PDF holds its subset, the glyphs mapped to private-use code points."""
    from fontTools.fontBuilder import FontBuilder  # type: ignore[import-untyped]
    from fontTools.pens.ttGlyphPen import TTGlyphPen  # type: ignore[import-untyped]

    fb = FontBuilder(1000, isTTF=True)
    names = [".notdef", "space"] + [f"i{c:x}" for c in ICON_CODES]
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({0x20: "space"} | {c: f"i{c:x}" for c in ICON_CODES})
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    for point in ((100, 700), (900, 700), (900, 0)):
        pen.lineTo(point)
    pen.closePath()
    box, empty = pen.glyph(), TTGlyphPen(None).glyph()
    fb.setupGlyf({n: empty if n in (".notdef", "space") else box for n in names})
    fb.setupHorizontalMetrics({n: (250 if n == "space" else 1000, 0) for n in names})
    fb.setupHorizontalHeader(ascent=850, descent=-150)
    fb.setupNameTable({"familyName": "IconsTest", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=850, usWinAscent=850, usWinDescent=150)
    fb.setupPost()
    buf = io.BytesIO()
    fb.save(buf)
    data = base64.b64encode(buf.getvalue()).decode()
    return f"@font-face{{font-family:IconsTest;src:url(data:font/ttf;base64,{data}) format('truetype')}}"


_SPAN = "<span>{}</span>"
_ICON = "<span><i>{icon}</i>{}</span>"
SPACINGS: dict[str, tuple[str, str]] = {
    "flex-gap": (".r{{display:flex;gap:{g}px}}", _SPAN),
    "grid-gap": (".r{{display:grid;grid-template-columns:repeat(4,auto);justify-content:start;column-gap:{g}px}}", _SPAN),
    "margin": (".r>span{{margin-right:{g}px}}", _SPAN),
    "inline-block": (".r>span{{display:inline-block;margin-right:{g}px}}", _SPAN),
    "icon-font": (".r>span{{margin-right:{g}px}}.r i{{font-family:IconsTest;font-style:normal;margin-right:{g}px}}", _ICON),
    "icon-font-after": (".r i{{font-family:IconsTest;font-style:normal;margin:0 {g}px}}", "<span>{}<i>{icon}</i></span>"),
    "icon-pseudo": (".r>span{{margin-right:{g}px}}.r>span::before{{font-family:IconsTest;content:'\\f0ac';margin-right:{g}px}}", _SPAN),
    "svg": (".r>span{{margin-right:{g}px}}.r svg{{margin-right:{g}px}}", "<span>" + SVG + "{}</span>"),
    "border": (".r{{display:flex}}.r>span+span{{border-left:1px solid #888;padding-left:{g}px;margin-left:{g}px}}", _SPAN),
    "dot-before": (".r>span+span::before{{content:'\\b7';margin:0 {g}px}}", _SPAN),
}  # fmt: skip
ORDERS = (
    ("email", "url", "phone", "place"),
    ("phone", "email", "place", "url"),
    ("place", "email", "phone", "url"),
)


def _item(kind: str, b: dict[str, Any]) -> str:
    e = html.escape
    if kind == "email":
        return f"<a href='mailto:{e(b['email'])}'>{e(b['email'])}</a>"
    if kind == "phone":
        tel = "".join(c for c in b["phone"] if c.isdigit() or c == "+")
        return f"<a href='tel:{tel}'>{e(b['phone'])}</a>"
    if kind == "url":
        site = b.get("url") or f"https://{b['email'].split('@')[1]}"
        return f"<a href='{e(site)}'>{e(site.split('//')[-1].rstrip('/'))}</a>"
    return e((b.get("location") or {}).get("city") or "")


def page(spacing: str, gap: int, order: int, person: dict[str, Any]) -> str:
    css, item = SPACINGS[spacing]
    b = person["basics"]
    icons = dict(zip(("email", "phone", "place", "url"), map(chr, ICON_CODES), strict=True))
    row = "".join(item.format(_item(k, b), icon=icons[k]) for k in ORDERS[order] if _item(k, b))
    style = CSS + icon_face() + ".r{font-size:8pt} a{color:inherit;text-decoration:none}" + css.format(g=gap)
    body = _name(b) + f"<div class='r'>{row}</div>" + _body(person)
    return f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>{body}</body></html>"
