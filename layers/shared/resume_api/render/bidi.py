"""Right-to-left text in visual order: the Unicode Bidirectional Algorithm (UAX #9) for one line.

PDF has no notion of text direction: the writer must place Arabic and Hebrew right to left, with
numbers and Latin words inside them left to right. `layout.clean` removes every explicit
embedding, override and isolate control from user text, so the implicit part of the algorithm is
the whole of it here: paragraph level (P2-P3), weak types (W1-W7), neutrals (N1-N2), implicit
levels (I1-I2), trailing whitespace (L1) and reordering (L2). Mirrored brackets (L4) are left to
HarfBuzz for shaped text and to `mirror` for the rest.
"""

from __future__ import annotations

import unicodedata

_STRONG_RTL = {"R", "AL"}
_NEUTRAL = {"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"}
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def has_rtl(text: str) -> bool:
    """Any right-to-left letter (a quick test before running the algorithm)."""
    return any(unicodedata.bidirectional(c) in _STRONG_RTL for c in text)


def base_level(text: str) -> int:
    """P2-P3: 1 when the first strong character is right-to-left, else 0."""
    for c in text:
        t = unicodedata.bidirectional(c)
        if t == "L":
            return 0
        if t in _STRONG_RTL:
            return 1
    return 0


def levels(text: str, base: int) -> list[int]:
    """The resolved embedding level of every character of one line."""
    types = [unicodedata.bidirectional(c) or "L" for c in text]
    n = len(types)
    sos = "R" if base % 2 else "L"
    # W1: a mark takes the type of the character before it
    for i in range(n):
        if types[i] == "NSM":
            types[i] = types[i - 1] if i and types[i - 1] not in _NEUTRAL else (sos if i == 0 else "ON")
    # W2: European numbers after Arabic letters are Arabic numbers; W3: AL -> R
    last = sos
    for i in range(n):
        t = types[i]
        if t in ("L", "R", "AL"):
            last = t
        elif t == "EN" and last == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: one separator between two numbers of the same kind joins them
    for i in range(1, n - 1):
        t, a, b = types[i], types[i - 1], types[i + 1]
        if t == "ES" and a == b == "EN":
            types[i] = "EN"
        elif t == "CS" and a == b and a in ("EN", "AN"):
            types[i] = a
    # W5: terminators (%, $, °) next to European numbers are European numbers
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                for k in range(i, j):
                    types[k] = "EN"
            i = j
        else:
            i += 1
    # W6: remaining separators and terminators are neutral
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]
    # W7: European numbers after left-to-right text are left-to-right
    last = sos
    for i in range(n):
        t = types[i]
        if t in ("L", "R"):
            last = t
        elif t == "EN" and last == "L":
            types[i] = "L"
    # N1-N2: a run of neutrals between two strong types of one direction takes it; else the base
    i = 0
    while i < n:
        if types[i] in _NEUTRAL:
            j = i
            while j < n and types[j] in _NEUTRAL:
                j += 1
            before = sos if i == 0 else ("R" if types[i - 1] in ("R", "EN", "AN") else "L")
            after = sos if j == n else ("R" if types[j] in ("R", "EN", "AN") else "L")
            fill = before if before == after else sos
            for k in range(i, j):
                types[k] = fill
            i = j
        else:
            i += 1
    # I1-I2
    out = []
    for t in types:
        if base % 2 == 0:
            out.append(base + (1 if t == "R" else 2 if t in ("AN", "EN") else 0))
        else:
            out.append(base + (1 if t in ("L", "EN", "AN") else 0))
    # L1: trailing whitespace goes back to the paragraph level
    k = n - 1
    while k >= 0 and unicodedata.bidirectional(text[k]) in ("WS", "S", "B"):
        out[k] = base
        k -= 1
    return out


def visual_order(lv: list[int]) -> list[int]:
    """L2: logical indices in visual (left-to-right) order."""
    order = list(range(len(lv)))
    if not lv:
        return order
    top = max(lv)
    lowest_odd = min((x for x in lv if x % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if lv[order[i]] >= level:
                j = i
                while j < len(order) and lv[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def mirror(text: str) -> str:
    """Brackets and guillemets as they read in right-to-left text (L4, for unshaped text)."""
    return text.translate(_MIRROR)
