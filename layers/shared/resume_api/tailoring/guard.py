"""The truth guard: builds the tailored resume from the source, taking from the model only what the
source supports.

Employers, titles, dates, degrees, institutions and certifications always come from the
source; entries the model invented are dropped. Every sentence the model wrote is read by the
claim model (claims.py): a sentence asserting a claim its scope does not support is reverted to
the source sentence it rewrote, or removed, and each claim is reported with its kind. The scope
of a job's bullet is that job's own text (names may also come from the person's education,
certificates, awards, publications and languages; facts about the person from the whole resume);
the scope of the summary is the whole resume. A source bullet that no kept bullet carries is
restored, so nothing is lost. Every refusal is reported as a removed claim; every accepted
difference as a change.
"""

from __future__ import annotations

import re
from typing import Any

from resume_api.ats.normalize import normalize
from resume_api.models.llm_config import REDACTED
from resume_api.models.optimize import Change, RemovedClaim
from resume_api.models.resume import Project, Resume, Skill, Work
from resume_api.models.slotted import Slotted
from resume_api.tailoring import clauses, measured, novelty, physical, rates, tools
from resume_api.tailoring.changes import describe, describe_skills, describe_text
from resume_api.tailoring.claims import (
    PERSON_KINDS,
    Claim,
    Evidence,
    Scope,
    content_words,
    degree_levels,
    leaks_prompt,
    sentences,
    similarity,
    span_years,
)
from resume_api.tailoring.output import TailoredOutput, TailoredProject, TailoredWork
from resume_api.tailoring.person import FLUENT, Person
from resume_api.tailoring.wording import contains, phrase, tokens

MATCH = 0.55
REPRESENTED = 0.3
"""A source sentence counts as carried when this share of its content words is in a kept sentence."""
NAME_KINDS = frozenset({"organization", "place", "name"})
TOOL_KINDS = frozenset({"skill", "name"})
"""Kinds a bullet may also take from the skills section: a tool the person lists may be named in a job's
bullet (a tool only the job description names may not, nor an employer: "Google Classroom" is no
"adopted by Google")."""
PERSON_SECTIONS = ("education", "certificates", "awards", "publications", "languages")
LEAK = Claim("instructions", "instruction text", ("instructions",))
FIELD_KINDS = {"name": "employer", "position": "title", "startDate": "date", "endDate": "date"}


class GuardResult(Slotted):
    __slots__ = ("changes", "codes", "removed_claims", "resume", "unsupported_skills")
    resume: Resume
    removed_claims: list[RemovedClaim]
    changes: list[Change]
    unsupported_skills: list[str]
    codes: list[str]
    """Per removed claim, the check that refused it (Claim.code): what the evaluation counts by."""

    def __init__(
        self,
        resume: Resume,
        removed_claims: list[RemovedClaim] | None = None,
        changes: list[Change] | None = None,
        unsupported_skills: list[str] | None = None,
        codes: list[str] | None = None,
    ) -> None:
        self.resume = resume
        self.removed_claims = [] if removed_claims is None else removed_claims
        self.changes = [] if changes is None else changes
        self.unsupported_skills = [] if unsupported_skills is None else unsupported_skills
        self.codes = [] if codes is None else codes


def _strings(node: Any, out: list[str]) -> list[str]:
    if isinstance(node, str):
        out.append(node)
    elif isinstance(node, dict):
        for value in node.values():
            _strings(value, out)
    elif isinstance(node, list):
        for value in node:
            _strings(value, out)
    return out


def source_texts(resume: Resume) -> list[str]:
    """Everything the source says, structured fields and raw section text alike."""
    return _strings(resume.model_dump(mode="json", exclude_none=True), [])


def _entry_texts(entry: Work | Project) -> list[str]:
    return _strings(entry.model_dump(mode="json", exclude_none=True), [])


def _pair(outputs: list[Any], sources: list[Any], key: Any) -> dict[int, int]:
    """Greedy one-to-one pairing of model entries to source entries (output index → source index):
    an entry the model copied exactly pairs at once, the rest by similarity."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    exact: dict[str, list[int]] = {}
    for j, source in enumerate(sources):
        exact.setdefault(_identity(source), []).append(j)
    for i, output in enumerate(outputs):
        free = [j for j in exact.get(_identity(output), []) if j not in used]
        if free:
            pairs[i] = free[0]
            used.add(free[0])
    rest_out = [i for i in range(len(outputs)) if i not in pairs]
    rest_src = [j for j in range(len(sources)) if j not in used]
    scored = sorted(((key(outputs[i], sources[j]), i, j) for i in rest_out for j in rest_src), reverse=True)
    for score, i, j in scored:
        if score < MATCH or i in pairs or j in used:
            continue
        pairs[i] = j
        used.add(j)
    return pairs


def _identity(entry: Any) -> str:
    return "\x00".join(
        normalize(str(getattr(entry, f, None) or "")) for f in ("name", "position", "startDate", "endDate")
    )


def _work_key(o: TailoredWork, s: Work) -> float:
    if not o.name and not o.position:
        return 0.0
    return 0.6 * similarity(o.name, s.name) + 0.4 * similarity(o.position, s.position)


def _project_key(o: TailoredProject, s: Project) -> float:
    return similarity(o.name, s.name)


class _Scopes(Slotted):
    """Where a piece of text finds its support: its own entry, and the person's own sections."""

    __slots__ = ("elsewhere", "names", "own", "own_said", "tools")
    own: Scope
    names: Scope
    tools: Scope
    own_said: list[str]
    elsewhere: list[str]
    """The entry's own sentences, and other entries': facts of another job."""

    def __init__(
        self,
        own: Scope,
        names: Scope,
        tools: Scope,
        own_said: list[str] | None = None,
        elsewhere: list[str] | None = None,
    ) -> None:
        self.own = own
        self.names = names
        self.tools = tools
        self.own_said = [] if own_said is None else own_said
        self.elsewhere = [] if elsewhere is None else elsewhere


def _in_a_name(number: str, sentence: str, listed: str) -> bool:
    """A number that is part of a name the skills list has ("DairyComp 305", "Office 365"): no quantity."""
    match = re.search(rf"\b([A-Z][\w.+-]*)\s+{re.escape(number)}\b", sentence)
    return match is not None and contains(listed, phrase(match.group(0)))


def _said(entry: Work | Project) -> list[str]:
    """An entry's sentences: its bullets and its summary or description."""
    text = entry.summary if isinstance(entry, Work) else entry.description
    return [*entry.highlights, *sentences(text or "")]


def _promoted(entry: Work, work: list[Work]) -> bool:
    """Another position at the same employer: the resume itself shows a promotion."""
    name = normalize(entry.name or "")
    return bool(name) and any(
        normalize(w.name or "") == name and normalize(w.position or "") != normalize(entry.position or "")
        for w in work
    )


def _represented(source: str, carried: list[set[str]]) -> bool:
    words = content_words(source)
    return not words or any(len(words & c) / len(words) >= REPRESENTED for c in carried)


class _Guard:
    def __init__(self, source: Resume, evidence: Evidence) -> None:
        self.source = source
        self.evidence = evidence
        self.result = GuardResult(resume=source.model_copy(deep=True))
        whole = evidence.scope or Scope(evidence.texts, evidence.terms, bound=1)
        whole.bound = 1
        whole.years = span_years((w.startDate, w.endDate) for w in source.work)
        whole.person = Person.of(source, degree_levels)
        whole.promoted = any(_promoted(w, source.work) for w in source.work)
        self.whole = _Scopes(whole, whole, whole)
        data = source.model_dump(mode="json", exclude_none=True)
        self.person_texts = [t for key in PERSON_SECTIONS for t in _strings(data.get(key, []), [])]
        self.person_said = [x for t in self.person_texts for x in sentences(t) or [t]]
        self.skill_texts = _strings(data.get("skills", []), [])
        self._entries: list[Work | Project] = [*source.work, *source.projects]
        self.listed = frozenset(phrase(t) for t in self.skill_texts)
        self.whole_said = [x for t in evidence.texts for x in sentences(t) or [t]]
        """Every source sentence: what a summary's added clause may restate."""
        self.skills_phrase = phrase("\n".join(self.skill_texts))
        """The skills section's own entries: a name that is one of them is a tool the person lists
        ("LinkedIn Recruiter" reads as a title by its shape)."""

    def scopes_for(self, entry: Work | Project) -> _Scopes:
        texts = _entry_texts(entry)
        years = span_years([(entry.startDate, entry.endDate)])
        own = Scope(texts, self.evidence.terms, years)
        own.promoted = isinstance(entry, Work) and _promoted(entry, self.source.work)
        names = Scope(texts + self.person_texts, self.evidence.terms, years)
        return _Scopes(
            own,
            names,
            Scope(texts + self.person_texts + self.skill_texts, self.evidence.terms, years),
            [x for t in texts for x in sentences(t) or [t]],
            [t for other in self._entries if other is not entry for t in _said(other)],
        )

    def refuse(self, section: str, path: str, claim: str, reason: str, kind: str, code: str = "") -> None:
        self.result.removed_claims.append(
            RemovedClaim(section=section, path=path, claim=claim[:300], reason=reason, kind=kind)
        )
        self.result.codes.append(code or kind)

    def refuse_claim(self, section: str, path: str, claim: Claim) -> None:
        self.refuse(section, path, claim.text, claim.reason, claim.kind, claim.code)

    def unsupported(self, sentence: str, scopes: _Scopes, paragraph: bool = False) -> list[Claim]:
        """The claims in `sentence` its scopes do not support. `paragraph`: a sentence of a summary, which
        a model may add whole."""
        if leaks_prompt(sentence):
            return [LEAK]
        if scopes.own.says(sentence):
            return []
        bad = []
        for found in self.evidence.claims(sentence):
            claim = self.at_work(found, scopes)
            if claim.kind == "number" and _in_a_name(claim.text, sentence, self.skills_phrase):
                continue
            measure = (
                physical.converted(float(str(claim.key[1])), sentence, self._about(sentence, scopes))
                if claim.kind == "number" and physical.measures(sentence)
                else None
            )
            if measure is not None:  # a measure in a physical unit: the source's in any unit, or none
                if not measure:
                    bad.append(claim)
                continue
            if physical.degree_sign(claim.text, sentence):
                continue
            if claim.kind in PERSON_KINDS:
                scope = self.whole.own
            elif claim.kind in TOOL_KINDS or phrase(claim.text) in self.listed:
                scope = scopes.tools
            elif claim.kind in NAME_KINDS:
                scope = scopes.names
            else:
                scope = scopes.own
            if not scope.supports(claim, sentence):
                bad.append(claim)
        if bad:  # a frequency the source states in another unit ("twice an hour" for "every 30 minutes")
            rated = set(rates.same_rate(sentence, self._about(sentence, scopes)))
            bad = [c for c in bad if not (rated and set(tokens(c.text)) <= rated)]
        if not bad:
            # new content is judged against the whole resume: a bullet may take words from the summary
            new = novelty.unsupported(sentence, self.whole.own.vocabulary)
            if new:  # a name the source writes in its own language, given in English, or written otherwise
                translated = self.whole.own.translated(sentence) | self.whole.own.written_words(sentence)
                new = [w for w in new if w not in translated]
            own_said = scopes.own_said or self.whole_said
            if new and clauses.restated_additions(sentence, new, own_said):
                new = []
            if new:
                bad.append(Claim("other", ", ".join(new), ("content", *new)))
            written = novelty.new_acronyms(sentence, self.whole.own.vocabulary, self.evidence.texts)
            written = [a for a in written if not self.whole.own.names_code(a)]  # "QLD" for Queensland
            for acronym in written[: 0 if new else 1]:
                bad.append(Claim("other", acronym, ("acronym",)))
        if not bad:
            # a tool or practice named as the means or as a skill: every word of it must be the resume's
            unnamed = tools.unnamed(sentence, self.whole.own.vocabulary)
            if unnamed:  # a source name given in English is no tool: "through Dupré Mills (Moulins Dupré)"
                named = self.whole.own.translated(sentence) | novelty.glossed_words(
                    sentence, self.whole.own.vocabulary
                )
                unnamed = [w for w in unnamed if w not in named]
            for word in unnamed[:1]:
                bad.append(Claim("skill", word, ("tool",)))
        if not bad:
            # what the rewrite adds around the source's fact must be said by one source sentence
            stated = [*own_said, *self.person_said]  # an award says who recognised the work
            added_clauses = clauses.unsupported_consequences(sentence, self.whole.own.vocabulary, stated)
            for added in added_clauses[:1]:
                bad.append(Claim("other", added, ("consequence",)))
            units = [u.words for u in scopes.own.units]
            for member in clauses.unsupported_members(sentence, units)[:1]:
                bad.append(Claim("scope", member, ("member",)))
            for member in clauses.added_members(sentence, scopes.own_said)[:1]:
                bad.append(Claim("other", member, ("added member",)))
            for clause in clauses.borrowed(sentence, scopes.own_said, scopes.elsewhere)[:1]:
                bad.append(Claim("other", clause, ("another job",)))
            percents = [(u.words, u.figures.percents) for u in scopes.own.units]
            for metric in measured.unmeasured(sentence, percents)[:1]:
                bad.append(Claim("other", metric, ("metric",)))
        if not bad and paragraph:
            new = clauses.unsupported_sentence(sentence, self.whole.own.vocabulary)
            if new:
                bad.append(Claim("other", ", ".join(new), ("new sentence", *new)))
        return bad

    def _about(self, sentence: str, scopes: _Scopes) -> list[str]:
        """The source sentences of the scope that share a content word with `sentence`."""
        words = content_words(sentence)
        return [s for s in scopes.own_said or self.whole_said if content_words(s) & words]

    def at_work(self, claim: Claim, scopes: _Scopes) -> Claim:
        """A language named in a job's bullet says it was used in that work: the job says so, or the
        person is fluent in it."""
        if claim.key[0] != "language" or scopes is self.whole or contains(scopes.own.phrase, claim.text):
            return claim
        return Claim(claim.kind, claim.text, (*claim.key[:2], max(int(str(claim.key[2])), FLUENT)))

    def sentences_of(self, section: str, path: str, text: str, scopes: _Scopes) -> tuple[list[str], bool]:
        """The sentences of `text` its scopes support; True if any was refused (and reported)."""
        kept, refused = [], False
        for sentence in sentences(text) or [text]:
            bad = self.unsupported(sentence, scopes)
            for claim in bad:
                self.refuse_claim(section, path, claim)
            if bad:
                refused = True
            else:
                kept.append(sentence)
        return kept, refused

    def revise(
        self, section: str, path: str, proposed: list[str], original: list[str], scopes: _Scopes
    ) -> list[str]:
        """Each proposed piece kept, trimmed to its supported sentences, or reverted to the source piece it
        rewrote; source pieces nobody carries are appended, so no fact of the source is lost."""
        pieces: list[str | None] = []
        failed: dict[int, str] = {}
        verbatim = set(original)
        for index, piece in enumerate(proposed):
            if not piece:
                continue
            if piece in verbatim:
                if piece not in pieces:
                    pieces.append(piece)
                continue
            kept, refused = self.sentences_of(section, f"{path}[{index}]", piece, scopes)
            text = " ".join(kept)
            if text and text not in pieces:
                pieces.append(text)
            elif refused:
                failed[len(pieces)] = piece
                pieces.append(None)
        carried = [content_words(p) for p in pieces if p]
        used: set[int] = set()
        for position, piece in failed.items():
            words = content_words(piece)
            best, best_overlap = None, 0.0
            for j, candidate in enumerate(original):
                if j in used or candidate in pieces or _represented(candidate, carried):
                    continue
                cw = content_words(candidate)
                overlap = len(words & cw) / max(1, len(cw | words))
                if overlap > best_overlap:
                    best, best_overlap = j, overlap
            if best is not None:
                pieces[position] = original[best]
                used.add(best)
                carried.append(content_words(original[best]))
        out = [p for p in pieces if p]
        for candidate in original:
            if candidate not in out and not _represented(candidate, carried):
                out.append(candidate)  # the model dropped or broke this fact: keep the source's words
                carried.append(content_words(candidate))
        return out

    def text(
        self, section: str, path: str, text: str | None, source: str | None, scopes: _Scopes
    ) -> str | None:
        """A rewritten paragraph: supported sentences kept, others reverted to the source sentence or removed."""
        if not text:
            return None
        if text == source:
            return text
        if leaks_prompt(text):
            self.refuse_claim(section, path, LEAK)
            return None
        proposed = sentences(text) or [text]
        original = sentences(source or "")
        kept: list[str] = []
        failed: dict[int, str] = {}
        for sentence in proposed:
            bad = self.unsupported(sentence, scopes, paragraph=True)
            for claim in bad:
                self.refuse_claim(section, path, claim)
            if bad:
                failed[len(kept)] = sentence
                kept.append("")
            elif sentence not in kept:
                kept.append(sentence)
        carried = [content_words(k) for k in kept if k]
        for position, sentence in failed.items():
            words = content_words(sentence)
            choices = [o for o in original if o not in kept and not _represented(o, carried)]
            best = max(choices, key=lambda o: len(words & content_words(o)), default=None)
            if best is not None and words & content_words(best):
                kept[position] = best
                carried.append(content_words(best))
        return " ".join(k for k in kept if k) or None

    def entries(self, section: str, outputs: list[Any], sources: list[Any], key: Any) -> dict[int, Any]:
        pairs = _pair(outputs, sources, key)
        for i, output in enumerate(outputs):
            if i not in pairs:
                label = (
                    " at ".join(x for x in (getattr(output, "position", None), output.name) if x)
                    or "an entry"
                )
                reason = "employer not in the source" if section == "work" else "entry not in the source"
                self.refuse(
                    section, f"{section}[{i}]", label, reason, "employer" if section == "work" else "entry"
                )
        return {j: outputs[i] for i, j in pairs.items()}

    def facts_kept(self, section: str, index: int, output: TailoredWork, source: Work) -> None:
        for field_name in ("name", "position", "startDate", "endDate"):
            proposed, actual = getattr(output, field_name), getattr(source, field_name)
            if proposed and actual and normalize(proposed) != normalize(actual):
                self.refuse(
                    section,
                    f"{section}[{index}].{field_name}",
                    proposed,
                    f"{field_name} kept as in the source",
                    FIELD_KINDS[field_name],
                )

    def change(self, section: str, path: str, before: Any, after: Any, reason: str) -> None:
        self.result.changes.append(
            Change(section=section, path=path, before=before, after=after, reason=reason)
        )

    def run(self, output: TailoredOutput) -> GuardResult:
        resume = self.result.resume
        summary = self.text("basics", "basics.summary", output.summary, resume.basics.summary, self.whole)
        if summary and summary != resume.basics.summary:
            self.change(
                "basics",
                "basics.summary",
                resume.basics.summary,
                summary,
                describe_text(resume.basics.summary, summary),
            )
            resume.basics.summary = summary

        for j, output_work in self.entries("work", output.work, self.source.work, _work_key).items():
            source_work = self.source.work[j]
            self.facts_kept("work", j, output_work, source_work)
            scopes = self.scopes_for(source_work)
            target = resume.work[j]
            path = f"work[{j}].highlights"
            bullets = self.revise("work", path, output_work.highlights, source_work.highlights, scopes)
            if bullets != source_work.highlights:
                self.change(
                    "work",
                    path,
                    source_work.highlights,
                    bullets,
                    describe(source_work.highlights, bullets, output_work.highlights, "bullet"),
                )
                target.highlights = bullets
            entry_summary = self.text(
                "work", f"work[{j}].summary", output_work.summary, source_work.summary, scopes
            )
            if entry_summary and entry_summary != source_work.summary:
                self.change(
                    "work",
                    f"work[{j}].summary",
                    source_work.summary,
                    entry_summary,
                    describe_text(source_work.summary, entry_summary),
                )
                target.summary = entry_summary

        for j, output_project in self.entries(
            "projects", output.projects, self.source.projects, _project_key
        ).items():
            source_project = self.source.projects[j]
            scopes = self.scopes_for(source_project)
            target_project = resume.projects[j]
            path = f"projects[{j}].highlights"
            bullets = self.revise(
                "projects", path, output_project.highlights, source_project.highlights, scopes
            )
            if bullets != source_project.highlights:
                self.change(
                    "projects",
                    path,
                    source_project.highlights,
                    bullets,
                    describe(source_project.highlights, bullets, output_project.highlights, "bullet"),
                )
                target_project.highlights = bullets
            description = self.text(
                "projects",
                f"projects[{j}].description",
                output_project.description,
                source_project.description,
                scopes,
            )
            if description and description != source_project.description:
                self.change(
                    "projects",
                    f"projects[{j}].description",
                    source_project.description,
                    description,
                    describe_text(source_project.description, description),
                )
                target_project.description = description

        for i, certificate in enumerate(output.certificates):
            if certificate.name and not any(
                similarity(certificate.name, c.name) >= 0.8 for c in self.source.certificates
            ):
                self.refuse(
                    "certificates",
                    f"certificates[{i}]",
                    certificate.name,
                    "certification not in the source",
                    "certification",
                )

        self.skills(output)
        return self.result

    def supported_skill(self, keyword: str, norm: str, source_norm: set[str]) -> bool:
        """Listed in the source, a synonym of a skill the source shows, or words the source contains
        (outside any instruction addressed to a model)."""
        if norm in source_norm:
            return True
        term = self.evidence.term_of(keyword)
        if term is not None:
            return term.name in self.whole.own.terms
        return contains(self.whole.own.phrase, phrase(keyword))

    def skills(self, output: TailoredOutput) -> None:
        """The model's skill groups, each keyword listed in the source or shown by it; every source
        skill it left out is put back, and every group keeps its level.

        A skill may be a group of keywords (`Programming (Expert): Java, Go`) or one named skill
        with no keywords, as JSON Resume writes them (`{"name": "Python", "level": "Advanced"}`).
        The model only answers names and keywords, so levels come from the source by group name."""
        source_keywords = [(g.name, k) for g in self.source.skills for k in g.keywords]
        named = {normalize(g.name): g for g in self.source.skills if g.name and not g.keywords}
        named.pop("", None)
        source_norm = {normalize(k) for _, k in source_keywords} | set(named)
        levels = {g.name.casefold(): g.level for g in self.source.skills if g.name and g.level and g.keywords}
        groups: list[Skill] = []
        seen: set[str] = set()

        def level_of(name: str | None) -> str | None:
            return levels.get(name.casefold()) if name else None

        for i, group in enumerate(output.skills):
            keep, alone = [], []
            for path, keyword in [(f"skills[{i}].keywords", k) for k in group.keywords] or [
                (f"skills[{i}].name", group.name or "")
            ]:
                norm = normalize(keyword)
                if not norm or norm in seen:
                    continue
                if not self.supported_skill(keyword, norm, source_norm):
                    self.result.unsupported_skills.append(keyword)
                    kind = "secret" if REDACTED in keyword else "skill"
                    self.refuse("skills", path, keyword, "skill not in the source", kind)
                    continue
                seen.add(norm)
                if norm in named:  # a named skill stays one, with its level, wherever the model put it
                    alone.append(named[norm].model_copy())
                elif group.keywords:
                    keep.append(keyword)
                else:
                    alone.append(Skill(name=keyword))
            if keep:
                name = group.name if group.name and REDACTED not in group.name else None
                groups.append(Skill(name=name, level=level_of(name), keywords=keep))
            groups += alone
        kept_terms = {self.evidence.term_of(k) for g in groups for k in g.keywords} - {None}
        for name, keyword in source_keywords:
            norm = normalize(keyword)
            term = self.evidence.term_of(keyword)
            if norm in seen or (term is not None and term in kept_terms):
                continue
            target = next((g for g in groups if g.name == name and g.keywords), None)
            if target is None:
                target = Skill(name=name, level=level_of(name), keywords=[])
                groups.append(target)
            target.keywords.append(keyword)
            seen.add(norm)
        groups += [skill.model_copy() for norm, skill in named.items() if norm not in seen]
        before = [g.model_dump(mode="json", exclude_none=True) for g in self.source.skills]
        after = [g.model_dump(mode="json", exclude_none=True) for g in groups]
        if groups and after != before:
            self.change(
                "skills",
                "skills",
                before,
                after,
                describe_skills(before, after, [g.model_dump() for g in output.skills]),
            )
            self.result.resume.skills = groups


def guard(source: Resume, output: TailoredOutput, evidence: Evidence) -> GuardResult:
    return _Guard(source, evidence).run(output)
