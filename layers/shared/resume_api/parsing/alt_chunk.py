"""Alternate chunks (`w:altChunk`) as lines: a DOCX whose body is HTML, MHT or text Word imports.

HTML-to-DOCX converters (html-docx-js and the resume builders on it) write the whole resume as
one HTML or MHT part that Word converts when it opens the file: the DOCX's own XML then holds no
text at all. Each block element (heading, paragraph, list item, table cell) becomes one line,
headings bold and larger, list items marked, so the section logic reads it as any other DOCX.
"""

from __future__ import annotations

import email
import email.policy
import re

from .clean_text import clean
from .lines import Line

MAX_CHUNK_BYTES = 2_000_000
_BLOCKS = frozenset({"p", "div", "li", "td", "th", "dt", "dd", "pre", "blockquote", "address", "tr"})
_HEADINGS = {"h1": 20.0, "h2": 16.0, "h3": 14.0, "h4": 12.0, "h5": 11.0, "h6": 11.0}
_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template"})


def chunk_lines(blob: bytes, content_type: str, name: str = "") -> list[Line]:
    """The lines of one alternate chunk; none for a kind it cannot read (RTF, a nested DOCX)."""
    blob = blob[:MAX_CHUNK_BYTES]
    low = content_type.lower()
    if "rfc822" in low or name.lower().endswith((".mht", ".mhtml")):
        html = _mht_html(blob)
        return _html_lines(html) if html else []
    if "html" in low or name.lower().endswith((".htm", ".html", ".xhtml")):
        return _html_lines(blob.decode("utf-8", "replace"))
    if low.startswith("text/plain") or name.lower().endswith(".txt"):
        text = blob.decode("utf-8", "replace")
        return [_line(t, 11.0, False, False, "") for t in text.splitlines() if t.strip()]
    return []


def _mht_html(blob: bytes) -> str | None:
    """The HTML part of an MHT (MIME) chunk, decoded."""
    message = email.message_from_bytes(blob, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload.decode(part.get_content_charset() or "utf-8", "replace")
    return None


def _html_lines(html: str) -> list[Line]:
    from lxml import html as lxml_html  # type: ignore[import-untyped]

    if not html.strip():
        return []
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml_html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (ValueError, TypeError):
        return []
    out: list[Line] = []
    buffer: list[str] = []
    look: tuple[float, bool, bool, str] = (11.0, False, False, "")

    def flush() -> None:
        for part in "".join(buffer).split("\n"):
            text = re.sub(r"\s+", " ", clean(part)).strip()
            if text:
                out.append(_line(text, *look))
        buffer.clear()

    def walk(el: object, depth: int) -> None:
        nonlocal look
        tag = getattr(el, "tag", None)
        if not isinstance(tag, str) or tag in _SKIP or depth > 60:
            return
        block = tag in _BLOCKS or tag in _HEADINGS
        if block:
            flush()
            if tag in _HEADINGS:
                look = (_HEADINGS[tag], True, False, f"Heading {tag[1]}")
            elif tag == "li":
                look = (11.0, False, True, "")
            else:
                look = (11.0, False, False, "")
        if tag == "br":
            buffer.append("\n")
        buffer.append(getattr(el, "text", None) or "")
        for child in el:  # type: ignore[attr-defined]
            walk(child, depth + 1)
            buffer.append(getattr(child, "tail", None) or "")
        if block:
            flush()
            look = (11.0, False, False, "")

    walk(root, 0)
    flush()
    return out


def _line(text: str, size: float, bold: bool, list_item: bool, style: str) -> Line:
    return Line(
        text=text,
        cells=[text],
        x0=0.0,
        x1=0.0,
        y=0.0,
        size=size,
        bold=bold,
        italic=False,
        style=style,
        list_item=list_item,
        gap_before=1.0,
    )
