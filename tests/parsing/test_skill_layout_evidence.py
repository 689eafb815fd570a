"""Skills read from what the page shows about its layout, on lines built in memory: a keyword is
bounded by its box (the space a chip leaves around it, wider than the leading inside it), groups set
side by side are read down their columns, a group's name is set apart by weight or size, a level is
a level wherever it stands (under a group's name, in a grid) and never a keyword, and a spaced slash
separates keywords as a pipe does. The generated families (`html_writer.py`'s `skill_idioms`) print
the same idioms through Chromium; these span their geometry and every language the generators
write."""

from __future__ import annotations

import random

import pytest

from resume_api.parsing.lines import Line
from resume_api.parsing.lists import skill_groups
from tests.parsing.layouts.skill_idioms import LEVELS, MULTIWORD

LANGS = sorted(MULTIWORD)
SINGLE = (
    "Python",
    "SQL",
    "Excel",
    "Docker",
    "Jira",
    "SAP",
    "Figma",
    "Git",
    "Tableau",
    "Looker",
    "Scrum",
    "Spark",
)


def _width(text: str, size: float) -> float:
    return 0.5 * size * len(text)


def _line(text: str, x0: float, y: float, size: float, gap: float, *, bold: bool = False) -> Line:
    return Line(
        text=text, cells=[text], x0=x0, x1=x0 + _width(text, size), y=y, size=size, bold=bold, gap_before=gap
    )


def _row(cells: list[tuple[float, str]], y: float, size: float, gap: float, *, bold: bool = False) -> Line:
    text = " ".join(t for _, t in cells)
    spans = [(x, x + _width(t, size)) for x, t in cells]
    return Line(
        text=text,
        cells=[t for _, t in cells],
        x0=cells[0][0],
        x1=spans[-1][1],
        y=y,
        size=size,
        bold=bold,
        gap_before=gap,
        cell_spans=spans,
        lead_bold=bold,
    )


def _chips(lang: str, seed: int) -> tuple[list[Line], list[tuple[str, list[str]]]]:
    """Groups of chips one a line, each long keyword wrapped inside its chip (`Stakeholder` over
    `management`), item spacing and leading drawn from the ranges web pages use, with jitter."""
    rnd = random.Random(f"{lang}{seed}")
    size = rnd.choice((7.5, 8.5, 9.5, 10.5))
    leading = rnd.uniform(1.1, 1.45)
    spacing = leading + rnd.uniform(0.4, 0.9)
    phrases = list(MULTIWORD[lang])
    rnd.shuffle(phrases)
    lines: list[Line] = []
    want: list[tuple[str, list[str]]] = []
    y = 100.0
    names = ("Tools", "Methods", "Software")[: rnd.randint(1, 3)]
    for g, name in enumerate(names):
        lines.append(_line(name, 30.0, y, size * 1.1, 3.0, bold=True))
        kws: list[str] = []
        for i in range(rnd.randint(3, 5)):
            kw = phrases.pop() if i % 2 == 0 and phrases else SINGLE[(g * 5 + i) % len(SINGLE)]
            kws.append(kw)
            words = kw.split()
            parts = [kw] if len(words) < 2 or " " not in kw else [" ".join(words[:-1]), words[-1]]
            for p, part in enumerate(parts):
                gap = (leading if p else spacing) + rnd.uniform(-0.05, 0.05)
                y += gap * size
                lines.append(_line(part, 33.0, y, size, gap))
        want.append((name, kws))
        y += 2 * size
    return lines, want


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("lang", LANGS)
def test_a_keyword_wrapped_inside_its_chip_comes_back_whole(lang: str, seed: int) -> None:
    lines, want = _chips(lang, seed)
    got = [(g["name"], g["keywords"]) for g in skill_groups(lines)]
    assert got == want


@pytest.mark.parametrize("gaps", [(1.10, 1.42, 1.74, 1.30), (1.4, 1.4, 1.4, 1.4), (2.0, 1.9, 2.1, 2.0, 1.95)])
def test_a_list_spaced_evenly_or_at_random_joins_nothing(gaps: tuple[float, ...]) -> None:
    """No two clear bands of spacing: no evidence of a box, every line its own keyword."""
    words = ["Python", "SQL", "Excel", "Tableau", "Docker", "Jira"][: len(gaps) + 1]
    lines = [_line(words[0], 30, 100, 9.4, 2.0)]
    y = 100.0
    for w, g in zip(words[1:], gaps, strict=True):
        y += g * 9.4
        lines.append(_line(w, 30, y, 9.4, g))
    assert [k for g in skill_groups(lines) for k in g["keywords"]] == words


def _grid(lang: str, seed: int, *, by: str, levels: bool) -> tuple[list[Line], list[dict[str, object]]]:
    """Two to four groups side by side: names (bold or larger) over their keywords, a row at a time,
    chips or one a cell, a level under each name where `levels`."""
    rnd = random.Random(f"grid{lang}{seed}{by}{levels}")
    ncol = rnd.randint(2, 4)
    size = rnd.choice((9.0, 10.5))
    starts = [40.0 + c * rnd.uniform(120, 160) for c in range(ncol)]
    words = list(MULTIWORD[lang]) + list(SINGLE)
    rnd.shuffle(words)
    names = [f"{n}" for n in ("Tools", "Cloud", "Design", "Data")[:ncol]]
    cols = [[words.pop() for _ in range(rnd.randint(1, 4))] for _ in range(ncol)]
    rated = [LEVELS[lang][c % len(LEVELS[lang])] for c in range(ncol)]
    head_size = size * (1.4 if by == "size" else 1.0)
    lines = [_row(list(zip(starts, names, strict=True)), 100.0, head_size, 2.5, bold=by == "weight")]
    y = 100.0
    if levels:
        y += 1.4 * size
        lines.append(_row(list(zip(starts, rated, strict=True)), y, size * 0.9, 1.4))
    for r in range(max(len(c) for c in cols)):
        y += 1.4 * size
        lines.append(
            _row([(starts[c] + 3, cols[c][r]) for c in range(ncol) if r < len(cols[c])], y, size, 1.4)
        )
    want: list[dict[str, object]] = []
    for c in range(ncol):
        want.append({"name": names[c], "keywords": cols[c], **({"level": rated[c]} if levels else {})})
    return lines, want


@pytest.mark.parametrize("levels", [False, True])
@pytest.mark.parametrize("by", ["weight", "size"])
@pytest.mark.parametrize("lang", LANGS)
def test_groups_side_by_side_are_read_down_their_columns(lang: str, by: str, levels: bool) -> None:
    for seed in range(3):
        lines, want = _grid(lang, seed, by=by, levels=levels)
        got = [{k: g[k] for k in ("name", "keywords", "level") if k in g} for g in skill_groups(lines)]
        assert got == want


@pytest.mark.parametrize("lang", LANGS)
def test_a_table_of_skills_and_their_levels_is_no_grid_of_groups(lang: str) -> None:
    levels = LEVELS[lang]
    lines = [_row([(40, "Skill"), (200, "Level")], 100, 10, 2.5, bold=True)]
    for i, kw in enumerate(SINGLE[:4]):
        lines.append(_row([(40, kw), (200, levels[i % len(levels)])], 114 + 14 * i, 10, 1.4))
    got = skill_groups(lines)
    assert [(g["name"], g.get("level")) for g in got if g.get("level")] == [
        (kw, levels[i % len(levels)]) for i, kw in enumerate(SINGLE[:4])
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_a_level_under_a_groups_name_is_the_groups(lang: str) -> None:
    """`Switchboards & distribution` in large type over `Expert`, then the next group: the level is
    the group's, never a keyword, and a group with no keywords is a skill of its own."""
    level = LEVELS[lang][1]
    lines = [
        _line("Switchboards & distribution", 200, 100, 18, 2.0),
        _line(level, 200, 122, 10.5, 2.0),
        _line("Solar PV & battery storage", 200, 160, 18, 2.0),
        _line(LEVELS[lang][0], 200, 182, 10.5, 2.0),
        _line("Fronius", 230, 204, 10.5, 2.1),
        _line("Tesla Powerwall", 230, 219, 10.5, 1.4),
    ]
    got = [{k: g[k] for k in ("name", "keywords", "level") if k in g} for g in skill_groups(lines)]
    assert got == [
        {"name": "Switchboards & distribution", "keywords": [], "level": level},
        {
            "name": "Solar PV & battery storage",
            "keywords": ["Fronius", "Tesla Powerwall"],
            "level": LEVELS[lang][0],
        },
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Python / SQL / Go", ["Python", "SQL", "Go"]),
        ("Tools: Excel / Tableau", ["Excel", "Tableau"]),
        ("SAP FI/CO, CI/CD, TCP/IP", ["SAP FI/CO", "CI/CD", "TCP/IP"]),
        ("Languages: Java / Kotlin", ["Java", "Kotlin"]),
        ("Excel / VBA", ["Excel / VBA"]),
        ("UI / UX design", ["UI / UX design"]),
    ],
)
def test_a_spaced_slash_separates_keywords_and_a_tight_one_is_part_of_a_name(
    text: str, want: list[str]
) -> None:
    """A spaced slash parts keywords where it repeats or after a group's name; alone on a line it
    is part of one name (`Excel / VBA`)."""
    assert [k for g in skill_groups([_line(text, 30, 100, 10, 2.0)]) for k in g["keywords"]] == want


def test_a_groups_name_with_a_slash_in_a_larger_type_names_its_group() -> None:
    lines = [
        _line("Infrastructure / Cloud", 30, 100, 10, 2.5, bold=True),
        _line("AWS, OCI, Azure", 30, 112, 8, 1.4),
        _line("Security", 30, 126, 10, 2.0, bold=True),
        _line("OWASP, Metasploit", 30, 138, 8, 1.4),
    ]
    assert [(g["name"], g["keywords"]) for g in skill_groups(lines)] == [
        ("Infrastructure / Cloud", ["AWS", "OCI", "Azure"]),
        ("Security", ["OWASP", "Metasploit"]),
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_a_level_under_a_single_skill_rates_it(lang: str) -> None:
    """`Excel` over `Advanced` (one a line): the skill's level, not a skill, nor a group's name."""
    level = LEVELS[lang][0]
    lines = [_line("Tools:", 30, 100, 10, 2.5), _line("Jira", 33, 114, 9, 1.5), _line("Git", 33, 128, 9, 1.5)]
    lines += [_line("Excel", 33, 142, 9, 1.5), _line(level, 33, 156, 9, 1.5)]
    got = [{k: g[k] for k in ("name", "keywords", "level") if k in g} for g in skill_groups(lines)]
    assert got == [
        {"name": "Tools", "keywords": ["Jira", "Git"]},
        {"name": "Excel", "keywords": [], "level": level},
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_a_bold_name_beside_its_chips_names_their_group(lang: str) -> None:
    kws = [MULTIWORD[lang][0], "SQL", MULTIWORD[lang][1]]
    lines = [
        _row([(40, "Tools"), (140, kws[0]), (260, kws[1]), (300, kws[2])], 100, 9.5, 2.0),
        _row([(40, "Cloud"), (140, "AWS"), (180, "Docker")], 116, 9.5, 1.7),
    ]
    for ln in lines:
        ln.lead_bold = True
    got = [(g["name"], g["keywords"]) for g in skill_groups(lines)]
    assert got == [("Tools", kws), ("Cloud", ["AWS", "Docker"])]
