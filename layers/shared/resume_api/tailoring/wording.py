"""Text as the claim model compares it: tokens, light stems, phrases and sentences.

Support is judged on meaning-preserving normal forms, never on raw substrings: case, accents'
compatibility forms, hyphenation ("company-wide" is "company wide"), possessives and inflections
("engineers", "engineering" and "engineer" share a stem) do not change what a sentence asserts.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

_SPLITTERS = re.compile(r"[\-\u2010-\u2015/_|\u00b7•]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_TOKEN = re.compile(r"[^\W_]+(?:[.'&+#][^\W_]+)*[+#]*|[%$€£+]")
_ABBREVIATIONS = frozenset(
    [
        "inc",
        "corp",
        "ltd",
        "co",
        "sr",
        "jr",
        "dr",
        "mr",
        "ms",
        "mrs",
        "st",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "no",
        "approx",
        "dept",
        "natl",
        "intl",
        "govt",
        "assn",
        "mgmt",
        "asst",
        "assoc",
        "mgr",
        "dir",
        "coord",
        "supv",
        "supt",
        "ct",
        "bd",
        "univ",
        "est",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "ph.d",
        "b.s",
        "m.s",
        "b.a",
        "m.a",
        "b.sc",
        "m.sc",
    ]
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


def fold(text: str) -> str:
    """NFKC, case-folded, typographic quotes and dashes made plain."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return text.casefold()


_FISCAL = re.compile(r"\b(fy)\s?['’]?(\d{2}|\d{4})\b", re.IGNORECASE)
_SHORT_YEAR = re.compile(r"(?<![\w$])['’](\d{2})\b")


_AN_AMOUNT = re.compile(
    r"\b(by|cut|cuts|cutting|saved|saves|saving|shaved|shaving|trimmed)\s+an?\s+"
    r"(minute|hour|day|week|month)\b"
    r"|\ban?\s+(minute|hour|day|week|month)(?=\s+(?:less|faster|sooner|shorter|quicker)\b)",
    re.IGNORECASE,
)
"""A time by which something changed, written with an article ("by an hour", "an hour less"): one of it."""
_AMOUNT_UNITS = ("inute", "our", "ay", "eek", "onth")
_CLOCK = re.compile(r"\b24\s*[/x×]\s*7(?:\s*[/x×]\s*365)?\b|\ba?round[\s\-]+the[\s\-]+clock\b", re.IGNORECASE)


def spelled_out(text: str) -> str:
    """One form for a year: "FY23", "FY2023" and "fiscal '23" name 2023 ("FY 2023"), "Q3 '22" is "Q3 2022";
    and one for cover at all hours: "24/7", "24x7" and "round-the-clock" are "around the clock" (no count
    of 24 or 7, and one wording for the rules that compare words)."""
    text = _FISCAL.sub(
        lambda m: f"{m.group(1)} {'20' + m.group(2) if len(m.group(2)) == 2 else m.group(2)}", text
    )
    if any(unit in text for unit in _AMOUNT_UNITS):  # tokens() is hot: the regex only where a unit is
        text = _AN_AMOUNT.sub(
            lambda m: f"{m.group(1)} 1 {m.group(2)}" if m.group(1) else f"1 {m.group(3)}", text
        )
    return _CLOCK.sub("around the clock", _SHORT_YEAR.sub(r"20\1", text))


def tokens(text: str) -> list[str]:
    """Lower-case word tokens: hyphens and slashes split words, possessives and trailing dots go."""
    text = _THOUSANDS.sub("", fold(spelled_out(text or "")))
    text = _SPLITTERS.sub(" ", text)
    out = []
    for found in _TOKEN.findall(text):
        token = (found[:-2] if found.endswith("'s") else found).rstrip(".'")
        if token:
            out.append(token)
    return out


def phrase(text: str) -> str:
    return " ".join(tokens(text))


_IRREGULAR = {
    past: base
    for base, forms in {
        "see": ("saw", "seen"),
        "catch": ("caught",),
        "teach": ("taught",),
        "write": ("wrote", "written"),
        "rewrite": ("rewrote", "rewritten"),
        "build": ("built",),
        "rebuild": ("rebuilt",),
        "run": ("ran",),
        "bring": ("brought",),
        "buy": ("bought",),
        "sell": ("sold",),
        "hold": ("held",),
        "keep": ("kept",),
        "meet": ("met",),
        "speak": ("spoke", "spoken"),
        "drive": ("drove", "driven"),
        "grow": ("grew", "grown"),
        "win": ("won",),
        "begin": ("began", "begun"),
        "choose": ("chose", "chosen"),
        "give": ("gave", "given"),
        "take": ("took", "taken"),
        "undertake": ("undertook", "undertaken"),
        "tell": ("told",),
        "think": ("thought",),
        "send": ("sent",),
        "spend": ("spent",),
        "feed": ("fed",),
        "leave": ("left",),
        "lose": ("lost",),
        "pay": ("paid",),
        "draw": ("drew", "drawn"),
        "know": ("knew", "known"),
        "oversee": ("oversaw", "overseen"),
        "understand": ("understood",),
    }.items()
    for past in forms
}
"""Irregular verb forms, read as their base: "a clinic that saw 40 runners" restates "seeing 40 runners"."""
_SPELLED = {
    british: american
    for american, forms in {
        "center": ("centre", "centres"),
        "theater": ("theatre", "theatres"),
        "labor": ("labour",),
        "harbor": ("harbour",),
        "neighborhood": ("neighbourhood", "neighbourhoods"),
        "defense": ("defence",),
        "program": ("programme", "programmes"),
        "organization": ("organisation", "organisations"),
        "st": ("saint",),
    }.items()
    for british in forms
}
"""One word spelled two ways (British and American spellings, "Saint" and "St."): "Harborview Conference
Centre" names "Harborview Conference Center"."""
_IRREGULAR |= _SPELLED


def stem(word: str) -> str:
    """A light suffix stripper: both sides go through it, so consistency matters more than linguistics.
    A plural is stemmed like its singular ("meetings" as "meeting", both "meet"); an irregular past as its
    base ("caught" as "catch")."""
    word = _IRREGULAR.get(word, word)
    once = _stem(word)
    if once != word and word.endswith("s") and once.endswith(("ing", "ed")):
        return _stem(once)
    return once


def _stem(word: str) -> str:
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("ied", "y")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + replacement
    for suffix in ("ingly", "edly", "ing", "ed", "es", "s", "e", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            if suffix == "es" and not word.endswith(("ches", "shes", "xes", "zes", "sses")):
                continue
            base = word[: -len(suffix)]
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            return base.rstrip("e") if len(base) > 3 else base
    return word


def stems(text: str) -> list[str]:
    return [stem(t) for t in tokens(text)]


def contains(haystack: str, needle: str) -> bool:
    """Whether the space-joined token sequence `needle` occurs in `haystack` (both padded or not)."""
    return bool(needle) and f" {needle} " in f" {haystack.strip()} "


STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "to",
        "in",
        "for",
        "on",
        "with",
        "by",
        "at",
        "from",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "our",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "using",
        "used",
        "use",
        "via",
        "into",
        "over",
        "per",
        "across",
        "within",
    ]
)


def content_words(text: str) -> set[str]:
    return {stem(w) for w in tokens(text) if w not in STOP and len(w) > 1}


def similarity(a: str | None, b: str | None) -> float:
    a_n, b_n = phrase(a or ""), phrase(b or "")
    if not a_n or not b_n:
        return 0.0
    return SequenceMatcher(None, a_n, b_n).ratio()


def sentences(text: str) -> list[str]:
    """Sentences, not split after an abbreviation ("B.S.", "Inc.", "e.g.") or an initial."""
    text = (text or "").strip()
    if not text:
        return []
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rstrip(".!?\"')]").split()
        last = fold(before[-1]).rstrip(".") if before else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        out.append(text[start : match.start()].strip())
        start = match.end()
    out.append(text[start:].strip())
    return [s for s in out if s]
