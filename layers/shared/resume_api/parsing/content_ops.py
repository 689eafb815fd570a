"""A content stream's operators and operands, tokenized with one regular expression.

pypdf's `ContentStream.operations` reads a stream byte by byte in Python: half of a long PDF's
parse went there (the 8-page Chrome CV of the corpus: 0.9 s of 1.7 s). This tokenizer gives the
same (operands, operator) pairs for what the layout reader needs, with names as `str`
(`/F1`), numbers as `int`/`float`, strings as `bytes`, arrays as lists and dictionaries as dicts;
an inline image is one `INLINE IMAGE` operator. Malformed input is skipped, never raised: what a
damaged stream held before and after the damage is still read.
"""

from __future__ import annotations

import re
from typing import Any

_TOKEN = re.compile(
    rb"""
    (?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)*
    (?:(?P<num>[+-]?(?:\d++(?:\.\d*+)?|\.\d++))(?![^\x00\t\n\x0c\r /\[\]()<>{}%])
  | (?P<str>\((?:[^()\\]++|\\[\s\S])*+\))
  | (?P<name>/[^\x00\t\n\x0c\r /\[\]()<>{}%]*)
  | (?P<dopen><<) | (?P<dclose>>>)
  | (?P<hex><[0-9A-Fa-f\x00\t\n\x0c\r ]*>)
  | (?P<aopen>\[) | (?P<aclose>\])
  | (?P<word>[^\x00\t\n\x0c\r /\[\]()<>{}%]+)
  | (?P<junk>[\s\S]))
    """,
    re.VERBOSE,
)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|\r\n|[\s\S])")
_IMAGE_END = re.compile(rb"[\x00\t\n\x0c\r ]EI(?=[\x00\t\n\x0c\r /\[<(%]|$)")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_KEYWORDS: dict[bytes, Any] = {b"true": True, b"false": False, b"null": None}
MAX_DEPTH = 32
MAX_NUMBER = 64
"""Characters in a number operand; possessive quantifiers keep a long digit run linear. A longer
one than any real PDF writes reads as 0 (int() refuses over 4,300 digits)."""


def _unescape(match: re.Match[bytes]) -> bytes:
    code = match.group(1)
    if 0x30 <= code[0] <= 0x37:  # octal; `\8` and `\9` are the digit itself
        return bytes([int(code, 8) & 0xFF])
    if code in (b"\n", b"\r", b"\r\n"):
        return b""  # a backslash at a line end continues the string
    return _ESCAPES.get(code, code)


def _literal(body: bytes) -> bytes:
    return _ESCAPE.sub(_unescape, body) if b"\\" in body else body


def _balanced_string(data: bytes, start: int) -> tuple[bytes, int]:
    """A literal string with nested parentheses `(a (b) c)`: scanned by hand. Returns its bytes
    and the position after it (the end of the data if it never closes)."""
    depth, i, n = 0, start, len(data)
    while i < n:
        c = data[i]
        if c == 0x5C:  # backslash
            i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return _literal(data[start + 1 : i]), i + 1
        i += 1
    return _literal(data[start + 1 :]), n


def _hex(token: bytes) -> bytes:
    if len(token) % 2 == 0 and token.isalnum():  # `02E4`, most of them: hex digits only
        return bytes.fromhex(token.decode("ascii"))
    digits = re.sub(rb"[^0-9A-Fa-f]", b"", token)
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode())


def _dict(items: list[Any]) -> dict[str, Any]:
    return {k: v for k, v in zip(items[::2], items[1::2], strict=False) if isinstance(k, str)}


_NUM, _STR, _NAME, _DOPEN, _DCLOSE, _HEX, _AOPEN, _ACLOSE, _WORD = (
    _TOKEN.groupindex[g] for g in ("num", "str", "name", "dopen", "dclose", "hex", "aopen", "aclose", "word")
)


def operations(data: bytes) -> list[tuple[list[Any], bytes]]:
    """The (operands, operator) pairs of a decoded content stream. Dispatched on the token's group
    number, numbers read inline: this loop runs for every token of every page."""
    ops: list[tuple[list[Any], bytes]] = []
    operands: list[Any] = []
    stack: list[tuple[list[Any], bool]] = []  # open arrays/dicts: (items so far, is a dict)
    target = operands
    pos, n = 0, len(data)
    while pos < n:
        restart = -1
        for m in _TOKEN.finditer(data, pos):
            kind = m.lastindex
            if kind == _NUM:
                token = m.group(kind)
                if len(token) > MAX_NUMBER:
                    target.append(0)
                else:
                    target.append(float(token) if b"." in token else int(token))
            elif kind == _WORD:
                token = m.group(kind)
                if token in _KEYWORDS:
                    target.append(_KEYWORDS[token])
                    continue
                while stack:  # an operator inside an unclosed array or dict: it ends here
                    items = target
                    target, is_dict = stack.pop()
                    target.append(_dict(items) if is_dict else items)
                if token == b"BI":
                    ops.append(([], b"INLINE IMAGE"))
                    operands = target = []
                    restart = _skip_inline_image(data, m.end())
                    break
                ops.append((operands, token))
                operands = target = []
            elif kind == _NAME:
                token = m.group(kind)
                if b"#" in token:
                    token = _NAME_ESCAPE.sub(lambda e: bytes([int(e.group(1), 16)]), token)
                target.append(token.decode("utf-8", "replace"))
            elif kind == _STR:
                target.append(_literal(m.group(kind)[1:-1]))
            elif kind == _HEX:
                target.append(_hex(m.group(kind)[1:-1]))
            elif kind in (_AOPEN, _DOPEN):
                if len(stack) < MAX_DEPTH:
                    stack.append((target, kind == _DOPEN))
                    target = []
            elif kind in (_ACLOSE, _DCLOSE):
                if stack:
                    items = target
                    target, is_dict = stack.pop()
                    target.append(_dict(items) if is_dict else items)
            elif m.group(kind or 0) == b"(":  # a string with nested parentheses
                text, restart = _balanced_string(data, m.start(kind or 0))
                target.append(text)
                break
        if restart < 0:
            break
        pos = restart
    return ops


def _skip_inline_image(data: bytes, pos: int) -> int:
    """Past an inline image (`BI <dict> ID <bytes> EI`): its data may hold any byte."""
    start = data.find(b"ID", pos)
    if start < 0:
        return len(data)
    end = _IMAGE_END.search(data, start + 3)
    return end.end() if end is not None else len(data)
