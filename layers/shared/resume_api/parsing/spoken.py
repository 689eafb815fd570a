"""Spoken languages told apart from skills by their names, in every language the parser reads.

Resumes often list their spoken languages inside the skills section (`Languages: English (native),
French (B2)`, a Europass grid, `Fluent in Spanish`), and some put programming languages under a
"Language skills" heading. The heading cannot decide; the items can: the names of spoken languages
are a closed set, taken from CLDR (`spoken_names.json`, built by `infra/vocab/spoken_names.py`).
"""

from __future__ import annotations

import re
from typing import Any

from .lines import Line
from .sections import heading_key
from .spoken_find import _names, find

_SEP = re.compile(r"\s*[,;|•·、]\s*(?![^()]*\))")
_CELL = re.compile(r"\t+|\s{3,}|\s+[—–-]\s+|\s*[:：]\s*")
_LABEL = re.compile(r"^(?P<label>[^:：,;|()\t]{1,40}?)\s*(?:[:：]\s*|\t+)(?P<rest>.*)$")
_FILLER = re.compile(r"(?i)^(?:and|&|in|of|und|et|y|e|i)\s+|\s+(?:in|of)$")
_MOTHER = re.compile(r"(?i)\s+(?:maternelle|materna|materno|madre|nativa|natal)\b")
_LANGUAGE_WORD = re.compile(
    r"(?i)(?<![^\W\d_])(?:language|langue|sprache|idioma|lingua|língua|taal|język|язык)(?![^\W\d_])"
)


def is_name(text: str) -> bool:
    """`Spanish`, `Deutsch`, `English language`, `Английский язык`, `英语`: a language's name alone."""
    text = _LANGUAGE_WORD.sub("", text).strip(" .:：()-–—*•")
    return text.casefold() in _names()


def _label(line: Line) -> tuple[str, str] | None:
    """`Label: rest`, `Label ⇥ rest`, or a table row's first cell and the others."""
    cells = [c.strip() for c in line.cells if c.strip()]
    if len(cells) >= 2 and len(cells[0]) <= 40:
        return cells[0].rstrip(":：").strip(), "\t".join(cells[1:])
    m = _LABEL.match(line.text.strip())
    return (m.group("label").strip(), m.group("rest").strip()) if m else None


def _about_language(text: str) -> bool:
    """A line about one or more spoken languages: each item names one, or its first cell is one
    and the rest is short (levels: `French ⇥ C1 ⇥ C2`, `Deutsch – Muttersprache`)."""
    items = [i for i in _SEP.split(text.strip(" .")) if i.strip()]
    if not items:
        return False
    if all(_item_language(i) for i in items):
        return True
    cells = [c for c in _CELL.split(text.strip()) if c.strip()]
    return len(cells) >= 2 and is_name(cells[0]) and all(len(c.split()) <= 4 for c in cells[1:])


def _item_language(item: str) -> bool:
    """An item that is a language with at most a short level around it (`Fluent in Spanish`)."""
    span = find(item)
    if span is None:
        return False
    rest = (item[: span[0]] + " " + item[span[1] :]).strip()
    return len(re.findall(r"[^\W\d_]+", rest)) <= 4


def split_skills(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A skills section's lines: (skills, spoken languages). A run under a languages label
    (`Languages:`, `Sprachen ⇥ …`, `Spoken languages:` over its lines) is languages where it names
    one (`Languages: Python, C` is skills); so is a line about languages under any other label
    (`Mother tongue ⇥ English`)."""
    skills: list[Line] = []
    spoken: list[Line] = []
    run: list[Line] = []

    def close() -> None:
        (spoken if any(find(ln.text) for ln in run) else skills).extend(run)
        run.clear()

    for ln in lines:
        text = ln.text.strip()
        label, rest = _label(ln) or (None, text)
        if label is None and len(text.split()) <= 5 and (text.endswith((":", "：")) or heading_key(text)):
            label, rest = text.rstrip(":：").strip(), ""  # a label or sub-heading on its own line
        if label is not None:
            close()
            if heading_key(label) == "languages":
                run.append(ln)
                continue
        lead = find(text.lstrip("•·-–—*▪●◦ "))
        starts = lead is not None and lead[0] == 0
        if run and (starts or _about_language(text) or (len(text.split()) <= 6 and not text.endswith("."))):
            run.append(ln)  # the run's lines: languages and their levels, not prose
        else:
            close()
            named = label is not None and is_name(label) and len(rest.split()) <= 8  # `French ⇥ C1 ⇥ C2`
            (spoken if named or (rest and _about_language(rest)) else skills).append(ln)
    close()
    return _with_the_grid(lines, spoken)


_CEFR = re.compile(r"(?<![^\W\d_])[ABC][12](?![^\W\d_])")


def _cells(line: Line) -> int:
    return len([c for c in line.cells if c.strip()])


def _grid_row(line: Line, neighbour: Line) -> bool:
    """A row of the language grid a spoken line belongs to: a row of three cells or more beside a
    language's row of levels (`Listening ⇥ Reading ⇥ Spoken interaction` over `French ⇥ C1 ⇥ C2 ⇥
    B2`), or a line of CEFR levels beside it (a certificate's `DALF C1`, the legend `A1 and A2:
    Basic user - B1 and B2: ...`)."""
    levels = len(_CEFR.findall(line.text))
    return (
        (_cells(line) >= 3 and _cells(neighbour) >= 3)
        or levels >= 2
        or (levels == 1 and len(line.text.split()) <= 3)
    )


def _with_the_grid(lines: list[Line], spoken: list[Line]) -> tuple[list[Line], list[Line]]:
    """(skills, spoken languages) in the document's order, the spoken lines joined by the rows of
    their grid next to them: the headers above the Europass table and the level legend below it."""
    said = {id(ln) for ln in spoken}
    changed = True
    while changed:
        changed = False
        for i, ln in enumerate(lines):
            beside = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines) and id(lines[j]) in said]
            if id(ln) not in said and any(_grid_row(ln, b) for b in beside):
                said.add(id(ln))
                changed = True
    return [ln for ln in lines if id(ln) not in said], [ln for ln in lines if id(ln) in said]


def entries(lines: list[Line]) -> list[dict[str, Any]]:
    """`{language, fluency}` from lines about spoken languages, each name as written; what is
    around a name is its fluency (`Fluent in Spanish`, `French ⇥ C1 ⇥ C2`); a label that is not
    a heading is the fluency of the names after it (`Mother tongue(s) ⇥ English`)."""
    out: list[dict[str, Any]] = []
    for ln in lines:
        text = ln.text.strip().lstrip("•·-–—*▪●◦ ").strip()
        label, rest = _label(ln) or (None, text)
        level_label = None
        if label is not None and (heading_key(label) == "languages" or not find(label)):
            # `Languages: …` names nothing itself; `Mother tongue ⇥ English` is English's level
            level_label = None if heading_key(label) == "languages" else label
            text = rest
        if not text:
            continue
        cells = [c for c in _CELL.split(text) if c.strip()]
        chunks = [" ".join(cells)] if len(cells) >= 2 and is_name(cells[0]) else _SEP.split(text)
        first = len(out)
        for raw in chunks:
            chunk = raw.strip(" .")
            span = find(chunk)
            if span is None:
                if len(out) > first and chunk:  # `Spanish – advanced reading, writing`
                    before = out[-1]["fluency"]
                    out[-1]["fluency"] = f"{before}, {chunk}" if before else chunk
                continue
            name, rest = _around(chunk, span)
            fluency = rest or level_label
            out.append({"language": name[:100], "fluency": fluency[:100] if fluency else None})
    return out[:100]


def _around(chunk: str, span: tuple[int, int]) -> tuple[str, str]:
    """The name at `span` and what is around it, less the word for "language" after the name
    (`Английский язык (свободно)`) and list filler."""
    after = chunk[span[1] :]
    word = _LANGUAGE_WORD.match(after.lstrip())
    if word and not _MOTHER.match(after.lstrip()[word.end() :]):  # `langue maternelle` is a level
        after = after.lstrip()[word.end() :]
    rest = " ".join(f"{chunk[: span[0]]} {after}".split()).strip(" -–—:：()")
    return chunk[span[0] : span[1]], _FILLER.sub("", rest).strip(" -–—:：(),")


def name_first(item: str) -> tuple[str, str] | None:
    """`Anglais courant`, `Deutsch Muttersprache`, `英语流利`: a spoken language's name, then its
    level with no separator between them; None if the item does not start with a name."""
    span = find(item)
    if span is None or span[0] != 0 or span[1] == len(item):
        return None
    return _around(item, span)


def not_spoken(lines: list[Line]) -> bool:
    """A languages section whose items are not spoken languages (`Typescript`, `R`, `SQL`
    under "Language skills"): it lists programming languages, which are skills."""
    items = [i for ln in lines for i in _SEP.split(ln.text.strip(" .•·-")) if i.strip()]
    named = sum(1 for i in items if find(i))
    return len(items) >= 2 and named == 0
