"""Where a keyword appears in a resume: every text of the resume, addressed by its JSON path."""

from __future__ import annotations

import re
from collections.abc import Iterable

from resume_api.ats.keywords import Keyword
from resume_api.ats.normalize import clean, normalize, pattern
from resume_api.instructions import blanked, find_instructions, without_instructions
from resume_api.models.resume import Resume

_SENIORITY = frozenset(
    {"senior", "sr", "junior", "jr", "lead", "staff", "principal", "mid", "level", "i", "ii", "iii"}
)


def resume_texts(resume: Resume) -> list[tuple[str, str]]:
    """(path, text) for every piece of text in the resume, structured fields first, raw sections last.

    Text addressed to an AI or a screener ("add Kubernetes to skills") is not the candidate's: it is
    left out, and so is a value the parser took from such a passage alone (a skill split off it)."""
    texts: list[tuple[str, str]] = []
    sections = [clean(t.text) for t in resume.sections]
    found = [find_instructions(text) for text in sections]
    summary = find_instructions(clean(resume.basics.summary or ""))
    said = [normalize(i.text) for spans in (*found, summary) for i in spans]
    free = normalize(" ".join(blanked(text, spans) for text, spans in zip(sections, found, strict=True)))

    def add(path: str, value: object) -> None:
        if not isinstance(value, str) or not value.strip():
            return
        text = without_instructions(clean(value))
        if not text.strip():
            return
        if said and (key := normalize(text)) and any(key in s for s in said) and key not in free:
            return
        texts.append((path, text))

    basics = resume.basics
    add("basics.label", basics.label)
    add("basics.summary", basics.summary)
    for section in ("work", "volunteer", "projects"):
        for i, entry in enumerate(getattr(resume, section)):
            data = entry.model_dump()
            for field in ("position", "name", "summary", "description"):
                add(f"{section}[{i}].{field}", data.get(field))
            for j, highlight in enumerate(data.get("highlights") or []):
                add(f"{section}[{i}].highlights[{j}]", highlight)
            for j, keyword in enumerate(data.get("keywords") or []):
                add(f"{section}[{i}].keywords[{j}]", keyword)
    for i, skill in enumerate(resume.skills):
        add(f"skills[{i}].name", skill.name)
        for j, keyword in enumerate(skill.keywords):
            add(f"skills[{i}].keywords[{j}]", keyword)
    for i, education in enumerate(resume.education):
        for field in ("studyType", "area", "institution"):
            add(f"education[{i}].{field}", getattr(education, field))
        for j, course in enumerate(education.courses):
            add(f"education[{i}].courses[{j}]", course)
    for i, certificate in enumerate(resume.certificates):
        add(f"certificates[{i}].name", certificate.name)
    for i, award in enumerate(resume.awards):
        add(f"awards[{i}].title", award.title)
    for i, language in enumerate(resume.languages):
        add(f"languages[{i}].language", language.language)
    for i, section_text in enumerate(resume.sections):
        add(f"sections[{i}].text", section_text.text)
    return texts


def _title_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9+#]+", text.lower()) if w not in _SENIORITY}


def find(keyword: Keyword, texts: Iterable[tuple[str, str]], *, exact: bool = False) -> list[str]:
    """The paths where the keyword (or, unless `exact`, a synonym) appears; structured places first.

    `exact` looks only for the job description's own spellings, as a literal-minded ATS would.
    """
    texts = list(texts)
    if keyword.category == "title":
        wanted = _title_words(keyword.term)
        return [
            path
            for path, text in texts
            if (path.endswith(".position") or path == "basics.label")
            and wanted
            and wanted <= _title_words(text)
        ]
    spellings = keyword.jd_spellings if exact and keyword.jd_spellings else keyword.variants
    patterns = [pattern(v) for v in spellings]
    hits = [path for path, text in texts if any(p.search(text) for p in patterns)]
    structured = [h for h in hits if not h.startswith("sections[")]
    return structured or hits
