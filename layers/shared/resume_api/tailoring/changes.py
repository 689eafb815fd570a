"""What a tailoring change did, in words: reordered, reworded, removed, restored.

A change report that calls a reorder "reworded" tells the reader to look for new wording that is
not there. The reason is worked out from the items themselves (bullets, sentences, skills):
the source's, the final ones, and, where known, what the model proposed, so a source item the
guard put back after the model dropped or broke it reads as restored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from resume_api.ats.normalize import compact, pattern
from resume_api.ats.vocabulary import VOCABULARY

_WORD = re.compile(r"[^\W_]{3,}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SAME_WORDS = 0.3


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _one_term(a: str, b: str) -> bool:
    """Two spellings of one skill: the same tokens, or synonyms in the vocabulary ("Postgres", "PostgreSQL")."""
    if compact(a) == compact(b):
        return True
    for group in VOCABULARY.values():
        for names in group:
            if any(pattern(v).fullmatch(a.strip()) for v in names) and any(
                pattern(v).fullmatch(b.strip()) for v in names
            ):
                return True
    return False


def _related(a: str, b: str) -> bool:
    """Whether `b` carries `a` in other words (a shared share of its words, or the same skill)."""
    words = _words(a)
    if words and len(words & _words(b)) / len(words) >= _SAME_WORDS:
        return True
    return _one_term(a, b)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def describe(
    before: Sequence[str], after: Sequence[str], proposed: Sequence[str] | None = None, noun: str = "item"
) -> str:
    """The reason for a change from `before` to `after` (`proposed`: what the model offered, if known)."""
    kept_before = [b for b in before if b in after]
    kept_after = [a for a in dict.fromkeys(after) if a in before]
    new = [a for a in after if a not in before]
    gone = [b for b in before if b not in after]
    restored = [a for a in kept_after if proposed is not None and a not in proposed]
    parts = []
    if kept_before != kept_after or (not new and not gone and list(before) != list(after)):
        parts.append("reordered for the job")
    if new:
        parts.append(f"{_count(len(new), noun)} reworded for the job")
    removed = [b for b in gone if not any(_related(b, a) for a in new)]
    if removed:
        parts.append(f"{_count(len(removed), noun)} removed")
    if restored:
        parts.append(
            f"{_count(len(restored), noun)} restored from the source (the model dropped or changed it)"
        )
    return "; ".join(parts) or "unchanged"


def describe_text(before: str | None, after: str | None) -> str:
    """The reason for a changed piece of prose, sentence by sentence."""
    return describe(_sentences(before), _sentences(after), noun="sentence")


def describe_skills(before: Sequence[dict], after: Sequence[dict], proposed: Sequence[dict] | None) -> str:
    """The reason for changed skill groups: keywords reordered, regrouped, respelled, restored."""

    def keywords(groups: Sequence[dict]) -> list[str]:
        return [k for g in groups for k in g.get("keywords") or []]

    reason = describe(
        keywords(before), keywords(after), keywords(proposed) if proposed is not None else None, "skill"
    )
    grouping = [(g.get("name"), sorted(g.get("keywords") or [])) for g in before]
    regrouped = sorted(grouping, key=str) != sorted(
        ((g.get("name"), sorted(g.get("keywords") or [])) for g in after), key=str
    )
    moved_groups = [g.get("name") for g in before] != [g.get("name") for g in after]
    extra = []
    if moved_groups and "reordered" not in reason:
        extra.append("groups reordered for the job")
    if regrouped and set(keywords(before)) == set(keywords(after)):
        extra.append("regrouped")
    if reason == "unchanged":
        return "; ".join(extra) or reason
    return "; ".join([reason, *extra])


def _sentences(text: str | None) -> list[str]:
    return [s for s in _SENTENCE_END.split((text or "").strip()) if s]
