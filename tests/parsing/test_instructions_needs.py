"""The instruction detector compiles a rule only for a text that holds the rule's needs: proof that
this changes no finding.

A need is a group of words, one of which every text the rule's pattern matches must hold (in
`instructions._folded` form). Three checks: each need follows from its pattern (read from the
pattern's own parse, not trusted); case-insensitive matching cannot slip past the folding (every
code point); and the detector finds what compiling and running every rule on every sentence
found, on texts drawn from the rules' vocabulary and from ordinary resume sentences.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from resume_api import instructions
from resume_api.instructions import _NEEDS, _RULES, _SENTENCE, _folded, find_instructions, second_reading
from tests.tailoring.claims_eval import INSTRUCTIONS, ORDINARY

CAP = 4096
"""The most strings an exact set may hold before the analysis gives up on it (and proves less)."""

Items = Any
"""A parsed pattern: a sequence of (opcode, argument) pairs, as re._parser gives them."""


def _exact_one(op: Any, av: Any) -> frozenset[str] | None:
    """Every string (folded) one item can match, when they are few; None when not."""
    if op is sre.LITERAL:
        return frozenset({_folded(chr(av))})
    if op is sre.AT:
        return frozenset({""})
    if op is sre.SUBPATTERN:
        return _exact(av[3])
    if op is sre.BRANCH:
        alternatives = [_exact(alternative) for alternative in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*alternatives)  # type: ignore[arg-type]
    if op is sre.IN:
        if all(member_op is sre.LITERAL for member_op, _ in av):
            return frozenset(_folded(chr(value)) for _, value in av)
        return None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, item = av
        inner = _exact(item)
        if inner is None or high > 3:
            return None
        out: set[str] = set()
        for count in range(low, high + 1):
            strings = {""}
            for _ in range(count):
                strings = {a + b for a in strings for b in inner}
            out |= strings
        return frozenset(out) if len(out) <= CAP else None
    return None


def _exact(items: Items) -> frozenset[str] | None:
    strings = {""}
    for op, av in items:
        one = _exact_one(op, av)
        if one is None:
            return None
        strings = {a + b for a in strings for b in one}
        if len(strings) > CAP:
            return None
    return frozenset(strings)


def _all_hold(strings: frozenset[str] | set[str], group: tuple[str, ...]) -> bool:
    return all(any(word in s for word in group) for s in strings)


def _implies(items: Items, group: tuple[str, ...]) -> bool:
    """Whether every text `items` matches holds a word of `group`: an item does, or a run of items
    with few exact strings does, each of its strings holding a word (so a word may span items)."""
    for op, av in items:
        if op is sre.SUBPATTERN and _implies(av[3], group):
            return True
        if op is sre.BRANCH and all(_implies(alternative, group) for alternative in av[1]):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and _implies(av[2], group):
            return True
    exact = [_exact_one(op, av) for op, av in items]
    for start in range(len(exact)):
        strings = {""}
        for one in exact[start:]:
            if one is None:
                break
            strings = {a + b for a in strings for b in one}
            if len(strings) > CAP:
                break
            if _all_hold(strings, group):
                return True
    return False


def test_each_need_follows_from_its_rule_s_pattern() -> None:
    for index, (kind, _, pattern) in enumerate(_RULES):
        parsed = sre_parse.parse(pattern, re.IGNORECASE | re.UNICODE)
        for group in _NEEDS[index]:
            assert all(word and word == _folded(word) for word in group), (index, group)
            assert _implies(parsed, group), f"rule {index} ({kind}) can match without any of {group}"


def test_the_analysis_refuses_a_need_a_pattern_can_match_without() -> None:
    """The proof above can fail: words a pattern does not need are refused."""
    refused: list[tuple[str, tuple[str, ...]]] = [
        (r"\bignore\s+(?:all\s+)?rules", ("all",)),
        (r"(?:ignore|skip)\s+rules", ("ignore",)),
        (r"add\s+.{0,9}skills?", ("add skills",)),
        (r"you(?:\s+are)?", ("are",)),
        (r"gpt-?\d", ("gpt-",)),
    ]
    for pattern, group in refused:
        assert not _implies(sre_parse.parse(pattern, re.IGNORECASE), group), (pattern, group)
    proved: list[tuple[str, tuple[str, ...]]] = [
        (r"\bignore\s+(?:all\s+)?rules", ("rule",)),
        (r"(?:ignore|skip)\s+rules", ("ignore", "skip")),
        (r"instructions?\s*:", ("instruction",)),
        (r"[\[<(]?system", ("system",)),
    ]
    for pattern, group in proved:
        assert _implies(sre_parse.parse(pattern, re.IGNORECASE), group), (pattern, group)


def test_every_letter_a_case_insensitive_pattern_takes_for_a_need_s_letter_folds_to_it() -> None:
    """İ, ı, ſ, the Kelvin sign... in a text: each that a rule's letter matches folds to that letter."""
    letters = sorted({ch for needs in _NEEDS for group in needs for word in group for ch in word})
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    candidates = set(re.findall("[" + "".join(re.escape(ch) for ch in letters) + "]", every, re.IGNORECASE))
    assert {"İ", "ı", "ſ", "\u212a"} <= candidates
    for text_char in candidates:
        for letter in letters:
            if re.fullmatch(re.escape(letter), text_char, re.IGNORECASE | re.UNICODE):
                assert _folded(text_char) == letter, (hex(ord(text_char)), letter)


@cache
def _every_rule() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(pattern, re.IGNORECASE | re.UNICODE)) for kind, _, pattern in _RULES)


def _reference(text: str) -> list[tuple[str, int, int, str]]:
    """The detector as it was: every rule compiled, every rule run on every sentence (then the second
    reading, for a sentence no rule matched as written)."""
    found = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group(0)
        kind = next((kind for kind, rule in _every_rule() if rule.search(sentence)), None)
        kind = kind or second_reading(sentence)
        if kind:
            start = match.start() + (len(sentence) - len(sentence.lstrip()))
            found.append((kind, start, match.end(), sentence.strip()))
    return found


def _found(text: str) -> list[tuple[str, int, int, str]]:
    return [(i.kind, i.start, i.end, i.text) for i in find_instructions(text)]


VOCABULARY = sorted(
    {w for _, _, pattern in _RULES for w in re.findall(r"[^\W\d_]+", pattern) if len(w) > 1}
    | {w for needs in _NEEDS for group in needs for w in group}
    | {w for sentence in INSTRUCTIONS + ORDINARY for w in sentence.split()}
)
ODD = [
    "İ",
    "ı",
    "ſ",
    "\u212a",
    "ß",
    "ẞ",
    "\u00a0",
    "\t",
    "'",
    "’",
    "“",
    '"',
    "<|",
    "|>",
    "[",
    "]",
    "###",
    "10/10",
]
SEPARATORS = st.sampled_from([" ", " ", " ", ", ", ": ", ". ", "\n", "! ", "; ", "。", " - "])
WORDS = st.sampled_from(VOCABULARY + ODD)


def _cased(word: str, draw: st.DrawFn) -> str:
    style = draw(st.sampled_from(["as is", "upper", "title", "odd"]))
    if style == "upper":
        return word.upper()
    if style == "title":
        return word.title()
    if style == "odd":  # every other i, I, s or k as a look-alike a case-insensitive pattern takes
        swap, odd = {"i": "İ", "I": "ı", "s": "ſ", "k": "\u212a"}, draw(st.integers(0, 1))
        return "".join(swap.get(ch, ch) if n % 2 == odd else ch for n, ch in enumerate(word))
    return word


@st.composite
def _texts(draw: st.DrawFn) -> str:
    """Sentences from the rules' own words, the detector's examples (each word cased some way, some
    words swapped) and ordinary resume sentences, joined by what ends or separates sentences."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        source = draw(st.sampled_from(["vocabulary", "instruction", "ordinary"]))
        if source == "vocabulary":
            words = draw(st.lists(WORDS, min_size=1, max_size=10))
        else:
            words = draw(st.sampled_from(INSTRUCTIONS if source == "instruction" else ORDINARY)).split()
            swapped = draw(st.booleans())
            if words and swapped:
                words[draw(st.integers(0, len(words) - 1))] = draw(WORDS)
        parts.append(" ".join(_cased(w, draw) for w in words))
        parts.append(draw(SEPARATORS))
    return "".join(parts)


@settings(max_examples=200, deadline=None)
@given(_texts())
def test_the_detector_finds_what_every_rule_on_every_sentence_found(text: str) -> None:
    assert _found(text) == _reference(text)


def test_the_examples_and_ordinary_sentences_are_found_as_before() -> None:
    together = " ".join(INSTRUCTIONS + ORDINARY)
    assert _found(together) == _reference(together)
    for sentence in INSTRUCTIONS + ORDINARY:
        assert _found(sentence) == _reference(sentence), sentence
        assert _found(sentence.upper()) == _reference(sentence.upper()), sentence


def test_an_ordinary_resume_compiles_few_rules() -> None:
    """The point of the needs: ordinary resume sentences compile a few rules, not all of them."""
    saved = list(instructions._PATTERNS)
    instructions._PATTERNS[:] = [None] * len(_RULES)
    try:
        instructions._found.cache_clear()
        for sentence in ORDINARY:
            find_instructions(sentence)
        compiled = [i for i, p in enumerate(instructions._PATTERNS) if p is not None]
    finally:
        instructions._PATTERNS[:] = saved
        instructions._found.cache_clear()
    assert len(compiled) <= len(_RULES) // 4, compiled


@settings(max_examples=200, deadline=None)
@given(st.lists(_texts(), min_size=1, max_size=6))
def test_lines_checked_among_the_whole_s_rules_find_what_they_found_alone(lines: list[str]) -> None:
    """The upload's warnings check each line against `rules_in` of the whole document only: the same
    finding for every line, whatever the lines hold (instructions, ordinary sentences, odd letters)."""
    whole = "\n".join(lines)
    among = instructions.rules_in(whole)
    for line in lines:
        assert set(instructions.rules_in(line)) <= set(among)
        assert find_instructions(line, among) == find_instructions(line)
