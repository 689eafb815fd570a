"""Round trip of the skills section's shapes: whatever a template prints for skills reads back
as the skills it was printed from.

The corpus round trip (`test_round_trip.py`) meets a shape only where some resume has it (the
Europass Smith-EN keyword `Organisational / managerial skills` in a comma list, the moderncv group
name wrapped in its cell, `Développement` over `web`). Here every shape the parser gives is
printed by every template in PDF and DOCX, its keywords and group names in a language that takes
turns across the shapes (every language of the generators over the table): a bare list, named
groups, a spaced slash inside one keyword of a comma list or in a group's name, skills rated one
by one, a group with a level, a name with nothing under it, a long list that wraps. Cells the
parser still reads otherwise are in `XFAIL` (strict).
"""

from __future__ import annotations

from typing import Any

import pytest

from resume_api.models.resume import Resume
from resume_api.parsing import parse_document
from resume_api.render import TEMPLATES, render
from tests.parsing.layouts.lang import LANGS
from tests.parsing.layouts.skill_idioms import LEVELS, MULTIWORD

from .conftest import summary
from .sample import SAMPLE


def _shapes(lang: str) -> dict[str, list[dict[str, Any]]]:
    words, groups, levels = MULTIWORD[lang], LANGS[lang].skill_groups, LEVELS[lang]
    return {
        "bare": [{"name": "Skills", "keywords": [words[0], "SQL", words[1], "Docker"]}],
        "groups": [
            {"name": groups[0], "keywords": [words[0], "SQL"]},
            {"name": groups[1], "keywords": [words[1], "Docker", "Git"]},
        ],
        "slash-in-keyword": [
            {"name": groups[0], "keywords": [f"{words[0]} / {words[1]}", words[2], "Excel"]},
            {"name": groups[1], "keywords": ["Jira", "Git"]},
        ],
        "slash-in-name": [
            {"name": f"{groups[0]} / {groups[1]}", "keywords": ["AWS", "Azure", words[0]]},
            {"name": groups[2], "keywords": ["Jira", words[1]]},
        ],
        "rated": [
            {"name": "Python", "level": levels[0], "keywords": []},
            {"name": words[0], "level": levels[1], "keywords": []},
        ],
        "group-level": [
            {"name": groups[0], "level": levels[1], "keywords": ["COBOL", words[0]]},
            {"name": groups[1], "keywords": ["Git", words[1]]},
        ],
        "name-only": [
            {"name": groups[0], "keywords": [words[0], "SQL"]},
            {"name": "Excel / VBA", "keywords": []},
        ],
        "long-list": [{"name": groups[0], "keywords": [*words, "SQL", "Docker", "Kubernetes", "Terraform"]}],
    }


SHAPES = tuple(_shapes("en"))
CODES = tuple(LANGS)
CELLS = [(shape, CODES[i % len(CODES)]) for i, shape in enumerate(SHAPES)]

XFAIL: dict[tuple[str, str], str] = {}
"""(shape, template.fmt) -> why the parser reads it otherwise."""


def _params() -> list[object]:
    out: list[object] = []
    for shape, lang in CELLS:
        for template in TEMPLATES:
            for fmt in ("pdf", "docx"):
                why = XFAIL.get((shape, f"{template}.{fmt}"))
                marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
                out.append(
                    pytest.param(
                        shape, lang, template, fmt, marks=marks, id=f"{shape}-{lang}-{template}-{fmt}"
                    )
                )
    return out


@pytest.mark.parametrize(("shape", "lang", "template", "fmt"), _params())
def test_a_skills_shape_reads_back_from_every_template(
    shape: str, lang: str, template: str, fmt: str
) -> None:
    resume = Resume.model_validate({**SAMPLE, "skills": _shapes(lang)[shape]})
    back = parse_document(render(resume, fmt, template).data, f"resume.{fmt}")
    want, got = summary(resume.model_dump()), summary(back)
    assert (got["skills"], got["skill_groups"]) == (want["skills"], want["skill_groups"]), back["skills"]
    levels = {(s.name, s.level) for s in resume.skills if s.level}
    assert levels <= {(s.get("name"), s.get("level")) for s in back["skills"]}, back["skills"]


def test_the_table_names_only_cells_the_test_runs() -> None:
    assert {s for s, _ in XFAIL} <= set(SHAPES)
    assert {t for _, t in XFAIL} <= {f"{t}.{f}" for t in TEMPLATES for f in ("pdf", "docx")}
