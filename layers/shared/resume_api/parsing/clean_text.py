"""Character-level clean-up of extracted text, shared by the PDF and DOCX readers.

Text from uploads is hostile and messy: control and zero-width characters can hide instructions
(THREATS 19, 28), icon fonts leave private-use glyphs, LaTeX ligatures and soft hyphens break
words, and some PDFs lose or add spaces. Everything here is pure string work.
"""

from __future__ import annotations

import functools
import re
import unicodedata

MAX_TEXT_CHARS = 200_000
"""Extracted text is capped here; a resume is a few thousand characters."""

MAX_LINE_CHARS = 10_000
"""A line longer than this is junk (a 1 MB paragraph, a run of glyphs); it is cut, not dropped."""


def capped_length(text: str) -> int:
    """What a line counts against MAX_TEXT_CHARS once cut to MAX_LINE_CHARS (plus its newline)."""
    return min(len(text), MAX_LINE_CHARS) + 1


# C0/C1 controls except tab and newline, zero-width characters, bidi controls, BOM, word joiner,
# soft hyphen handled separately (LaTeX fonts map their hyphen glyph to U+00AD).
_INVISIBLE = {
    **{c: None for c in range(0x20) if c not in (0x09, 0x0A)},
    **dict.fromkeys(range(127, 160)),
    **dict.fromkeys(range(8203, 8208)),  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    **dict.fromkeys(range(8234, 8239)),  # LRE, RLE, PDF, LRO, RLO
    **dict.fromkeys(range(8288, 8304)),  # word joiner, invisible operators, isolates
    **dict.fromkeys(range(0xD800, 0xE000)),  # lone surrogates (a UTF-16 font decoded leniently)
    0xFEFF: None,
    0xFFFC: None,
    0xFFFD: None,
    0x061C: None,  # Arabic letter mark
    0x180E: None,
    0xAD: "-",
    0xA0: " ",
    0x2002: " ",
    0x2003: " ",
    0x2009: " ",
    0x202F: " ",
    0x3000: " ",
    0xFB00: "ff",
    0xFB01: "fi",
    0xFB02: "fl",
    0xFB03: "ffi",
    0xFB04: "ffl",
    0xFB05: "st",
    0xFB06: "st",
    0x2010: "-",
    0x2011: "-",
}


def _is_private(ch: str) -> bool:
    cp = ord(ch)
    return 0xE000 <= cp <= 0xF8FF or cp >= 0xF0000


def clean(text: str) -> str:
    """Drop control, zero-width, bidi, private-use and lone surrogate characters; map ligatures and odd spaces.

    A lone surrogate is not text: it cannot be encoded as UTF-8, so it would break the JSON the
    parse is stored as.
    """
    text = text.translate(_INVISIBLE)
    if any(_is_private(c) for c in text):
        text = "".join(c for c in text if not _is_private(c))
    return text


def repair_letter_spacing(text: str) -> str:
    """`E X P E R I E N C E` -> `EXPERIENCE`; `J A R E D  R I C H A R D S` -> `JARED RICHARDS`.

    Only applied when nearly every token is one character, so ordinary text is never touched.
    """
    stripped = text.strip()
    tokens = stripped.split(" ")
    singles = sum(1 for t in tokens if len(t) == 1)
    letters = [t for t in tokens if t]
    if len(letters) < 4 or singles < 0.7 * len(letters):
        return text
    # Words are separated by two or more spaces.
    words = re.split(r"\s{2,}", stripped)
    out = []
    for word in words:
        parts = word.split(" ")
        if all(len(p) <= 2 for p in parts):
            out.append("".join(parts))
        else:
            out.append(word)
    return " ".join(out)


_NOT_KEY = re.compile(r"[^\w&+/]+")
_KEYS_REMEMBERED = 200
"""Characters of the longest text whose key is remembered: a line or a vocabulary word, never a
whole paragraph (the cache's memory stays bounded whatever the upload holds)."""


def normalize_key(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used for vocabulary look-ups."""
    return _key(text) if len(text) <= _KEYS_REMEMBERED else _normalized(text)


@functools.lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """Remembered: a parse asks for the key of the same words and lines many times over."""
    return _normalized(text)


def forget_keys() -> None:
    """Start a document with no keys remembered, as `dates.forget` does: each parse pays for its own
    look-ups (a benchmark that parses one file again measures a cold parse)."""
    _key.cache_clear()


def _normalized(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _NOT_KEY.sub(" ", text)
    return " ".join(text.split())


def cap(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    return text if len(text) <= limit else text[:limit]


_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")


def join_broken_words(text: str) -> str:
    """`Organ-` at a line's end over `isatie…`: one word a narrow column broke, made whole again.

    Only where the next line starts in lower case (`Jean-` over `Pierre` keeps its hyphen)."""
    return _BROKEN_WORD.sub(lambda m: "" if text[m.end()].islower() else m.group(0), text)


def join_wrapped(head: str, tail: str) -> str:
    """Two pieces of one wrapped line, joined: with a space, or without the hyphen that broke a word."""
    head, tail = head.rstrip(), tail.strip()
    if len(head) > 2 and head.endswith("-") and head[-2].isalpha() and tail[:1].islower():
        return head[:-1] + tail
    return f"{head} {tail}"
