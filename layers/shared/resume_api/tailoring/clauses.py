"""What a rewrite adds around a faithful main clause: a consequence, and members of a coordination.

A model that embellishes keeps the source's fact and adds what followed from it ("..., resulting in
higher client retention", "..., which the hospital then adopted", ", and churn fell the next quarter")
or widens what it covered ("for both the billing queue and the onboarding queue"). The words of such
an addition are often ordinary (retention, morale, adopted), so no word class names them; what gives
them away is that no source sentence says them. So an added consequence is read word by word, verbs
and generic nouns included, and is supported only when one source sentence of the scope says it: each
of its words has a root there (the word, a derived form, or a verb of the same change: "fell" for
"dropped"), all but one in a clause of four specific (not generic) words or more. A member of "both A and B" or of a list a
scope word opens ("across A, B and C") must be said by a source sentence too. A result (a change, or what
others did with the work: praised it, adopted it) is said only by one sentence of its own scope that states
that change of that thing (result_said): its words scattered over the resume say nothing of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from resume_api.tailoring import rates
from resume_api.tailoring.lexicon import lexicon, synonym_classes
from resume_api.tailoring.novelty import CLAUSE_BOUNDARY, PAST, Vocabulary, is_verb
from resume_api.tailoring.wording import STOP, content_words, stem, tokens

_RESULT_OPENERS = frozenset(
    {
        "which",
        "that",
        "so",
        "thereby",
        "thus",
        "ultimately",
        "and",
        "later",
        "eventually",
        "a",
        "an",
    }
)
"""Words that open a clause of consequence after punctuation (besides a participle: ", reducing ...")."""
_INLINE = re.compile(
    r"\b(?:resulting in|leading to|which|so that|thereby)\b|\band\b(?=[^,;]*\bas a result\b)", re.IGNORECASE
)
"""Consequences opened without punctuation ("... templates which ...", "and cut turnover as a result")."""
_RESULT_FIRST = re.compile(r"^\s*([A-Za-z]+)\s+(?:[^,;:()]+?)\s+((?:by|after|through|via)\s+[a-z]+ing)\b")
"""A result stated first and its means after "by", "after", "through" ("Raised guest satisfaction by rewriting
...", "Cut rework after rebuilding ..."): the result is an added clause, which the source must say,
whatever the means restates."""
_PURPOSE = re.compile(r"\s(to)\s+([a-z]+)\s", re.IGNORECASE)
"""A purpose that names a change ("... to cut wire fraud attempts"): read as the result it claims."""
_AIM = re.compile(
    r"\b(?:(?:in order|so as|aimed|meant|intended|designed|aiming)\s+(?:to|at)|to)\s+([a-z]+)([^,;]*)",
    re.IGNORECASE,
)
"""An aim a source sentence states ("... to raise spring brood counts", "aimed at cutting ..."): a result
hoped for, not one had, unless it gives the figure reached ("to cut costs by 10%")."""
_OUTCOMES = frozenset(
    [
        "praise",
        "praised",
        "praising",
        "commended",
        "recognized",
        "recognised",
        "thanked",
        "adopted",
        "adopting",
        "adoption",
    ]
)
"""Words of what others did with the work (praised it, adopted it): a recruiter can check who did."""
_PASSIVE_OPENERS = frozenset({"praised", "commended", "recognized", "recognised", "thanked", "adopted"})
_MARKERS = frozenset(
    {"resulting", "result", "leading", "lead", "led", "which", "that", "so", "thereby", "thus", "ultimately"}
    | {"and", "later", "eventually", "then", "as", "a", "an", "the", "in", "to"}
    | {"meant", "meaning", "resulted", "saw"}  # "which meant 30% fewer no-shows": a connective, no claim
)
_CHANGE_FAMILIES = (
    (
        "reduce cut lower decrease drop fall fell fallen decline shrink trim shorten slash lessen minimize "
        "minimise ease curb halve down reduction decrease fewer less shorter shrank shrunk sank sunk"
    ),
    (
        "increase raise grow grew grown boost lift rise rose risen climb expand improve strengthen double "
        "triple up higher gain jump improvement soared"
    ),
)
_SCOPE_OPENERS = frozenset({"across", "covering", "spanning", "throughout"})


@cache
def _family_of() -> dict[str, int]:
    out: dict[str, int] = {}
    for index, words in enumerate(_CHANGE_FAMILIES):
        for word in words.split():
            out[stem(word)] = index
            out[word] = index
    for word, factor in lexicon().multipliers.items():  # "quadrupled", "halved": a change all the same
        out.setdefault(word, 1 if factor > 1 else 0)
        out.setdefault(stem(word), 1 if factor > 1 else 0)
    return out


@cache
def _not_counted() -> frozenset[str]:
    """Words that carry no fact of their own (function words, emphasis, units, ordinals), and words of
    a credential, which their own rules judge (a certification, a degree, a language, an award)."""
    raw = lexicon().raw["paraphrase_words"]
    words = (
        set(STOP)
        | set(raw["function"])
        | {"often", "how", "able"}
        | set(raw["emphasis"])
        | set(raw["units"])
        | set(raw["ordinals"])
    )
    lex = lexicon()
    words |= set(lex.raw["number_units"]) | set(lex.raw["number_scales"])
    credentials = (
        lex.certification_words
        | lex.degree_levels.keys()
        | lex.degree_generic
        | lex.proficiency.keys()
        | lex.languages
        | lex.award_triggers
        | lex.publication
        | lex.patent
    )
    words |= {p for p in credentials if " " not in p}  # judged by their own rules
    words = {w for w in words if w not in _family_of()}  # "reviews improved" claims a change
    return frozenset(words | {stem(w) for w in words if stem(w) not in _family_of()})


def counted(words: Iterable[str]) -> list[str]:
    """The words of a clause that say something: verbs and generic nouns included (not the words of a
    class another rule judges: a certification, a degree, a title)."""
    skip = _not_counted()
    return [
        w
        for w in words
        if w.isalpha() and len(w) > 2 and w not in skip and stem(w) not in skip and w not in _PREFIXES
    ]


_PREFIXES = frozenset({"mis", "pre", "non", "sub", "multi", "semi", "anti", "post", "inter", "self"})
"""Prefixes a hyphen leaves alone ("mis-picks"): their word carries the meaning."""


@cache
def _families(stems: frozenset[str]) -> frozenset[int]:
    table = _family_of()
    return frozenset(table[s] for s in stems if s in table)


def _rooted(word: str, vocabulary: Vocabulary) -> bool:
    """A word the scope says, or says by a word of its synonym class ("mistakes" for "errors")."""
    table = synonym_classes()
    return vocabulary.rooted(word) or bool(
        table.get(word, table.get(stem(word), frozenset())) & vocabulary.stems
    )


def _same_change(word: str, vocabulary: Vocabulary) -> bool:
    table = _family_of()
    family = table.get(stem(word), table.get(word))
    return family is not None and family in _families(vocabulary.stems)


def unsupported_sentence(sentence: str, vocabulary: Vocabulary) -> list[str]:
    """A sentence a summary adds, read word by word as an added clause is, verbs included: its words
    unrooted in the resume ("Known for turning around underperforming teams."), when two or more and
    most of its specific words are (a sentence that restates the resume in a few new words is kept)."""
    words = counted(tokens(sentence))
    generic = _generic()
    specific = [w for w in words if w not in generic and stem(w) not in generic]
    missing = [w for w in specific if not (_rooted(w, vocabulary) or _same_change(w, vocabulary))]
    return missing if len(missing) >= 2 and 2 * len(missing) > len(specific) else []


def said(words: list[str], vocabulary: Vocabulary, restating: bool = False) -> bool:
    """Whether the scope says these words: all rooted there (a word, a derived form, an acronym it spells
    out, a verb of the same change), or all but one of four or more specific ones. `restating`: a
    participle that restates the sentence's own fact may add one word beside two the scope says
    (", resolving routing conflicts on site")."""
    generic = _generic()
    specific = [w for w in words if w not in generic and stem(w) not in generic]
    known = [w for w in words if _rooted(w, vocabulary) or _same_change(w, vocabulary)]
    missing = len(words) - len(known)
    anchored = sum(w in specific for w in known)
    return missing <= (1 if len(specific) >= 4 or (restating and anchored >= 2) else 0)


@cache
def _generic() -> frozenset[str]:
    """Generic nouns ("system", "process"): a word of a clause, but no weight toward its length."""
    words = lexicon().raw["paraphrase_words"]["generic"]
    return frozenset(words) | frozenset(stem(w) for w in words)


CLAUSE, PARTICIPLE, PREDICATE, RESULT, MAIN = "clause", "participle", "predicate", "result", "main"


def consequences(sentence: str) -> list[tuple[str, str]]:
    """The clauses a sentence adds after its main clause, each with its form: a clause of its own
    (", which ...", ", and churn fell ...", "resulting in ...", "without ..."), a participle (", reducing
    ...": its verb restates unless it claims a change), or one more predicate of the same subject
    ("... and recovered the full amount": its verb may restate only beside words the source says)."""
    out: list[tuple[str, str]] = []
    pieces = CLAUSE_BOUNDARY.split(sentence)
    for piece in pieces[1:]:
        words = tokens(piece)
        if not words:
            continue
        first = words[0]
        if first == "and":
            if _new_subject(words[1:]):
                out.append((piece, CLAUSE))
            elif len(words) > 2 and is_verb(words[1]):
                out.append((" ".join(words[1:]), PREDICATE))
        elif first in _RESULT_OPENERS or (first in ("the", "this", "these", "its") and _new_subject(words)):
            out.append((piece, CLAUSE))  # "; the approach became the engineering standard"
        elif first in _PASSIVE_OPENERS or _falls(words):
            out.append((piece, CLAUSE))  # ", praised by the owner", "; rework fell as a result"
        elif first.endswith("ing") and len(first) > 5:
            out += [(" ".join(p), PARTICIPLE) for p in _participles(words)]
    main = pieces[0]
    led = _RESULT_FIRST.match(main)
    if (
        led
        and _family_of().get(stem(led.group(1).lower()), _family_of().get(led.group(1).lower())) is not None
    ):
        out.append((led.group(0)[: led.start(2)].strip(), RESULT))  # "Raised guest satisfaction by rewriting"
    elif _leads_change(main):
        out.append((main, MAIN))  # "Shortened the time it takes to prune a block": a result, all the same
    purpose = next(
        (m for m in _PURPOSE.finditer(main) if _family_of().get(m.group(2).lower()) is not None), None
    )
    if purpose:
        out.append((main[purpose.start(1) :], CLAUSE))  # "... to cut wire fraud attempts"
    for match in _INLINE.finditer(main):
        if match.start() > 0:
            out.append((main[match.start() :], CLAUSE))
    words = tokens(main)
    for i in range(3, len(words) - 2):
        if words[i] == "and" and is_verb(words[i + 1]) and words[i + 1].endswith("ed"):
            out.append((" ".join(words[i + 1 :]), PREDICATE))  # "..., and recovered the full amount"
            break
    for i in range(1, len(words) - 1):
        if words[i] == "without" or (
            words[i] == "that"
            and not is_verb(words[i - 1], third_person=False)
            and any(w in PAST or w.endswith("ed") for w in words[i + 1 : i + 7])
        ):
            out.append((" ".join(words[i + 1 :]), CLAUSE))  # "without adding headcount", "that shaped ..."
            break
    return out


def _leads_change(main: str) -> bool:
    """A main clause whose first word, a verb in the past, is a change ("Shortened ...", "Sped up ..."),
    not a vague one ("Improved ...")."""
    words = tokens(main)
    if len(words) < 3 or not (words[0] in PAST or words[0].endswith("ed") or words[0] in _IRREGULAR_CHANGES):
        return False
    if words[0] == "made":  # "Made it faster to prune a block", "Made boarding 15% faster"
        return any(_lowers(w) is not None for w in [w for w in words[1:7] if not _figure_token(w)][:3])
    return _lowers(words[0]) is not None and stem(words[0]) not in _VAGUE


_VAGUE = frozenset(stem(w) for w in ("improved", "strengthened", "enhanced", "optimized", "bettered"))
"""Verbs a model puts before any fact of the job ("Improved the team's handling of ... through coaching"):
too vague to claim a change of their own; a clause they open after the fact is still read."""


_SPEED = frozenset({"sped", "speed", "speeded", "faster", "quicker", "accelerated", "expedited", "hastened"})
"""Words of a speed, which lower the time a thing takes: read as a cut only where a main clause claims
one ("Sped up the time to ..."), not as a change any cut in the job says."""


def _lowers(word: str) -> int | None:
    """A word's change family, a word of speed as a cut."""
    return _change("cut") if word in _SPEED else _change(word)


_IRREGULAR_CHANGES = frozenset({"cut", "sped", "grew", "rose", "fell", "shrank", "made"})


def _falls(words: list[str]) -> bool:
    """A clause whose subject changed ("rework fell as a result", "wire fraud attempts dropped"): a verb of
    change in the past within its first five words, after a noun."""
    table = _family_of()
    return (
        bool(words)
        and words[0] not in STOP
        and words[0] not in ("who", "whose")
        and any(
            (w in PAST or w.endswith("ed") or w in ("fell", "rose", "grew", "shrank", "sank"))
            and table.get(w, table.get(stem(w))) is not None
            for w in words[1:5]
        )
    )


def _named(clause: str) -> frozenset[str]:
    """The words a clause writes as names (capitalised after its first word)."""
    raw = clause.split()
    return frozenset(t for w in raw[1:] if w[:1].isupper() for t in tokens(w))


_OBJECT_ENDS = frozenset({"by", "through", "after", "via", "and", "while", "to", "as", "from", "with", "so"})
_OBJECT_OPENERS = frozenset({"in", "of", "on", "the", "a", "an", "its", "their"})


def _change(word: str) -> int | None:
    table = _family_of()
    return table.get(word, table.get(stem(word)))


def change_direction(word: str) -> int | None:
    """0 for a word of a fall ("cut", "fewer", "halved"), 1 for a rise ("grew", "doubled"), else None."""
    return _change(word)


def _result(clause: str, speed: bool = False) -> tuple[str, list[str]] | None:
    """What a clause says followed from the work: the change or the outcome word, and what it is about
    (the object after it, up to the means: "cut rework on pipe supports by ..."; or the subject before it:
    "; rework fell"; for an outcome, who did it: "praised by the owner"). None if it claims no result."""
    raw = tokens(clause)
    at = next(
        (i for i, w in enumerate(raw) if w in _OUTCOMES or _change(w) is not None or (speed and w in _SPEED)),
        None,
    )
    if at is None:
        return None
    word = raw[at]
    if word in _OUTCOMES:  # who did it: "which the county adopted", "earning praise from the owner"
        before = [w for w in counted(raw[:at]) if not w.endswith("ing")]
        return word, [w for w in [*before, *counted(raw[at + 1 :])] if w not in _OUTCOMES]
    after = raw[at + 1 :]
    while after and after[0] in _OBJECT_OPENERS:
        after = after[1:]
    end = next((i for i, w in enumerate(after) if w in _OBJECT_ENDS), len(after))
    head = counted(w for w in after[:end] if w not in _IT_TAKES)
    if end < len(after) and after[end] == "to" and not _specific(head):
        # "the time (it takes) to prune a block", "made it faster to prune": what the time is of
        rest = after[end + 1 :]
        head += counted(rest[: next((i for i, w in enumerate(rest) if w in _OBJECT_ENDS), len(rest))])
    obj = head or counted(w for w in raw[:at] if w not in _MARKERS)
    return word, [w for w in obj if _change(w) is None]


_TASK = re.compile(
    r"\b(?:time|faster|quicker|easier)(?: it takes| needed)? to "
    r"(?!(?:under|below|less|fewer|within|about|around|just|nearly|almost|only|a|an|the|one|two|three)\b)([a-z]+)"
)
"""The task a time is of ("the time to prune a block"), not the figure it fell to ("time to under 9 days")."""
_FIGURE_WORDS = frozenset({"fold", "times", "over", "percent", "points", "point"})
"""Words of a figure ("two-fold", "three times over"), not of the thing it counts."""
_IT_TAKES = frozenset({"it", "takes", "took", "take", "needed", "required"})
"""The words of "the time it takes to ...": what the time is of follows them."""


def _specific(words: list[str]) -> bool:
    """Whether a phrase names a thing of its own: a word that is neither generic ("time") nor a verb."""
    generic = _generic()
    return any(w not in generic and stem(w) not in generic and not _is_verb_form(w) for w in words)


def _without_aims(source: str) -> str:
    """A source sentence without the changes it only aims at: what it says happened."""
    return _AIM.sub(
        lambda m: m.group(0) if _change(m.group(1).lower()) is None or re.search(r"\d", m.group(2)) else "",
        source,
    )


def result_said(
    clause: str, own: Iterable[str], names: frozenset[str] = frozenset(), aimed: bool = False
) -> bool:
    """Whether one sentence of its own scope says the result a clause claims: a change of the same kind
    (or the same outcome) and what it is about, one noun reworded beside three that are held ("Reduced
    waste on the CNC machining line" for "Reduced scrap on ..."), not the same words scattered over the
    resume ("cutting overtime on pipe supports" where the job cut rework and someone else dealt with
    overtime). Words written as names are left to the name check ("Cut Brightline's wait times"). A change
    the source only aims at ("to raise brood counts") says a result only to a clause that also aims at it
    (`aimed`: "in order to raise ...")."""
    found = _result(clause)
    if found is None or not found[1]:
        return True
    word, obj = found
    generic = _generic()
    for source in own:
        stated = source if aimed else _without_aims(source)
        vocabulary = _sentence_vocabulary(stated)
        kin = _change(word) is not None and bool(_KIN & vocabulary.stems)
        if not (vocabulary.rooted(word) or _same_change(word, vocabulary) or kin):
            continue
        turned = _directions(stated, obj)
        if (
            turned
            and _change(word) is not None
            and _change(word) not in turned
            and stem(word) not in _NEUTRAL
        ):
            continue  # "raising missed checks" where the source cut them (its "lift base" is no rise)
        known = [w for w in obj if _rooted(w, vocabulary)]
        unknown = [
            w for w in obj if w not in known and w not in names and not _is_verb_form(w)
        ]  # "time spent"
        anchored = sum(w not in generic and stem(w) not in generic for w in known)
        needed = 3 if obj[0] in unknown else 1  # the metric itself reworded needs more to hold it
        if not unknown or (len(unknown) == 1 and (anchored >= needed or _narrowed(source, known))):
            return True
    return False


def changed_here(clause: str, own: Iterable[str]) -> bool:
    """Whether a main clause led by a change ("Made it faster to refit a tank") claims only a change the
    entry states: of the thing it names, the same way, in one sentence (the change word just before it, or
    its verb in the past just after). The job may word the change otherwise ("Raised ... threefold" for
    "Raised ... from 4 to 12"); an object the job never names is the novelty rule's to judge; but an
    object the job names only apart from any change ("Helped refit a tank") was not changed."""
    found = _result(clause, speed=True)  # "Sped up the time to ...", "Made it faster to ..."
    if found is None:
        return True
    word, obj = found
    word = "cut" if word in _SPEED else word
    generic = _generic()
    specific = {
        stem(w)
        for w in obj
        if w not in generic
        and stem(w) not in generic
        and not w.endswith("ed")
        and not is_verb(w, False)
        and w not in _FIGURE_WORDS
    }  # "picking errors", "missed checks": the nouns name the thing, not "two-fold"
    task = _TASK.search(clause.lower())  # "the time to prune a block": the task is the thing
    named = False
    for source in own:
        stated = _without_aims(source)
        stems = {stem(w) for w in tokens(stated)}
        shared = specific & stems
        named = named or bool(shared)
        if not shared or 2 * len(shared) < len(specific) or (task and stem(task.group(1)) not in stems):
            continue  # "the Reno dock" is not the "dock-to-stock time" another sentence cut
        turned = _directions(stated, [w for w in obj if stem(w) in shared])
        if turned and (stem(word) in _NEUTRAL or _change(word) in turned):
            return True
    return not named


_FROM_TO = re.compile(
    r"\bfrom\s+[$€£]?(\d+(?:\.\d+)?)\S*\s+(?:(\w+)\s+)?to\s+[$€£]?(\d+(?:\.\d+)?)\S*(?:\s+(\w+))?"
)
_COMPARATIVES = frozenset(
    {"up", "down", "lower", "higher", "fewer", "less", "more", "faster", "shorter", "quicker"}
)


def _stated(word: str) -> int | None:
    """The change a word of a source sentence states: its family; a speed, or a verb of change no family
    lists ("eliminated", "saved"), as a cut; "more" as a rise."""
    if word in _SPEED or stem(word) in _KIN:
        return _change("cut")
    return _change("raised") if word == "more" else _change(word)


_UP_FROM = re.compile(r"\b(up|down)\s+from\b", re.IGNORECASE)
_NEUTRAL = frozenset(
    stem(w) for w in ("improved", "improve", "improving", "improvement", "better", "optimized")
)
"""Changes for the better, whichever way the figure went ("improved turnaround time" for a cut one)."""


def _figure(figure: str, unit: str | None) -> float:
    """A figure of a change "from 3 hours to 20 minutes" in one unit (days, for a length of time)."""
    length = rates.length_in_days(unit or "")
    return float(figure) * (length or 1.0)


def _figure_token(word: str) -> bool:
    """A figure between a thing and its change ("took 15 % less"): no word of either."""
    return word in ("%", "percent") or word.replace(".", "").replace(",", "").isdigit()


def _directions(source: str, obj: list[str]) -> frozenset[int]:
    """The changes a source sentence states of the thing `obj` names: the change word nearest before one
    of its words, six words at most ("cutting missed beacon checks", not the "lift" of "the check at the
    lift base"), or a verb of change in the past or a comparative just after it ("errors fell", "scrap
    down 20%", "closed the books 3 days faster")."""
    words = tokens(source)
    roots = {stem(w) for w in obj}
    found: set[int] = set()
    for j, word in enumerate(words):
        if stem(word) not in roots:
            continue
        before = [_stated(w) for w in reversed(words[max(0, j - 6) : j]) if _stated(w) is not None]
        following = [w for w in words[j + 1 : j + 7] if not _figure_token(w)][:3]  # "took 15% less"
        after = [
            _stated(w)
            for w in following
            if (w in PAST or w.endswith("ed") or w in _COMPARATIVES) and _stated(w) is not None
        ]
        found.update(f for f in [*before[:1], *after[:1]] if f is not None)
    figures: set[int] = set()
    for match in _FROM_TO.finditer(source.replace(",", "")):  # "Took handle time from 9 to 6 minutes"
        first, second = (
            match.group(2) or match.group(4),
            match.group(4) or match.group(2),
        )  # "from 12 to 6 weeks"
        start, end = _figure(match.group(1), first), _figure(match.group(3), second)
        if start != end and roots & {stem(w) for w in tokens(source[: match.start()])}:
            figures.add(_change("raised" if end > start else "cut"))  # type: ignore[arg-type]
    if figures:
        return frozenset(figures)  # the figures say which way it went, whatever the verb
    if found:
        return frozenset(found)
    for match in _UP_FROM.finditer(source):  # "Reached 98% on-time shipping, up from 85%"
        if roots & {stem(w) for w in tokens(source[: match.start()])}:
            found.add(_change(match.group(1).lower()))  # type: ignore[arg-type]
    stated = _result(source)  # "Cut the keys for each master key job": the change its main verb makes
    if stated is not None and words[:1] == [stated[0]] and roots & {stem(w) for w in stated[1]}:
        found.add(_change(stated[0]))  # type: ignore[arg-type]
    return frozenset(found)


_KIN = frozenset(
    stem(w)
    for w in [
        "eliminated",
        "prevented",
        "avoided",
        "saved",
        "savings",
        "sped",
        "streamlined",
        "accelerated",
        "removed",
        "halved",
    ]
)
"""Verbs no change family lists that state a change all the same ("Eliminated paper forms" says what
", cutting paper forms" says)."""


def _narrowed(source: str, known: list[str]) -> bool:
    """The rewrite names every word of what the source's result is about, and one word more ("patient
    falls" for "falls"): the same result, qualified."""
    found = _result(source)
    return found is not None and bool(found[1]) and set(found[1]) <= set(known)


def _participles(words: list[str]) -> list[list[str]]:
    """A participle clause split where "and" starts another (", cutting queues by 35% and lifting repeat
    bookings"): each is judged on its own, so the second cannot lean on the first's words."""
    out: list[list[str]] = [[]]
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word == "and" and out[-1] and nxt.endswith("ing") and len(nxt) > 5:
            out.append([])
            continue
        out[-1].append(word)
    return [p for p in out if p]


def _new_subject(words: list[str]) -> bool:
    """ ", and the county adopted ...", ", and churn fell ...": a clause with its own subject, not one
    more member of a list (", and precepting new nurses") nor a second verb of the same subject."""
    first = words[0] if words else ""
    if not first or first.endswith("ing") or is_verb(first):
        return False
    return any(w in PAST or (w.endswith("ed") and len(w) > 3) for w in words[1:4])


_IDIOMS = (
    "start to finish",
    "end to end",
    "day to day",
    "from scratch",
    "hands on",
    "one on one",
    "as needed",
    "in house",
    "up to date",
    "on time",
    "on budget",
)
"""Set phrases whose words say nothing of their own (a claim of schedule is read by extent.py)."""


def _words_of(clause: str) -> list[str]:
    said = f" {' '.join(tokens(clause))} "
    for idiom in _IDIOMS:
        said = said.replace(f" {idiom} ", " ")
    return counted(w for w in said.split() if w not in _MARKERS)


@lru_cache(maxsize=8192)
def _sentence_vocabulary(sentence: str) -> Vocabulary:
    words = tokens(sentence)
    return Vocabulary(frozenset(stem(w) for w in words), frozenset(words), frozenset())


def restates(words: list[str], sentences: Iterable[str]) -> bool:
    """Whether one source sentence states what the clause says: each of its words rooted there (or a verb
    of the same change), but one noun beside two specific words that are ("which cut rework on pipe
    brackets" restates "Cut rework on pipe supports")."""
    if not words:
        return True
    generic = _generic()
    for source in sentences:
        vocabulary = _sentence_vocabulary(source)
        known = [w for w in words if _rooted(w, vocabulary) or _same_change(w, vocabulary)]
        unknown = [w for w in words if w not in known]
        anchored = sum(w not in generic and stem(w) not in generic for w in known)
        if not unknown or (len(unknown) == 1 and anchored >= 2 and _reworded(unknown[0], words)):
            return True
    return False


def _reworded(word: str, words: list[str]) -> bool:
    """A word a clause may reword: a noun, not its verb ("was rolled out" is a new claim) nor what its
    verb changes ("cut overtime" for "cut rework" swaps the metric, as measured.py reads percents), nor
    what others did with the work ("praise" from someone the job names for something else), nor the
    change itself ("fewer no-shows" is not "logged no-shows")."""
    metric = len(words) > 1 and _is_verb_form(words[0]) and word == words[1]
    return not _is_verb_form(word) and not metric and word not in _OUTCOMES and _change(word) is None


def restated_additions(sentence: str, new: list[str], own: Iterable[str]) -> bool:
    """Whether the new words of a sentence all stand in clauses added after its main one, each of which
    restates one sentence of its own entry (a result the job states elsewhere, one word reworded)."""
    pieces = CLAUSE_BOUNDARY.split(sentence)
    if not own or len(pieces) < 2 or set(tokens(pieces[0])) & set(new):
        return False
    holding = [p for p in pieces[1:] if set(tokens(p)) & set(new)]
    return bool(holding) and all(restates(_words_of(p), own) for p in holding)


def unsupported_consequences(sentence: str, vocabulary: Vocabulary, own: Iterable[str] = ()) -> list[str]:
    """The added clauses the scope does not say: neither rooted in it word by word nor restating one
    sentence of their own entry (`own`: a result the job states elsewhere, one noun reworded)."""
    bad = []
    own = tuple(own)
    for found, form in consequences(sentence):
        clause = _obtained(found, own)
        words = _words_of(clause)
        if form == MAIN:  # the sentence's own words are read by the other rules: only what changed
            if own and not changed_here(clause, own):
                bad.append(found.strip())
            continue
        if form == CLAUSE:
            ok = said(words, vocabulary)
        elif form == RESULT:  # the sentence's own fact led by its verb: its nouns, one new beside two
            words = words[:1] + [w for w in words[1:] if not _is_verb_form(w)]  # "time spent on": no claim
            ok = said(words, vocabulary, restating=True)
        else:
            verb, rest = (words[0], words[1:]) if words and _is_verb_form(words[0]) else ("", words)
            changes = bool(verb) and _family_of().get(stem(verb), _family_of().get(verb)) is not None
            if form == PARTICIPLE:
                ok = said([verb, *rest] if changes else rest, vocabulary, restating=True)
            else:
                generic = _generic()
                specific = [w for w in rest if w not in generic and stem(w) not in generic]
                anchored = any(vocabulary.rooted(w) for w in specific)
                restated = not verb or vocabulary.rooted(verb) or _same_change(verb, vocabulary)
                ok = said(specific, vocabulary) and (restated or (anchored and not changes))
        checked = [verb, *rest] if form in (PARTICIPLE, PREDICATE) and verb else words
        if ok and own:
            aimed = (
                clause.lstrip().lower().startswith("to ")
            )  # "... in order to cut X": an aim, as the source's
            ok = result_said(
                clause, own, _named(sentence), aimed
            )  # said by one sentence, not scattered words
        elif not ok and own:
            ok = restates(checked, own)
        if not ok:
            bad.append(found.strip())
    return bad


_GAINS = frozenset({"gain", "gaining", "gained", "gains"})


def _obtained(clause: str, own: tuple[str, ...]) -> str:
    """A clause that gains what the source did as a verb ("gaining approval from the vet" for "approved by
    the vet") obtains it, as "earning" does: no rise of anything. Read as "earning ..."."""
    words = clause.split()
    lead = next((i for i, w in enumerate(words) if w.isalpha()), None)
    if lead is None or words[lead].lower() not in _GAINS or lead + 1 >= len(words):
        return clause
    obj = words[lead + 1].lower().strip(".,;")
    done = (w for s in own for w in tokens(s) if w.endswith("ed") and _change(w) is None)
    if obj in STOP or not any(_sentence_vocabulary(w).rooted(obj) for w in done):
        return clause
    return " ".join([*words[:lead], "earning", *words[lead + 1 :]])


def _is_verb_form(word: str) -> bool:
    return word.endswith(("ed", "ing")) or is_verb(word)


_BOTH = re.compile(r"\bboth\s+((?:[\w'’-]+\s+){0,4}?)and\s+((?:[\w'’-]+\s*){1,4})", re.IGNORECASE)
_LIST_END = frozenset({"for", "with", "in", "at", "on", "by", "from", "through", "during", "while"})


def _members(text: str) -> list[list[str]]:
    words = tokens(text)
    out: list[list[str]] = []
    member: list[str] = []
    for i, word in enumerate(words):
        if word in _LIST_END:
            break
        if word in ("and", "or"):
            after = words[i + 1] if i + 1 < len(words) else ""
            if after.endswith("ed") or after in PAST:
                break  # "across every station and developed 3 of them": a second predicate, not a member
            out.append(member)
            member = []
            continue
        member.append(word)
    out.append(member)
    return [m for m in out if m]


_OBJECT_STOP = _LIST_END | {
    "to",
    "into",
    "onto",
    "under",
    "across",
    "after",
    "before",
    "so",
    "as",
    "via",
    "about",
    "over",
    "within",
    "without",
    "around",
    "against",
    "per",
    "among",
    "between",
    "toward",
    "towards",
    "including",
    "like",
}


def _object_members(sentence: str) -> list[list[str]]:
    """Members of the object a sentence's opening verb takes, when it coordinates them ("Moved the hive
    and queen rearing records to ..."): each is a thing the work was done to."""
    words = tokens(re.split(r"[,;:()]", sentence, maxsplit=1)[0])
    if len(words) < 4 or not is_verb(words[0]):
        return []
    obj: list[str] = []
    for word in words[1:]:
        if word in _OBJECT_STOP:
            break
        obj.append(word)
    if "and" not in obj[1:-1] or any(w in PAST or (w.endswith("ed") and is_verb(w)) for w in obj):
        return []  # "... and trained the crew": a second predicate, not a member
    members = [[w for w in m if w not in _DETERMINERS] for m in _members(" ".join(obj))]
    if len(members) < 2 or any(len(m) != 1 for m in members[:-1]) or len(members[-1]) < 2:
        return []  # only members that share one head: "the hive and tide records"
    head = members[-1][-1]
    return [*[[*m, head] for m in members[:-1]], members[-1]]


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our"})


def coordinations(sentence: str) -> list[list[str]]:
    """Members of "both A and B" and of lists a scope word opens ("across A, B and C")."""
    out: list[list[str]] = []
    for match in _BOTH.finditer(sentence):
        out.append(tokens(match.group(1)))
        out += _members(match.group(2))[:1]
    lowered = sentence.lower()
    for opener in _SCOPE_OPENERS:
        for match in re.finditer(rf"\b{opener}\s+([^.;:()]+)", lowered):
            pieces = match.group(1).split(",")
            members = pieces[:1]
            for piece in pieces[1:]:
                first = (tokens(piece) or [""])[0]
                if first.endswith(("ing", "ed")) or (first in _RESULT_OPENERS and first != "and"):
                    break  # ", cutting invoice time": the list ended, a clause began
                members.append(piece)
            if len(members) < 2 and " and " not in members[0]:
                continue
            for piece in members:
                out += _members(piece)
    return [m for m in out if m]


def _in_unit(word: str, unit: frozenset[str]) -> bool:
    return Vocabulary(unit, unit, frozenset()).rooted(word)


def unsupported_members(sentence: str, units: list[frozenset[str]]) -> list[str]:
    """Members of a coordination no source sentence names."""
    bad = []
    generic = _generic()
    for member in coordinations(sentence):
        words = counted(member)
        specific = [w for w in words if w not in generic and stem(w) not in generic] or words
        if words and not any(all(_in_unit(w, u) for w in specific) for u in units):
            bad.append(" ".join(member))  # a generic head ("areas", "clients") adds nothing to what it names
    return bad


def added_members(sentence: str, own: Sequence[str]) -> list[str]:
    """Things the work was done to that a rewrite adds to the one its source names: "Migrated the billing
    and payroll systems" where one sentence of the job migrated the billing system, with no "and" of its
    own, and none names payroll systems. A merge of things the job names apart adds nothing."""
    members = _object_members(sentence)
    if not members:
        return []
    vocabularies = [_sentence_vocabulary(s) for s in own]

    def named(member: list[str], vocabulary: Vocabulary) -> bool:
        return all(vocabulary.rooted(w) for w in member if w not in STOP)

    single = [v for s, v in zip(own, vocabularies, strict=True) if not re.search(r"\band\b|,", s.lower())]
    if not any(named(m, v) for m in members for v in single):
        return []
    return [" ".join(m) for m in members if not any(named(m, v) for v in vocabularies)]


_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|while|plus)\s+|\s+and\s+(?=[a-z]+ed\b)", re.IGNORECASE)
BORROWED = 0.8
"""The share of a clause's words another entry's sentence must hold for the clause to restate it."""


@lru_cache(maxsize=8192)
def _content(text: str) -> frozenset[str]:
    return frozenset(content_words(text))


def borrowed(sentence: str, own: list[str], elsewhere: list[str]) -> list[str]:
    """Clauses that restate a sentence of another job ("..., and answered client calls", a bullet of the
    job before) and that no sentence of their own job (`own`) says: a fact moved to a job it does not
    belong to."""
    first = _CLAUSE_BREAK.search(sentence)
    if first is None or not elsewhere:
        return []
    bad = []
    pieces = _CLAUSE_BREAK.split(sentence)
    tail = [sentence[first.end() :]] if len(pieces) > 2 else []  # "...; fed calves and cleaned pens"
    for clause in [*pieces, *tail]:
        words = _content(clause)
        if len(words) < 3:
            continue
        if max((len(words & _content(o)) for o in own), default=0) >= len(words) / 2:
            continue
        if any(len(words & _content(e)) >= BORROWED * len(words) for e in elsewhere):
            bad.append(clause.strip())
    return bad
