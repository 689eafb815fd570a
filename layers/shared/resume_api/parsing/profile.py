"""A summary printed with no heading: the profile paragraph under the name and contact block.

Most resumes (and most published themes) print the person's profile right under the name, title
and contact lines, with no heading over it. `split_sections` leaves it in the header block, where
it would be kept only as unnamed text. It is known by what it is, in any language: prose (several
words, sentences), in the body's type, holding no contact detail, before the first heading.
A one-line tagline (`Senior Data Engineer`), an address, a list of items or a quote is not.
The spoken languages printed as one more contact item (`✈ English, Tamil`) are known by their
names, a closed set: the `languages` section.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import find_range, is_date_only
from .lines import Line
from .sections import Section, _body_size

_SENTENCE_END = re.compile(r"[.!?。！？](?=[\s\"'”»)）]|$)")
_ENDS = (".", "!", "?", "。", "！", "？", "…", ".)", ".”", '."')
_QUOTES = "\"'“”„«»‘’「」『』"
_ITEMS = re.compile(r"\s[|•·]\s|\s[–—]\s.*\s[–—]\s")
"""Items set side by side (`Python · SQL · Tableau`, `Lyon | Remote`): a list, not prose."""
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _words(text: str) -> int:
    """Words, a CJK text's characters counted three to a word."""
    return len(_WORD.findall(_CJK.sub(" ", text))) + len(_CJK.findall(text)) // 3


def _plain(ln: Line, body: float) -> bool:
    """A line that may be part of a paragraph: body type, no contact detail, no bullet."""
    from .contacts import EMAIL_RE, URL_RE, find_phone

    text = ln.text.strip()
    if not text or ln.bullet or len(ln.cells) > 1 or _ITEMS.search(text):
        return False
    if body and ln.size and ln.size > 1.6 * body:
        return False  # the name, a title in display type (a lead paragraph may be set a size up)
    if EMAIL_RE.search(text) or URL_RE.search(text) or find_phone(text):
        return False
    return _spoken_only(text) is None  # the languages spoken, a contact block's item


Piece = tuple[int, int, Line]
"""(header line, cell or -1 for the whole line, the text as a line of its own)."""


def _pieces(header: list[Line]) -> list[Piece]:
    """The header's lines, a line of cells set side by side (the contact column beside the profile,
    PDF) as one line per cell where the page says where each cell stands."""
    out: list[Piece] = []
    for i, ln in enumerate(header):
        spans = [s for k in range(len(ln.cells)) if (s := ln.cell_span(k)) is not None]
        if len(ln.cells) < 2 or len(spans) != len(ln.cells):
            out.append((i, -1, ln))
            continue
        for k, (cell, (x0, x1)) in enumerate(zip(ln.cells, spans, strict=True)):
            out.append((i, k, replace(ln, text=cell, cells=[cell], x0=x0, x1=x1, cell_spans=[(x0, x1)])))
    return out


def _blocks(pieces: list[Piece], body: float) -> list[list[Piece]]:
    """Runs of plain pieces of one column, one look and one left edge (a cell's), on lines that
    follow each other (a cell's run goes on past the cell beside it on its line)."""
    out: list[list[Piece]] = []
    for i, k, ln in pieces:
        if not _plain(ln, body):
            continue
        run = next((r for r in reversed(out[-4:]) if _goes_on(r[-1], (i, k, ln))), None)
        if run is not None:
            run.append((i, k, ln))
        else:
            out.append([(i, k, ln)])
    return out


def _goes_on(prev: Piece, piece: Piece) -> bool:
    """`piece` is on the line after `prev`'s, in its column and look, at its left edge (a line
    of a centred paragraph: about its centre)."""
    (i, k, ln), (j, m, before) = piece, prev
    return (
        j == i - 1
        and (m < 0) == (k < 0)
        and (abs(before.x0 - ln.x0) <= 3 or (k < 0 and abs(before.x0 + before.x1 - ln.x0 - ln.x1) <= 6))
        and before.column == ln.column
        and before.bold == ln.bold
        and abs(before.size - ln.size) <= 0.6
    )


def _dated(text: str) -> bool:
    """A line that opens on a range of dates (`2022 - Present Designed…`) or holds dates alone; not
    a sentence that tells since when (`Since 2023 I've been…`, `depuis 2012`)."""
    span = find_range(text)
    return span is not None and (
        is_date_only(text) or (span.begin == 0 and bool(_DASH.search(text[: span.stop])))
    )


_DASH = re.compile(r"[-–—]")


def _prose(lines: list[Line]) -> bool:
    """Sentences: enough words, and a sentence's end where it stops (or several lines of words)."""
    text = " ".join(ln.text.strip() for ln in lines)
    if text[:1] in _QUOTES and text.rstrip(".")[-1:] in _QUOTES:
        return False  # a quote printed under the name
    if any(_dated(ln.text.strip()) for ln in lines):
        return False  # a job's or a degree's lines read before the first heading
    words = _words(text)
    if text.endswith(_ENDS):
        return words >= 4 and bool(_SENTENCE_END.search(text))
    return len(lines) >= 2 and words >= 20


def _paragraphs(lines: list[Line]) -> list[Line]:
    """The block's lines with each paragraph's wrapped lines joined into one (PDF: a line goes on
    unless the one above ends a sentence short of the block's right edge; CJK wraps between
    characters, joined without a space). A DOCX paragraph is one line already."""
    from .clean_text import join_wrapped
    from .entries import _cjk_seam

    right = max(ln.x1 for ln in lines)
    left = min(ln.x0 for ln in lines)
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        text = ln.text.strip()
        short = prev is None or prev.x1 < right - 0.15 * max(right - left, 1.0)
        if prev is None or right <= 0 or (short and prev.text.rstrip().endswith(_ENDS)):
            out.append(replace(ln, text=text, cells=[text]))
            continue
        joined = prev.text + text if _cjk_seam(prev.text, text) else join_wrapped(prev.text, text)
        out[-1] = replace(prev, text=joined, cells=[joined], x1=ln.x1)
    return out


def headless_summary(header: list[Line], sections: list[Section], lines: list[Line]) -> list[Line]:
    """The header without its profile paragraph, which becomes a `summary` section opening
    `sections` (in place); the header as it was when there is none, or a summary is headed."""
    if not sections or any(s.key == "summary" for s in sections):
        return header
    found = [b for b in _blocks(_pieces(header), _body_size(lines)) if _prose([ln for _, _, ln in b])]
    if not found:
        return header
    block = max(found, key=lambda b: sum(len(ln.text) for _, _, ln in b))
    sections.insert(0, Section(heading="", key="summary", lines=_paragraphs([ln for _, _, ln in block])))
    taken = {(i, k) for i, k, _ in block}
    out = []
    for i, ln in enumerate(header):
        if (i, -1) in taken:
            continue
        rest = [c for k, c in enumerate(ln.cells) if (i, k) not in taken]
        if len(rest) == len(ln.cells):
            out.append(ln)
        elif rest:  # the contact item beside the profile's line stays
            out.append(replace(ln, text=" ".join(rest), cells=rest, cell_spans=[], cell_sizes=[]))
    return out


_LEAD = re.compile(r"^[\W\d_]+")
"""An icon, a bullet or a label's punctuation before a contact item."""


def _spoken_only(text: str) -> str | None:
    """The line without its icon where it names spoken languages alone (`✈ English, Tamil`,
    `Deutsch (Muttersprache), Englisch`): every item a language's name, its level in parentheses."""
    from .spoken import _SEP, is_name

    body = _LEAD.sub("", text).strip()
    items = [re.sub(r"\s*[(（][^)）]*[)）]\s*$", "", item) for item in _SEP.split(body) if item.strip()]
    return body if items and all(is_name(item) for item in items) else None


def header_languages(header: list[Line], sections: list[Section]) -> list[Line]:
    """The header without the lines that name spoken languages alone (a contact block's item, no
    heading), which become a `languages` section at the end of `sections` (in place); the header as
    it was when a languages section is headed."""
    if not sections or any(s.key == "languages" for s in sections):
        return header
    out: list[Line] = []
    spoken: list[Line] = []
    for ln in header:
        cells = ln.cells if len(ln.cells) > 1 else [ln.text]
        named = [(cell, body) for cell in cells if (body := _spoken_only(cell))]
        spoken += [replace(ln, text=body, cells=[body], cell_spans=[], cell_sizes=[]) for _, body in named]
        rest = [cell for cell in cells if not any(cell is c for c, _ in named)]
        if len(rest) == len(cells):
            out.append(ln)
        elif rest:  # the contact items beside the languages (`+91 98220 55431 | English, Tamil`)
            out.append(replace(ln, text=" ".join(rest), cells=rest, cell_spans=[], cell_sizes=[]))
    if spoken:
        sections.append(Section(heading="", key="languages", lines=spoken))
    return out if spoken else header
