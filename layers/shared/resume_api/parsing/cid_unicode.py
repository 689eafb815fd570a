"""Unicode for the CIDs of Adobe's CJK character collections, for CID fonts without /ToUnicode.

A CID-keyed font (CIDFontType0, CFF outlines) on the Identity-H/V encoding shows CIDs of its
collection (Adobe-Japan1, -GB1, -CNS1, -Korea1, -KR). Without a /ToUnicode map the text is only
those numbers: macOS's Quartz writes Hiragino and PingFang text this way, and pypdf reads each CID
as a UTF-16 code unit, so a whole Japanese resume came back as other characters (none of its
words). Viewers and pdftotext map the CIDs through the collection's own table; so do we, with
Adobe's CMaps in `cmaps/` (BSD licensed, read once, only when such a font is met).

A TrueType CID font (CIDFontType2) shows glyph ids, not the collection's CIDs: this table is not
for it.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from pathlib import Path

_DIR = Path(__file__).parent / "cmaps"
ORDERINGS = frozenset({"Japan1", "GB1", "CNS1", "Korea1", "KR"})
_BLOCK = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _text(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", "replace")


@cache
def table(ordering: str) -> dict[str, str]:
    """CID (as the one-character string pypdf decodes Identity-H codes to) → its Unicode text;
    empty for a collection we do not hold."""
    if ordering not in ORDERINGS:
        return {}
    data = gzip.decompress((_DIR / f"Adobe-{ordering}-UCS2.gz").read_bytes())
    out: dict[str, str] = {}
    for kind, body in _BLOCK.findall(data):
        values = _HEX.findall(body)
        if kind == b"bfchar":
            for cid, uni in zip(values[::2], values[1::2], strict=False):
                out[chr(int(cid, 16))] = _text(uni)
            continue
        for first, last, uni in zip(values[::3], values[1::3], values[2::3], strict=False):
            start, base = int(first, 16), int(uni, 16)
            for i in range(int(last, 16) - start + 1):
                if 0 <= base + i <= 0x10FFFF and not 0xD800 <= base + i <= 0xDFFF:
                    out[chr(start + i)] = chr(base + i)
    out.pop("\x00", None)  # CID 0 is .notdef
    return out


def collection(font_dict: object) -> str | None:
    """The Adobe collection whose CIDs a Type0 font on Identity-H/V shows, or None: only for a
    CIDFontType0 descendant whose CIDSystemInfo names Adobe and a collection we hold."""
    try:
        if str(font_dict.get("/Encoding") or "") not in ("/Identity-H", "/Identity-V"):  # type: ignore[attr-defined]
            return None
        descendant = font_dict["/DescendantFonts"].get_object()[0].get_object()  # type: ignore[index]
        if descendant.get("/Subtype") != "/CIDFontType0":
            return None
        info = descendant.get("/CIDSystemInfo")
        info = info.get_object() if info is not None else None
        if info is None or str(info.get("/Registry")) != "Adobe":
            return None
    except (KeyError, IndexError, AttributeError, TypeError):
        return None
    ordering = str(info.get("/Ordering") or "")
    return ordering if ordering in ORDERINGS else None
