"""A skill or a tool named where a sentence says how the work was done: "using laser scanning",
"leveraged redcap to ...", "skilled in gis mapping", "through risk-based monitoring".

A model adds the tools and practices a job asks for in lower case and in common words, so neither the
name rule (capitals) nor the vocabulary of known tools sees them, and one new word is within what
rewording allows ("scanning" is a verb form, "laser" the only new noun). In the place a sentence
names its means or a person's skills, though, every word is the name of a tool or a practice: there a
single word with no root in the resume is a skill the resume does not show. Gerunds count there
("voice picking", "menu costing"): in that place they name a practice, not an action.
"""

from __future__ import annotations

import re
from functools import cache

from resume_api.ats.vocabulary import CASE_SENSITIVE, VOCABULARY
from resume_api.tailoring.novelty import Vocabulary, is_content
from resume_api.tailoring.wording import STOP, tokens

_SLOT = re.compile(
    r"\b(?:using|utili[sz](?:ed|ing)|leverag(?:ed|ing)|employing|appl(?:ied|ying)|through|via"
    r"|used(?=\s+[^,.;:()]{1,40}?\s+to\s)"
    r"|(?:skilled|proficient|proficiency|expertise|experienced|versed|trained|certified)\s+(?:in|with|on)"
    r"|experience\s+(?:in|with))\s+(?=([^,.;:()]+))",
    re.IGNORECASE,
)
"""Where a sentence names its means or a person's skills ("used procore to track ..." too), and the words
after it up to punctuation."""
_ENDS = frozenset(
    {
        "to",
        "for",
        "while",
        "on",
        "in",
        "at",
        "by",
        "from",
        "across",
        "during",
        "so",
        "when",
        "after",
        "before",
    }
    | {"into", "within", "over", "under", "throughout", "among", "which", "that", "who", "as", "per"}
)
"""Words that end the tool's name: the work it was used for, where, when."""
_DETERMINERS = frozenset({"the", "a", "an", "our", "their", "its", "his", "her", "my", "each", "every"})
_AMOUNTS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
    | {"dozen", "dozens", "hundreds", "thousands", "several", "many", "more", "over", "nearly", "about"}
    | {"all", "both", "no", "zero", "fewer", "less", "some", "other", "another", "same"}
)
"""Words that open an amount or a reference, not a tool's name ("with seven years of ...")."""


_IN = re.compile(r"\bin\s+([a-z][a-z0-9+#.-]*[a-z0-9+#])(?=\s*(?:$|[,.;:()]|\s(?:and|to|for|at|on)\b))")
"""A lower-case word after "in" that ends its phrase ("deployed the services in kubernetes"): a tool
only where the word is a known tool's name; "in detail", "in person", "in house" stay words."""
_TOOL_KINDS = ("tool", "language", "cloud", "data", "database", "devops", "framework")
_ORDINARY = frozenset(
    [
        "amplitude",
        "analytics",
        "babel",
        "bedrock",
        "bootstrap",
        "containerization",
        "containers",
        "electron",
        "experimentation",
        "flask",
        "observability",
        "outlook",
        "react",
        "rest",
        "restful",
        "serverless",
        "slack",
        "spark",
        "statistics",
        "stripe",
        "yarn",
        "elk",
        "iam",
        "rag",
        "sns",
        "git",
        "llm",
        "llms",
        "nlp",
        "sre",
        "etl",
        "elt",
        "iac",
    ]
)
"""Known tools' names that are also ordinary words, or practices more than tools."""


@cache
def _known_tools() -> frozenset[str]:
    return frozenset(
        s.lower()
        for kind in _TOOL_KINDS
        for spellings in VOCABULARY[kind]
        for s in spellings
        if " " not in s and s not in CASE_SENSITIVE and len(s) >= 3 and s.lower() not in _ORDINARY
    )


def _named(text: str) -> list[str]:
    """The words of the tool's name: up to the first word that says what it was used for."""
    out: list[str] = []
    for word in tokens(text):
        if word in _ENDS:
            break
        out.append(word)
    return out


def unnamed(sentence: str, vocabulary: Vocabulary) -> list[str]:
    """Words naming a means or a skill that have no root in the resume: a tool or a practice it never
    names ("laser" in "using laser scanning", "redcap" in "leveraged redcap to ...")."""
    out: list[str] = []
    for match in _SLOT.finditer(sentence):
        named = _named(match.group(1))
        if named and (named[0] in _DETERMINERS or not named[0].isalpha() or named[0] in _AMOUNTS):
            continue  # "using the new checklist", "with 5 years of ...": a thing or an amount, not a name
        for index, word in enumerate(named):
            gerund = index > 0 and word.endswith("ing") and len(word) > 5
            if word in STOP or not (is_content(word) or gerund) or vocabulary.rooted(word):
                continue
            out.append(word)
    for match in _IN.finditer(sentence):
        word = match.group(1)
        if word in _known_tools() and not vocabulary.rooted(word) and word not in out:
            out.append(word)  # "in kubernetes": a known tool the resume never names
    return out
