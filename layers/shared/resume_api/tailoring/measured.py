"""What a percent change measures: the metric a rewrite names with the source's figure must be the one
the source sentence stating that figure names.

A model keeps the number and swaps what it measures: "Cut no-show rates by 18%" becomes "cut catering
costs by 18%". The number is the source's and one new word is within what rewording allows, so
neither the number rule nor the new-content rule stops it. Here the metric is read from the change's
own structure ("cut X by N%", "an N% reduction in X", "X cut by N%"), and one of its words at least
must have a root in a source sentence that states N% (a metric reworded keeps one: "invoice cycle time"
for "invoice processing time"; a metric swapped keeps none).
"""

from __future__ import annotations

import re

from resume_api.tailoring.novelty import Vocabulary
from resume_api.tailoring.wording import STOP, tokens

_CHANGE = (
    r"(?:cut|cutting|reduc\w*|rais\w*|increas\w*|grew|grow\w*|lower\w*|boost\w*|improv\w*|decreas\w*"
    r"|lift\w*|dropp\w*|slash\w*|trimm\w*|shorten\w*|doubl\w*|halv\w*|expand\w*|accelerat\w*)"
)
_NOUN = (
    r"(?:reduction|increase|decrease|drop|cut|rise|improvement|gain|decline|growth|jump|lift|boost|uplift)"
)
_FIGURE = r"(?:nearly |almost |about |around |roughly |over |more than |some )?(\d[\d.,]*)\s*(?:%|percent\b)"
_END = r"(?=\s+(?:by|through|with|via|after|for|across|at|from|on|while|using|in\s+\d)\b|\s*[,.;:()]|\s*$)"
_PATTERNS = (
    re.compile(rf"\b{_CHANGE}\s+((?:[\w'’/-]+\s+){{1,5}}?)by\s+{_FIGURE}", re.IGNORECASE),
    re.compile(
        rf"\b{_FIGURE}\s+(?:[\w-]+\s+)?{_NOUN}\s+(?:in|of|to)\s+((?:the\s+)?(?:[\w'’/-]+\s*?){{1,5}}?){_END}",
        re.IGNORECASE,
    ),
    re.compile(rf"^((?:[\w'’/-]+\s+){{1,5}}?){_CHANGE}\s+by\s+{_FIGURE}", re.IGNORECASE),
)


_MEANS = re.compile(r"^[^,.;:()]{0,40}?\b(?:by|through|with|via|using)\s+([^,.;:()]{3,80})", re.IGNORECASE)
_LEADING_MEANS = re.compile(r"^\s*(?:by|through|via|using)\s+([^,;:()]{3,80}),", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return [w for w in tokens(text) if w.isalpha() and len(w) > 2 and w not in STOP]


def metrics(sentence: str) -> list[tuple[float, list[str]]]:
    """(the percent, the words of what it measures) for each percent change in `sentence`; then (the
    percent, the words of its means) where the change says how ("by sending reminders", "through text
    reminders", a leading "By sending reminders, ...")."""
    out: list[tuple[float, list[str]]] = []
    for index, pattern in enumerate(_PATTERNS):
        for match in pattern.finditer(sentence):
            figure, metric = (
                (match.group(1), match.group(2)) if index == 1 else (match.group(2), match.group(1))
            )
            try:
                value = float(figure.replace(",", ""))
            except ValueError:
                continue
            if _words(metric):
                out.append((value, _words(metric)))
            means = _MEANS.match(sentence[match.end() :]) or _LEADING_MEANS.match(sentence)
            if means and _words(means.group(1)):
                out.append((value, _words(means.group(1))))
    return out


def unmeasured(sentence: str, units: list[tuple[frozenset[str], set[float]]]) -> list[str]:
    """Metrics (or means) no source sentence stating the same percent has a root for. `units`: each
    source sentence's content stems and its stated percents."""
    bad: list[str] = []
    for value, words in metrics(sentence):
        stating = [stems for stems, percents in units if value in percents]
        if not stating:
            continue  # a derived or bounded figure: the number rules judge it
        if not any(any(Vocabulary(s, s, frozenset()).rooted(w) for w in words) for s in stating):
            bad.append(" ".join(words))
    return bad
