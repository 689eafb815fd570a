"""What a resume prints, before any format or template: the header and ordered sections of blocks.

Every writer (PDF, DOCX, Markdown) works from this one model, so the formats never disagree on
content, headings or order. Decisions made here, once:

- a section prints the person's own heading when the source gave that section one heading
  (whatever its language: our parser recognised it, so it reads back as the same section), else
  the standard one ATS software and our parser recognise ("Experience", "Education", "Skills"...);
- sections follow the order of the source document (`Resume.sections`), then JSON Resume order;
  a section the parser could not structure (no entries) and unnamed sections (`other`) print
  their raw text, so nothing the source had is dropped;
- an entry is two header lines, employer (or school) over position (or degree), with the dates on
  the first line and the location on the second, then paragraphs and bullets;
- dates read `Mar 2019 – Present` or `03/2019 – Present`: numbers where the person wrote months
  as numbers (`10.2019`, `2019/10`), their own month words where they wrote them in another
  language (`janv. 2019`, `März 2020`), else as the template chooses; an end date equal to the start prints once; a start with no end is ongoing
  (JSON Resume's convention) and prints `– Present`, or the person's own word (`– heute`, `– 至今`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ..models.values import link_rule

if TYPE_CHECKING:
    from ..models.resume import Location, Resume

HEADINGS: dict[str, str] = {
    "summary": "Summary",
    "work": "Experience",
    "education": "Education",
    "skills": "Skills",
    "projects": "Projects",
    "certificates": "Certifications",
    "awards": "Awards",
    "publications": "Publications",
    "volunteer": "Volunteer Experience",
    "languages": "Languages",
    "interests": "Interests",
    "references": "References",
}
"""Standard heading per JSON Resume key, each one our parser maps back to the same key."""

DEFAULT_ORDER = tuple(HEADINGS)

OTHER: dict[str, str] = {
    "en": "Other",
    "fr": "Autres",
    "de": "Sonstiges",
    "es": "Otros",
    "pt": "Outros",
    "it": "Altro",
    "nl": "Overig",
    "pl": "Inne",
    "ru": "Прочее",
    "zh": "其他",
    "ja": "その他",
}
"""The heading of text the parser kept without one (lines a section's parser could not place),
in the language of the person's headings; each reads back as `other`, never as a section."""

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]"
)
_BULLET_START = re.compile(r"^\s*[•●○◦▪▫■□‣⁃∙·➢➤►▶★☆✓✔❖*>»-]\s+")
_DEFAULT_SKILL_NAMES = {"skills", "skill"}


# ----------------------------------------------------------------------------------------------
# The model


@dataclass(frozen=True, slots=True)
class Contact:
    text: str
    url: str | None = None


@dataclass(slots=True)
class Header:
    name: str | None
    label: str | None
    contacts: list[Contact] = field(default_factory=list)


@dataclass(slots=True)
class Paragraph:
    text: str


@dataclass(slots=True)
class Bullets:
    items: list[str]


@dataclass(slots=True)
class Group:
    """An inline list under an optional label: `Languages: Python, Go, SQL`."""

    label: str | None
    items: list[str]


@dataclass(slots=True)
class Row:
    """A raw line with a right-aligned part (a date), from a section we only have as text."""

    left: str
    right: str


@dataclass(slots=True)
class Entry:
    title: str | None
    """Employer, school, organisation, project or referee: the first line, bold."""
    subtitle: str | None = None
    """Position or degree: the second line, italic."""
    dates: str | None = None
    location: str | None = None
    url: str | None = None
    lines: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)


Block = Paragraph | Bullets | Group | Row | Entry


@dataclass(slots=True)
class Section:
    key: str
    """A JSON Resume key, or `other`."""
    heading: str
    blocks: list[Block]


@dataclass(slots=True)
class Layout:
    header: Header
    sections: list[Section]

    @property
    def title(self) -> str:
        return f"{self.header.name} – Resume" if self.header.name else "Resume"

    @property
    def empty(self) -> bool:
        return not self.header.name and not self.sections


# ----------------------------------------------------------------------------------------------
# Text and dates


def clean(text: str | None, *, multiline: bool = False) -> str | None:
    """Printable text: no control or bidi characters, runs of spaces folded; None when empty."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text.replace("\r\n", "\n").replace("\t", " ")))
    if multiline:
        lines = [" ".join(ln.split()) for ln in text.split("\n")]
        out = "\n".join(ln for ln in lines if ln)
    else:
        out = " ".join(text.split())
    return out or None


@dataclass(frozen=True, slots=True)
class NumericForm:
    """How the person wrote a month as a number beside its year: `03.2019` (month first, a dot,
    two digits), `2019.3` (year first, one digit where one will do), `2019-03`..."""

    year_first: bool
    sep: str
    pad: bool

    def format(self, year: str, month: int) -> str:
        mm = f"{month:02d}" if self.pad else str(month)
        return f"{year}{self.sep}{mm}" if self.year_first else f"{mm}{self.sep}{year}"


DateStyle = Literal["month", "numeric", "cjk", "cjk0"] | tuple[str, ...] | NumericForm
"""`month` (`Mar 2019`), `numeric` (`03/2019`), `cjk` (`2019年3月`), `cjk0` (`2019年03月`), the
twelve month names the person's own language gives (`written_months`: `juil. 2019`), or the
numeric form the person wrote (`written_date_style`: `03.2019`, `2019.3`)."""


def format_date(value: str | None, style: DateStyle = "month", present: str = "Present") -> str | None:
    """`2019-03` -> `Mar 2019` (or `03/2019`, or `mars 2019` in the person's words); `2019`
    stays; `present` -> `Present` (or the person's own word for it); else as given."""
    v = clean(value)
    if v is None:
        return None
    if v.casefold() in _ONGOING:
        return "Present" if "{}" in present else present
    m = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?", v)
    if m and 1 <= int(m.group(2)) <= 12:
        year, month = m.group(1), int(m.group(2))
        if isinstance(style, tuple):
            return f"{style[month - 1]} {year}"
        if isinstance(style, NumericForm):
            return style.format(year, month)
        if style in ("cjk", "cjk0"):
            return f"{year}年{month:02d}月" if style == "cjk0" else f"{year}年{month}月"
        return f"{_MONTHS[month - 1]} {year}" if style == "month" else f"{month:02d}/{year}"
    return v


_ONGOING = frozenset({"present", "current", "now", "ongoing"})


def date_range(
    start: str | None,
    end: str | None,
    style: DateStyle = "month",
    *,
    collapse_equal: bool = False,
    present: str = "Present",
) -> str | None:
    a, b = format_date(start, style, present), format_date(end, style, present)
    if a and "{}" in present and (not b or (clean(end) or "").casefold() in _ONGOING):
        return present.format(a)  # `Seit März 2020`: the open range as the person wrote it
    if a and not b:
        return f"{a} – {present}"
    if a and b:
        return a if (a == b and collapse_equal) else f"{a} – {b}"
    return b


def link_target(url: str | None) -> str | None:
    """A link target: the URL with a scheme (`linkedin.com/in/x` -> `https://linkedin.com/in/x`).

    The one URL rule of every writer (PDF, DOCX, Markdown, JSON): `http://`, `https://` and
    `mailto:` URLs are links, a bare `host/path` is an `https://` link, and any other scheme
    (`javascript:`, `data:`, `file:`...) or a value with spaces is dropped, in every format alike.
    """
    return link_rule(clean(url))  # the rule lives in models/values.py, where entry checks use it too


def _shown_url(url: str | None) -> str | None:
    """A URL printed as text inside a line (certificates, publications): by the link rule."""
    target = link_target(url)
    return display_url(target) if target and not target.startswith("mailto:") else None


def display_url(url: str) -> str:
    """How a URL prints: no scheme, no trailing slash; a `www.` the person wrote stays."""
    return re.sub(r"^(?:https?://)?", "", url.strip(), flags=re.IGNORECASE).rstrip("/")


_NETWORK_URLS = {
    "linkedin": "https://linkedin.com/in/{}",
    "github": "https://github.com/{}",
    "gitlab": "https://gitlab.com/{}",
    "twitter": "https://twitter.com/{}",
    "x": "https://x.com/{}",
}


# ----------------------------------------------------------------------------------------------
# Resume -> Layout


def build(resume: Resume, date_style: Literal["month", "numeric"] = "month") -> Layout:
    """The layout of a resume; `date_style` is the one thing a template chooses here, unless the
    person wrote months as numbers or in another language (`written_months`, `written_date_style`)."""
    style: DateStyle = written_months(resume) or written_date_style(resume) or date_style
    return Layout(header=_header(resume), sections=_sections(resume, style, written_present(resume)))


_NUMERIC_MONTH = re.compile(
    r"(?<![\d.,/-])(?:(?:[0-3]?\d[./-])?(?:0?[1-9]|1[0-2])\s?[./-]\s?(?:19|20)\d\d"
    r"|(?:19|20)\d\d\s?[./-]\s?(?:0?[1-9]|1[0-2])(?:[./-][0-3]?\d)?"
    r"|(?:19|20)\d\d\s?年\s?(?:0?[1-9]|1[0-2])\s?月)(?!\d)"
)
"""A month written as a number beside its year: `03/2019`, `01.10.2019`, `2019.03`, `2019.3`,
`2019-03-01`, `2019年3月`."""
_MONTH_YEAR = re.compile(r"^(?:[0-3]?\d[./-])?(?P<m>\d{1,2})\s?(?P<sep>[./-])\s?(?:19|20)\d\d$")
_YEAR_MONTH = re.compile(r"^(?:19|20)\d\d\s?(?P<sep>[./-])\s?(?P<m>\d{1,2})(?:[./-][0-3]?\d)?$")


def _numeric_form(numbers: list[str]) -> NumericForm | None:
    """The form most of the person's numeric months take, where it is not the templates' own
    `03/2019`: the order, the separator, and whether a month below ten has its zero."""
    seen: list[tuple[bool, str, str]] = []
    for n in numbers:
        m = _MONTH_YEAR.match(n) or _YEAR_MONTH.match(n)
        if m:
            seen.append((m.re is _YEAR_MONTH, m.group("sep"), m.group("m")))
    if not seen:
        return None
    (year_first, sep), _ = Counter((y, s) for y, s, _ in seen).most_common(1)[0]
    low = [mm for y, s, mm in seen if (y, s) == (year_first, sep) and int(mm) < 10]
    form = NumericForm(year_first, sep, pad=sum(len(mm) == 2 for mm in low) * 2 >= len(low))
    return None if form == NumericForm(False, "/", True) else form


@functools.cache
def _word_month() -> re.Pattern[str]:
    """A month word of any language the parser reads, then a year: `Mar 2019`, `janv. 2019`, `Juin 17`
    (a year in two digits, as the person may write it)."""
    from ..parsing.lexicon import lexicon

    words = "|".join(sorted((re.escape(m) for m in lexicon().months), key=len, reverse=True))
    return re.compile(
        rf"(?<![^\W\d_])({words})\.?,?\s?(?:de\s)?(?:(?:19|20)\d\d|['’]?\d\d)(?![\d.:/])", re.IGNORECASE
    )


@functools.cache
def _present_word() -> re.Pattern[str]:
    """A word for "present" of any language the parser reads, closing a range after a dash."""
    from ..parsing.lexicon import lexicon

    words = "|".join(sorted((re.escape(w) for w in lexicon().present), key=len, reverse=True))
    return re.compile(rf"(?:\d|月)\s*[-–—~～]+\s*({words})(?![^\W\d_])", re.IGNORECASE)


_ENGLISH_MONTHS = frozenset(
    m.casefold()
    for m in (*_MONTHS, "Sept", "January", "February", "March", "April", "June", "July", "August",
              "September", "October", "November", "December")
)  # fmt: skip


def written_date_style(resume: Resume) -> Literal["numeric", "cjk", "cjk0"] | NumericForm | None:
    """`numeric` when the source text of the resume (its sections' raw text) writes more dates
    as `03/2019`, `10.2019` or `2019.03` than with a month word (`Mar 2019`, `März 2020`): a
    resume prints its dates in the form its author chose, and a number the person wrote (the
    month) is not turned into a word. Also when most of its month words are not English and
    `written_months` finds no language file for them: a number reads the same in every language."""
    text = "\n".join(s.text for s in resume.sections if s.text)
    numbers = _NUMERIC_MONTH.findall(text)
    numeric = len(numbers)
    words = [m.group(1).casefold() for m in _word_month().finditer(text)]
    english = sum(w in _ENGLISH_MONTHS for w in words)
    if numeric and numeric > len(words):
        cjk = [n for n in numbers if n.endswith("月")]
        if len(cjk) * 2 > numeric:  # `2019年3月`, as Chinese and Japanese write it
            return "cjk0" if sum(bool(re.search(r"年\s?0", n)) for n in cjk) * 2 > len(cjk) else "cjk"
        return _numeric_form([n for n in numbers if not n.endswith("月")]) or "numeric"
    return "numeric" if len(words) > 2 * english else None


def written_months(resume: Resume) -> tuple[str, ...] | None:
    """The twelve month names to print where the person wrote months as words of one language
    other than English (`janv. 2019`, `März 2020`, `lipiec 2018`): each month they wrote, as they
    wrote it (case, abbreviation, its dot); the others in the same form from that language's file.
    None where the resume writes months in English, as numbers, or not at all."""
    from ..parsing.lexicon import language_files

    text = "\n".join(s.text for s in resume.sections if s.text)
    found = list(_word_month().finditer(text))
    words = [m.group(1) for m in found]
    own = [w for w in words if w.casefold() not in _ENGLISH_MONTHS]
    if (len(own) < 3 and len(own) * 2 <= len(words)) or len(_NUMERIC_MONTH.findall(text)) > len(words):
        return None
    names = {
        code: [[f.casefold() for f in forms] for forms in data.get("months", [])]
        for code, data in language_files().items()
        if code != "en" and any(data.get("months", []))
    }
    # `sep 2016`, `jan 2016`, `mar 2012` read as English and Dutch alike: the words English lacks
    # (`juli`, `mei`) say whose they are, then all of them
    lang = max(
        names,
        key=lambda code: tuple(
            sum(any(w.casefold() in f for f in names[code]) for w in ws) for ws in (own, words)
        ),
    )
    table = names[lang]
    seen: dict[int, Counter[str]] = {}
    kinds: Counter[int] = Counter()
    for m, word in zip(found, words, strict=True):
        month = next((i for i, forms in enumerate(table) if word.casefold() in forms), None)
        if month is None:
            continue
        dot = m.group(0)[len(word) :].startswith(".")
        seen.setdefault(month, Counter())[word + ("." if dot else "")] += 1
        kinds[table[month].index(word.casefold())] += 1
    if not seen:
        return None
    kind = kinds.most_common(1)[0][0]
    dotted = sum(n for c in seen.values() for w, n in c.items() if w.endswith(".")) * 2 > sum(
        n for c in seen.values() for n in c.values()
    )
    capital = sum(w[:1].isupper() for w in words) * 2 > len(words)
    out = []
    for month, forms in enumerate(table):
        if month in seen:
            out.append(seen[month].most_common(1)[0][0])
            continue
        name = forms[kind] if kind < len(forms) else forms[0]
        short = dotted and len(name) < max(len(f) for f in forms)
        out.append((name[:1].upper() + name[1:] if capital else name) + ("." if short else ""))
    return tuple(out)


@functools.cache
def _since_word() -> re.Pattern[str]:
    """A word for "since" of any language the parser reads, opening a date (`Seit März 2020`)."""
    from ..parsing.lexicon import lexicon

    words = "|".join(sorted((re.escape(w) for w in lexicon().since), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])({words})\s+(?=[^\n]{{0,20}}?(?:19|20)\d\d)", re.IGNORECASE)


def written_present(resume: Resume) -> str:
    """The word the person ends an ongoing range with (`heute`, `aujourd'hui`, `至今`), as they
    wrote it, the most used one; where they rather open it with a word for "since" (`Seit März
    2020`, `Depuis mai 2024`), that form, `{}` standing for the start; `Present` when the source
    text has neither."""
    text = "\n".join(s.text for s in resume.sections if s.text)
    found = Counter(m.group(1) for m in _present_word().finditer(text))
    since = Counter(f"{m.group(1)} {{}}" for m in _since_word().finditer(text))
    if since and sum(since.values()) > sum(found.values()):
        return since.most_common(1)[0][0]
    return found.most_common(1)[0][0] if found else "Present"


def _header(resume: Resume) -> Header:
    b = resume.basics
    contacts: list[Contact] = []
    seen: set[str] = set()

    def add(text: str | None, url: str | None = None) -> None:
        t = clean(text)
        if t and t.casefold() not in seen:
            seen.add(t.casefold())
            contacts.append(Contact(t, url))

    email = clean(b.email)
    if email:
        add(email, f"mailto:{email}")
    add(b.phone)  # printed, not linked: only http(s) and mailto are links (`link_target`)
    if b.location is not None:
        add(_location(b.location))
    site = link_target(b.url)
    if site:
        add(display_url(site), site)
        seen.add(site.casefold())
    for p in b.profiles:
        add(*_profile(p.network, p.username, p.url, seen))
    return Header(name=clean(b.name), label=clean(b.label), contacts=contacts)


def _profile(
    network: str | None, username: str | None, url: str | None, seen: set[str]
) -> tuple[str | None, str | None]:
    """A profile as people print one, every part it holds: `GitHub: github.com/ada`, with the
    username in brackets where the URL does not show it; `Mastodon: ada` without a URL. A URL
    already printed (the site, an earlier profile) is not printed twice."""
    net, user = clean(network), clean(username)
    target = link_target(url)
    if not target and user and not url:
        pattern = _NETWORK_URLS.get((net or "").casefold())
        target = pattern.format(user) if pattern else None
    if target and target.casefold() in seen:
        return None, None
    shown = display_url(target) if target else None
    if target:
        seen.add(target.casefold())
    if shown and user and user.casefold() not in shown.casefold():
        shown = f"{shown} ({user})"
    if shown:
        return (f"{net}: {shown}" if net else shown), target
    return (f"{net}: {user}" if net and user else net or user), None


def _location(loc: Location) -> str | None:
    """The address, then every part of the location it does not already say (nothing is lost)."""
    address = clean(loc.address) or ""
    parts = [address] if address else []
    for part in (loc.city, loc.postalCode, loc.region, loc.countryCode):
        p = clean(part)
        if p and p.casefold() not in address.casefold() and p not in parts:
            parts.append(p)
    return ", ".join(parts) or None


def _headings(resume: Resume) -> dict[str, str]:
    """Each key's heading: the person's, where every source section of that key had the same one.

    A French resume comes back under "Expérience" and "Formation", not under English headings.
    Where the parser joined several sections into one key ("Research Experience" and "Teaching
    Experience" into work), no one heading names them all, and the standard heading is printed:
    in the language the person's headings are written in, so a French resume's joined skills come
    back under "Compétences", not "Skills".
    """
    own: dict[str, set[str]] = {}
    for raw in resume.sections:
        if raw.key in HEADINGS:
            own.setdefault(raw.key, set()).add(clean(raw.heading) or "")
    language = _heading_language(resume)
    chosen = {**HEADINGS, "other": OTHER.get(language or "en", OTHER["en"])}
    if language is not None:
        chosen.update(_standard_headings()[language])
    for key, names in own.items():
        if len(names) == 1 and (name := next(iter(names))):
            chosen[key] = name
    return chosen


def _written_key(text: str) -> str:
    """A heading as written, case and punctuation aside, accents kept: `Experiencia` is Spanish,
    `Experiência` Portuguese, though the parser reads both as the same key."""
    return " ".join(re.sub(r"[^\w&+/]+", " ", unicodedata.normalize("NFC", text).casefold()).split())


@functools.cache
def _heading_owners() -> dict[str, frozenset[str]]:
    """Heading as written -> the languages whose vocabulary lists it."""
    from ..parsing.lexicon import language_files

    owners: dict[str, set[str]] = {}
    for code, data in language_files().items():
        for names in data.get("headings", {}).values():
            for name in names:
                owners.setdefault(_written_key(name), set()).add(code)
    return {name: frozenset(codes) for name, codes in owners.items()}


@functools.cache
def _standard_headings() -> dict[str, dict[str, str]]:
    """Language -> key -> its first listed heading, first letter up; English keeps `HEADINGS`.
    Only names the merged vocabulary maps back to the same key, so the document reads back whole."""
    from ..parsing.clean_text import normalize_key
    from ..parsing.lexicon import language_files, lexicon

    back = lexicon().headings
    out: dict[str, dict[str, str]] = {}
    for code, data in language_files().items():
        if code == "en":
            continue
        out[code] = {
            key: names[0][:1].upper() + names[0][1:]
            for key, names in data.get("headings", {}).items()
            if key in HEADINGS and names and back.get(normalize_key(names[0])) == key
        }
    return out


def _heading_language(resume: Resume) -> str | None:
    """The language other than English the person's headings are written in: the one whose
    vocabulary lists more of them than any other language's and English's does."""
    owners = _heading_owners()
    votes: Counter[str] = Counter()
    for heading in {_written_key(clean(raw.heading) or "") for raw in resume.sections}:
        votes.update(owners.get(heading, frozenset()))
    if not votes:
        return None
    (code, count), *rest = votes.most_common(2)
    if code == "en" or (rest and rest[0][1] == count) or count <= votes["en"]:
        return None
    return code


def _sections(resume: Resume, style: DateStyle, present: str) -> list[Section]:
    structured = {key: _structured(resume, key, style, present) for key in DEFAULT_ORDER}
    headings = _headings(resume)
    out: list[Section] = []
    done: set[str] = set()
    for raw in resume.sections:
        key = raw.key
        if key != "other" and structured.get(key):
            if key not in done:
                out.append(Section(key, headings[key], structured[key]))
                done.add(key)
            continue
        blocks = _raw_blocks(raw.text)
        if not blocks:
            continue
        own = headings.get(key) if key != "other" else None  # a heading the person gave stays
        heading = own or clean(raw.heading) or headings["other"]
        if key != "other" and any(s.key == key for s in out):
            out[next(i for i, s in enumerate(out) if s.key == key)].blocks.extend(blocks)
            continue
        out.append(Section(key, heading, blocks))
    for name in DEFAULT_ORDER:
        if name not in done and structured[name] and not any(s.key == name for s in out):
            out.append(Section(name, headings[name], structured[name]))
    return out


def _raw_blocks(text: str) -> list[Block]:
    """A section we only have as text: bullets stay bullets, `left<TAB>right` stays a row."""
    blocks: list[Block] = []
    for line in text.split("\n"):
        cells = [c for c in (clean(c) for c in line.split("\t")) if c]
        if not cells:
            continue
        if len(cells) == 2 and not _BULLET_START.match(line):
            blocks.append(Row(cells[0], cells[1]))
            continue
        joined = " | ".join(cells)
        if _BULLET_START.match(joined):
            item = _BULLET_START.sub("", joined)
            if blocks and isinstance(blocks[-1], Bullets):
                blocks[-1].items.append(item)
            else:
                blocks.append(Bullets([item]))
        else:
            blocks.append(Paragraph(joined))
    return blocks


def _paragraphs(text: str | None) -> list[str]:
    t = clean(text, multiline=True)
    return t.split("\n") if t else []


def _items(values: list[str]) -> list[str]:
    return [t for t in (clean(v) for v in values) if t]


def _joined(*parts: str | None, sep: str = " – ") -> str | None:
    return sep.join(p for p in (clean(x) for x in parts) if p) or None


def _structured(resume: Resume, key: str, style: DateStyle, present: str) -> list[Block]:
    if key == "summary":
        return [Paragraph(p) for p in _paragraphs(resume.basics.summary)]
    if key == "work":
        return [
            _entry(
                w.name,
                w.position,
                date_range(w.startDate, w.endDate, style, collapse_equal=True, present=present),
                w.location,
                w.url,
                [*_paragraphs(w.summary), *_paragraphs(w.description)],
                w.highlights,
            )
            for w in resume.work
            if _any(
                w.name,
                w.position,
                w.startDate,
                w.endDate,
                w.location,
                w.url,
                w.summary,
                w.description,
                *w.highlights,
            )
        ]
    if key == "volunteer":
        return [
            _entry(
                v.organization,
                v.position,
                date_range(v.startDate, v.endDate, style, collapse_equal=True, present=present),
                None,
                v.url,
                _paragraphs(v.summary),
                v.highlights,
            )
            for v in resume.volunteer
            if _any(v.organization, v.position, v.startDate, v.endDate, v.url, v.summary, *v.highlights)
        ]
    if key == "education":
        out: list[Block] = []
        language = _heading_language(resume) or "en"
        form, labels = DEGREE_FORMS.get(language, DEGREE_FORMS["en"]), LABELS.get(language, LABELS["en"])
        for e in resume.education:
            degree = _degree(e.studyType, e.area, form)
            if not _any(
                e.institution, degree, e.startDate, e.endDate, e.score, e.location, e.url, *e.courses
            ):
                continue
            lines = []
            score = clean(e.score)
            if score:
                lines.append(score if re.search(r"[^\W\d_]", score) else f"{labels['score']}: {score}")
            if e.courses:
                lines.append(f"{labels['courses']}: " + ", ".join(_items(e.courses)))
            out.append(
                _entry(
                    e.institution,
                    degree,
                    date_range(e.startDate, e.endDate, style, present=present),
                    e.location,
                    e.url,
                    lines,
                    [],
                )
            )
        return out
    if key == "projects":
        projects: list[Block] = []
        for p in resume.projects:
            if not _any(
                p.name,
                p.description,
                p.startDate,
                p.endDate,
                p.entity,
                p.type,
                p.url,
                *p.highlights,
                *p.keywords,
                *p.roles,
            ):
                continue
            lines = _paragraphs(p.description)
            if p.keywords:
                labels = LABELS.get(_heading_language(resume) or "en", LABELS["en"])
                lines.append(f"{labels['technologies']}: " + ", ".join(_items(p.keywords)))
            projects.append(
                _entry(
                    p.name,
                    _joined(", ".join(_items(p.roles)) or None, p.entity, p.type, sep=", "),
                    date_range(p.startDate, p.endDate, style, present=present),
                    None,
                    p.url,
                    lines,
                    p.highlights,
                )
            )
        return projects
    if key == "skills":
        return _skill_groups(resume)
    if key == "languages":
        items = [
            f"{lang} ({fl})" if lang and fl else lang or fl or ""
            for lang, fl in ((clean(x.language), clean(x.fluency)) for x in resume.languages)
        ]
        return [Group(None, [i for i in items if i])] if any(items) else []
    if key == "interests":
        groups: list[Block] = []
        plain = [n for n in (clean(i.name) for i in resume.interests if not i.keywords) if n]
        if plain:
            groups.append(Group(None, plain))
        groups.extend(
            Group(clean(i.name), _items(i.keywords))
            for i in resume.interests
            if i.keywords and _items(i.keywords)
        )
        return groups
    # one line per item, whichever of its fields it holds: one with no name still says something
    if key == "certificates":
        # pipes between the parts: a dash is often a certificate's own (`... – Associate`)
        certs = [
            _joined(c.name, c.issuer, format_date(c.date, style, present), _shown_url(c.url), sep=" | ")
            for c in resume.certificates
        ]
        return _bullets(certs)
    if key == "awards":
        awards = [
            _with_summary(
                _joined(a.title, a.awarder, format_date(a.date, style, present), sep=" | "), a.summary
            )
            for a in resume.awards
        ]
        return _bullets(awards)
    if key == "publications":
        pubs = [
            _with_summary(
                _citation(p.name, p.publisher, format_date(p.releaseDate, style, present), _shown_url(p.url)),
                p.summary,
            )
            for p in resume.publications
        ]
        return _bullets(pubs)
    if key == "references":
        return [
            Entry(title=clean(r.name), lines=_paragraphs(r.reference))
            for r in resume.references
            if clean(r.name) or clean(r.reference)
        ]
    return []


def _citation(name: str | None, publisher: str | None, date: str | None, url: str | None) -> str | None:
    """`“Title”, Journal, 2020`: a title in quotes ends where they close, so the venue after it
    reads back as the venue (a dash could be the title's own); a title alone is printed bare."""
    title, venue = clean(name), clean(publisher)
    if title and venue and not re.search(r"[\"“”„«»]", title):
        title = f"“{title}”"
    return _joined(title, venue, date, url, sep=", ")


def _any(*values: str | None) -> bool:
    """Something to print: an entry with only dates or bullets is printed, not dropped."""
    return any(clean(v) for v in values)


def _bullets(items: list[str | None]) -> list[Block]:
    kept = [item for item in items if item]
    return [Bullets(kept)] if kept else []


def _with_summary(head: str | None, summary: str | None) -> str | None:
    s = clean(summary)
    return f"{head}: {s}" if head and s else head or s


DEGREE_FORMS = {
    "en": "{degree} in {area}",
    "de": "{degree} in {area}",
    "it": "{degree} in {area}",
    "nl": "{degree} in {area}",
    "fr": "{degree} en {area}",
    "es": "{degree} en {area}",
    "pt": "{degree} em {area}",
    "pl": "{degree}, {area}",
    "ru": "{degree}, {area}",
    "zh": "{area} {degree}",
    "ja": "{area} {degree}",
}
"""How a degree and its field are joined in the language of the person's headings: a Spanish
resume reads `Grado en Economía`, not `Grado in Economía`."""


LABELS = {
    "en": {"score": "GPA", "courses": "Courses", "technologies": "Technologies"},
    "de": {"score": "Note", "courses": "Kurse", "technologies": "Technologien"},
    "fr": {"score": "Moyenne", "courses": "Cours", "technologies": "Technologies"},
    "es": {"score": "Nota media", "courses": "Asignaturas", "technologies": "Tecnologías"},
    "pt": {"score": "Média", "courses": "Disciplinas", "technologies": "Tecnologias"},
    "it": {"score": "Voto", "courses": "Corsi", "technologies": "Tecnologie"},
    "nl": {"score": "Cijfer", "courses": "Vakken", "technologies": "Technologieën"},
    "pl": {"score": "Średnia", "courses": "Przedmioty", "technologies": "Technologie"},
    "ru": {"score": "Средний балл", "courses": "Курсы", "technologies": "Технологии"},
    "zh": {"score": "绩点", "courses": "课程", "technologies": "技术"},
    "ja": {"score": "成績", "courses": "履修科目", "technologies": "使用技術"},
}
"""The labels a generated document adds before a bare grade, a school's courses and a project's
tools, in the language of the person's headings: a French resume reads `Cours: ...`, not
`Courses: ...`."""


def _degree(study_type: str | None, area: str | None, form: str = DEGREE_FORMS["en"]) -> str | None:
    st, ar = clean(study_type), clean(area)
    if st and ar and ar.casefold() not in st.casefold():
        if ar.split()[0].casefold() in _LINK_WORDS:
            return f"{st} {ar}"  # the field kept its own link (`EM SEGURANÇA CIBERNÉTICA`): no second one
        return form.format(degree=st, area=ar)
    return st or ar


_LINK_WORDS = frozenset(
    {"in", "en", "em", "of", "de", "di", "da", "do", "du", "w", "в", "во", "na", "im", "der"}
)


def _entry(
    title: str | None,
    subtitle: str | None,
    dates: str | None,
    location: str | None,
    url: str | None,
    lines: list[str],
    bullets: list[str],
) -> Entry:
    t, s = clean(title), clean(subtitle)
    if not t:
        t, s = s, None
    target = link_target(url)
    shown = _shown_url(url)  # printed as well as linked: a link is lost on paper and in plain text
    return Entry(
        title=t,
        subtitle=s,
        dates=dates,
        location=clean(location),
        url=target,
        lines=[ln for ln in lines if ln] + ([shown] if shown else []),
        bullets=_items(bullets),
    )


def _skill_groups(resume: Resume) -> list[Block]:
    """Unlabelled skills first (a parser reads a bare list after a labelled one as part of it).
    Beside labelled groups, a skill named with nothing under it prints as a label alone
    (`Excel / VBA:`, last), read back as the name it is, not as a keyword of the bare list."""
    bare: list[str] = []
    labelled: list[Block] = []
    alone: list[str] = []
    for s in resume.skills:
        name, level = clean(s.name), clean(s.level)
        keywords = _items(s.keywords)
        if not keywords:
            if name and not level:
                alone.append(name)
            elif name or level:  # how the parser reads a rated skill; a level alone still prints
                bare.append(f"{name} – {level}" if name and level else name or level or "")
            continue
        if name is None or name.casefold() in _DEFAULT_SKILL_NAMES:
            bare.extend(keywords)
            continue
        labelled.append(Group(f"{name} ({level})" if level else name, keywords))
    if labelled:
        labelled += [Group(name, []) for name in alone]
    else:
        bare += alone
    return ([Group(None, bare)] if bare else []) + labelled
