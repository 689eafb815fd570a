"""List-like sections: skills, languages, certificates, awards, publications, interests, references.

Their items are separated by commas, bullets, pipes or line breaks, sometimes under a category
label (`Languages: Python, Go`), sometimes wrapped mid-item across lines, sometimes as prose
(`Proficient in Windows and Mac OS`). Items are kept as printed; only labels, filler words and
list conjunctions are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from . import dates as D
from .clean_text import join_wrapped
from .entries import highlights, split_entries, title_groups
from .lines import BULLETS, Line
from .skill_levels import MARKS, from_marks, is_level
from .spoken import name_first
from .vocab import company_score

_ITEM_SEP = re.compile(r"\s*(?:[,;|•●·▪■◦‣、，；]|\s[-–/]\s|\t|\s{3,})\s*")
_NAME_SEP = re.compile(r"\s*(?:[,;|•●·▪■◦‣、，；]|\s[-–]\s|\t|\s{3,})\s*")
"""`_ITEM_SEP` but a spaced slash: a group's name holds one (`Infrastructure / Cloud`), a list
of keywords is split at it (`Python / SQL`)."""
_LEAD = (
    # en
    r"(?:(?:highly|very|strong|good|solid|advanced|basic|working|deep|hands-on|proven)\s+)*"
    r"(?:proficient|fluent|familiar(?:ity)?|experienced?|knowledge|skilled|expert(?:ise)?|command|"
    r"ability\s+to\s+use)\s+(?:in|with|at|of)|including|such\s+as",
    # fr
    r"(?:(?:très\s+)?bonnes?\s+|solides?\s+|excellentes?\s+)?(?:maîtrise|connaissances?|expérience|notions|"
    r"pratique\s+courante)\s+(?:de|des|du|d'|d’|en|avec|sur)",
    # de
    r"(?:(?:sehr\s+)?gute|fundierte|umfassende|solide|vertiefte|erweiterte|grund)?\s*(?:kenntnisse|erfahrung(?:en)?|"
    r"wissen)\s+(?:in|mit|im\s+bereich|im\s+umgang\s+mit|von|über)|vertraut\s+mit|"
    r"(?:sicherer\s+)?umgang\s+mit",
    # es
    r"(?:amplia\s+|sólida\s+|buena\s+)?(?:conocimientos?|experiencia|dominio\s+avanzado)(?:\s+(?:avanzados?|"
    r"sólidos?|básicos?))?\s+(?:de|en|con|del)",
    # pt
    r"(?:(?:bom|boa|sólido|amplo|ampla)\s+)?(?:conhecimentos?|experiência|familiaridade)(?:\s+(?:avançados?|"
    r"sólidos?|básicos?))?\s+(?:em|de|com|do|da|no|na)",
    # it
    r"(?:(?:buona|ottima|ampia|solida)\s+)?(?:conoscenz[ae]|esperienza|padronanza)\s+(?:di|del|della|dei|in|con|"
    r"nell[ao]?|nell')",
    # nl
    r"(?:(?:goede|brede|ruime)\s+)?(?:kennis|ervaring)\s+(?:van|met|in)|(?:bedreven|ervaren|vertrouwd)\s+"
    r"(?:in|met)",
    # pl
    r"(?:(?:bardzo\s+)?dobra\s+|biegła\s+|podstawowa\s+)?znajomość|doświadczenie\s+(?:z|w|we)",
    # ru
    r"(?:(?:уверенное|свободное|хорошее|отличное|глубокое)\s+)?(?:владение|знание)(?:\s+и\s+опыт\s+работы\s+с)?|"
    r"опыт(?:\s+работы)?\s+(?:с|со|в)",
)
"""How each language says it knows what follows (`Proficient in`, `Kenntnisse in`, `maîtrise de`,
`владение`), at the start of a list or an item. Not the phrases that name a skill of their own
(`Manejo de equipos`); Chinese and Japanese keep their verb (`熟悉Python`), written as one word."""
_FILLER = re.compile(r"(?i)^(?:" + "|".join(_LEAD) + r")\s+(?=\S)")
_LABEL = re.compile(
    r"^(?P<label>[^:：,;|()]{1,40}?)(?:\s*\((?P<level>[^():：,;|]{1,30})\))?\s*(?::\s+|：\s*)(?P<rest>.+)$"
)
"""`Category: items`; `Category (level): items` carries the group's level (`Programming (Expert):`)."""
_SIGNS = "→⇒➜➔►▸>»=~"
_DASH_LABEL = re.compile(
    rf"^(?P<label>[^:：,;|()、，；–—\-{_SIGNS}]{{1,40}}?)\s+(?P<sign>[–—\-{_SIGNS}])\s+(?P<rest>.+)$"
)
"""`Category – items`: a label before a dash, when a list follows it; `Frameworks → Django`: a label
before an arrow or a sign (`>`, `»`, `=`), where one item may follow."""
_LISTED = re.compile(r"[,;|•·、，；]")
"""A separator that makes a line a list."""
_LEVEL_WORDS = re.compile(
    r"(?i)\b(native|fluent|bilingual|proficient|advanced|intermediate|basic|beginner|conversational|"
    r"professional(?: working)?|elementary|limited|full professional|mother tongue|[abc][12])\b"
)


def split_items(text: str, separators: re.Pattern[str] = _ITEM_SEP) -> list[str]:
    """Split on list separators that are not inside parentheses."""
    out: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = separators.match(text, i)
            if m and m.end() > i:
                out.append(text[start:i])
                start = i = m.end()
                continue
        i += 1
    out.append(text[start:])
    return [p for p in out if p.strip()]


def _strip_bullet(text: str) -> str:
    t = text.strip()
    while len(t) > 1 and t[0] in BULLETS and t[1] in " \t":
        t = t[1:].strip()
    return t


_PARENS = re.compile(r"\([^()]*\)")


_WRAP_JUMP = 0.3
"""How much wider (in font sizes) the space between two items must be than the leading inside one."""


def _box_wraps(lines: list[Line], body: tuple[float, bool]) -> set[int]:
    """Indices of lines that continue the item above them inside its box: a chip or a tag one a line
    (`Hemodynamic` / `monitoring`, `Agiles` / `Projektmanagement`) is bounded by its box's margin, so
    the lines of one item sit at the type's leading and the items further apart. Only where the
    list's spacing falls into those two clear bands (one jump far larger than any other), in any
    script and case; a list spaced evenly gives no evidence and nothing is joined, nor one where the
    tight band outnumbers the wide one (items one a line, groups set apart by wider space)."""
    gaps: list[tuple[float, int]] = []
    for i in range(1, len(lines)):
        ln, prev = lines[i], lines[i - 1]
        if (
            ln.gap_before > 0
            and not (ln.bold or prev.bold or ln.bullet or _head(ln, body) or _head(prev, body))
            and len(ln.cells) == 1
            and len(prev.cells) == 1
            and abs(ln.x0 - prev.x0) <= 1
            and not _ITEM_SEP.search(ln.text)
            and not re.search(r"[:：]|" + _ITEM_SEP.pattern, prev.text)
        ):
            gaps.append((ln.gap_before, i))
    if len(gaps) < 3:
        return set()
    values = sorted(g for g, _ in gaps)
    jumps = sorted((values[k + 1] - values[k], k) for k in range(len(values) - 1))
    big, k = jumps[-1]
    rest = jumps[-2][0] if len(jumps) > 1 else 0.0
    if big < _WRAP_JUMP or big < 2 * rest or k + 1 > len(values) - (k + 1):
        return set()  # no clear bands, or more "wraps" than items: the wide gaps part groups instead
    cut = values[k] + big / 2
    return {i for g, i in gaps if g < cut}


def _carried(lines: list[Line], body: tuple[float, bool]) -> set[int]:
    """Indices of lines that carry down the end of the keyword above them in a narrow column, where
    the lines of one keyword and of two are spaced alike (`Hemodynamic` / `monitoring`): the line
    starts in lower case where the list's lines start in capitals, in the column of the line above
    (an edge or the middle in common), and its first word would not have fitted on the line above
    (the widest line of the column is its measure). PDF only: Word never wraps a paragraph in two
    for a reader. Not a line with a capital anywhere (`iOS`, `basic HTML/CSS`: a keyword of its own)."""
    cased = [ln.text.strip()[:1] for ln in lines if ln.text.strip()[:1].isalpha()]
    cased = [c for c in cased if c.upper() != c.lower()]
    upper = sum(1 for c in cased if c.isupper())
    if upper < 2 or 2 * upper < len(cased):
        return set()
    single = [ln for ln in lines if len(ln.cells) <= 1 and ln.x1 > ln.x0]
    ids = {id(ln) for ln in single}
    out: set[int] = set()
    for k in range(1, len(lines)):
        ln, prev = lines[k], lines[k - 1]
        text, above = ln.text.strip(), prev.text.strip()
        if not (text[:1].islower() and above and id(ln) in ids and id(prev) in ids and ln.page == prev.page):
            continue
        word = text.split()[0]
        if any(c.isupper() for c in text) or _ITEM_SEP.search(text) or _ITEM_SEP.search(above):
            continue
        if (
            above.endswith((",", ";", ":", "：", "|"))
            or _head(ln, body)
            or _head(prev, body)
            or ln.bold != prev.bold
        ):
            continue
        if not (above[:1].isupper() or k - 1 in out):
            continue
        if not (
            abs(ln.x0 - prev.x0) <= _ALIGN
            or abs(ln.x1 - prev.x1) <= _ALIGN
            or abs(ln.x0 + ln.x1 - prev.x0 - prev.x1) <= 2 * _ALIGN
        ):
            continue  # the line above is another column's (a grid read row by row)
        edge = [
            o.x1 - o.x0
            for o in single
            if o.page == prev.page
            and round(o.size, 1) == round(ln.size, 1)
            and o.bold == ln.bold
            and (abs(o.x0 - prev.x0) <= _ALIGN or abs(o.x1 - prev.x1) <= _ALIGN)
        ]
        fits = (prev.x1 - prev.x0) + 0.3 * ln.size + (ln.x1 - ln.x0) * len(word) / len(text)
        if fits > max(edge, default=0.0):
            out.add(k)
    return out


def _paragraphs(lines: list[Line], body: tuple[float, bool] | None = None) -> list[tuple[str, Line]]:
    """Join lines that wrap one list across the column (`..., Project` / `management, ...`); given
    the list's `body` type, a keyword wrapped inside its chip (`_box_wraps`) too, and never a line
    set apart from the body (a group's name)."""
    out: list[tuple[str, Line]] = []
    tight = (_box_wraps(lines, body) | _carried(lines, body)) if body else set()
    for k, ln in enumerate(lines):
        text = "\t".join(ln.cells) if len(ln.cells) > 1 else ln.text
        if ln.pieces and " ".join(ln.pieces) == text and not _ITEM_SEP.search(text):
            text = "\t".join(ln.pieces)  # tags set apart by a gap only (`Line.pieces`)
        text = text.strip()
        if not text:
            continue
        docx_paragraphs = ln.x1 == 0 and out and out[-1][1].x1 == 0  # Word never wraps a paragraph in two
        if out and not ln.bullet and not ln.list_item and not docx_paragraphs and len(ln.cells) == 1:
            prev_text, prev_line = out[-1]
            comma_list = bool(
                re.search(r"[,;]", _PARENS.sub("", prev_text))
            )  # `English (C1, Native)`: no list
            wrapped = comma_list and not prev_text.rstrip().endswith((",", ";", ":", "•", "|"))
            if (
                (ln.bold and not prev_line.bold)
                or ln.bold_lead
                or (body and _head(ln, body) and not _head(prev_line, body))
                or _rated(split_items(text, _STRONG_SEP)[0])
            ):
                wrapped = (
                    False  # `Python, SQL` over `Werkzeuge` in bold (alone or run in), or `Go – Advanced`
                )
            labelled = bool(_LABEL.match(text) or _dash_label(text))
            # an open parenthesis closes on a later line, and a line opening with one is an aside
            # to the line above (`Portuguese (Professional` / `working proficiency)`, `(Nativo)`)
            aside = prev_text.count("(") > prev_text.count(")") or text.startswith("(")
            boxed = k in tight and not labelled and not _rated(text)
            if (
                (wrapped and ln.x0 >= prev_line.x0 - 40 and not labelled)
                or boxed
                or aside
                or (prev_text.rstrip().endswith(",") and not labelled)
            ):
                out[-1] = (join_wrapped(prev_text, text), prev_line)  # `purifica-` / `tion`: one word
                continue
        out.append((text, ln))
    return out


def _split_conjunction(item: str, ends_series: bool = False) -> list[str]:
    """`Java and J2EE` -> two skills; `Written and verbal communication` stays one. An ampersand
    joins one name (`Mobile Devices & Applications`, `Forschung & Entwicklung`) except where it
    closes a comma series as `and` does, after one word (`Microsoft Word, Excel & Outlook`, `HTML5,
    CSS3 & Java`): the corpus's labels count both so; a version after it (`Java SE/EE 7 & 8`) and
    a name of several words before it (`Product Management & Marketing`) make one skill."""
    item = item.strip()
    m = re.match(r"^(?P<a>.+?)\s+(?P<conj>and|und|et|y|&)\s+(?P<b>.+)$", item)
    if not m:
        return [item]
    a, b = m.group("a").strip(), m.group("b").strip()
    if a.count("(") != a.count(")"):
        return [item]  # `Spring (Boot and MVC)`: the conjunction is inside the parenthesis
    if m.group("conj") == "&" and (not ends_series or b[:1].isdigit() or len(a.split()) > 1):
        return [item]  # (`…, Product Management & Marketing`: the words before it are one name's)
    if (b[:1].isupper() or b[:1].isdigit()) and len(a.split()) <= 3 and len(b.split()) <= 4:
        return [a, *_split_conjunction(b, ends_series)]
    return [item]


_WHOLE = (80, 10)
"""Characters and words up to which a skill with a list in parentheses stays one skill."""


def _split_parens(item: str) -> list[str]:
    """`Spring (Boot, MVC)`, `MS Office (Word, Excel)`: one skill, as the person wrote it and as a
    reader takes it (the framework and the parts of it they know), and as `score.py`'s labels count
    it. Only a list too long to be one skill is taken apart: `NoSQL databases (…)` -> the name and
    each item, labels inside (`SQL: PostgreSQL, MySQL; NoSQL: Redis`) dropped like a group's."""
    m = re.match(r"^(?P<a>[^()]+?)\s*\((?P<inner>[^()]*[,;、，；][^()]*)\)\s*$", item)
    if not m or (len(item) <= _WHOLE[0] and len(item.split()) <= _WHOLE[1]):
        return [item]
    inner = [re.sub(r"^[^:：]{1,30}[:：]\s*", "", p.strip()) for p in _LISTED.split(m.group("inner"))]
    return [m.group("a").strip(), *[p for p in inner if p.strip()]]


def _run_in(text: str, ln: Line) -> tuple[str, str] | None:
    """(label, items) of `**Languages** Python, Go`: a group label set apart by bold type alone."""
    lead = ln.bold_lead.strip()
    if not lead or not text.startswith(lead):
        return None
    label = lead.strip(" :：–—-|")
    rest = text[len(lead) :].strip(" :：–—-|")
    if not label or not rest or len(label.split()) > 5 or _LISTED.search(label):
        return None
    return label, rest


def _dash_label(text: str) -> re.Match[str] | None:
    """`Languages – Python, Go`: a label before a dash and a list after it; not `Python – Advanced,
    Docker – Intermediate` (skills with their levels)."""
    m = _DASH_LABEL.match(text)
    rest = m.group("rest") if m else ""
    listed = bool(re.search(rf"{_LISTED.pattern}|\t|\s{{3,}}", rest))
    if not m or not (listed or m.group("sign") in _SIGNS) or len(m.group("label").split()) > 4:
        return None
    if not listed and is_level(rest):
        return None
    if _rated(split_items(text, _STRONG_SEP)[0]):
        return None
    return m


def _clean_item(item: str) -> str:
    item = _strip_bullet(item).strip(" .;:,*")
    item = _FILLER.sub("", item)
    item = re.sub(r"^\([^()]{1,60}\)\s+(?=\S)", "", item)  # an aside before the skill: `(most used first) Go`
    item = re.sub(r"(?i)^(?:and|or|&|und|et|y)\s+", "", item)
    item = re.sub(r"\s*[○●◯◉⬤★☆]+(?:\s*[○●◯◉⬤★☆]+)*\s*$", "", item)  # rating dots
    return item.strip(" .;:,")


_STRONG_SEP = re.compile(r"\s*[,;|•·▪■◦‣、，；]\s*")
_SERIES = re.compile(r"\s*[,;、，；]\s*")
"""The separators of a series written as a sentence (`A, B & C`), not of tags (`A | B`)."""
"""The separators no skill name holds; a dash or a tab may stand between a skill and its level."""
_RATED = re.compile(
    r"^(?P<name>[^,;|•·()\t]{1,60}?(?:\s*\([^,;|•·()\t]{1,30}\))?)"
    r"(?:\s+[—–-]\s+|\s*[:：]\s*|\s*\t\s*|\s{3,})(?P<level>[^,;|•·\t]{1,40})$"
)


def _rated(text: str, cells: list[str] | None = None) -> dict[str, Any] | None:
    """`Python – Advanced`, `Excel: sehr gut`, `Docker ●●●○○`, or a row `Go | 5 years`: one named skill
    with its level (JSON Resume's `{"name", "level"}`), else None. A parenthesis stays part of the
    skill (`SQL (Intermediate)`, as `Angular (versions 2+)`): that is how people and labels write it."""
    text = text.strip()
    if cells and len(cells) == 2:
        name, level = cells[0].strip().rstrip(":："), cells[1].strip()
        level = from_marks(level) if MARKS.fullmatch(level) else level
    elif (marks := MARKS.search(text)) and marks.end() == len(text) and marks.start() > 0:
        # a table row `Languages⇥TypeScript⇥★★☆`: the skill is the cell before the marks
        name, level = (
            text[: marks.start()].rstrip().split("\t")[-1].strip(" -–—:："),
            from_marks(marks.group()),
        )
    elif m := _RATED.match(text):
        name, level = m.group("name").strip(), m.group("level").strip()
    else:
        return None
    if not name or len(name.split()) > 6 or not is_level(level.strip(" .")):
        return None
    return {"name": name[:300], "level": level.strip(" .")[:100], "keywords": []}


def _label_over_list(paras: list[tuple[str, Line]], k: int) -> bool:
    """`Tools` on a line of its own in body type, over `Git, Jira, Docker`: a group's label, where the
    line before it (if any) is a list too (a lone skill between two lists would be a list's item),
    and not a Word paragraph indented under it (a name never stands right of its keywords' edge; a
    PDF's lines can be a grid's columns read across)."""
    text, ln = paras[k]
    if ln.bullet or len(text.split()) > 4 or _ITEM_SEP.search(text) or re.search(r"[:：()\d]", text):
        return False
    if MARKS.search(text) or k + 1 >= len(paras):
        return False  # `PostgreSQL ★★★★★`: a rated skill

    def listed(other: str) -> bool:
        return len(split_items(other)) >= 2 and not MARKS.search(other)

    nxt, under = paras[k + 1]
    if not listed(nxt) or _LABEL.match(nxt):
        return False
    if k and not ln.x1 and abs(paras[k - 1][1].x0 - under.x0) <= _ALIGN and ln.x0 > under.x0 + _ALIGN:
        return False  # a Word paragraph indented between two lists flush with each other: a sub-point
    return k == 0 or listed(paras[k - 1][0])


_ALIGN = 4.0
"""Points within which two cells start at one column's left edge."""
_LARGER = 1.04
"""How much larger than the list's body type a group's name is set, where size sets it apart."""


def _body(lines: list[Line]) -> tuple[float, bool]:
    """The list's body type: its most common size (the smaller on a tie) and whether it is bold."""
    sizes = Counter(round(ln.size, 1) for ln in lines if ln.size and not _levels(ln))
    sizes = sizes or Counter(round(ln.size, 1) for ln in lines if ln.size)  # levels set smaller: not the body
    size = min(sizes, key=lambda z: (-sizes[z], z)) if sizes else 0.0
    return size, sum(1 for ln in lines if ln.bold) > 0.6 * max(1, len(lines))


def _head(ln: Line, body: tuple[float, bool]) -> bool:
    """A line set apart from the list's body by weight or by size (every cell of it: not a name beside
    its smaller chips): a group's name; never a line of levels (`Expert`, `Advanced` under rated
    skills, a size between theirs and their chips')."""
    size, bold = body
    sized = min(ln.cell_sizes) if ln.cell_sizes and len(ln.cell_sizes) == len(ln.cells) else ln.size
    if not ((ln.bold and not bold) or bool(size and sized >= _LARGER * size)):
        return False
    return not _levels(ln)


def _levels(ln: Line) -> bool:
    """Whether every cell of the line is a level (`Expert`, `●●●○○`)."""
    return all(is_level(c) or bool(MARKS.fullmatch(c.strip())) for c in ln.cells or [ln.text])


def _grid_columns(lines: list[Line], body: tuple[float, bool]) -> list[Line]:
    """Groups set side by side (a CSS grid or a table of columns: `Languages | Tools | Cloud` in bold
    or larger type over their keywords): read down each column, not across the rows, as one line
    `Languages: Python; SQL` a column. A row of names set apart (`_head`) heads a grid where the
    rows under it start every cell inside one of the names' columns; a name wrapped over two rows
    is one name, and in a column of bulleted items a cell with no bullet continues the item above.
    A level in a column (`Expert` under its name) is the group's; a column of levels
    (`Skill | Level` over rated rows) makes no grid of groups."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        head = lines[i]
        starts = [a for a, _ in head.cell_spans] if len(head.cell_spans) == len(head.cells) else []
        if not (_head(head, body) and len(starts) >= 2 and all(len(c.split()) <= 5 for c in head.cells)):
            out.append(head)
            i += 1
            continue
        names = [c.strip() for c in head.cells]
        columns: list[list[str]] = [[] for _ in starts]
        levels: list[list[str]] = [[] for _ in starts]
        bulleted = [False for _ in starts]
        j = i + 1
        while j < len(lines):
            ln = lines[j]
            if len(ln.cell_spans) != len(ln.cells) or ln.x0 < starts[0] - _ALIGN:
                break
            at = [
                max((c for c in range(len(starts)) if starts[c] <= a + _ALIGN), default=0)
                for a, _ in ln.cell_spans
            ]
            if _head(ln, body):
                if (
                    len(ln.cells) >= len(head.cells)
                    or any(columns[c] or levels[c] for c in at)
                    or any(abs(starts[c] - a) > _ALIGN for c, (a, _) in zip(at, ln.cell_spans, strict=True))
                ):
                    break
                for c, text in zip(at, ln.cells, strict=True):  # `Switchboards &` over `distribution`
                    names[c] = join_wrapped(names[c], text.strip())
                j += 1
                continue
            for c, cell in zip(at, ln.cells, strict=True):
                text = _strip_bullet(cell)
                if columns[c] and text == cell.strip() and bulleted[c]:
                    columns[c][-1] = join_wrapped(columns[c][-1], text)  # `- Periodontal charting` / `(BPE)`
                    continue
                bulleted[c] = text != cell.strip()
                rated = is_level(text) or MARKS.fullmatch(text)
                (levels if rated else columns)[c].append(text)
            j += 1
        grid = sum(1 for c in range(len(starts)) if columns[c] or levels[c]) >= 2
        if not grid or any(len(lv) > 1 for lv in levels):
            out.append(head)
            i += 1
            continue
        for named, items, level in zip(names, columns, levels, strict=True):
            name = named.rstrip(":：")
            # a group printed with no keywords is a skill of its own, rated or not
            alone = f"{name} \u2013 {level[0]}" if level else name
            said = f"{name} ({level[0]})" if level else name
            text = f"{said}: {'; '.join(items)}" if items else alone
            out.append(  # a paragraph of its own (`list_item`): no line joins it
                replace(
                    head,
                    text=text,
                    cells=[text],
                    cell_spans=[],
                    bold=False,
                    bold_lead="",
                    size=body[0],
                    list_item=True,
                )
            )
        i = j
    return out


_INDENT = (0.8, 6.0)
"""How far (in font sizes) a group's keywords are indented under its name."""


def _starts(ln: Line) -> list[tuple[float, float, str]] | None:
    """Where each cell of a line starts and ends, with its text: a PDF's cells, a DOCX paragraph's
    indent (and no end)."""
    if ln.cell_spans and len(ln.cell_spans) == len(ln.cells):
        return [(a, b, c.strip()) for (a, b), c in zip(ln.cell_spans, ln.cells, strict=True)]
    if len(ln.cells) <= 1 and not ln.x1:
        return [(ln.x0, 0.0, ln.text.strip())]
    return None


def _hanging(kinds: list[list[tuple[bool, str, Line, float, float]]]) -> bool:
    """Whether the flush lines over indented ones are keywords wrapped with a hanging indent
    (`Gestion de` / `    projet`), not groups' names: every "name" over one line only, or most
    names' first lines starting in lower case under a capital (the rest of a word carried down)."""
    groups: list[tuple[str, list[str]]] = []
    for col in kinds:
        for named, text, *_ in col:
            if named:
                groups.append((text, []))
            elif groups and not (is_level(text) or MARKS.fullmatch(text)):
                groups[-1][1].append(text)
    if all(len(items) <= 1 for _, items in groups):
        return True
    carried = sum(1 for name, items in groups if items and name[:1].isupper() and items[0][:1].islower())
    return 2 * carried > len(groups)


def _indented_groups(lines: list[Line], body: tuple[float, bool]) -> list[Line] | None:
    """Groups named by indentation alone (`Clinical` flush with its column, `Hemodynamic monitoring`
    indented under it, one size and weight), one under another or side by side (a grid's row of
    names, a masonry grid's cards, a second name beside the first group's keywords): each column
    read down, a name as `Name:` (a paragraph of its own), each keyword a line, a level at the
    name's edge right under it (`Expert`) the group's. Only where every cell starts at a name's or a
    keyword's edge, no row holds both a name's edge and its keywords' (a grid of chips), every name
    is short, no list, in the keywords' look (a name in bold or larger type is `_grid_columns`'s and
    the lines' own), and has keywords or a level under it, and there are two names; else None."""
    cells: list[tuple[float, float, str, Line]] = []
    for ln in lines:
        got = _starts(ln)
        if got is None:
            return None
        cells += [(a, b, text, ln) for a, b, text in got if text]
    size = max((ln.size for ln in lines), default=0.0) or 10.0
    edges: list[float] = []
    for a in sorted(c[0] for c in cells):
        if not edges or a - edges[-1] > _ALIGN:
            edges.append(a)
    if not cells or len(edges) < 2:
        return None
    column: dict[float, int] = {}
    names: list[float] = []
    for e in edges:
        under = [n for n in names if _INDENT[0] * size <= e - n <= _INDENT[1] * size]
        if not under:
            names.append(e)
        elif under[-1] in column:
            return None  # keywords at two depths under one name: an outline, not groups
        else:
            column[e] = column[under[-1]] = len(column) // 2
    if any(n not in column for n in names):
        return None
    for ln in lines:
        at = {column[min(edges, key=lambda e: abs(e - a))] for a, _, _ in _starts(ln) or []}
        if len(at) < len(_starts(ln) or []):
            return None  # a name's column twice in one row: chips side by side, not indentation

    def edge(a: float) -> float:
        return min(edges, key=lambda e: abs(e - a))

    kinds: list[list[tuple[bool, str, Line, float, float]]] = [[] for _ in range(len(column) // 2)]
    for a, b, text, ln in cells:
        e = edge(a)
        col = kinds[column[e]]
        rated = bool(col) and col[-1][0] and (is_level(text) or bool(MARKS.fullmatch(text)))
        col.append((e in names and not rated, text, ln, a, b))  # `Expert` under its name: the group's
    for col in kinds:
        if not col or not col[0][0] or col[-1][0]:
            return None
        for k, (named, text, *_) in enumerate(col):
            if named and (
                col[k + 1][0]
                or len(text.split()) > 5
                or _NAME_SEP.search(text)
                or text[:1] in BULLETS
                or text.endswith((",", ":", "："))
                or is_level(text)
            ):
                return None
        if any(named and _head(ln, body) for named, _, ln, *_ in col):
            return None
        if all(is_level(t) or MARKS.fullmatch(t) for named, t, *_ in col if not named):
            return None  # `Python` over `●●●●○`: rated skills, no groups
    if sum(c[0] for col in kinds for c in col) < 2 or _hanging(kinds):
        return None
    out: list[Line] = []
    for col in kinds:
        for k, (named, text, ln, x0, x1) in enumerate(col):
            up = col[k - 1][2] if k else None
            gap = ln.gap_before
            if up is not None and ln.x1 and up.page == ln.page and ln.size and ln.y > up.y:
                gap = (ln.y - up.y) / ln.size  # the space above it in its column, not in the row
            said = f"{text}:" if named else text
            out.append(
                replace(
                    ln,
                    text=said,
                    cells=[said],
                    cell_spans=[],
                    x0=x0,
                    x1=x1,
                    bold_lead="",
                    pieces=[],
                    list_item=named,
                    gap_before=gap,
                )
            )
    return out


def skill_groups(lines: list[Line]) -> list[dict[str, Any]]:
    """[{name: category or "Skills", keywords: [...]}] for a skills section, and `{name, level}` for each
    skill written with its level (`Python – Advanced`)."""
    groups: list[dict[str, Any]] = []
    current: dict[str, Any] = {"name": "Skills", "keywords": []}
    groups.append(current)
    body = _body(lines)
    first: dict[int, int] = {}
    """id of each group or rated skill that holds something -> when it got its first item"""
    rated: set[int] = set()
    looks: dict[int, tuple[float, bool]] = {}
    """id of each group named by a line of its own -> that line's size and weight"""
    lined: dict[int, Line] = {}
    """id of each group named on a line -> that line"""
    paras = _paragraphs(_indented_groups(lines, body) or _grid_columns(lines, body), body)
    added: list[str] = []
    """the keywords the paragraph before gave, in the group they went to"""
    carried: set[int] = set()
    """id of each line that carries a group's name on under the line that began it"""
    for k, (para, ln) in enumerate(paras):
        text = _strip_bullet(para)
        if is_level(text):  # a level alone on its line is never a keyword nor a group's name:
            if not current["keywords"] and "level" not in current:
                current["level"] = text  # `Expert` under its group's name: the group's
                first.setdefault(id(current), len(first))
                continue
            if len(added) == 1 and current["keywords"] and current["keywords"][-1] == added[0]:
                current["keywords"].pop()  # `Excel` over `Advanced`: that skill's
                alone: dict[str, Any] = {"name": added[0], "level": text, "keywords": []}
                groups.append(alone)
                rated.add(id(alone))
                first[id(alone)] = len(first)
                added = []
                continue
        added = []
        up = paras[k - 1][1] if k else None
        if (
            up is not None
            and (lined.get(id(current)) is up or id(up) in carried)
            and _name_goes_on(ln, up, lined.get(id(current)), body)
        ):
            current["name"] = join_wrapped(current["name"], text)  # `Języki` over `programowania`
            carried.add(id(ln))
            continue
        if _label_over_list(paras, k):
            current = {"name": text, "keywords": []}
            groups.append(current)
            lined[id(current)] = ln
            looks[id(current)] = (round(ln.size, 1), ln.bold)
            continue
        one = _rated(text, ln.cells if len(ln.cells) == 2 else None)
        if one:
            groups.append(one)
            rated.add(id(one))
            first[id(one)] = len(first)
            continue
        m = _LABEL.match(text) or _dash_label(text)
        lead = _run_in(text, ln)
        if lead is not None and not (m and len(m.group("label")) <= len(lead[0]) + 2):
            current = {"name": lead[0], "keywords": []}
            groups.append(current)
            lined[id(current)] = ln
            text = lead[1]
        elif m and len(m.group("label").split()) <= 5 and not re.search(r"https?$", m.group("label")):
            current = {"name": m.group("label").strip(), "keywords": []}
            if m.groupdict().get("level"):
                current["level"] = m.group("level").strip()
            groups.append(current)
            lined[id(current)] = ln
            text = m.group("rest")
        elif (
            len(ln.cells) >= 2
            and len(ln.cells[0].split()) <= 4
            and not _LISTED.search(ln.cells[0])
            and (
                (len(ln.cells) == 2 and len(split_items(ln.cells[1])) >= 2) or (ln.lead_bold and not ln.bold)
            )
        ):
            # a table row or tab stop: category | items; or a name set apart by weight beside its
            # keywords' boxes (`**Languages**  [Python] [SQL]`)
            current = {"name": ln.cells[0].strip().rstrip(":"), "keywords": []}
            groups.append(current)
            lined[id(current)] = ln
            rest = "\t".join(ln.cells[1:])
            head, _, joined = text.partition(rest)
            # the row's keywords and the lines that carried them on under it (`_paragraphs`)
            text = rest + joined if head.strip(" \t:") == ln.cells[0].strip().strip(":") else rest
        elif text.endswith((":", "：")) and len(text.split()) <= 5:
            current = {"name": text.rstrip(":：").strip(), "keywords": []}
            groups.append(current)
            lined[id(current)] = ln
            looks[id(current)] = (round(ln.size, 1), ln.bold)
            continue
        elif (
            _head(ln, body)
            and len(text.split()) <= (3 if ln.bold else 5)
            and not _NAME_SEP.search(text)
            and len(lines) > 2
        ):
            current = {"name": text, "keywords": []}
            groups.append(current)
            lined[id(current)] = ln
            looks[id(current)] = (round(ln.size, 1), ln.bold)
            continue
        # a spaced slash parts keywords after a group's name or where it repeats (`Python / SQL / Go`),
        # not in a name of its own (`Excel / VBA`, `UI / UX`), nor in a list another mark parts
        # (`Organisational / managerial skills, Digital skills`: the comma is the list's)
        named = text != _strip_bullet(para) and not _NAME_SEP.search(text)
        seps = _ITEM_SEP if named or text.count(" / ") >= 2 else _NAME_SEP
        in_list = bool(_LISTED.search(text))
        chunks = split_items(text, _STRONG_SEP)
        series = len(split_items(text, _SERIES)) >= 2 and not text.rstrip().endswith((",", ";", "，", "；"))
        for c, chunk in enumerate(chunks):
            one = _rated(_strip_bullet(chunk)) if in_list else None
            if one:  # `Python – Advanced, Docker – Intermediate`: each its own skill
                groups.append(one)
                rated.add(id(one))
                first[id(one)] = len(first)
                continue
            for raw in split_items(chunk, seps):
                for piece in _split_parens(_clean_item(raw)):
                    for part in _split_conjunction(_clean_item(piece), series and c == len(chunks) - 1):
                        item = _clean_item(part)
                        words = _WHOLE[1] if "(" in item else 8
                        if (
                            item
                            and len(item) <= 80
                            and not D.is_date_only(item)
                            and len(item.split()) <= words
                        ):
                            current["keywords"].append(item[:300])
                            added.append(item[:300])
                            first.setdefault(id(current), len(first))
    # a group's name with nothing under it, last or right before a name in its own look (`Excel /
    # VBA` after `Systems`), is a skill of its own, never dropped; one over rated skills or over a
    # name in another look (the rest of a heading wrapped in a narrow column) is not
    place: dict[int, float] = dict(first)
    seen = -0.5
    for n, g in enumerate(groups):
        if id(g) in first:
            seen = first[id(g)]
        elif _name_wrapped(g, groups[n - 1] if n else None, lined) and n + 1 == len(groups):
            groups[n - 1]["name"] += " " + g["name"]
        elif id(g) in looks and (n + 1 == len(groups) or looks.get(id(groups[n + 1])) == looks[id(g)]):
            place[id(g)] = seen + 0.5 - 0.5 / (n + 2)  # (several after one group: in their order)
    # in the order they were written: a group's place is where its first item was
    out = sorted((g for g in groups if id(g) in place), key=lambda g: place[id(g)])
    total = 0
    for g in out:
        g["keywords"] = list(dict.fromkeys(g["keywords"]))[: max(0, 300 - total)]
        total += len(g["keywords"])
    return out


_COLONED = re.compile(r"[:：]\s*$")


def _name_goes_on(ln: Line, up: Line, began: Line | None, body: tuple[float, bool]) -> bool:
    """Whether `ln` carries on the name of the group `up` began (or carried on): a name wrapped in a
    narrow cell or sidebar (`Języki` / `programowania`, `Programming` | `Python, Go` over
    `languages`), in the names' look, alone on its line, at its left edge or (right-aligned) its
    right one, right under it at a wrapped line's leading, closer than the name's first line (`began`) is to
    the line above it."""
    text = ln.text.strip()
    looks = _head(ln, body) or (ln.bold and (up.bold or up.lead_bold))  # (a short list of bold names)
    if len(ln.cells) != 1 or not looks or ln.page != up.page or not up.cells:
        return False
    if _NAME_SEP.search(text) or len(text.split()) > 3 or is_level(text) or MARKS.search(text):
        return False
    if re.search(r"[:：]", up.text + text) or not 0 < ln.y - up.y <= 1.35 * ln.size:
        return False  # a colon closes a name (`Tools: Git`, `Excel / VBA:` a name-only row of its own)
    if began is None or not 0 < ln.gap_before < began.gap_before:
        return False
    return abs(ln.x0 - up.x0) <= _ALIGN or (len(up.cells) == 1 and abs(ln.x1 - up.x1) <= _ALIGN)


def _name_wrapped(g: dict[str, Any], before: dict[str, Any] | None, lined: dict[int, Line]) -> bool:
    """Group `g`, a name with nothing under it, is the rest of the name of the group `before`,
    wrapped in its cell (`Développement` | `HTML, CSS` over `web`): set right under that group's
    line, closer than that line is to the one above it (a wrapped line's leading, not a row's).
    A name its colon closes (`Metrics & reporting: CSAT` over `Knowledge management:`) is whole."""
    ln, up = lined.get(id(g)), lined.get(id(before)) if before is not None else None
    if ln is None or up is None or before is None or "level" in g or "level" in before:
        return False
    if _COLONED.search(ln.text) or re.search(re.escape(before["name"]) + r"\s*[:：]", up.text):
        return False
    return (
        ln.page == up.page
        and 0 < ln.y - up.y <= 1.6 * ln.size
        and 0 < ln.gap_before < up.gap_before
        and len(g["name"].split()) <= 2
        and len(before["name"].split()) <= 3
    )


_LANG_SEP = re.compile(r"\s+[—–-]\s+|\s*[:：]\s*|\s*\(\s*|\t|\s+[|·]\s+")


def languages(lines: list[Line]) -> list[dict[str, Any]]:
    """`English — Native`, `Deutsch: C1`, `Español (fluido)`, `中文：母语`, `Anglais courant`, inline or one a line."""
    out = []
    for text, _ln in _paragraphs(lines):
        for chunk in re.split(r"\s*[,;|•·、]\s*(?![^()]*\))", _strip_bullet(text)):
            raw = _clean_item(chunk)
            if not raw:
                continue
            name, fluency = raw, None
            m = _LANG_SEP.search(raw)
            if m and m.start() > 0:
                name, fluency = raw[: m.start()], raw[m.end() :]
            elif said := name_first(
                raw
            ):  # `Anglais courant`, `英语 流利`: the name tells where the level starts
                name, fluency = said
            else:
                level = _LEVEL_WORDS.search(raw)
                if level and level.start() > 0:
                    name, fluency = raw[: level.start()], raw[level.start() :]
            name = name.strip(" ()-–—:：")
            fluency = (fluency or "").strip(" ()-–—:：") or None
            if name and len(name.split()) <= 4 and not re.search(r"\d{3}", name):
                out.append({"language": name[:100], "fluency": fluency and fluency[:100]})
    return out[:100]


def simple_items(lines: list[Line]) -> list[str]:
    """One item per bullet or paragraph (wrapped lines joined)."""
    return [_strip_bullet(item) for item in highlights(lines) if _strip_bullet(item)]


def _date_out(item: str) -> tuple[str, str | None]:
    """The item without its date (a single date or a range's end), and that date."""
    span = D.find_range(item)
    if span is None:
        return item, None
    date = span.end if span.end != "present" else span.start
    before, after = item[: span.begin], item[span.stop :]
    before = re.sub(r"[\s,;|·•–—(-]+$", "", before) if not after.strip(" .)") else before
    after = re.sub(r"^[\s,;|·•–—)-]+", "", after)
    joined = f"{before} {after}".strip() if before.strip() and after.strip() else (before + after)
    joined = joined.strip(" ,;|·•–—-")
    if joined.endswith(".") and not re.search(r"(?:^|[\s.])[A-Za-z]{1,3}\.$", joined):
        joined = joined[:-1]  # a sentence's full stop, not `S.A.` or `Inc.`
    if joined.count("(") > joined.count(")"):
        joined = joined.rstrip(" ,;") + ")"
    return joined.strip(), date


_PART_SEP = re.compile(r"\s+[—–|·•]\s+|\s*\|\s*|,\s+(?![^()]*\))")


def _parts(item: str) -> list[str]:
    """Segments of a credential line. A spaced ASCII hyphen is part of a name
    (`AWS Certified Security - Specialty`) unless it is the only separator and an organisation
    follows it (`PMP - Project Management Institute`)."""
    item = item.strip()
    paren = re.match(r"^(?P<a>.+?)\s*\((?P<b>[^()]+)\)\s*$", item)
    tail: list[str] = []
    if paren and not re.fullmatch(r"[A-Z0-9-]{2,10}", paren.group("b").strip()):
        item, tail = paren.group("a"), [p.strip() for p in re.split(r",\s+", paren.group("b")) if p.strip()]
    if "|" in item:
        # pipes are the line's separators: a dash or a comma beside them is part of a name
        # (`AWS Certified Solutions Architect – Associate | Amazon Web Services`)
        return [p.strip() for p in item.split("|") if p.strip()] + tail
    parts = [p.strip() for p in _PART_SEP.split(item) if p.strip()]
    if len(parts) == 1 and not tail and " - " in item:
        head, _, rest = item.rpartition(" - ")
        if company_score(rest) > 0 or (len(rest.split()) >= 2 and all(w[:1].isupper() for w in rest.split())):
            parts = [head.strip(), rest.strip()]
    return parts + tail


_TRAILING_URL = re.compile(r"(?:,\s*|\s+)(?P<url>(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+/\S*)\s*$")
"""A link closing a citation (`..., 2020, doi.org/10.1000/xyz`): a scheme, `www.` or a path
(`Node.js` in a title is no link)."""


def _link_out(item: str) -> tuple[str, str | None]:
    """The item without the link that closes it, and that link."""
    link = _TRAILING_URL.search(item)
    if link is None:
        return item, None
    return item[: link.start()].rstrip(" ,;|·•–—-"), link.group("url").rstrip(".,;")[:500]


def _credentials(lines: list[Line], first: str, second: str) -> list[dict[str, Any]]:
    """Certificates and awards: name/title, issuer/awarder, date, from any of the usual forms."""
    out = []
    for entry in _items_with_cells(lines):
        item, date = _date_out(entry)
        item, url = _link_out(item)
        parts = _parts(item)
        if not parts:
            continue
        out.append(
            {
                first: parts[0][:500],
                second: (", ".join(parts[1:])[:300] if len(parts) > 1 else None),
                "date": date,
                **({"url": url} if url else {}),
            }
        )
    return out[:200]


def _items_with_cells(lines: list[Line]) -> list[str]:
    """One item per bullet or paragraph; a right-aligned cell (a date) joins its line with a comma.
    A bullet drawn in a cell of its own (`•⇥Certified Public Accountant`) stays the item's bullet,
    not its first field."""
    joined = []
    for ln in lines:
        if len(ln.cells) > 1:
            cells = [c.strip() for c in ln.cells if c.strip()]
            bullet = bool(cells) and len(cells[0]) == 1 and cells[0] in BULLETS
            text = ("• " if bullet else "") + ", ".join(cells[1:] if bullet else cells)
            joined.append(replace(ln, text=text, cells=[text]))
        else:
            joined.append(ln)
    return simple_items(joined)


def certificates(lines: list[Line]) -> list[dict[str, Any]]:
    return _credentials(lines, "name", "issuer")


def awards(lines: list[Line]) -> list[dict[str, Any]]:
    return [
        # an award has no link of its own in JSON Resume: one printed with it stays in its text
        {
            "title": c["name"],
            "awarder": ", ".join(filter(None, (c["issuer"], c.get("url")))) or None,
            "date": c["date"],
        }
        for c in _credentials(lines, "name", "issuer")
    ]


_QUOTED = re.compile(r"^[\"“”„«‘'](?P<t>.+?)[\"“”»’']\s*[,.:]?\s*(?P<rest>.*)$")


def publications(lines: list[Line]) -> list[dict[str, Any]]:
    """`“Title”, Journal, 2012`, `Title. Journal, 2012.`, `Authors. Title. Venue, 2012.`, with a link
    at the end kept as the publication's URL."""
    out = []
    for entry in _items_with_cells(lines):
        item, date = _date_out(entry)
        item, url = _link_out(item)
        name, publisher = item, None
        quoted = _QUOTED.match(item)
        if quoted:
            name, publisher = quoted.group("t"), quoted.group("rest")
        else:
            sentences: list[str] = []
            for piece in re.split(r"(?<=[^\s.][^\s.])\.\s+", item):
                # a sentence starts with anything but a lower-case letter (`. 管理世界`, `. Journal`)
                if sentences and piece[:1].islower():
                    sentences[-1] += ". " + piece
                elif piece.strip():
                    sentences.append(piece)
            if len(sentences) >= 3 and re.search(r",|\band\b|&", sentences[0]):
                name, publisher = sentences[1], ". ".join(sentences[2:])
            elif len(sentences) == 2:
                name, publisher = sentences
        out.append(
            {
                "name": name.strip(" ,").rstrip(".")[:1000],
                "publisher": (publisher or "").strip(" ,")[:300] or None,
                "releaseDate": date,
                **({"url": url} if url else {}),
            }
        )
    return out[:500]


def interests(lines: list[Line]) -> list[dict[str, Any]]:
    out = []
    for para, _ln in _paragraphs(lines):
        text = _strip_bullet(para)
        m = _LABEL.match(text)
        if m:
            kws = [_clean_item(p) for p in split_items(m.group("rest")) if _clean_item(p)]
            out.append({"name": m.group("label")[:300], "keywords": kws[:100]})
            continue
        for raw in split_items(text):
            item = _clean_item(raw)
            if item:
                out.append({"name": item[:300], "keywords": []})
    return out[:100]


def _person_name(text: str) -> bool:
    """`Jane Smith`, `Dr. Karl Meyer`, `王芳`: a short line that can only be a person's name."""
    text = _strip_bullet(text).strip()
    if not text or re.search(r"[\d@,;:()/|]", text) or text.endswith("."):
        return False
    ws = text.split()
    if text.isascii() or any(c.isalpha() and c.isascii() for c in text):
        return 2 <= len(ws) <= 4 and all(w[:1].isupper() for w in ws)
    return len(ws) <= 2 and len(text.replace(" ", "")) <= 5


def _name_groups(lines: list[Line]) -> list[list[Line]] | None:
    """Referees in one look (no bold names): a block per line that is a name and nothing else,
    where the first line is one and every block has lines under its name."""
    if len(lines) < 4 or not _person_name(lines[0].text):
        return None
    blocks: list[list[Line]] = []
    for ln in lines:
        if _person_name(ln.text) and (not blocks or len(blocks[-1]) > 1):
            blocks.append([ln])
        else:
            blocks[-1].append(ln)
    return blocks if len(blocks) >= 2 and all(len(b) > 1 for b in blocks) else None


def references(lines: list[Line]) -> list[dict[str, Any]]:
    """One referee per name line (in the title look), else per dated/undated entry."""
    out: list[dict[str, Any]] = []
    blocks = (
        title_groups(lines) or _name_groups(lines) or [e.header + e.details for e in split_entries(lines)]
    )
    for block in blocks:
        if not block:
            continue
        name = _strip_bullet(block[0].text)
        rest = "\n".join(ln.text.strip() for ln in block[1:]).strip()
        out.append({"name": name[:300], "reference": rest[:5000] or None})
    return out[:100]


def paragraph(lines: list[Line]) -> str:
    """A prose section as one string: wrapped lines joined, paragraphs kept apart."""
    parts: list[str] = []
    for item in simple_items(lines):
        if parts and not parts[-1].endswith((".", "!", "?", ":")) and item[:1].islower():
            parts[-1] = join_wrapped(parts[-1], item)
        else:
            parts.append(item)
    return "\n".join(parts)
