"""The claim model's word classes, loaded once per container from claim_vocabulary.json.

Every list is tokenized the way text is (`wording.tokens`), so a phrase in the data matches the
same phrase however it is cased or hyphenated in a resume.
"""

from __future__ import annotations

import json
from dataclasses import FrozenInstanceError
from functools import cache
from pathlib import Path
from typing import Any

from resume_api.tailoring.wording import phrase, stem

DATA = Path(__file__).with_name("claim_vocabulary.json")


def _phrases(values: Any) -> frozenset[str]:
    return frozenset(p for p in (phrase(v) for v in values) if p)


class Lexicon:
    """The word classes, made once per container by `lexicon()`, never changed.

    A plain class: as a frozen dataclass, its generated 60-argument __init__, __repr__, __eq__ and
    __hash__ were compiled at every cold start of a function that guards a tailored resume (23 M
    instructions) for the one instance a container makes. Same construction (every field by name,
    no other), same read-only attributes."""

    def __init__(self, **fields: Any) -> None:
        names = set(self.__annotations__)
        if set(fields) != names:
            raise TypeError(
                f"Lexicon fields: missing {sorted(names - set(fields))}, unknown {sorted(set(fields) - names)}"
            )
        self.__dict__.update(fields)

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    raw: dict[str, Any]
    units: dict[str, int]
    scales: dict[str, int]
    suffix_scales: dict[str, int]
    multipliers: dict[str, float]
    multiplier_idioms: frozenset[str]
    magnitudes: dict[str, tuple[float, float]]
    decades: dict[str, int]
    months: frozenset[str]
    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    title_abbreviations: dict[str, str]
    title_introducers: tuple[str, ...]
    generic_heads: frozenset[str]
    """Heads a person describes themselves with that name no title ("professional", "leader")."""
    award_triggers: frozenset[str]
    award_verbs: dict[str, frozenset[str]]
    patent: frozenset[str]
    publication: frozenset[str]
    authored_objects: frozenset[str]
    degree_levels: dict[str, str]
    degree_fields: dict[str, str]
    degree_ambiguous: frozenset[str]
    degree_generic: frozenset[str]
    certification_words: frozenset[str]
    certification_names: frozenset[str]
    languages: frozenset[str]
    language_families: dict[str, str]
    multilingual: dict[str, int]
    fluency: frozenset[str]
    fluency_support: frozenset[str]
    proficiency: dict[str, int]
    """A word for how well a language is spoken → its level, 1 (basic) to 5 (native)."""
    leadership_support: frozenset[str]
    leadership_triggers: frozenset[str]
    leadership_exclusions: frozenset[str]
    mentoring: frozenset[str]
    people_nouns: frozenset[str]
    """Stems of words for people a leader leads (team, crew, staff, and every title head)."""
    event_nouns: frozenset[str]
    """Stems of words for events one leads without leading people (sessions, meetings, trainings)."""
    facilitation: frozenset[str]
    hedges: frozenset[str]
    """Words that share the credit ("helped", "assisted", "worked with", "co-sponsored")."""
    origination: frozenset[str]
    """Words that claim to have made a thing first ("created", "founded", "launched", "designed")."""
    making: frozenset[str]
    """Words of making that support an origination ("developed", "wrote", "piloted")."""
    agency: frozenset[str]
    outcomes: frozenset[str]
    """Outcomes of schedule and quality a source must state ("ahead of schedule", "on the first attempt")."""
    """Words that claim the doing alone ("ran", "owned", "led", "independently")."""
    scope_families: dict[str, frozenset[str]]
    superlative_families: dict[str, frozenset[str]]
    first_idioms: frozenset[str]
    superlative_idioms: frozenset[str]
    generic_acronyms: frozenset[str]
    common_words: frozenset[str]
    org_suffixes: frozenset[str]
    org_heads: frozenset[str]
    org_introducers: frozenset[str]
    places: frozenset[str]
    prestige: frozenset[str]
    vendors: frozenset[str]
    """Makers whose name qualifies a product ("Microsoft Excel" is Excel, "Oracle NetSuite" is NetSuite)."""
    money_words: frozenset[str]


@cache
def lexicon() -> Lexicon:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    levels = {phrase(form): level for level, forms in raw["degree_levels"].items() for form in forms}
    return Lexicon(
        raw=raw,
        units=raw["number_units"],
        scales=raw["number_scales"],
        suffix_scales=raw["digit_suffix_scales"],
        multipliers={phrase(k): float(v) for k, v in raw["multipliers"].items()},
        multiplier_idioms=_phrases(raw["multiplier_idioms"]),
        magnitudes={phrase(k): (float(v[0]), float(v[1])) for k, v in raw["magnitudes"].items()},
        decades={phrase(k): int(v) for k, v in raw["decade_words"].items()},
        months=_phrases(raw["months"] + raw["weekdays"]),
        title_heads=_phrases(raw["title_heads"]),
        title_modifiers=_phrases(raw["title_modifiers"]),
        title_abbreviations={phrase(k): phrase(v) for k, v in raw["title_abbreviations"].items()},
        title_introducers=tuple(sorted(_phrases(raw["title_introducers"]), key=lambda p: -len(p))),
        generic_heads=_phrases(raw["leading_title_generic"]),
        award_triggers=_phrases(raw["award_triggers"]),
        award_verbs={phrase(k): _phrases(v) for k, v in raw["award_verbs"].items()},
        patent=_phrases(raw["patent_words"]),
        publication=_phrases(raw["publication_words"]),
        authored_objects=_phrases(raw["authored_objects"]),
        degree_levels=levels,
        degree_fields={phrase(k): v for k, v in raw["degree_fields"].items()},
        degree_ambiguous=_phrases(raw["degree_ambiguous"]),
        degree_generic=_phrases(raw["degree_generic"]),
        certification_words=_phrases(raw["certification_words"]),
        certification_names=_phrases(raw["certification_names"]),
        languages=_phrases(raw["languages"]),
        language_families={phrase(k): phrase(v) for k, v in raw["language_families"].items()},
        multilingual={phrase(k): int(v) for k, v in raw["multilingual_words"].items()},
        fluency=_phrases(raw["fluency_words"]),
        fluency_support=_phrases(raw["fluency_support"]),
        proficiency={
            phrase(word): int(level)
            for level, words in raw["proficiency_levels"].items()
            if level.isdigit()
            for word in words
        },
        leadership_support=_phrases(raw["leadership_words"]),
        leadership_triggers=_phrases(raw["leadership_triggers"]),
        leadership_exclusions=_phrases(raw["leadership_exclusions"]),
        mentoring=_phrases(raw["mentoring_words"]),
        people_nouns=frozenset(
            stem(w) for p in _phrases(raw["people_nouns"] + raw["title_heads"]) for w in p.split()
        ),
        event_nouns=frozenset(stem(w) for p in _phrases(raw["event_nouns"]) for w in p.split()),
        facilitation=_phrases(raw["facilitation_words"]),
        hedges=_phrases(raw["hedge_words"]),
        origination=_phrases(raw["origination_words"]),
        making=_phrases(raw["making_words"] + raw["origination_words"]),
        agency=_phrases(raw["agency_words"] + raw["origination_words"]),
        outcomes=_phrases(raw["outcome_phrases"]),
        scope_families={k: _phrases(v) for k, v in raw["scope_families"].items()},
        superlative_families={k: _phrases(v) for k, v in raw["superlative_families"].items()},
        first_idioms=_phrases(raw["first_idioms"]),
        superlative_idioms=_phrases(raw["superlative_idioms"]),
        generic_acronyms=_phrases(raw["generic_acronyms"]),
        common_words=_phrases(raw["action_words"] + raw["generic_capitalized"]),
        org_suffixes=_phrases(raw["org_suffixes"]),
        org_heads=_phrases(raw["org_heads"]),
        org_introducers=_phrases(raw["org_introducers"]),
        places=_phrases(raw["places"]),
        prestige=_phrases(raw["prestige_entities"]),
        vendors=_phrases(raw["vendor_names"]),
        money_words=frozenset(raw["money_words"]),
    )


@cache
def synonym_classes() -> dict[str, frozenset[str]]:
    """Each word of a synonym class (claim_vocabulary.json "synonyms") to the stems of its class: "staff"
    names what "employees" does, so either ties a rewrite to the source sentence the other is in."""
    out: dict[str, frozenset[str]] = {}
    for line in lexicon().raw["synonyms"]["classes"]:
        stems = frozenset(stem(w) for w in line.split())
        for word in line.split():
            out[word] = out[stem(word)] = stems
    return out
