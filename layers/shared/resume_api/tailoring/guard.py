"""The truth guard: builds the tailored resume from the source, taking from the model only what the
source supports.

Employers, titles, dates, degrees, institutions and certifications always come from the
source; entries the model invented are dropped; reworded text is kept only if every number,
skill, tool and link in it is in the source (numbers in a job's bullet must be that job's);
a source bullet that no kept bullet carries is restored, so nothing is lost. Every refusal is
reported as a removed claim; every accepted difference as a change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from resume_api.ats.text import normalize
from resume_api.models.optimize import Change, RemovedClaim
from resume_api.models.resume import Project, Resume, Skill, Work
from resume_api.tailoring.changes import describe, describe_skills, describe_text
from resume_api.tailoring.claims import (
    Evidence,
    content_words,
    leaks_prompt,
    numbers,
    problems,
    sentences,
    similarity,
)
from resume_api.tailoring.output import TailoredOutput, TailoredProject, TailoredWork

MATCH = 0.55
REPRESENTED = 0.3


@dataclass
class GuardResult:
    resume: Resume
    removed_claims: list[RemovedClaim] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    unsupported_skills: list[str] = field(default_factory=list)


def source_texts(resume: Resume) -> list[str]:
    """Everything the source says, structured fields and raw section text alike."""
    data = resume.model_dump(mode="json", exclude_none=True)
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return out


def _entry_numbers(entry: Work | Project) -> set[str]:
    data = entry.model_dump(mode="json", exclude_none=True)
    texts = [v for v in data.values() if isinstance(v, str)]
    texts += list(data.get("highlights", []))
    return numbers("\n".join(texts))


def _pair(outputs: list[Any], sources: list[Any], key: Any) -> dict[int, int]:
    """Greedy one-to-one pairing of model entries to source entries (output index → source index)."""
    scored = sorted(
        ((key(o, s), i, j) for i, o in enumerate(outputs) for j, s in enumerate(sources)), reverse=True
    )
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in scored:
        if score < MATCH or i in pairs or j in used:
            continue
        pairs[i] = j
        used.add(j)
    return pairs


def _work_key(o: TailoredWork, s: Work) -> float:
    if not o.name and not o.position:
        return 0.0
    return 0.6 * similarity(o.name, s.name) + 0.4 * similarity(o.position, s.position)


def _project_key(o: TailoredProject, s: Project) -> float:
    return similarity(o.name, s.name)


class _Guard:
    def __init__(self, source: Resume, evidence: Evidence) -> None:
        self.source = source
        self.evidence = evidence
        self.result = GuardResult(resume=source.model_copy(deep=True))

    def refuse(self, section: str, path: str, claim: str, reason: str) -> None:
        self.result.removed_claims.append(
            RemovedClaim(section=section, path=path, claim=claim[:300], reason=reason)
        )

    def text(self, section: str, path: str, text: str | None, allowed: set[str] | None = None) -> str | None:
        """The text with each unsupported sentence removed (and reported); None if nothing is left."""
        if not text:
            return None
        if leaks_prompt(text):
            self.refuse(section, path, "instruction text", "repeats the service's instructions")
            return None
        kept = []
        for sentence in sentences(text):
            found = problems(sentence, self.evidence, allowed)
            if found:
                for claim, reason in found:
                    self.refuse(section, path, claim, reason)
            else:
                kept.append(sentence)
        return " ".join(kept) or None

    def highlights(
        self, section: str, path: str, proposed: list[str], original: list[str], allowed: set[str]
    ) -> list[str]:
        kept = []
        for index, bullet in enumerate(proposed):
            found = problems(bullet, self.evidence, allowed)
            if found:
                for claim, reason in found:
                    self.refuse(section, f"{path}[{index}]", claim, reason)
                continue
            if bullet and bullet not in kept:
                kept.append(bullet)
        carried = [content_words(k) for k in kept]
        for bullet in original:
            words = content_words(bullet)
            if not words or any(len(words & c) / len(words) >= REPRESENTED for c in carried):
                continue
            kept.append(bullet)  # the model dropped or broke this fact: keep the source's words
        return kept

    def entries(self, section: str, outputs: list[Any], sources: list[Any], key: Any) -> dict[int, Any]:
        pairs = _pair(outputs, sources, key)
        for i, output in enumerate(outputs):
            if i not in pairs:
                label = (
                    " at ".join(x for x in (getattr(output, "position", None), output.name) if x)
                    or "an entry"
                )
                reason = "employer not in the source" if section == "work" else "entry not in the source"
                self.refuse(section, f"{section}[{i}]", label, reason)
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
                )

    def run(self, output: TailoredOutput) -> GuardResult:
        resume = self.result.resume
        summary = self.text("basics", "basics.summary", output.summary)
        if summary and summary != resume.basics.summary:
            self.result.changes.append(
                Change(
                    section="basics",
                    path="basics.summary",
                    before=resume.basics.summary,
                    after=summary,
                    reason=describe_text(resume.basics.summary, summary),
                )
            )
            resume.basics.summary = summary

        for j, output_work in self.entries("work", output.work, self.source.work, _work_key).items():
            source_work = self.source.work[j]
            self.facts_kept("work", j, output_work, source_work)
            allowed = _entry_numbers(source_work)
            target = resume.work[j]
            bullets = self.highlights(
                "work", f"work[{j}].highlights", output_work.highlights, source_work.highlights, allowed
            )
            if bullets != source_work.highlights:
                self.result.changes.append(
                    Change(
                        section="work",
                        path=f"work[{j}].highlights",
                        before=source_work.highlights,
                        after=bullets,
                        reason=describe(source_work.highlights, bullets, output_work.highlights, "bullet"),
                    )
                )
                target.highlights = bullets
            entry_summary = self.text("work", f"work[{j}].summary", output_work.summary, allowed)
            if entry_summary and entry_summary != source_work.summary:
                self.result.changes.append(
                    Change(
                        section="work",
                        path=f"work[{j}].summary",
                        before=source_work.summary,
                        after=entry_summary,
                        reason=describe_text(source_work.summary, entry_summary),
                    )
                )
                target.summary = entry_summary

        for j, output_project in self.entries(
            "projects", output.projects, self.source.projects, _project_key
        ).items():
            source_project = self.source.projects[j]
            allowed = _entry_numbers(source_project)
            target_project = resume.projects[j]
            bullets = self.highlights(
                "projects",
                f"projects[{j}].highlights",
                output_project.highlights,
                source_project.highlights,
                allowed,
            )
            if bullets != source_project.highlights:
                self.result.changes.append(
                    Change(
                        section="projects",
                        path=f"projects[{j}].highlights",
                        before=source_project.highlights,
                        after=bullets,
                        reason=describe(
                            source_project.highlights, bullets, output_project.highlights, "bullet"
                        ),
                    )
                )
                target_project.highlights = bullets
            description = self.text(
                "projects", f"projects[{j}].description", output_project.description, allowed
            )
            if description and description != source_project.description:
                self.result.changes.append(
                    Change(
                        section="projects",
                        path=f"projects[{j}].description",
                        before=source_project.description,
                        after=description,
                        reason=describe_text(source_project.description, description),
                    )
                )
                target_project.description = description

        for i, certificate in enumerate(output.certificates):
            if certificate.name and not any(
                similarity(certificate.name, c.name) >= 0.8 for c in self.source.certificates
            ):
                self.refuse(
                    "certificates", f"certificates[{i}]", certificate.name, "certification not in the source"
                )

        self.skills(output)
        return self.result

    def supported_skill(self, keyword: str, norm: str, source_norm: set[str]) -> bool:
        """Listed in the source, a synonym of a skill the source shows, or words the source contains."""
        if norm in source_norm:
            return True
        term = self.evidence.term_of(keyword)
        if term is not None:
            return term.name in self.evidence.supported_terms
        return any(norm in normalize(text) for text in self.evidence.texts)

    def skills(self, output: TailoredOutput) -> None:
        source_keywords = [(g.name, k) for g in self.source.skills for k in g.keywords]
        source_norm = {normalize(k) for _, k in source_keywords}
        groups: list[Skill] = []
        seen: set[str] = set()
        for i, group in enumerate(output.skills):
            keep = []
            for keyword in group.keywords:
                norm = normalize(keyword)
                if not norm or norm in seen:
                    continue
                supported = self.supported_skill(keyword, norm, source_norm)
                if not supported:
                    self.result.unsupported_skills.append(keyword)
                    self.refuse("skills", f"skills[{i}].keywords", keyword, "skill not in the source")
                    continue
                keep.append(keyword)
                seen.add(norm)
            if keep:
                groups.append(Skill(name=group.name, keywords=keep))
        for name, keyword in source_keywords:
            norm = normalize(keyword)
            term = self.evidence.term_of(keyword)
            carried = norm in seen or (
                term is not None and any(self.evidence.term_of(k) == term for g in groups for k in g.keywords)
            )
            if carried:
                continue
            target = next((g for g in groups if g.name == name), None)
            if target is None:
                target = Skill(name=name, keywords=[])
                groups.append(target)
            target.keywords.append(keyword)
            seen.add(norm)
        before = [g.model_dump(mode="json", exclude_none=True) for g in self.source.skills]
        after = [g.model_dump(mode="json", exclude_none=True) for g in groups]
        if groups and after != before:
            self.result.changes.append(
                Change(
                    section="skills",
                    path="skills",
                    before=before,
                    after=after,
                    reason=describe_skills(before, after, [g.model_dump() for g in output.skills]),
                )
            )
            self.result.resume.skills = groups


def guard(source: Resume, output: TailoredOutput, evidence: Evidence) -> GuardResult:
    return _Guard(source, evidence).run(output)
