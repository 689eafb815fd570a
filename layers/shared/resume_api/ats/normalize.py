"""Text normalization and keyword patterns shared by extraction and matching."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from resume_api.ats.vocabulary import CASE_SENSITIVE

_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


def clean(text: str) -> str:
    """NFKC, no zero-width or bidi characters, single spaces: what people see, not what hides in it."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _INVISIBLE.sub("", text)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)  # words hyphenated across a line break
    return re.sub(r"[ \t\f\v]+", " ", text)


@cache
def pattern(variant: str) -> re.Pattern[str]:
    """A whole-word pattern for a spelling: spaces and hyphens interchangeable, spaces around a slash
    optional ("CI/CD" is "CI / CD"), other symbols literal."""
    parts = [re.escape(p).replace("/", r"\s*/\s*") for p in re.split(r"[\s\-]+", variant.strip()) if p]
    body = r"[\s\-]*".join(parts)
    flags = 0 if variant in CASE_SENSITIVE else re.IGNORECASE
    if len(variant) <= 2:  # "C", "R", "JS": not inside "C-suite", "R&D" or "JS-heavy"
        return re.compile(rf"(?<![\w+#.\-&])(?:{body})(?![\w+#\-&'’]|\.\w)", flags)
    return re.compile(rf"(?<![\w+#.])(?:{body})(?![\w+#]|\.\w)", flags)


def head(variant: str) -> str:
    """A lower-case fragment `pattern(variant)` cannot match without: the spelling's first word, up to
    a space, hyphen or slash. Scanning hundreds of spellings, testing `head in folded(text)` first
    skips the regular expression (and its compiling) for all but the few the text can hold. Only for
    ASCII words, whose case-insensitive matches `folded` is proven to keep; otherwise '' (always in)."""
    first = (re.split(r"[\s\-/]+", variant.strip().casefold()) or [""])[0]
    return first if first.isascii() else ""


def folded(text: str) -> str:
    """`text` as `head` is looked up in: case folded, and the dotless ı (which a case-insensitive
    pattern takes for i) written as i."""
    return text.casefold().replace("ı", "i")


def normalize(text: str) -> str:
    return " ".join(re.sub(r"[^\w+#./]+", " ", clean(text).casefold()).split())


def compact(text: str) -> str:
    """A spelling's tokens without case, spaces or hyphens: "CI / CD", "ci/cd" and "CI/CD" are one."""
    return re.sub(r"[\s\-]+", "", clean(text).casefold())
