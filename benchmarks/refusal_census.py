"""Which shapes of faithful rewrite the truth guard refuses, counted by structural features, never by text.

For every faithful case the guard refuses (tests/tailoring/claims_eval.py), the features of its refusal:
the check that refused it (Claim.code) and the claim's kind; the refused token's class (a number in
digits, words, a percent, money, a multiplier, a range, a duration; a name capitalized, an acronym, lower
case; how many words); whether the source has it (the job itself, another job or the summary, only the
job description), under another form (plural, possessive, hyphen, initials, every word apart), as the
same value in another unit or one arithmetic step away from the job's numbers; the rewrite's length
against the sentence it replaces; whether it merges two source sentences; where it stands. Only counts
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


def census(case: Any) -> tuple[bool, Counter[str]]:
    """Whether the guard kept a faithful case, and the features of its refusal (counts only)."""
    from resume_api.tailoring.claims import sentences
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
    result = guard(source, TailoredOutput.model_validate(answer), evidence)
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
        else:
            features.update(f"first:{c}" for c in _name_class(claim.claim))
            features.update(f"first:{f}" for f in _forms(claim.claim, own_phrase, whole_phrase, jd_phrase))
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
