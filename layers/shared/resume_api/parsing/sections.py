"""Section headings: which lines are headings, what each one means, and which lines it owns.

A heading is found by name and by look. The name comes from the per-language vocabularies of
real-world headings (`lang/*.json`: `Work History`, `Berufserfahrung`, `Опыт работы`, `職務経歴`...). The
look is how the document sets its headings apart: larger, bold, capitals, a Word heading style.
Headings with a known name teach the parser the document's heading style; other short lines in
exactly that style (`Invited Talks`, `A Day of My Life`) are headings too, keyed `other`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .clean_text import normalize_key
from .dates import DURATION
from .lexicon import lexicon
from .lines import PLACED_HEADING, Line

CONTACT = "contact"
"""A heading that labels the contact block: its lines go to the header, it is not a section."""

_LOOKUP: dict[str, str] = lexicon().headings
"""Every language's headings (`lang/*.json`), normalised -> section key."""

_HEAD_WORDS = lexicon().head_words
_PRIORITY = (
    "languages",
    "certificates",
    "publications",
    "volunteer",
    "awards",
    "projects",
    "interests",
    "references",
    "education",
    "work",
    "skills",
    "summary",
)
"""When a heading's words name several keys, the more specific one wins (`Competencias lingüísticas`)."""


_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[A-H])[.)]\s+(?=\S)")
"""A heading's number: `1. Experience`, `2.1 Skills`, `II. Education`, `A) Projects`."""
_PLURAL = re.compile(r"(?i)(?<=[^\W\d_])\((s|n|es|en|e|x)\)")
"""A plural in parentheses, as Europass prints it: `Other language(s)`, `Weitere Sprache(n)`."""
_SPACED = re.compile(r"[^\W\d_](?: \S)+(?:\s{2,}\S(?: \S)*)*")
"""Letter-spaced capitals, words apart by two spaces or more: `W O R K   E X P E R I E N C E`."""


def _undress(text: str) -> str:
    """The heading's words without a number, a parenthesised plural or letter spacing."""
    text = _NUMBERED.sub("", text.strip())
    if _SPACED.fullmatch(text):
        text = " ".join(w.replace(" ", "") for w in re.split(r"\s{2,}", text))
    return _PLURAL.sub(r"\1", text)


def heading_key(text: str) -> str | None:
    """The section key a heading's words name, or None when they name nothing we know."""
    norm = normalize_key(_undress(text).rstrip(":").strip())
    if not norm or len(norm) > 60:
        return None
    hit = _LOOKUP.get(norm) or _LOOKUP.get(norm.replace(" ", ""))
    if hit:
        return hit
    # "Education & Certifications", "Skills / Tools": the part that holds the structure decides
    hits = _part_keys(norm)
    if hits:
        return _joined(hits)
    words = norm.split()
    # a bilingual heading ("教育背景 Education", "Опыт работы / Experience"): a non-Latin part decides
    foreign = [w for w in words if not w.isascii()]
    if foreign and len(foreign) < len(words):
        hit = _LOOKUP.get(" ".join(foreign)) or _LOOKUP.get("".join(foreign))
        if hit:
            return hit
    words = [w for w in words if w not in {"/", "&", "+"}]
    if 1 < len(words) <= 4 and not _role_named(norm):
        keys = {_HEAD_WORDS[w] for w in words if w in _HEAD_WORDS}
        for key in _PRIORITY:
            if key in keys:
                return key
    return None


def _role_named(norm: str) -> bool:
    """Whether a phrase that holds a heading's word names a role (`Gerente de projetos`, `Volunteer
    Coordinator`, `Education Officer`): a job's title, not a section's heading."""
    from .vocab import title_score

    return title_score(norm) >= 3


_JOINERS = re.compile(
    r"\s*(?:&|\band\b|/|\+|,|\||\bund\b|\bet\b|\by\b|\be\b|\bi\b|\ben\b|\bи\b|\boraz\b|[和与及、・])\s*"
)
"""What joins the names of two sections in one heading (`Education & Certifications`, `学歴・資格`)."""


def _part_keys(norm: str) -> list[str]:
    """The keys the parts of a heading that joins several names name, in order; [] for one name.
    Parts of CJK words set apart by a space (`学歴 資格`, as `・` normalises) are parts too."""
    parts = [p.strip() for p in _JOINERS.split(norm) if p.strip()]
    words = norm.split()
    if len(parts) == 1 and len(words) > 1 and not any(w.isascii() for w in words):
        parts = words
    if len(parts) < 2:
        return []
    return [h for part in parts if (h := _LOOKUP.get(part) or _LOOKUP.get(part.replace(" ", "")))]


_JOINED = (
    ("skills", frozenset({"interests", "languages", "certificates", "awards"})),
    ("education", frozenset({"certificates"})),
    ("work", frozenset({"volunteer"})),
)
"""Sections one heading may join, and which keeps the key: the skills beside languages, interests or
certificates (`Skills & Interests`, `Langues et compétences`: what the rest is said of), the schooling
beside certificates, the jobs beside volunteering."""


def _joined(keys: list[str]) -> str:
    """The key of a heading that names several sections: a pair in `_JOINED`, else the first."""
    named = set(keys)
    for main, beside in _JOINED:
        if main in named and named - {main} <= beside:
            return main
    return keys[0]


@dataclass(slots=True)
class Section:
    heading: str
    key: str
    lines: list[Line] = field(default_factory=list)
    heading_line: Line | None = None


@dataclass(slots=True)
class Split:
    header: list[Line]
    sections: list[Section]


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


def _is_caps(text: str) -> bool:
    """Capitals: most letters upper case, not a line of Chinese with one acronym (`IT業界で…`)."""
    letters = _letters(text)
    return len(letters) >= 2 and letters.isupper() and 2 * sum(c.isupper() for c in letters) >= len(letters)


def _candidate(line: Line) -> bool:
    text = line.text.strip()
    if not text or len(text) > 60 or line.list_item:
        return False
    if line.bullet and not (
        (line.bold and _is_caps(line.body)) or (not _letters(line.body).isascii() and heading_key(line.body))
    ):
        return False  # `✔ CERTIFICATIONS`, `★ 获奖情况`: a heading's icon is one of the bullet glyphs
    if len(line.cells) > 2:
        return False
    words = text.split()
    if len(words) > 7:
        return False
    if "@" in text or re.search(r"https?://|www\.", text):
        return False
    if text.endswith((".", ",", ";")) and not text.endswith("etc."):
        return False
    letters = _letters(text)
    # `14 YEARS` beside or under the work heading, in its look: a career's length, not a heading
    return len(letters) >= 2 and sum(c.isdigit() for c in text) <= 2 and not DURATION.match(text)


def _signature(line: Line) -> tuple[float, bool, bool, str, bool]:
    return (round(line.size * 2) / 2, line.bold, _is_caps(line.text), line.font, line.italic)


def _body_size(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _mostly_bold(lines: list[Line]) -> bool:
    total = sum(len(ln.text) for ln in lines) or 1
    return sum(len(ln.text) for ln in lines if ln.bold) > 0.5 * total


def _look_score(line: Line, body: float, body_bold: bool) -> float:
    score = 0.0
    if line.style and re.match(r"(?i)(heading|title|titre|überschrift|titulo|título|kop)", line.style):
        score += 3
    if body and line.size >= 1.12 * body:
        score += 2
    if line.bold and not body_bold:
        score += 1
    if _is_caps(line.text):
        score += 1
    if len(line.cells) == 1:
        score += 0.25
    return score


_LABELLED = re.compile(r"^(?P<label>[^:：]{1,80})[:：]\s*\S")


def find_headings(lines: list[Line]) -> dict[int, str]:
    """Map line index -> section key for every line that is a section heading."""
    if not lines:
        return {}
    body = _body_size(lines)
    body_bold = _mostly_bold(lines)
    side_body = _body_size([ln for ln in lines if ln.column == 1])
    found: dict[int, str] = {}
    plain: set[int] = set()
    styles: Counter[tuple[float, bool, bool, str, bool]] = Counter()
    for i, ln in enumerate(lines):
        if not _candidate(ln):
            continue
        # `EXPERIENCE  Acme`, `Work Experience  14 years` (a right tab): the first cell is the heading
        two = len(ln.cells) == 2 and (_is_caps(ln.cells[0]) or bool(DURATION.match(ln.cells[1].strip())))
        text = ln.cells[0] if two else ln.text
        key = heading_key(text) if len(ln.cells) == 1 or text != ln.text else None
        if key is None:
            continue
        labelled = _LABELLED.match(text)
        if labelled and normalize_key(_undress(labelled.group("label"))) not in _LOOKUP:
            # `Tengo competencia con: PHP`: a list's label that only names a section's word, with
            # its items after the colon, is a line of the section, not a heading over nothing
            continue
        look = _look_score(ln, body, body_bold)
        if look < 1 and ln.column == 1 and ln.size >= 1.05 * side_body:
            look += 1  # a sidebar's heading set a little over the sidebar's own text (macchiato)
        bare = _undress(text)
        exact = normalize_key(bare.rstrip(":")) in _LOOKUP or normalize_key(bare).replace(" ", "") in _LOOKUP
        if look >= 1 or (exact and len(ln.cells) == 1):
            found[i] = key
            if look >= 1:
                styles[_signature(ln)] += 1
            else:
                plain.add(i)
    # A document that sets its headings apart (two or more styled ones) does not print a heading in
    # body type: such a line (`Volunteer` under `American Red Cross`) is an entry's text.
    if sum(styles.values()) >= 2:
        for i in plain:
            if _signature(lines[i]) not in styles:
                del found[i]
    # Likewise a named line in the look of entry titles (`Volunteer` in bold over `Red Cross`,
    # a sidebar's skill groups `Languages`, `Tools` beside them) when the document's headings
    # share another look: a look that names fewer than half as many headings as the headings' own,
    # and that more other lines use than named ones, is not a heading look.
    usage_all: Counter[tuple[float, bool, bool, str, bool]] = Counter(_signature(ln) for ln in lines)
    if styles and styles.most_common(1)[0][1] >= 3:
        dominant, most = styles.most_common(1)[0]
        # above the first heading in the dominant look no entry has begun: a named line there in
        # a lesser look (`Contact`, `About` in bold over the first sections: class) heads its block,
        # though its look stays no heading look (the employers below print in it)
        first_dominant = min((i for i in found if _signature(lines[i]) == dominant), default=0)
        for i in list(found):
            sig = _signature(lines[i])
            n = styles[sig]
            if sig != dominant and 2 * n < most and usage_all[sig] - n >= max(2, n):
                if i >= first_dominant:
                    del found[i]
                if styles[sig]:
                    styles[sig] -= 1
                    if not styles[sig]:
                        del styles[sig]
    # A named line ending in a colon (`Key achievements:`, `Réalisations :`) in a document whose
    # headings end without one, and in a look none of them has, labels the lines under it inside
    # an entry: it is not a heading.
    colonless = [i for i in found if not lines[i].text.rstrip().endswith((":", "："))]
    if len(colonless) >= 3:
        looks = {_signature(lines[i]) for i in colonless}
        for i in list(found):
            sig = _signature(lines[i])
            if lines[i].text.rstrip().endswith((":", "：")) and sig not in looks:
                del found[i]
                if styles[sig]:
                    styles[sig] -= 1
                    if not styles[sig]:
                        del styles[sig]
    # Lines in the style the named headings use are headings too, unless that style is common
    # (then it is the style of entry titles and the named ones were lucky matches). The name at
    # the top, above the contact line, is not one more use of the style.
    first_named = min(found) if found else len(lines)
    usage = usage_all.copy()
    for i in range(min(3, first_named)):
        if not _under_contact(lines, i):
            usage[_signature(lines[i])] -= 1
    heading_styles = {
        sig
        for sig, n in styles.items()
        if usage[sig] <= max(2 * n + 2, int(1.6 * n) + 3, 3 * n + 3 if sig[0] >= 1.3 * body else 0)
        and (sig[0] > body or sig[1] or sig[2])
    }  # a size a third above the body's is seldom an entry title's: that style may be used more
    for i, ln in enumerate(lines):
        if i in found or not _candidate(ln) or len(ln.cells) != 1:
            continue
        sig = _signature(ln)
        # the one line a look set a size above the body's and used by named headings alone is
        # theirs, even where its words would name a company (`Side Ventures`): employers repeat
        alone = sig[0] >= 1.12 * body and usage[sig] - styles[sig] == 1
        if sig in heading_styles and _plain_heading(
            ln.text, before_first=i < first_named and not _under_contact(lines, i), index=i, alone=alone
        ):
            found[i] = heading_key(ln.text) or "other"
    for i, ln in enumerate(lines):
        if i not in found and ln.style == PLACED_HEADING and _candidate(ln):
            found[i] = heading_key(ln.text) or "other"  # a heading by its place (a label column)
    # A named line printed again and again (`Highlights` under each job, as published themes
    # label an entry's bullets) smaller than the look most headings named once share labels a
    # part of each entry: a section is headed once, in the heading look.
    seen = Counter(normalize_key(_undress(lines[i].text)) for i in found)
    once = Counter(_signature(lines[i]) for i in found if seen[normalize_key(_undress(lines[i].text))] == 1)
    if once and once.most_common(1)[0][1] >= 2:
        heading_look = once.most_common(1)[0][0]
        for i in list(found):
            sig = _signature(lines[i])
            if seen[normalize_key(_undress(lines[i].text))] >= 2 and sig[0] < heading_look[0] - 0.5:
                del found[i]
    _label_column(lines, found)
    for i in [i for i in found if i - 1 in found and found[i] == "other"]:
        a, b = lines[i - 1], lines[i]
        if (a.page, a.y, a.x0) == (b.page, b.y, b.x0) and _look_score(b, body, body_bold) < 1:
            # the rest of a row cut off its margin heading (`_margin_headings`), in the body's
            # type and no heading's words: the section's first line, not a heading beside it
            del found[i]
    if not found:
        # No heading we can name: fall back on look alone (big or bold capitals, short lines).
        for i, ln in enumerate(lines):
            if _candidate(ln) and len(ln.cells) == 1 and _look_score(ln, body, body_bold) >= 3:
                if _name_line(lines, i):
                    continue  # the name, printed as large as the headings, over the contact line
                found[i] = heading_key(ln.text) or "other"
    if len(found) < 2:
        for i in _repeated_look(lines, body, body_bold):
            found.setdefault(i, heading_key(lines[i].text) or "other")
    for i in [i for i, key in found.items() if key == "other"]:
        found[i] = _clipped_key(lines, i) or "other"
    return found


def _clipped_key(lines: list[Line], i: int) -> str | None:
    """The key of a heading clipped at its column's right edge (`TAALVAARDIGHEDE`, the column too
    narrow for `Taalvaardigheden`): one or two letters short of the vocabulary's headings of one
    key alone, ten letters or more shown."""
    ln = lines[i]
    shown = normalize_key(ln.text)
    if ln.x1 <= ln.x0 or len(shown) < 10 or " " in shown:
        return None
    right = max(o.x1 for o in lines if o.page == ln.page and o.column == ln.column)
    if ln.x1 < right - 0.6 * ln.size:  # (a glyph cut part-way is dropped whole)
        return None
    keys = {
        key for name, key in _LOOKUP.items() if name.startswith(shown) and 0 < len(name) - len(shown) <= 2
    }
    return keys.pop() if len(keys) == 1 else None


def _block_beside(lines: list[Line], i: int) -> float | None:
    """Where the block under line `i` starts, when it starts to the right of where `i` ends (a
    heading in a label column, its section beside it): the x of the next row's first line, else
    None. A row's rest cut off a margin heading (`_margin_headings`) is level with it: skipped."""
    ln = lines[i]
    if ln.x1 <= ln.x0 or ln.x0 < 0:
        return None  # a DOCX line has no position
    for nxt in lines[i + 1 : i + 4]:
        if nxt.page == ln.page and nxt.y == ln.y:
            continue
        below = nxt.page == ln.page and nxt.column == ln.column and 0 < nxt.y - ln.y <= 3 * max(ln.size, 1.0)
        return nxt.x0 if below and nxt.x0 >= ln.x1 + 0.5 * ln.size else None
    return None


_LABEL_HEADINGS = 3
"""Headings at one left edge, each with its section beside it, that make a label column."""


def _label_column(lines: list[Line], found: dict[int, str]) -> None:
    """Headings of a label column set in the body's own type (paper: small capitals of the body's
    size), in place. Such a heading has no look of its own, only its place: at the column's left
    edge with its section's lines starting to its right. Where three or more found headings, two
    in three of them named, stand so at one edge in one look, a line there in that look with its
    block beside it is a heading too, named or not (`Professional Skills Summary`, `Teaching and
    Talks`; a contact block's sub-labels, `Location`, stay contact), and a line no larger inside
    the section column that names nothing or the section it is in (a referee's name in bold,
    `Volunteer` under `Volunteer Experience`) is no heading."""
    placed = {i: x for i in found if (x := _block_beside(lines, i)) is not None}
    if len(placed) < _LABEL_HEADINGS:
        return
    edges = Counter(round(lines[i].x0 / 3) for i in placed)
    edge, n = edges.most_common(1)[0]
    members = [i for i in placed if round(lines[i].x0 / 3) == edge]
    named = sum(1 for i in members if found[i] != "other")
    if named < _LABEL_HEADINGS or 3 * named < 2 * n:
        return  # (short lines of a sidebar read into the main column beside it: group names)
    look = Counter(_signature(lines[i]) for i in members).most_common(1)[0][0]
    column = min(placed[i] for i in members)
    where = {(lines[i].page, lines[i].column) for i in members}
    for i in sorted(found):
        ln = lines[i]
        before = max((k for k in found if k < i), default=None)
        inside = ln.x0 >= column - 2 and (ln.page, ln.column) in where and _signature(ln)[0] <= look[0]
        if inside and before is not None and found[i] in (found[before], "other"):
            del found[i]
    first = min(members)
    for i, ln in enumerate(lines):
        if i <= first or i in found or len(ln.cells) != 1 or abs(ln.x0 - lines[first].x0) > 3:
            continue
        level = i + 1 < len(lines) and (lines[i + 1].page, lines[i + 1].y) == (ln.page, ln.y)
        if _signature(ln) != look or not _candidate(ln) or (_block_beside(lines, i) is None and not level):
            continue  # (level: its row's rest, cut off it by `_margin_headings`)
        key = heading_key(ln.text)
        if key is None:
            before = max((k for k in found if k < i), default=first)
            if found.get(before) == CONTACT or not _plain_heading(ln.text, before_first=False, index=i):
                continue
        found[i] = key or "other"


def _repeated_look(lines: list[Line], body: float, body_bold: bool) -> list[int]:
    """Headings we cannot name, known by a look the document gives them alone: short isolated
    lines set apart (bold, capitals, a size up, a heading style), three or more in one look, and
    that look used by nothing else (`SAMMANFATTNING`, `ARBETSLIVSERFARENHET`, `UTBILDNING` in bold
    capitals a point larger than the body)."""
    groups: dict[tuple[float, bool, bool, str, bool], list[int]] = {}
    for i, ln in enumerate(lines):
        set_apart = _candidate(ln) and len(ln.cells) == 1 and _look_score(ln, body, body_bold) >= 2
        if set_apart and not re.search(r"\d{4}|,|\s\|\s", ln.text):
            groups.setdefault(_signature(ln), []).append(i)
    usage: Counter[tuple[float, bool, bool, str, bool]] = Counter(_signature(ln) for ln in lines)
    best: list[int] = []
    best_key: tuple[float, int] = (0.0, 0)
    for sig, found in groups.items():
        idx = [i for i in found if not _name_line(lines, i)]
        if len(idx) < 3 or len(idx) < 0.8 * usage[sig]:
            continue
        key = (_look_score(lines[idx[0]], body, body_bold), len(idx))
        if key > best_key:
            best, best_key = idx, key
    return best


def _name_line(lines: list[Line], i: int) -> bool:
    """Whether line `i`, among the first three, is the person's name rather than a heading: the
    contact printed under it, or, wherever the contact is (a footer, nowhere), the page's largest
    type used by this line alone, a few capitalised words no vocabulary names. Headings repeat
    their look; the name is set once."""
    if i > 2:
        return False
    if _over_contact(lines, i):
        return True
    ln = lines[i]
    if not ln.size or len(ln.text.split()) > 4 or heading_key(ln.text) is not None:
        return False
    if any(o.size >= 0.95 * ln.size for j, o in enumerate(lines) if j != i and o.text.strip()):
        return False
    from .contacts import looks_like_name

    return looks_like_name(ln.text)


def _under_contact(lines: list[Line], i: int) -> bool:
    """Whether an email or a phone is printed above line `i` (so it is past the name)."""
    from .contacts import EMAIL_RE, find_phone

    return any(EMAIL_RE.search(ln.text) or find_phone(ln.text) for ln in lines[:i])


def _over_contact(lines: list[Line], i: int) -> bool:
    """Whether an email, phone or web address is printed within three lines under line `i`."""
    from .contacts import EMAIL_RE, URL_RE, find_phone

    return any(
        EMAIL_RE.search(ln.text) or URL_RE.search(ln.text) or find_phone(ln.text)
        for ln in lines[i + 1 : i + 4]
    )


_HEADING_WORDS = frozenset(w for name in _LOOKUP for w in name.split())
"""Words of the vocabulary's headings: a school-ish stem among them names no school (`Szkolenia`,
`Parcours universitaire`, `Akademischer Werdegang`)."""
_ACADEMIC = re.compile(r"a[ck]{1,2}ademi(?:c|qu|sch|sk|k$)|академическ")
"""The adjective `academic` (normalised: `akademische`, `akademicki`, `академический`, `académique`):
a kind of schooling, where a school is named by the noun (`Akademie`, `Akademia`, `Академия`)."""


def _no_school_word(word: str) -> bool:
    """Whether a word on a school's stem is a heading's word: in the vocabulary's headings, or the
    adjective `academic`."""
    key = normalize_key(word)
    return key in _HEADING_WORDS or bool(_ACADEMIC.match(key))


def _plain_heading(text: str, *, before_first: bool, index: int, alone: bool = False) -> bool:
    """A heading known only by its look: no entry words (titles, employers, schools), no dates.
    A heading of the vocabulary (`Titoli di studio`) names no entry, whatever its words; nor does
    a line `alone` in a heading look of its own, whatever company word it holds."""
    from .vocab import INSTITUTION_WORDS, company_score, title_score

    t = text.strip()
    if re.search(r"\d{4}", t) or "," in t or " | " in t:
        return False
    if normalize_key(_undress(t).rstrip(":")) not in _LOOKUP:
        named = " ".join(w for w in t.split() if not (INSTITUTION_WORDS.search(w) and _no_school_word(w)))
        if title_score(t) > 0 or INSTITUTION_WORDS.search(named):
            return False
        if company_score(named) >= 1 and len(t.split()) > 1 and not alone:
            return False  # `Nordwind Analytics`; a company's suffix alone (`Analytics`) names no company
    # the name at the top shares the heading style in many Word resumes
    return not (before_first and index <= 2)


def _margin_key(ln: Line, *, exact: bool = True) -> str | None:
    """The key a multi-cell line's first cell names (exactly, or by `heading_key`), if any."""
    if len(ln.cells) < 2:
        return None
    first = ln.cells[0].strip().rstrip(":")
    if not exact:
        return heading_key(first) if len(first) <= 40 else None
    norm = normalize_key(first)
    return _LOOKUP.get(norm) or _LOOKUP.get(norm.replace(" ", ""))


def _margin_column(lines: list[Line]) -> bool:
    """Whether the document keeps its headings in a left column beside their content, as Europass
    does: two or more rows whose first cells name different sections, work or education among
    them (a skills table's `Languages | English` rows name one kind of thing, not the sections)."""
    keys = [k for ln in lines if (k := _margin_key(ln, exact=False)) not in (None, "other", CONTACT)]
    return len(keys) >= 2 and len(set(keys)) == len(keys) and bool({"work", "education"} & set(keys))


def _label_edge(lines: list[Line]) -> float | None:
    """The left edge of a label column (PDF): where three or more rows begin whose first cell
    names a section, the rest of the row beside it."""
    edges = Counter(
        round(ln.x0 / 3)
        for ln in lines
        if ln.x1 > ln.x0 and _margin_key(ln, exact=False) not in (None, "other")
    )
    if not edges:
        return None
    edge, n = edges.most_common(1)[0]
    return 3.0 * edge if n >= _LABEL_HEADINGS else None


def _margin_headings(lines: list[Line]) -> list[Line]:
    """`EXPERIENCE   Senior Engineer, Acme   2019` (headings in a left margin): cut the heading off."""
    out: list[Line] = []
    column = _margin_column(lines)
    edge = _label_edge(lines) if column else None
    for k, ln in enumerate(lines):
        first = ln.cells[0].strip().rstrip(":") if len(ln.cells) >= 2 else ""
        named = _margin_key(ln) is not None or (
            column and _margin_key(ln, exact=False) not in (None, "other")
        )
        if not named and edge is not None and first and abs(ln.x0 - edge) <= 3 < abs(lines[k - 1].x0 - edge):
            # a heading we cannot name in the label column's place after a section's last line,
            # in no entry's words (`Teaching and Talks`, `Lehrtätigkeit` beside their first line);
            # not a table's row under a row of its own (`Frameworks | Django, Flask`)
            named = _candidate(replace(ln, text=first, cells=[first])) and _plain_heading(
                first, before_first=False, index=len(out)
            )
        sizes = ln.cell_sizes if len(ln.cell_sizes) == len(ln.cells) else []
        bigger = len(sizes) >= 2 and sizes[0] >= 1.12 * max(sizes[1:])
        if not (named and (_is_caps(first) or bigger or column) and len(first) <= 40):
            out.append(ln)
            continue
        spans = ln.cell_spans if len(ln.cell_spans) == len(ln.cells) else []
        head = replace(ln, text=ln.cells[0], cells=[ln.cells[0]], cell_sizes=sizes[:1], cell_spans=spans[:1])
        if ln.lead_bold is not None:
            head.bold = ln.lead_bold  # the row is bold where its first line is (`Projekte` beside a project)
        if ln.x1 > ln.x0:  # where the heading ends, by its share of the line's characters
            head.x1 = ln.x0 + (ln.x1 - ln.x0) * len(ln.cells[0]) / max(1, len(ln.text))
        if sizes:
            head.size = sizes[0]
        rest = ln.cells[1:]
        body = replace(
            ln, text=" ".join(rest), cells=rest, cell_sizes=sizes[1:], cell_spans=spans[1:], gap_before=0.0
        )
        if spans:  # the row's rest starts where its first cell does (a grid of groups is read by them)
            body.x0 = spans[1][0]
        if sizes:
            body.size = max(sizes[1:])
        out.extend([head, body])
    return out


def split_sections(lines: list[Line]) -> Split:
    """Cut the document into the header block and sections, following the reading order.

    Main column and sidebar are separate streams: a sidebar's first lines before any heading
    are contact details (header), and a column that continues on the next page continues the
    section it was in.
    """
    lines = _margin_headings(lines)
    headings = find_headings(lines)
    _title_off(lines, headings)
    lines, headings = _raised_blocks(lines, headings)
    wrapped = _wrapped_headings(lines, headings)
    footers = _footers(lines)
    header: list[Line] = []
    sections: list[Section] = []
    current: dict[int, Section | None] = {0: None, 1: None}
    in_contact: dict[int, bool] = {0: False, 1: False}
    for i, ln in enumerate(lines):
        col = 1 if ln.column == 1 else 0
        owner = current[col]
        if i in wrapped and owner is not None and owner.heading_line is lines[wrapped[i]]:
            owner.heading = f"{owner.heading} {ln.text.strip().rstrip(':').strip()}"
            owner.key = heading_key(owner.heading) or owner.key
            continue
        if i in footers and i not in headings:
            header.append(ln)  # the person's contact: the section above (or over the page) goes on
            continue
        if i in headings:
            key = headings[i]
            if key == CONTACT:
                in_contact[col] = True
                current[col] = None
                continue
            in_contact[col] = False
            new = Section(heading=ln.text.strip().rstrip(":").strip(), key=key, heading_line=ln)
            sections.append(new)
            current[col] = new
            continue
        sec: Section | None = current[col]
        if sec is None and col == 1 and current[0] is not None and not in_contact[1] and ln.page > 0:
            sec = current[0]
        if sec is None or in_contact[col]:
            header.append(ln)
        else:
            sec.lines.append(ln)
    if not sections:
        return _sectionless(header)
    from .section_types import qualifications_by_content, skill_group_sections, type_sections

    type_sections(sections, heading_key)
    qualifications_by_content(sections)
    skill_group_sections(sections, heading_key)
    return Split(header=header, sections=sections)


def _title_off(lines: list[Line], headings: dict[int, str]) -> None:
    """`Resume`, `Résumé`, `Резюме`, `Resumo` opening the page over the name, in type no larger
    than the name's: the document's title (words that head a summary too), not a heading. The name
    and contact under it stay the header."""
    first = next((i for i, ln in enumerate(lines) if ln.text.strip()), None)
    if first is None or headings.get(first) != "summary" or first + 1 >= len(lines):
        return
    from .contacts import looks_like_name

    title, name = lines[first], lines[first + 1]
    if first + 1 not in headings and name.size >= title.size and looks_like_name(name.text):
        del headings[first]


_PHONE_DIGITS = re.compile(r"[+(\d][\d\s().\-–/]{5,}\d")
_FOOT_SEPARATORS = re.compile(r"[·|•,;–—]")


def _contact_only(text: str) -> bool:
    """Whether a line holds contact details alone: an e-mail or a phone, besides them at most a
    place's few words (`emily.carter@example.com · (415) 555-0142 · San Francisco, CA`)."""
    from .contacts import EMAIL_RE, URL_RE, find_phone

    if not (EMAIL_RE.search(text) or find_phone(text)):
        return False
    rest = _FOOT_SEPARATORS.sub(" ", _PHONE_DIGITS.sub(" ", URL_RE.sub(" ", EMAIL_RE.sub(" ", text))))
    return len(rest.split()) <= 4 and not re.search(r"\d", rest)


def _footers(lines: list[Line]) -> set[int]:
    """Contact lines at a page's foot or, past the first page, at its head (PDF: a running footer,
    a later page's running head): the lowest (highest) line of its page, set apart from the line
    above (below) it by more than twice and a half the document's usual line spacing, that holds
    contact details alone. They are the person's contact, not lines of the section around them
    (which may run on over the page)."""
    ys: dict[int, list[float]] = {}
    lowest: dict[int, int] = {}
    highest: dict[int, int] = {}
    for i, ln in enumerate(lines):
        if ln.x1 > ln.x0:
            ys.setdefault(ln.page, []).append(ln.y)
            if ln.page not in lowest or ln.y > lines[lowest[ln.page]].y:
                lowest[ln.page] = i
            if ln.page not in highest or ln.y < lines[highest[ln.page]].y:
                highest[ln.page] = i
    steps = sorted(
        b - a for page in ys.values() for a, b in itertools.pairwise(sorted(set(page))) if b - a > 1
    )
    if not steps:
        return set()
    usual = steps[len(steps) // 2]
    found: set[int] = set()
    for page, i in lowest.items():
        above = [y for y in ys[page] if y < lines[i].y - 1]
        if above and lines[i].y - max(above) > 2.5 * usual and _contact_only(lines[i].text):
            found.add(i)
    for page, i in highest.items():
        below = [y for y in ys[page] if y > lines[i].y + 1]
        if page and below and min(below) - lines[i].y > 2.5 * usual and _contact_only(lines[i].text):
            found.add(i)
    return found


def _beside(ln: Line, head: Line) -> bool:
    """`ln` sits in the column to the right of a heading set in a left margin (PDF only: a DOCX
    line has no position)."""
    return (
        head.x1 > head.x0 >= 0
        and ln.x1 > 0
        and ln.x0 >= head.x1 + 4
        and ln.page == head.page
        and ln.column == head.column
    )


def _raised_lines(lines: list[Line], h: int, headings: dict[int, str]) -> list[int]:
    """The lines just above heading `h`, in the column beside it, that open its block: a margin
    heading larger than the body, with space above it or centred on its block, has its baseline
    below the block's first line(s), so a page read top to bottom meets them first. They are taken
    only when a clearly wider gap than the block's own line spacing sets them off from the lines
    above them, and the block runs on below the heading without such a gap."""
    head = lines[h]
    after = next(
        (ln for ln in lines[h + 1 :] if _beside(ln, head) or ln.x0 < head.x1 or ln.y == head.y), None
    )  # the next line of the block, past the heading's own wrapped lines
    level = after is not None and after.y == head.y and after.x0 == head.x0 and after.page == head.page
    if after is None or not (level or _beside(after, head)):
        return []  # (level: the block's line printed on the heading's row, cut from it)
    if not level and _one_line_block(lines, h, after, headings):
        return [h - 1]
    taken: list[int] = []
    below = after.y
    spacing: list[float] = []
    j = h - 1
    while j >= 0 and j not in headings and _beside(lines[j], head) and lines[j].y < head.y:
        gap = below - lines[j].y
        if spacing and gap > 1.6 * max(spacing):
            break
        if not spacing and gap > 2.5 * max(lines[j].size, 1.0):
            return []
        spacing.append(gap)
        taken.append(j)
        below = lines[j].y
        j -= 1
    if not taken or (j in headings and not _heading_goes_on(lines, j, headings)):
        return []  # (right under another heading: they are that heading's block, read in order)
    bottom = after.y
    for ln in lines[lines.index(after) + 1 :]:
        if not _beside(ln, head) or ln.y - bottom > 1.6 * max(spacing) or ln.y < bottom:
            break
        bottom = ln.y
    if head.y - lines[taken[-1]].y > bottom - head.y + 1.5 * head.size:
        return []  # a heading sits no lower than the middle of its block, or a line under it
    top = lines[taken[-1]]
    if j >= 0 and j not in headings and top.y - lines[j].y < 1.6 * max(spacing) and lines[j].page == top.page:
        return []  # no gap above them: they end the section before, level with its lines
    return taken[::-1]


def _one_line_block(lines: list[Line], h: int, after: Line, headings: dict[int, str]) -> bool:
    """Heading `h`'s section is the one line just above it, in the column beside it: a heading
    dropped a few points below its section's first line, where the section ends there (a summary,
    a certificate). That line is nearer the heading than the next line under it (the next
    section's), and set off from the line above it by more than a line's step and than the space
    to the heading."""
    j = h - 1
    if j < 1 or j in headings or j - 1 in headings or not _beside(lines[j], lines[h]):
        return False
    if _heading_goes_on(lines, h, headings):
        return False  # the second line of a heading wrapped in the column (`Competencias` / `digitales`)
    ln, up, head = lines[j], lines[j - 1], lines[h]
    rise = head.y - ln.y
    return (
        0 < rise < ln.size
        and ln.page == head.page == up.page == after.page
        and after.y - head.y > 2 * rise
        and ln.y - up.y > max(1.5 * rise, 1.5 * ln.size)
    )


def _heading_goes_on(lines: list[Line], j: int, headings: dict[int, str]) -> bool:
    """Heading `j` is the second line of a heading wrapped in the margin column (`Competencias` /
    `digitales`): a heading right above it, at its left edge."""
    ln = lines[j]
    return any(
        k in headings and abs(lines[k].x0 - ln.x0) < 2 and 0 < ln.y - lines[k].y <= 1.6 * lines[k].size
        for k in range(max(0, j - 3), j)
    )


def _raised_blocks(lines: list[Line], headings: dict[int, str]) -> tuple[list[Line], dict[int, str]]:
    """Lines and headings with each margin heading moved above the lines of its block that a
    top-to-bottom reading put before it (`_raised_lines`). A label column's heading
    (`PLACED_HEADING`) already stands before the row it anchors to: raising lines again took the
    top of a page (a list run on over the break) into the heading's block."""
    order = list(range(len(lines)))
    for h in sorted(headings):
        if lines[h].style == PLACED_HEADING:
            continue
        raised = _raised_lines(lines, h, headings)
        if not raised:
            continue
        for j in raised:
            order.remove(j)
        at = order.index(h)
        order[at + 1 : at + 1] = raised
    if order == list(range(len(lines))):
        return lines, headings
    where = {old: new for new, old in enumerate(order)}
    return [lines[i] for i in order], {where[i]: key for i, key in headings.items()}


_OPEN_END = re.compile(r"(?i)(?:[&,/+–-]|\b(?:and|und|et|y|e|i|en|и|oraz|и))$")
"""A heading that stops on a joiner (`CHARTING &`) goes on on the next line."""


def _wrapped(lines: list[Line], h: int) -> bool:
    """Whether heading `h` fills its column to the right edge, or stops on a joiner: its next line
    is the rest of it, not a line of its own."""
    head = lines[h]
    if h + 1 >= len(lines) or not _plain_heading(lines[h + 1].text, before_first=False, index=h + 1):
        return False  # `Université de Lyon` under `Éducation et formation`: an entry, not the rest
    if _OPEN_END.search(head.text.strip()) or lines[h + 1].text.lstrip()[:1].islower():
        return True  # no heading starts in lower case: `Competências` / `linguísticas`
    if not _is_caps(head.text):
        return False  # a heading wrapped in a narrow sidebar: its capitals run on
    right = max(ln.x1 for ln in lines if ln.page == head.page and ln.column == head.column)
    nxt = lines[h + 1].text.split() if h + 1 < len(lines) else []
    width = sum(head.size if _CJK.match(c) else 0.55 * head.size for c in (nxt[0] if nxt else ""))
    return bool(nxt) and head.x1 + 0.5 * head.size + width > right


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _wrapped_headings(lines: list[Line], headings: dict[int, str]) -> dict[int, int]:
    """Second lines of headings wrapped in a narrow column (`Competências` / `digitais`,
    `Professional Skills` / `Summary`, `PROGRAMMIERSPRACH` / `EN`) -> the heading's line: right
    under it, at its left edge, in its look; in a margin column, whatever the block beside them put
    between them in the reading order, elsewhere where the heading fills its column or stops on a
    joiner (`CHARTING &`), and nearer than the space a heading leaves to the next one."""
    out: dict[int, int] = {}
    for h in sorted(headings):
        head = lines[h]
        if head.x1 <= head.x0 or head.x0 < 0:
            continue
        near = lines[max(0, h - 4) : h + 5]
        margin = any(_beside(ln, head) and abs(ln.y - head.y) <= 1.6 * head.size for ln in near)
        if not margin and not _wrapped(lines, h):
            continue  # a school in bold under `Education` is no part of the heading
        for j in range(h + 1, min(len(lines), h + 4)):
            ln = lines[j]
            if margin and _beside(ln, head) and j not in headings:
                continue  # the block's line printed between the heading's two lines
            same = abs(ln.x0 - head.x0) < 2 and ln.page == head.page and ln.column == head.column
            under = 0 < ln.y - head.y <= (1.6 if margin else 1.5) * head.size
            if (
                same
                and under
                and _signature(ln) == _signature(head)
                and _candidate(ln)
                and len(ln.text.split()) <= 3
            ):
                out[j] = h
                headings.pop(j, None)
            break
    return out


HEADER_SPAN = 12
"""Lines at the top of a document that may still be its name-and-contact block."""


def _sectionless(lines: list[Line]) -> Split:
    """No heading found at all (a LinkedIn print, a table form, headings in a language we do not
    know): the name and contact lines at the top stay the header and everything after them is
    kept as one unnamed `other` section, so the content reaches the resume instead of being lost.

    The header ends after the last line among the first HEADER_SPAN that holds a contact anchor
    (email, phone, URL); without any anchor, after the first line (the name).
    """
    from .contacts import EMAIL_RE, URL_RE, find_phone

    end = 1
    for i, ln in enumerate(lines[:HEADER_SPAN]):
        text = ln.text
        if EMAIL_RE.search(text) or URL_RE.search(text) or find_phone(text):
            end = i + 1
    head, rest = lines[:end], lines[end:]
    if not rest:
        return Split(header=head, sections=[])
    return Split(header=head, sections=[Section(heading="", key="other", lines=rest)])
