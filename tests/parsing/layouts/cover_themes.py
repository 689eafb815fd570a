"""A theme's head printed under and over the CSS constructs Chromium paints boxes for, and true covers.

Each construct wraps one of `contact_themes`' heads (the name and the contact block): header bands
with backgrounds, gradients, rounded clips, `position: absolute/fixed/sticky`, `z-index` stacking,
`::before` backgrounds, transforms, and overlays painted after the text that leave it visible
(`opacity`, `mix-blend-mode`, `mask-image`, `clip-path`, `backdrop-filter`, a spread `box-shadow`,
`isolation`), next to true covers (a white box, a redaction bar, a white box at opacity .999 or
stacked by `z-index`). What is hidden is for the rendering to say (`rendered_words`): poppler
draws the page and each word's box is looked at.

Left out: `mix-blend-mode: screen` over black (poppler composites the isolated group against a
black backdrop and draws the whole box black, where Chromium shows the text) and `filter` (Chromium
rasterizes the element: no text left for any reader).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from html import unescape
from pathlib import Path
from typing import Any

from .contact_themes import CSS, IDIOMS, _body

_OVER = "header{position:relative;padding:10px}.ov{position:absolute;left:0;top:0;width:420px;height:110px;"
_COVER = "header{position:relative;padding:10px}.ov{position:absolute;inset:0;"
_HEAD = "<header>{HEAD}</header>{BODY}"
_OVERLAID = "<header>{HEAD}<div class='ov'></div></header>{BODY}"
_COLUMNS = "<div class='w'><div class='side'>{HEAD}</div><div class='m'>{BODY}</div></div>"

CONSTRUCTS: dict[str, tuple[str, str]] = {
    "band": ("header{background:#234;color:#fff;padding:10px}", _HEAD),
    "band-opacity": ("header{background:#234;color:#fff;padding:10px}header>div{opacity:.8}", _HEAD),
    "band-rgba": ("header{background:rgba(0,0,50,.1);padding:10px}", _HEAD),
    "band-blend": ("header{background:#fee;padding:10px;mix-blend-mode:multiply}", _HEAD),
    "band-gradient": ("header{background:linear-gradient(90deg,#234,#567);color:#fff;padding:10px}", _HEAD),
    "band-rounded": ("header{overflow:hidden;border-radius:12px;background:#234;color:#fff;padding:10px}", _HEAD),
    "band-shadow": ("header{background:#fff;padding:10px;box-shadow:0 2px 6px #000}", _HEAD),
    "absolute": ("header{position:absolute;top:10px;left:10px;background:#eef}", "<div style='height:170px'></div>" + _HEAD),
    "fixed": ("header{position:fixed;top:0;left:0;right:0;background:#eef;padding:6px}", "<div style='height:150px'></div>" + _HEAD),
    "sticky": ("header{position:sticky;top:0;background:#eef;padding:6px}", _HEAD),
    "z-below": (
        "header{position:relative;padding:10px}.bg{position:absolute;top:0;left:0;right:0;height:120px;background:#def;z-index:-1}",
        "<div class='bg'></div>" + _HEAD,
    ),
    "before-background": (
        "header{position:relative;padding:10px;z-index:0}header::before{content:'';position:absolute;inset:0;background:#def;z-index:-1}",
        _HEAD,
    ),
    "before-overlay": (
        "header{position:relative;padding:10px}header::before{content:'';position:absolute;inset:0;background:rgba(0,0,80,.08)}",
        _HEAD,
    ),
    "transform": ("header{padding:10px;transform:translateX(2px);background:#eee}", _HEAD),
    "sidebar-column": (
        ".w{display:flex}.side{width:210px;background:#234;color:#fff;padding:10px}.m{flex:1;padding:10px;background:#fff;position:relative}",
        _COLUMNS,
    ),
    "grid-column": (".w{display:grid;grid-template-columns:210px 1fr}.side{background:#eee;padding:10px}.m{padding:10px}", _COLUMNS),
    "overlay-opacity": (_OVER + "background:#fff;opacity:.1}", _OVERLAID),
    "overlay-opacity-dark": (_OVER + "background:#036;opacity:.15}", _OVERLAID),
    "overlay-opacity-child": (_OVER + "opacity:.5}.ov::after{content:'';position:absolute;inset:0;background:#fff}", _OVERLAID),
    "overlay-mask": (
        _OVER + "background:#036;-webkit-mask-image:linear-gradient(90deg,transparent,transparent 80%,#000);"
        "mask-image:linear-gradient(90deg,transparent,transparent 80%,#000)}",
        _OVERLAID,
    ),
    "overlay-multiply": (_OVER + "background:#ccf;mix-blend-mode:multiply}", _OVERLAID),
    "overlay-darken": (_OVER + "background:#fff;mix-blend-mode:darken}", _OVERLAID),
    "overlay-isolated": (_OVER + "isolation:isolate;background:#fff;mix-blend-mode:multiply}", _OVERLAID),
    "overlay-clip-path": (_OVER + "background:#036;clip-path:polygon(380px 0,420px 0,420px 110px)}", _OVERLAID),
    "overlay-backdrop": (_OVER + "backdrop-filter:blur(0px);background:rgba(255,255,255,.01)}", _OVERLAID),
    "overlay-shadow-spread": (_OVER + "box-shadow:0 0 0 2px #036}", _OVERLAID),
    "text-shadow": ("header{padding:10px}header>div{text-shadow:1px 1px 0 #ccc}", _HEAD),
    "cover-white": (_COVER + "background:#fff}", _OVERLAID),
    "cover-white-opacity": (_COVER + "background:#fff;opacity:.999}", _OVERLAID),
    "cover-white-z": ("header{z-index:1}" + _COVER + "background:#fff;z-index:5}", "<header><div class='ov'></div>{HEAD}</header>{BODY}"),
    "cover-redaction": (
        "header{padding:10px}header>div{position:relative}header>div::after{content:'';position:absolute;inset:0;background:#000}",
        _HEAD,
    ),
}  # fmt: skip
HEADS = ("row_pipes", "labels_colon", "stacked_address", "row_icons", "block_right")


def page(construct: str, head: str, person: dict[str, Any]) -> str:
    css, markup = CONSTRUCTS[construct]
    top = IDIOMS[head](person, person["basics"]).replace("{BODY}", "")
    body = markup.replace("{HEAD}", top).replace("{BODY}", _body(person))
    style = (
        CSS
        + "body{margin:0}header>div,header>table{font-size:8pt}.side{font-size:8pt;overflow-wrap:anywhere}"
    )
    style += css
    return f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>{body}</body></html>"


VISIBLE = 40
"""Grey levels (0-255) between the lightest and darkest pixel of a word's box where it is seen."""
UNSEEN = 8
"""At most this spread in a word's box: a uniform patch, nothing drawn there shows."""


def rendered_words(pdf: bytes) -> list[tuple[str, int]]:
    """Every word poppler finds on page one, with the grey-level spread of its box's middle half
    as poppler renders the page at 72 dpi (one pixel a point)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.pdf"
        path.write_bytes(pdf)
        run = ["-f", "1", "-l", "1"]
        subprocess.run(["pdftoppm", "-r", "72", "-gray", *run, str(path), f"{tmp}/img"], check=True)
        words = subprocess.run(["pdftotext", "-bbox", *run, str(path), "-"], capture_output=True, check=True)
        image = next(Path(tmp).glob("img*.pgm")).read_bytes()
    _magic, size, _depth, pixels = image.split(b"\n", 3)
    width, height = map(int, size.split())
    out = []
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    for m in re.finditer(pattern, words.stdout.decode()):
        x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
        band = (y1 - y0) / 4  # the word's core: a cover's edge across its ascenders says nothing
        values = [
            pixels[y * width + x]
            for y in range(max(0, round(y0 + band)), min(height, round(y1 - band) + 1))
            for x in range(max(0, int(x0)), min(width, int(x1) + 1))
        ]
        out.append((unescape(m.group(5)), max(values) - min(values) if values else 0))
    return out
