"""Where a spoken language's name is in a text: the closed set of names (CLDR, `spoken_names.json`,
built by `infra/vocab/spoken_names.py`), found word by word. Apart from `spoken` so that what reads
sections (`section_types`) can ask it without importing what reads headings back."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path


@functools.cache
def _names() -> dict[str, str]:
    path = Path(__file__).with_name("spoken_names.json")
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@functools.cache
def _longest() -> tuple[int, int]:
    """The most words and the most characters a name has."""
    return max(len(n.split()) for n in _names()), max(len(n) for n in _names())


def find(text: str) -> tuple[int, int] | None:
    """Where the longest spoken-language name in `text` is: whole words (`Spanish`, `British
    English`), or inside a run of CJK script, which has no spaces (`英语六级`). A lookup per word
    run, not one pattern of 1,900 alternatives: a skills section asks it of every line."""
    names = _names()
    most_words, most_chars = _longest()
    words = list(_WORD.finditer(text))
    best: tuple[int, int] | None = None
    for i, first in enumerate(words):
        for n in range(min(most_words, len(words) - i), 0, -1):
            start, end = first.start(), words[i + n - 1].end()
            if n > 1 and text[start:end].count(" ") + text[start:end].count("-") < n - 1:
                continue
            if " ".join(text[start:end].split()).casefold() in names:
                if best is None or end - start > best[1] - best[0]:
                    best = (start, end)
                break
        word = first.group(0)
        if _CJK.search(word) and len(word) > 1:
            for j in range(len(word)):
                for k in range(min(len(word), j + most_chars), j + 1, -1):
                    if word[j:k].casefold() in names and (best is None or k - j > best[1] - best[0]):
                        best = (first.start() + j, first.start() + k)
    return best
