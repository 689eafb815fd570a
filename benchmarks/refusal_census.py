"""Which shapes of faithful rewrite the truth guard refuses, counted by structural features, never by text.

For every faithful case the guard refuses (tests/tailoring/claims_eval.py), the features of its refusal:
the check that refused it (Claim.code) and the claim's kind; the refused token's class (a number in
digits, words, a percent, money, a multiplier, a range, a duration; a name capitalized, an acronym, lower
case; how many words); whether the source has it (the job itself, another job or the summary, only the
job description), under another form (plural, possessive, hyphen, initials, every word apart), as the
same value in another unit or one arithmetic step away from the job's numbers; the rewrite's length
against the sentence it replaces; whether it merges two source sentences; where it stands. Finer keys
(num-*, name-*, cons-*, content-*): for a number, which key differs from the job's nearest number (unit,
bound, period, counted noun, written form), how many words tie the rewrite to the sentence holding it,
or how far it is (rounded), and which single element of the number check (unit, bound, strictness, days,
"others", period, as_count, "by", level, the counted noun, the sentence match), neutralised, turns it into
support (num-neutral); for a name, each word's form in
the source (as is, another case, hyphen, inflection), part of a longer source name, initials either way,
at the sentence's start, its class (place, organisation, product, generic); for a consequence, its
construction (resulting in, leading to, which, so that, a participle, the result first) and whether its
words are the job's, the resume's or only the job description's. Only counts
are printed, so the hidden parts can be counted without reading a case: the features where their
refusals concentrate are the shapes to generate.

    python -m benchmarks.refusal_census            # the readable parts, per part and in all
    python -m benchmarks.refusal_census --hidden   # the hidden parts, in aggregate only
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

_DIGIT = re.compile(r"\d")
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercentage\b", re.I)
_MONEY = re.compile(r"[$€£¥]|\b(usd|eur|gbp|dollars?|euros?|pounds?|budget|revenue|k|m|bn)\b", re.I)
_MULTIPLIER = re.compile(
    r"\b\d+(\.\d+)?x\b|\b(twice|double[ds]?|doubling|triple[ds]?|tripling|quadrupl\w*|halv\w*|half|"
    r"\w+-?fold|times)\b",
    re.I,
)
_RANGE = re.compile(r"\d\s*[-–—]\s*\d|\bbetween\b|\bto\b\s+\d|\bfrom\b", re.I)
_DURATION = re.compile(
    r"\b(years?|months?|weeks?|days?|hours?|minutes?|seconds?|quarters?|annual\w*)\b", re.I
)
_NUMBER_WORD = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|"
    r"thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|single|first|second|third)\b",
    re.I,
)
_UNIT_FACTORS = (60.0, 24.0, 7.0, 12.0, 52.0, 365.0, 1000.0, 100.0, 4.0, 3.0)


def _number_class(text: str) -> list[str]:
    classes = (("percent", _PERCENT), ("money", _MONEY), ("multiplier", _MULTIPLIER), ("range", _RANGE))
    out = [name for name, pattern in (*classes, ("duration", _DURATION)) if pattern.search(text)]
    if _DIGIT.search(text):
        out.append("digits")
    elif _NUMBER_WORD.search(text):
        out.append("words")
    return out


def _name_class(text: str) -> list[str]:
    words = list(re.findall(r"[^\W_][\w'&.+#-]*", text))
    if not words:
        return ["empty"]
    out = [f"words={min(len(words), 4)}{'+' if len(words) >= 4 else ''}"]
    if any(w.isupper() and len(w) >= 2 for w in words):
        out.append("acronym")
    if any(w[0].isupper() for w in words):
        out.append("capitalized")
    if all(not w[0].isupper() for w in words):
        out.append("lower-case")
    return out


def _values(text: str) -> set[float]:
    from resume_api.tailoring.quantities import quantities

    return {float(q.value) for q in quantities(text) if q.value is not None}


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.02 * max(abs(a), abs(b), 1e-9)


def _number_features(claim: str, sentence: str, own: str, whole: str) -> list[str]:
    claimed = _values(claim) or _values(sentence)
    if not claimed:
        return ["value:none read"]
    own_values = _values(own)
    whole_values = _values(whole)
    out = []
    for value in sorted(claimed)[:1]:
        if any(_close(value, v) for v in own_values):
            out.append("value:in the job")
        elif any(_close(value, v) for v in whole_values):
            out.append("value:elsewhere in the resume")
        elif any(_close(value, v * f) or _close(value * f, v) for v in own_values for f in _UNIT_FACTORS):
            out.append("value:another unit of the job's")
        elif any(
            _close(value, r)
            for a, b in combinations(sorted(own_values), 2)
            for r in (
                a + b,
                b - a,
                a * b,
                b / a if a else -1,
                100 * (b - a) / b if b else -1,
                100 * a / b if b else -1,
            )
        ):
            out.append("value:one step from the job's")
        elif any(
            _close(value, 100 * (1 - v / 100)) or _close(value, 100 / (1 - v / 100) - 100)
            for v in own_values
            if v < 100
        ):
            out.append("value:share turned")
        else:
            out.append("value:not derivable")
    return out


def _forms(claim: str, own_phrase: str, whole_phrase: str, jd_phrase: str) -> list[str]:
    from resume_api.tailoring.wording import contains, phrase, stem, tokens

    said = phrase(claim)
    if not said:
        return ["form:empty"]
    if contains(own_phrase, said):
        return ["form:in the job as is"]
    if contains(whole_phrase, said):
        return ["form:elsewhere as is"]
    stems_said = [stem(w) for w in tokens(claim)]
    own_stems = {stem(w) for w in own_phrase.split()}
    whole_stems = {stem(w) for w in whole_phrase.split()}
    glued = said.replace(" ", "")
    whole_words = whole_phrase.split()
    if any(glued == "".join(run) for n in (1, 2, 3) for run in _runs(whole_words, n)):
        return ["form:spaced or hyphenated otherwise"]
    if all(s in own_stems for s in stems_said):
        return ["form:every word in the job, apart"]
    if all(s in whole_stems for s in stems_said):
        return ["form:every word in the resume, apart"]
    initials = {"".join(w[0] for w in run) for n in (2, 3, 4, 5) for run in _runs(whole_phrase.split(), n)}
    if len(said) <= 6 and " " not in said and said in initials:
        return ["form:initials of a source phrase"]
    if contains(jd_phrase, said):
        return ["form:only in the job description"]
    if any(s in whole_stems for s in stems_said):
        return ["form:some words in the resume"]
    return ["form:no word in the resume"]


_PERIOD = re.compile(
    r"^[\s\w%$€£.,+-]{0,24}?\b(per|a|an|each|every|/)\s*(day|week|month|quarter|year|shift|hour|semester|term)s?\b"
    r"|^\S*\s*(daily|weekly|monthly|quarterly|annually|yearly|hourly)\b",
    re.I,
)
_CONSEQUENCE_FORMS = (
    ("resulting in", re.compile(r"\bresult(?:ing|ed)\s+in\s*$", re.I)),
    ("leading to", re.compile(r"\b(?:lead|leading|led)\s+to\s*$", re.I)),
    ("contributing to", re.compile(r"\bcontribut\w*\s+to\s*$", re.I)),
    ("so that", re.compile(r"\bso(?:\s+that)?\s*$", re.I)),
    ("which", re.compile(r"\b(?:which|that)\s*$", re.I)),
    ("to (purpose)", re.compile(r"\b(?:in\s+order\s+)?to\s*$", re.I)),
    ("and", re.compile(r"\band\s*$", re.I)),
    ("without", re.compile(r"\bwithout\s*$", re.I)),
    ("for/as", re.compile(r"\b(?:for|as)\s*$", re.I)),
    ("dash, colon or semicolon", re.compile(r"[-–—:;]\s*$")),
    ("comma", re.compile(r",\s*$")),
)


def _quantity_of(claim: str, rewrite: str) -> Any:
    from resume_api.tailoring.claims import _show
    from resume_api.tailoring.quantities import quantities

    found = quantities(rewrite)
    return next((q for q in found if claim in (q.text, _show(q.value))), found[0] if found else None)


def _period(q: Any, text: str) -> bool:
    at = text.lower().find(q.text.lower()) if q.text else -1
    return at >= 0 and bool(_PERIOD.search(text[at + len(q.text) :]))


def _number_keys(claim: str, rewrite: str, own_texts: list[str], jd: str) -> list[str]:
    """Which key differs between the refused number and the nearest number of the job's own text."""
    from math import log

    from resume_api.tailoring.quantities import quantities
    from resume_api.tailoring.wording import stem

    q = _quantity_of(claim, rewrite)
    if q is None or not q.value:
        return ["num:none read"]
    form = "multiplier" if q.kind == "factor" else "words" if q.in_words else "digits"
    out = [f"num-form:{form}", f"num-unit:{q.unit or 'count'}", f"num-bound:{q.bound or 'exact'}"]
    out.append("num-in-jd:" + ("yes" if any(_close(q.value, v) for v in _values(jd)) else "no"))
    source = [(s, t) for t in own_texts for s in quantities(t) if s.value]
    if not source:
        return [*out, "num-nearest:the job has no number"]
    s, text = min(
        source, key=lambda p: abs(log(abs(p[0].value) / abs(q.value))) if p[0].value * q.value > 0 else 99
    )
    ratio = abs(q.value / s.value) if s.value else 0.0
    distance = (
        "same value"
        if _close(q.value, s.value)
        else "within 10% (rounded)"
        if 0.9 <= ratio <= 1.1
        else "within x2"
        if 0.5 <= ratio <= 2
        else "further"
    )
    out.append(f"num-nearest:{distance}")
    if distance in ("same value", "within 10% (rounded)"):
        out.append(_shared_words(rewrite, text, own_texts))
        differs = [
            key
            for key, a, b in (
                ("kind", q.kind, s.kind),
                ("unit", q.unit, s.unit),
                ("bound", q.bound, s.bound),
                ("counted noun", stem(q.after) if q.after else "", stem(s.after) if s.after else ""),
                ("period", _period(q, rewrite), _period(s, text)),
                ("written form", q.in_words, s.in_words),
            )
            if a != b
        ]
        out += [f"num-differs:{key}" for key in differs] or ["num-differs:nothing read"]
        if "bound" in differs:
            out.append(f"num-bound-change:{s.bound or 'exact'} -> {q.bound or 'exact'}")
    return out


def _shared_words(rewrite: str, holder: str, own_texts: list[str]) -> str:
    """How many words tie the rewrite to the source sentence holding its number (the guard's activity
    match, claims._words), and whether another sentence of the job shares more."""
    from resume_api.tailoring.claims import _words
    from resume_api.tailoring.wording import sentences

    words = _words(rewrite)
    shared = len(words & _words(holder))
    others = [len(words & _words(s)) for t in own_texts for s in sentences(t) or [t] if s not in holder]
    more = "another shares more" if others and max(others) > shared else "none shares more"
    return f"num-holder-shares:{min(shared, 2)}{'+' if shared >= 2 else ''} words, {more}"


def _name_keys(claim: str, rewrite: str, whole: str, jd: str) -> list[str]:
    """How a refused name relates to the source's words: another form, a part, initials, a sentence's start."""
    from resume_api.tailoring.claims import _initials, _phrase_initials, _raw_words
    from resume_api.tailoring.lexicon import lexicon
    from resume_api.tailoring.wording import phrase, stem

    lex = lexicon()
    words = _raw_words(claim)
    if not words:
        return ["name:empty"]
    low = [phrase(w) for w in words]
    source_words = _raw_words(whole)
    source_low = {phrase(w) for w in source_words}
    source_exact = set(source_words)
    source_stems = {stem(w) for w in source_low}
    out = ["name-at-start:" + ("yes" if _raw_words(rewrite)[:1] == words[:1] else "no")]
    for w, lw in zip(words, low, strict=False):
        if w in source_exact:
            shape = "as is"
        elif lw in source_low:
            shape = "another case"
        elif lw.replace("-", "") in {x.replace("-", "") for x in source_low} or "-" in w:
            shape = "hyphen or joined"
        elif stem(lw) in source_stems:
            shape = "another inflection (plural, possessive, stem)"
        else:
            shape = "not in the source"
        out.append(f"name-word:{shape}")
    capital_runs = re.findall(r"(?:[A-Z][\w&'-]*(?:\s+(?:of|and|&|for|the|de)\s+|\s+))*[A-Z][\w&'-]*", whole)
    if any(claim in run and claim != run for run in capital_runs):
        out.append("name-part:of a longer source name")
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        opened = words[0].lower() in _initials(source_words) | _phrase_initials(whole)
        out.append("name-acronym:" + ("of a source name" if opened else "of no source name"))
    elif any(run.isupper() and len(run) >= 2 and run.lower() in _initials(words) for run in source_words):
        out.append("name-acronym:spells out a source acronym")
    joined = " ".join(low)
    cls = (
        "place"
        if joined in lex.places
        else "generic capitalized"
        if joined in lex.common_words or joined in lex.generic_acronyms
        else "organisation"
        if low[-1] in lex.org_heads or low[-1] in lex.org_suffixes
        else "vendor or product"
        if low[0] in lex.vendors
        else "title"
        if low[-1] in lex.title_heads
        else "unknown"
    )
    out.append(f"name-class:{cls}")
    out.append("name-in-jd:" + ("yes" if phrase(claim) and phrase(claim) in phrase(jd) else "no"))
    return out


def _consequence_keys(claim: str, rewrite: str, own: str, whole: str, jd: str) -> list[str]:
    """The construction a refused consequence takes and whether its words are the source's."""
    from resume_api.tailoring.wording import content_words

    at = rewrite.find(claim)
    before = rewrite[:at] if at >= 0 else ""
    first = claim.split(maxsplit=1)[0].lower() if claim.split() else ""
    form = next((name for name, pattern in _CONSEQUENCE_FORMS if pattern.search(before)), None)
    if at == 0:
        form = "the result first"
    elif first.endswith("ing") and form in (None, "comma", "and"):
        form = f"participle after {form or 'nothing'}"
    out = [f"cons-form:{form or 'other'}"]
    words = content_words(claim)
    if words:
        for where, text in (("job", own), ("resume", whole), ("jd", jd)):
            share = len(words & content_words(text)) / len(words)
            out.append(f"cons-words-in-{where}:" + ("all" if share == 1 else "some" if share else "none"))
    return out


def _content_keys(claim: str, rewrite: str, whole: str, jd: str) -> list[str]:
    """Whether the new words of a refused sentence are the job description's, capitalized, or a source
    word's relative (its first five letters)."""
    from resume_api.tailoring.wording import phrase

    jd_words = set(phrase(jd).split())
    prefixes = {w[:5] for w in phrase(whole).split() if len(w) >= 5}
    out = []
    for word in [w.strip() for w in claim.split(",") if w.strip()][:3]:
        out.append("content-in-jd:" + ("yes" if word in jd_words else "no"))
        out.append("content-relative:" + ("yes" if len(word) >= 5 and word[:5] in prefixes else "no"))
        capital = re.search(rf"\b{re.escape(word)}", rewrite, re.I)
        out.append(
            "content-case:" + ("capitalized" if capital and capital.group(0)[:1].isupper() else "lower")
        )
    return out


def _runs(words: list[str], n: int) -> list[list[str]]:
    return [words[i : i + n] for i in range(len(words) - n + 1)]


def _ratio(rewrite: str, original: str) -> str:
    from resume_api.tailoring.wording import tokens

    r = len(tokens(rewrite)) / max(1, len(tokens(original)))
    return "length:" + ("<0.7" if r < 0.7 else "0.7-1.3" if r <= 1.3 else "1.3-2" if r <= 2 else ">2")


def _merges(rewrite: str, said: list[str]) -> bool:
    from resume_api.tailoring.wording import content_words

    words = content_words(rewrite)
    covered = [s for s in said if (cw := content_words(s)) and len(cw & words) / len(cw) >= 0.4]
    return len(covered) >= 2


_NEUTRAL = (
    "unit",
    "bound",
    "strict",
    "days",
    "others",
    "period",
    "as_count",
    "by",
    "level",
    "counted noun",
    "sentence match",
)


def _number_args(claim: Any, sentence: str) -> dict[str, Any]:
    """The arguments Scope.supports passes to Scope._number for a number claim (its key, the sentence)."""
    from resume_api.tailoring.claims import _with_synonyms, _words
    from resume_api.tailoring.extent import period
    from resume_api.tailoring.wording import tokens

    key = claim.key
    return {
        "value": float(key[1]),
        "unit": str(key[2]),
        "words": _with_synonyms(_words(sentence) - _words(claim.text)),
        "bound": str(key[3]),
        "strict": bool(key[4]),
        "days": float(key[5]),
        "others": bool(key[6]),
        "per": period(tokens(sentence)),
        "as_count": bool(key[7]),
        "by": bool(key[8]),
        "level": bool(key[9]),
    }


def _neutralised(scope: Any, claim: Any, sentence: str) -> list[str]:
    """Which single element of a refused number claim, neutralised, turns the check into support: the
    element of Scope.supports' comparison that refuses it. When no one element does ("none single"), which
    pair does (num-neutral-pair), or "none" when no pair does either (the value is not there to be had)."""
    from resume_api.tailoring.claims import _with_synonyms, _words

    if len(claim.key) < 10:
        return ["num-neutral:short key"]
    args = _number_args(claim, sentence)
    q = _quantity_of(claim.text, sentence)
    noun = q.after if q is not None and q.after else ""
    variants: dict[str, dict[str, Any] | None] = {
        "unit": {"unit": ""},
        "bound": {"bound": "", "strict": False},
        "strict": {"strict": False},
        "days": {"days": 0.0},
        "others": {"others": False},
        "period": {"per": ""},
        "as_count": {"as_count": False},
        "by": {"by": False},
        "level": {"level": False},
        "counted noun": {
            "words": _with_synonyms(
                _words(re.sub(rf"\b{re.escape(noun)}\b", " ", sentence)) - _words(claim.text)
            )
        }
        if noun
        else None,
        "sentence match": {"words": frozenset()},
    }

    def turns(*names: str) -> bool:
        changes = [variants[n] for n in names]
        if any(c is None or all(args[k] == v for k, v in c.items()) for c in changes):
            return False  # an element already neutral cannot be what refuses
        merged = {**args, **{k: v for c in changes if c for k, v in c.items()}}
        shape = (merged.pop("strict"), merged.pop("days"), merged.pop("others"))
        return bool(scope._number(**merged, shape=shape))

    turned = [name for name in _NEUTRAL if turns(name)]
    if turned:
        return [f"num-neutral:{t}" for t in turned]
    pairs = [f"{a} + {b}" for a, b in combinations(_NEUTRAL, 2) if turns(a, b)]
    return ["num-neutral:none single", *[f"num-neutral-pair:{p}" for p in pairs or ["none"]]]


def census(case: Any) -> tuple[bool, Counter[str]]:
    """Whether the guard kept a faithful case, and the features of its refusal (counts only)."""
    from resume_api.tailoring.claims import Scope, sentences
    from resume_api.tailoring.guard import _entry_texts, guard, source_texts
    from resume_api.tailoring.output import TailoredOutput
    from resume_api.tailoring.wording import phrase
    from tests.tailoring.claims_eval import _domain_of, _source

    domain = _domain_of(case)
    source, evidence = _source(domain, case.part)
    data = source.model_dump(mode="json", exclude_none=True)
    answer: dict[str, Any] = {
        "summary": data["basics"].get("summary"),
        "work": [dict(w) for w in data["work"]],
        "skills": data.get("skills", []),
        "certificates": data.get("certificates", []),
    }
    if case.job is None:
        original = data["basics"].get("summary") or ""
        answer["summary"] = case.rewrite
        own_texts = source_texts(source)
        said = sentences(original)
    else:
        highlights = list(answer["work"][case.job].get("highlights", []))
        original = highlights[case.bullet] if case.bullet < len(highlights) else ""
        highlights[case.bullet] = case.rewrite
        answer["work"][case.job]["highlights"] = highlights
        job = source.work[case.job]
        own_texts = _entry_texts(job)
        said = [*job.highlights, *sentences(job.summary or "")]
    refusing: list[tuple[Any, Any, str]] = []
    original_supports = Scope.supports

    def watched(scope: Any, claim: Any, sentence: str = "") -> bool:
        ok = original_supports(scope, claim, sentence)
        if not ok and claim.key[0] == "number":
            refusing.append((scope, claim, sentence))
        return ok

    setattr(Scope, "supports", watched)  # noqa: B010 (the refused number claims, with their scope)
    try:
        result = guard(source, TailoredOutput.model_validate(answer), evidence)
    finally:
        setattr(Scope, "supports", original_supports)  # noqa: B010
    kept = (
        (result.resume.basics.summary or "") == case.rewrite
        if case.job is None
        else case.rewrite in result.resume.work[case.job].highlights
    )
    features: Counter[str] = Counter()
    if kept:
        return True, features
    own = "\n".join(own_texts)
    whole = "\n".join(source_texts(source))
    own_phrase, whole_phrase, jd_phrase = phrase(own), phrase(whole), phrase(domain.jd)
    features["target:" + ("summary" if case.job is None else "bullet")] += 1
    features[_ratio(case.rewrite, original)] += 1
    features["merges two source sentences:" + ("yes" if _merges(case.rewrite, said) else "no")] += 1
    claims = list(zip(result.removed_claims, result.codes, strict=False))
    features[f"claims refused:{min(len(claims), 3)}{'+' if len(claims) >= 3 else ''}"] += 1
    for index, (claim, code) in enumerate(claims):
        features[f"code:{code}"] += 1
        features[f"kind:{claim.kind}"] += 1
        if index:
            continue  # the token features of the first refusal: the one that decided
        classes = _number_class(claim.claim)
        numeric = claim.kind in ("number", "multiplier", "magnitude", "tenure") or (
            ("digits" in classes or "words" in classes) and len(claim.claim.split()) <= 4
        )
        if numeric:
            features.update(f"first:{c}" for c in classes or ["number, no class"])
            features.update(f"first:{f}" for f in _number_features(claim.claim, case.rewrite, own, whole))
            features.update(_number_keys(claim.claim, case.rewrite, own_texts, domain.jd))
            if code == "number":
                checked = [(sc, c, st) for sc, c, st in refusing if c.text == claim.claim]
                features.update(
                    _neutralised(*checked[-1]) if checked else ["num-neutral:not the scope's check"]
                )
        else:
            features.update(f"first:{c}" for c in _name_class(claim.claim))
            features.update(f"first:{f}" for f in _forms(claim.claim, own_phrase, whole_phrase, jd_phrase))
        if code == "consequence":
            features.update(_consequence_keys(claim.claim, case.rewrite, own, whole, domain.jd))
        elif code == "content":
            features.update(_content_keys(claim.claim, case.rewrite, whole, domain.jd))
        elif code in ("name", "acronym") or claim.kind in ("organization", "place"):
            features.update(_name_keys(claim.claim, case.rewrite, whole, domain.jd))
    return False, features


def run(parts: list[str]) -> tuple[int, int, Counter[str]]:
    from tests.tailoring.claims_eval import FAITHFUL, part_cases

    faithful = refused = 0
    total: Counter[str] = Counter()
    for part in parts:
        for case in part_cases(part):
            if case.kind != FAITHFUL:
                continue
            faithful += 1
            kept, features = census(case)
            if not kept:
                refused += 1
                total.update(features)
    return faithful, refused, total


def table(title: str, faithful: int, refused: int, features: Counter[str]) -> str:
    lines = [f"## {title}: {refused} of {faithful} faithful refused", ""]
    groups: dict[str, list[tuple[str, int]]] = {}
    for feature, count in features.items():
        groups.setdefault(feature.split(":")[0], []).append((feature, count))
    for group in sorted(groups):
        lines.append(
            f"- {group}: "
            + ", ".join(f"{f.split(':', 1)[1]} {c}" for f, c in sorted(groups[group], key=lambda x: -x[1]))
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.tailoring.claims_eval import HIDDEN, PARTS

    if "--hidden" in argv:
        print(table("hidden parts, in aggregate", *run(sorted(HIDDEN))))
        return 0
    readable = [p for p in PARTS if p not in HIDDEN]
    everything: Counter[str] = Counter()
    all_faithful = all_refused = 0
    for part in readable:
        faithful, refused, features = run([part])
        all_faithful += faithful
        all_refused += refused
        everything.update(features)
        if "--per-part" in argv:
            print(table(part, faithful, refused, features), "\n")
    print(table("readable parts, in all", all_faithful, all_refused, everything))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
