"""Which titles lead people, and which roles only a leader holds.

A job's title is part of what the job says: a "Head Brewer" or a "Plumbing Foreman" leads the people
of the job, so "led the brewers setting the schedule" restates the job, while a "Territory Manager"
or a "Sales Representative II" leads nobody. A generic role ("team lead", "people manager") names no
title of its own: it is true of whoever the job shows leading people.
"""

from __future__ import annotations

import re
from functools import cache

from resume_api.tailoring.lexicon import lexicon
from resume_api.tailoring.wording import phrase

_ASSISTED = re.compile(r"(?<!\S)(?:to|for)(?!\S)")
"""Where a title names someone else's ("Assistant to the Head Brewer", "PA for the Director")."""


@cache
def _classes() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    data = lexicon().raw["leading_titles"]
    roles = sorted((phrase(r) for r in data["generic_roles"]), key=len, reverse=True)
    return (
        frozenset(phrase(w) for w in data["heads"]),
        frozenset(phrase(w) for w in data["unled_managers"]),
        re.compile(rf"(?:{'|'.join(re.escape(r) for r in roles)})"),
    )


@cache
def leads_by_title(position: str | None) -> bool:
    """Whether a job title leads people: one of its words is a leading head ("Head of Science", "Lead
    Technician", "Crane Operations Supervisor"), a manager of no account, product or content ("Content
    Marketing Manager" leads nobody it names), and no idiom that only looks like one ("Lead Generation
    Specialist"); the title of the person assisted is not the person's ("Assistant to the Head Brewer")."""
    if not position:
        return False
    heads, unled, _ = _classes()
    said = _ASSISTED.split(phrase(position), maxsplit=1)[0]  # "Assistant to the Head Brewer": not theirs
    for idiom in lexicon().leadership_exclusions:
        said = re.sub(rf"(?<!\S){re.escape(idiom)}(?!\S)", " ", said)
    words = said.split()
    return any(
        word in heads and not (word == "manager" and unled.intersection(words[:k]))
        for k, word in enumerate(words)
    )


def generic_role(title: str) -> bool:
    """A role any leader of people holds, whatever the title ("team lead", "people manager")."""
    return _classes()[2].fullmatch(phrase(title)) is not None


def titled_role(title: str) -> bool:
    """A generic role that is also a title ("team lead", "crew leader"): held only under a title that leads;
    "people manager" says what the person did and needs no such title."""
    return generic_role(title) and phrase(title).split()[-1] in ("lead", "leader")
