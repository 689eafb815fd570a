"""Markdown: the same layout as the documents, as plain readable CommonMark.

`#` for the name, `##` for the section headings, `###` for an entry (employer or school),
an italic line for position, location and dates, `-` bullets. User text never becomes markup
(issue #13): every character CommonMark or GitHub's tables and strikethrough give a meaning to
inline (backslash, backtick, `* _ [ ] < > | ~ & #`) is backslash-escaped wherever it stands, and a line that
would open a block (a list marker, `>`, a heading, a rule `---`/`***`/`___`, a setext underline
`===`, a fence, an ordered-list number) has its first character escaped. Every value is one line
(layout folds whitespace), so no indented code block can form. Link targets are the layout's
(`http(s)`/`mailto` only), written as `<...>` with `<`, `>`, `\\` and spaces percent-encoded.
tests/render/test_markdown.py renders the output with markdown-it-py to check it.
"""

from __future__ import annotations

import re

from . import print_plan as L

_INLINE = re.compile(r"([\\`*_\[\]<>|~&#])")
_LINE_START = re.compile(r"^(\s*)([+\-=>]|\d+[.)])")


def escape(text: str) -> str:
    """Text that CommonMark (and GFM) renders as exactly this text, wherever the line starts."""
    out = _INLINE.sub(r"\\\1", text)
    m = _LINE_START.match(out)
    if m:
        lead, token = m.group(1), m.group(2)
        token = token[:-1] + "\\" + token[-1] if token[0].isdigit() else "\\" + token
        out = lead + token + out[m.end() :]
    return out


def _link(text: str, url: str | None) -> str:
    if not url:
        return escape(text)
    target = url.replace("\\", "%5C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
    return f"[{escape(text)}](<{target}>)"


def _entry(e: L.Entry) -> list[str]:
    out = [f"### {_link(e.title, e.url)}"] if e.title else []
    details = [f"*{escape(p)}*" for p in (e.subtitle,) if p]
    details += [escape(p) for p in (e.location, e.dates) if p]
    if details:
        out += ["", " · ".join(details)] if out else [" · ".join(details)]
    for text in e.lines:
        out += ["", escape(text)] if out else [escape(text)]
    if e.bullets:
        out += [""] if out else []
        out += [f"- {escape(b)}" for b in e.bullets]
    return out


def _block(block: L.Block) -> list[str]:
    if isinstance(block, L.Entry):
        return _entry(block)
    if isinstance(block, L.Paragraph):
        return [escape(block.text)]
    if isinstance(block, L.Bullets):
        return [f"- {escape(b)}" for b in block.items]
    if isinstance(block, L.Group):
        items = ", ".join(escape(i) for i in block.items)
        return [f"**{escape(block.label)}:** {items}" if block.label else items]
    return [f"{escape(block.left)} · {escape(block.right)}"]


def write(lay: L.Layout) -> bytes:
    h = lay.header
    parts: list[list[str]] = []
    if h.name:
        parts.append([f"# {escape(h.name)}"])
    if h.label:
        parts.append([f"**{escape(h.label)}**"])
    if h.contacts:
        parts.append([" · ".join(_link(c.text, c.url) for c in h.contacts)])
    for sec in lay.sections:
        parts.append([f"## {escape(sec.heading)}"])
        parts.extend(_block(b) for b in sec.blocks)
    text = "\n\n".join("\n".join(p) for p in parts if p)
    return (text.strip() + "\n").encode("utf-8")
