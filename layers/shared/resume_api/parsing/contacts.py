"""Contact details: name, email, phone, location and profile links, by robust patterns.

Emails and URLs are found anywhere in the header block (and in link annotations, since many
templates print only `LinkedIn` over a link). Phones are digit runs in international shapes that
are not date ranges. The name is the most prominent short line at the top that reads like a name.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import unquote, urlsplit

from .clean_text import normalize_key
from .dates import DATE_RE, has_range
from .lexicon import lexicon
from .lines import Line
from .sections import heading_key
from .vocab import title_score

EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b"
)
_DASH = "\\-\u2010-\u2015\u2212\uff0d"
"""Hyphens and dashes a number's groups are joined with: ASCII, typographic (`‐ – —`), minus, full width."""
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d"
PHONE_RE = re.compile(
    rf"(?<![\w/.])(?:\+\s?\d{{1,3}}[\s.{_DASH}]?|\(\+?\d{{1,4}}\)\s?|00\d{{1,3}}[\s.{_DASH}]?)?"
    rf"(?:\d{{1,2}}\s?(?=\())?(?:\(\d{{1,5}}\)[\s.{_DASH}]?)?"
    rf"\d(?:[\d\s./{_DASH}]|\(\d{{2,5}}\)){{5,16}}\d(?![\d_/])"
)
"""International and national shapes: `+44 (0)20 7946 0958`, `8 (916) 123-45-67`, `080(1234)5678`,
`+7 (495) 123–45–67`, `０９０－１２３４－５６７８`. A letter may follow the last digit (`5678Berlin`,
`5678邮箱`: a text layer glues the next field on); ending the match before it cut the last group off.
Measured against Google's libphonenumber
(`phonenumberslite` 9.0.42, 5.5 MB installed) on tests/parsing/test_phone_forms.py's 21,762 cases:
it read 20,592-21,528 of them (region guessed / known) to this pattern's 21,762, took dates for
phones (3-13 of the 14 non-phones, by leniency) and 5-14x the CPU; so not added."""
_NOT_PHONE_BEFORE = re.compile(r"(?i)\b(?:isbn|issn|doi|orcid)\.?(?:-1[03])?\s*:?\s*$")
"""An identifier's label before a digit run (`ISBN 978-3-16-148410-0`)."""
URL_RE = re.compile(
    r"(?<![@\w.])(?:https?://)?(?:www\.)?"
    r"(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|co|ai|app|edu|gov|info|xyz|tech|page|site|blog|"
    r"de|fr|uk|es|it|nl|ch|at|be|ca|au|in|us|eu|pl|se|no|dk|fi|pt|br|jp|kr|cn|ly|gl|to|so|sh)"
    r"(?:/[^\s,;|()<>\"']*)?",
    re.IGNORECASE,
)
_NETWORKS = {
    "linkedin.com": "LinkedIn",
    "github.com": "GitHub",
    "gitlab.com": "GitLab",
    "bitbucket.org": "Bitbucket",
    "twitter.com": "Twitter",
    "x.com": "X",
    "facebook.com": "Facebook",
    "fb.com": "Facebook",
    "fb.co": "Facebook",
    "instagram.com": "Instagram",
    "youtube.com": "YouTube",
    "medium.com": "Medium",
    "stackoverflow.com": "StackOverflow",
    "kaggle.com": "Kaggle",
    "behance.net": "Behance",
    "dribbble.com": "Dribbble",
    "quora.com": "Quora",
    "orcid.org": "ORCID",
    "scholar.google.com": "Google Scholar",
    "researchgate.net": "ResearchGate",
    "leetcode.com": "LeetCode",
    "hackerrank.com": "HackerRank",
    "xing.com": "XING",
    "tumblr.com": "Tumblr",
}
_US_STATES = {
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "DC",
    "ON",
    "QC",
    "BC",
    "AB",
    "MB",
    "NS",
    "NB",
    "NL",
    "PE",
    "SK",
}
COUNTRIES = {
    normalize_key(c)
    for c in (
        "USA",
        "U.S.A",
        "US",
        "United States",
        "United States of America",
        "UK",
        "U.K.",
        "United Kingdom",
        "England",
        "Scotland",
        "Wales",
        "Ireland",
        "Canada",
        "Mexico",
        "Brazil",
        "Argentina",
        "Chile",
        "Colombia",
        "Peru",
        "Germany",
        "Deutschland",
        "France",
        "Spain",
        "España",
        "Portugal",
        "Italy",
        "Italia",
        "Netherlands",
        "Belgium",
        "Switzerland",
        "Schweiz",
        "Austria",
        "Österreich",
        "Sweden",
        "Norway",
        "Denmark",
        "Finland",
        "Poland",
        "Czech Republic",
        "Czechia",
        "Hungary",
        "Romania",
        "Greece",
        "Turkey",
        "Türkiye",
        "Russia",
        "Ukraine",
        "Israel",
        "UAE",
        "United Arab Emirates",
        "Saudi Arabia",
        "Qatar",
        "Egypt",
        "Nigeria",
        "Kenya",
        "South Africa",
        "Morocco",
        "India",
        "Pakistan",
        "Bangladesh",
        "Sri Lanka",
        "Nepal",
        "China",
        "Hong Kong",
        "Taiwan",
        "Japan",
        "Korea",
        "South Korea",
        "S. Korea",
        "S.Korea",
        "Republic of Korea",
        "Singapore",
        "Malaysia",
        "Indonesia",
        "Thailand",
        "Vietnam",
        "Philippines",
        "Australia",
        "New Zealand",
        "Remote",
        "Online",
        "Hybrid",
        "Worldwide",
    )
}
_NAME_STOP = {
    "resume",
    "curriculum",
    "vitae",
    "curriculo",
    "cv",
    "lebenslauf",
    "page",
    "contact",
    "email",
    "phone",
    "address",
    "резюме",
    "życiorys",
    "zyciorys",
    "简历",
    "个人简历",
    "履历",
    "履歴書",
    "職務経歴書",
    "求职简历",
}


_AT = r"(?:\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s*＠\s*)"
_DOT = r"(?:\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\.)"
_LABEL = r"[A-Za-z0-9-]+"
_SPELLED = re.compile(
    rf"(?<![\w.+-])([A-Za-z0-9][\w.+-]{{0,63}}){_AT}({_LABEL}(?:{_DOT}{_LABEL})*{_DOT}[A-Za-z]{{2,24}})\b",
    re.IGNORECASE,
)
"""An address spelled out against harvesters: `jane [at] example [dot] com`, `jane(at)example.de`,
`jane＠example.jp` (a full-width at sign). A bare `at` or an `@` spaced on both sides is not read:
`manager at a dot com startup` and `Engineer @ Booking.com` are prose."""


_SPACED_AT = re.compile(
    r"(?<![\w.+-])([a-z0-9][a-z0-9._+-]{0,63})(?: @|@ )([a-z0-9-]+(?:\.[a-z0-9-]+)*\.([a-z]{2,24}))\b"
)
"""An address whose `@` a text layer set apart on one side (drawn in another font: an icon font's,
a web font's fallback): `jane.roe @example.com`. Lower case on both sides and a known ending;
`Engineer @ Booking.com`, spaced on both sides and capitalised, stays prose."""


_MAIL_LABEL = re.compile(r"(?i)(?:e-?mail|mail|courriel|correo|posta|почта|邮箱)\s*$")


def _in_prose(before: str) -> bool:
    """Whether the words before a spaced `@` are a sentence's (`ping me @example.com`, `write to
    me @ …`): a word other than an e-mail label stands just before the address's local part. An
    icon, a separator, a label or the line's start before it leaves it an address."""
    before = before.rsplit("\n", 1)[-1]
    if before.endswith(("\t", "  ")):
        return False  # a cell's edge: `Jane Roe` in the name's cell, the address in the next
    before = before.rstrip()
    return bool(re.search(r"[^\W\d_]$", before)) and not _MAIL_LABEL.search(before)


_TLDS = frozenset({
    "com", "org", "net", "edu", "gov", "int", "mil", "io", "dev", "me", "co", "ai", "app", "info",
    "biz", "xyz", "tech", "page", "site", "blog", "online", "email", "mail", "de", "fr", "uk", "es",
    "it", "nl", "ch", "at", "be", "ca", "au", "in", "us", "eu", "pl", "se", "no", "dk", "fi", "pt",
    "br", "jp", "kr", "cn", "ru", "ua", "cz", "sk", "hu", "ro", "gr", "tr", "il", "ie", "nz", "za",
    "mx", "ar", "cl", "lu", "li", "is", "ee", "lv", "lt", "si", "hr", "rs", "bg", "by", "kz", "tw",
    "hk", "sg", "my", "id", "th", "vn", "ph", "pk", "bd", "ae", "sa"
})  # fmt: skip
"""Address endings common enough that a wrap right after one is taken to end the address."""
_TAIL = re.compile(r"[\w.+\-@]+$")
_BREAK_HYPHEN = re.compile(r"(?<=[@./])[-\u00ad\u2010]$")
"""A hyphen printed at a line's end right after an at sign, a dot or a slash: a soft hyphen's."""
_HEAD = re.compile(r"^[\w.+\-@]+")


def _wrapped(left: str, right: str, right_alone: bool) -> bool:
    """Whether `left` at a line's end and `right` at the next one's start are one address that a
    narrow column wrapped: `anna.schneider@uni-` / `hamburg.de`, `maria.kowalska@gmail.co` / `m`."""
    joined = left + right
    if joined.count("@") != 1 or not EMAIL_RE.fullmatch(joined):
        return False
    if "@" not in left:
        # the user part wrapped at its punctuation, alone on its line: `anna.` / `schneider@uni.de`
        # (a line ending in a phone, a word or `Inc.` over an address is not part of it)
        return (
            right_alone
            and (left.endswith((".", "-", "_", "+")) or right.startswith(("@", ".", "-", "_", "+")))
            and (left == left.lower() and not left.replace(".", "").replace("-", "").isdigit())
        )
    if left.endswith(("@", ".", "-")) or right.startswith((".", "-")):
        return True
    if not EMAIL_RE.fullmatch(left):
        return True  # `…@gmail.c` / `om`: the left part is no address alone
    if left.rsplit(".", 1)[-1].lower() not in _TLDS:
        return right == right.lower()  # `…@mail.exam` / `ple.co.uk`: no address ends in `.exam`
    # `…@gmail.co` / `m`: a complete address continued by the rest of a longer ending (`jane@web.com`
    # over `bar`, a word of the next line, is whole)
    return (
        len(right) <= 3 and right.isalpha() and right.islower() and joined.rsplit(".", 1)[-1].lower() in _TLDS
    )


def _unwrap(text: str) -> str:
    """The text with every address that wraps across a line break joined again; in a row of cells
    (a sidebar beside the main column), the address may end any cell."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        head, rest = _HEAD.match(line), line
        cells = out[-1].split("\t")
        # a soft hyphen shows where it breaks the line: after an at sign or a dot, where no
        # address has a hyphen, it is the break's, not the address's (`jane.roe@-` / `example.com`)
        for k, cell in enumerate([_BREAK_HYPHEN.sub("", c) for c in cells] if head else []):
            tail = _TAIL.search(cell)
            if tail and head and _wrapped(tail.group(), head.group(), right_alone=cell == tail.group()):
                out[-1] = "\t".join([*cells[:k], cell + head.group(), *cells[k + 1 :]])
                rest = line[head.end() :]
                break
        if rest is line and "\t" in line:
            rest = _unwrap_cells(out, line)
        if rest.strip() or not head:
            out.append(rest)
    return "\n".join(out)


def _unwrap_cells(out: list[str], line: str) -> str:
    """An address wrapped inside a flex item beside others: `maarten@claes-` in one cell of a row,
    `translations.example.be` in a later cell of the next; joined where `_wrapped` says so, and only
    when the first part is no address alone (`…@example.in` over another item's `ca` stays)."""
    prev, below = out[-1].split("\t"), line.split("\t")
    for k, cell in enumerate(prev):
        tail = _TAIL.search(_BREAK_HYPHEN.sub("", cell))
        if not tail or "@" not in tail.group() or EMAIL_RE.fullmatch(tail.group()):
            continue  # a whole address: what the next row holds goes on another item's text
        for j, other in enumerate(below[1:], start=1):
            head = _HEAD.match(other.strip())
            if head and _wrapped(tail.group(), head.group(), right_alone=other.strip() == head.group()):
                prev[k] = _BREAK_HYPHEN.sub("", cell) + head.group()
                out[-1] = "\t".join(prev)
                below[j] = other.strip()[head.end() :]
                return "\t".join(below)
    return line


def find_email(text: str) -> str | None:
    if "\n" in text and "@" in text:
        text = _unwrap(text)
    m = EMAIL_RE.search(text)
    if m:
        return m.group(0).lower().rstrip(".")
    for m in _SPELLED.finditer(text):
        address = f"{m.group(1)}@{re.sub(_DOT, '.', m.group(2), flags=re.IGNORECASE)}".lower()
        if EMAIL_RE.fullmatch(address):
            return address
    for m in _SPACED_AT.finditer(text) if "@" in text else ():
        if _in_prose(text[: m.start()]):
            continue
        if m.group(3) in _TLDS and EMAIL_RE.fullmatch(address := f"{m.group(1)}@{m.group(2)}"):
            return address
    return None


def find_emails(text: str) -> list[str]:
    """Every address in `text`, in order, each once."""
    if "\n" in text and "@" in text:
        text = _unwrap(text)
    found = [m.group(0).lower().rstrip(".") for m in EMAIL_RE.finditer(text)]
    return list(dict.fromkeys(found))


# fmt: off
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", (
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"), strict=True))
# fmt: on


def _romanized(word: str) -> str:
    """`Иванова` -> `ivanova`, `Wiśniewska` -> `wisniewska`: how an address spells a name."""
    word = "".join(_CYRILLIC.get(c, c) for c in word.casefold())
    return "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii() and c.isalpha())


def named_email(emails: list[str], name: str | None) -> str | None:
    """Of several addresses, the one whose local part holds the person's family name (any word of
    the name after the first, three letters or more): a referee's printed before the person's own
    is not theirs. None when no address, or more than one, holds it."""
    if not name or len(emails) < 2:
        return None
    words = [_romanized(w) for w in re.findall(r"[^\W\d_]+", name.split(",")[0])]
    family = {w for w in words[1:] if len(w) >= 3}
    if not family:
        return None
    named = [e for e in emails if any(w in re.sub(r"[^a-z]", "", e.split("@")[0]) for w in family)]
    return named[0] if len(named) == 1 else None


def find_phone(text: str) -> str | None:
    """The first phone number, line by line; a number wrapped in a narrow column (`(415)` over
    `555-0142`) is read across the break, unless what stands before the break is a year."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if (found := _phone_in(line)) is not None:
            return _phone_tail(line, found, lines[i + 1]) if i + 1 < len(lines) else found
        if i + 1 < len(lines) and (found := _phone_over_cells(line, lines[i + 1])) is not None:
            return found
        if i + 1 < len(lines) and line.strip() and lines[i + 1].strip():
            head = line.rstrip()
            found = _phone_in(f"{head} {lines[i + 1].lstrip()}", crossing=len(head))
            if found is not None:
                return found
    return None


_TAIL_CELL = re.compile(rf"[{_DASH}]?\d{{2,5}}(?:[\s{_DASH}]\d{{2,5}})?")
"""A line's cell that holds only a number's last group or two (`0321`, `-0134`, `45 67`)."""


def _tail_cells(below: str) -> list[str]:
    tails = [c.strip() for c in below.split("\t") if _TAIL_CELL.fullmatch(c.strip())]
    return [t for t in tails if not re.search(r"\b(?:19|20)\d\d\b", t)]


def _phone_over_cells(line: str, below: str) -> str | None:
    """`33 1234` over `5678` in a row of cells (a flex item wrapped beside others): the number
    the cell ending in digits makes with the next line's one cell of digit groups alone."""
    tails = _tail_cells(below) if "\t" in line + below else []
    if len(tails) != 1:
        return None
    tail = tails[0].lstrip(_DASHES)
    for cell in line.split("\t"):
        head = cell.rstrip().rstrip(_DASHES + " ")
        if head[-1:].isdigit():
            found = _phone_in(f"{head}{'-' if cell.rstrip() != head else ' '}{tail}")
            if found is not None and re.sub(r"\D", "", found).endswith(tail) and found.startswith(head[:1]):
                return found
    return None


def _phone_tail(line: str, found: str, below: str) -> str:
    """`+44 20 7946` over `0321`: a number that ends its cell, too short to be whole, goes on in the
    one cell of the next line that holds only its last digit groups (a flex item or a narrow column
    wrapped it). A whole number (11 digits with a country code, 10 without) is never continued."""
    cell = next((c for c in line.split("\t") if found in c), "")
    tails, end = _tail_cells(below), cell.rstrip()
    if not end.rstrip(_DASHES).endswith(found) or len(tails) != 1:
        return found
    if end != end.rstrip(_DASHES):  # `+91-80-4123-` over `5566`
        return f"{found}-{tails[0].lstrip(_DASHES)}" if _enough(found, tails[0]) else found
    if not _enough(found, tails[0]):
        return found
    return found + ("" if tails[0][0] in _DASH else " ") + tails[0]


def _enough(found: str, tail: str) -> bool:
    """Whether `found` is too short to be a whole number and `tail` makes it one no longer than a
    number is (11 digits with a country code, 10 without, are whole)."""
    have, more = len(re.sub(r"\D", "", found)), len(re.sub(r"\D", "", tail))
    whole, most = (11, 15) if found.startswith(("+", "00", "(+")) else (10, 12)
    return have < whole and have + more <= most


_PHONE_LABEL = re.compile(
    r"(?i)(?:\b(?:t[ée]l|t[ée]l[ée]phone|phone|mobile?|mob|handy|cell(?:ulare)?|m[óo]vil|celular|telem[óo]vel|"
    r"telefone?|tel[ée]fono|telefoon|tel\.?-nr|тел|телефон|моб|сот)\b\.?|电话|手机|電話|携帯|ＴＥＬ)\s*[:：]?\s*"
)
"""A phone's label in any of the languages we read (`Tel.:`, `Handy`, `Тел.`, `手机：`)."""


def find_labelled_phone(text: str) -> str | None:
    """The first number printed right behind a phone label, line by line: where no contact block
    holds the phone, its label still says whose it is."""
    for line in text.split("\n"):
        for m in _PHONE_LABEL.finditer(line):
            found = _phone_in(line[m.end() :])
            if found is not None and line[m.end() :].lstrip().startswith(found[:1]):
                return found
    return None


_BETWEEN = re.compile(r"(?<=[\d\s])/(?=\s*[+0(])|(?<=\d)\s(?=\s+[+0(])")
"""What stands between two numbers on one line (`06 12 34 56 78 / 01 42 68 53 00`, `... 78  +33 1...`):
a slash or a gap of spaces before a number's start (`+`, a trunk `0`, `(`); `030/1234 5678` keeps its
area code. It becomes `;` (same length), which no number holds."""


def phone_alone(text: str) -> str | None:
    """The phone of a line that holds nothing else but a label or an icon (`+49 176 12345678`,
    `☎ 06 12 34 56 78`, `Mobile: ...`): wherever it stands, such a line is a contact line."""
    for line in text.split("\n"):
        found = _phone_in(line)
        if found is None:
            continue
        rest = _PHONE_LABEL.sub(" ", line.replace(found, " ", 1))
        if not re.search(r"[^\W_]", rest):
            return found
    return None


def _phone_in(line: str, crossing: int | None = None) -> str | None:
    """A phone in one line; with `crossing`, only one that runs across that offset (the join of
    two lines) and does not begin with a year."""
    masked = _IDENTIFIER.sub(lambda i: ";" * len(i.group()), _BETWEEN.sub(";", line).replace("\t", ";"))
    for m in PHONE_RE.finditer(masked):  # a tab ends a cell; an identifier is no number's part
        cand = m.group(0).strip(" .-/")
        if m.start() > 1 and masked[m.start() - 1] in "-–" and masked[m.start() - 2].isalnum():
            continue  # the tail of `MD-80`, `0000-0002-…`
        if _POSTCODE.fullmatch(re.sub(r"\s*-\s*", "-", cand)) and _beside_words(line, m):
            continue
        head = line[m.start() : crossing] if crossing is not None else ""
        if head and (
            len(re.sub(r"\D", "", head)) >= 7
            or DATE_RE.search(head)
            or DATE_RE.match(line[crossing:].lstrip())
        ):
            continue  # a number complete before the break (`…, 01310-100`), or a date on either side
        if crossing is not None and (
            not m.start() < crossing < m.end() or re.match(r"(?:19|20)\d{2}\b", cand)
        ):
            continue
        if crossing is not None and re.search(
            r"[^\W\d_]", _PHONE_LABEL.sub(" ", re.split(r"[;,|·•]", masked[: m.start()])[-1])
        ):
            continue  # `Via del Pratello 41` over `40122 Bologna`: a house number, then the postcode
        digits = re.sub(r"\D", "", re.sub(r"^00|\(0\)", "", cand))  # E.164: 15 digits, without `00`, `(0)`
        if not 7 <= len(digits) <= 15:
            continue
        if has_range(cand) or re.fullmatch(r"(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2}", cand):
            continue
        if re.fullmatch(r"\d{4}", cand) or DATE_RE.fullmatch(cand):
            continue
        if re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}", cand):
            continue  # a date
        if _NOT_PHONE_BEFORE.search(line[: m.start()]):
            continue
        # keep an opening parenthesis that belongs to the number: "(206) 555-0149", "(+82) 10..."
        start = m.start()
        if start > 0 and line[start - 1] == "(" and not cand.startswith("("):
            cand = "(" + cand
        return cand
    return None


_IDENTIFIER = re.compile(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]|\d+-\d+(?:/\d+){2,}")
"""An ORCID (`0000-0002-1825-0097`), and numbers listed with slashes (`737-600/700/800`)."""

_POSTCODE = re.compile(r"\d{3}-\d{4}|\d{4,5}-\d{3,4}")
"""Japan's `606-8501`, Brazil's `01310-100`, Portugal's `1749-016`, a US ZIP+4 `94105-1234`: a postal
code with the shape of a local number."""


def _beside_words(line: str, m: re.Match[str]) -> bool:
    """Whether a number stands among the words of an address (a place, a street): no label says it
    is a phone, and words other than a label stand beside it."""
    rest = _PHONE_LABEL.sub(" ", line[: m.start()] + " " + line[m.end() :])
    return "〒" in line or bool(re.search(r"[^\W\d_]", rest))


def _clean_url(url: str) -> str:
    return url.strip().rstrip(".,;:)")


_URL_WRAP = re.compile(
    r"(?<=[\w/.])([-_/.]|(?<=[/.])[-\u00ad\u2010])[ \t]*\n[ \t]*(?=[a-z0-9][\w./%-]*(?:\s|$))"
)
"""A web address a narrow column wrapped after a hyphen, slash or dot (`linkedin.com/in/emily-` over
`carter`), the rest lower case and alone before a space: joined again (a hyphen printed after a
slash or a dot is a soft hyphen's, dropped)."""


def _unwrap_urls(text: str) -> str:
    if "\n" not in text:
        return text

    def join(m: re.Match[str]) -> str:
        start = text.rfind("\n", 0, m.start()) + 1
        before = (text[start : m.start()].rsplit(maxsplit=1) or [""])[-1]
        sep = "" if m.group(1) in "-\u00ad\u2010" and before.endswith(("/", ".")) else m.group(1)
        after = text[m.end() :].split(maxsplit=1)[0]
        whole = URL_RE.match(before + sep + after)
        if whole is None or whole.end() <= len(before) + len(sep):
            return m.group()  # no web address runs across the break
        return sep

    return _URL_WRAP.sub(join, text)


_SLUG_WRAP = re.compile(r"(?<=[a-z0-9])[ \t]*\n[ \t]*([a-z0-9]+)[ \t]*(?=\n|$)")
"""A profile address a narrow column broke inside a word (`linkedin.com/in/emily-cart` over `er`,
as LinkedIn's own PDF prints it), the rest alone on its line."""


def _unwrap_slug(text: str, name: str) -> str:
    """The profile address joined again where only the joined one spells every word of the
    person's name (`emily-cart` + `er`: Emily Carter); a word under a whole address stays."""
    words = [w for w in (_romanized(w) for w in re.findall(r"[^\W\d_]+", name)) if w]
    if not words or "\n" not in text:
        return text

    def spells(slug: str) -> bool:
        letters = re.sub(r"[^a-z]", "", slug.casefold())
        return all(w in letters for w in words)

    def join(m: re.Match[str]) -> str:
        start = text.rfind("\n", 0, m.start()) + 1
        before = (text[start : m.start()].rsplit(maxsplit=1) or [""])[-1]
        if not (URL_RE.fullmatch(before) and is_profile(before)):
            return m.group()
        slug = before.rstrip("/").rsplit("/", 1)[-1]
        return m.group(1) if spells(slug + m.group(1)) and not spells(slug) else m.group()

    return _SLUG_WRAP.sub(join, text)


def find_urls(text: str, name: str | None = None) -> list[str]:
    """The web addresses printed in `text`, each whole where a column wrapped it (`name`: the
    person's, to tell the end of a profile address broken inside a word)."""
    out = []
    text = _unwrap_urls(text)
    if name:
        text = _unwrap_slug(text, name)
    for m in URL_RE.finditer(text):
        start = m.start()
        if start > 0 and text[start - 1] == "@":
            continue
        url = _clean_url(m.group(0))
        host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
        if not host or "." not in host:
            continue
        # an email's domain is not a website
        tail = text[m.end() : m.end() + 1]
        if tail == "@":
            continue
        out.append(url)
    return out


def profile(url: str) -> dict[str, Any]:
    """{network, username, url} for a profile URL (no scheme added to what was printed)."""
    full = url if "://" in url else "https://" + url
    parts = urlsplit(full)
    host = (parts.hostname or "").lower().removeprefix("www.")
    network = None
    for domain, name in _NETWORKS.items():
        if host == domain or host.endswith("." + domain):
            network = name
            break
    path = [p for p in unquote(parts.path).split("/") if p]
    username = None
    if network and path:
        # a print in capitals (`LINKEDIN.COM/IN/JANE-ROE`) names the same path
        username = (
            path[-1] if path[0].lower() in {"in", "user", "u", "company", "pub", "channel", "c"} else path[0]
        )
        username = username.lstrip("@")[:200] or None
    return {"network": network, "username": username, "url": full[:500]}


def is_profile(url: str) -> bool:
    return profile(url)["network"] is not None


_PLACES = lexicon().places


def looks_like_location(text: str) -> bool:
    """`Seattle, WA`, `Mapo-gu, Seoul, Republic of Korea`, `Berlin, Germany`, `Remote`."""
    t = text.strip().strip("•·|")
    if not t or len(t) > 80 or "@" in t or (re.search(r"\d{3,}", t.replace(" ", "")) and "," not in t):
        return False
    parts = [p.strip() for p in t.split(",") if p.strip()]
    if not parts:
        return False
    last = parts[-1]
    if normalize_key(parts[0]) in _PLACES and len(parts) <= 3:
        return True
    if last in _US_STATES and len(parts) >= 2:
        return True
    if normalize_key(last) in COUNTRIES:
        return True
    return bool(
        len(parts) >= 2 and re.fullmatch(r"[A-Z]{2}", last.split()[-1]) and last.split()[-1] in _US_STATES
    )


# fmt: off
_ISO_CODES = frozenset(
    re.findall(
        r"[A-Z]{2}",
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD "
        "CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF "
        "GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
        "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
        "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI "
        "SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
        "VN VU WF WS YE YT ZA ZM ZW UK",
    )
)
# fmt: on
"""ISO 3166-1 alpha-2 country codes (and `UK`): JSON Resume themes print `countryCode` after the city."""
_OWN_NAMES = frozenset(
    normalize_key(c)
    for c in (
        "Brasil",
        "Nederland",
        "België",
        "Belgique",
        "Suisse",
        "Svizzera",
        "Sverige",
        "Norge",
        "Danmark",
        "Suomi",
        "Polska",
        "Česko",
        "Magyarország",
        "România",
        "Россия",
        "Україна",
        "中国",
        "中國",
        "日本",
        "대한민국",
    )
)
"""Countries as their people write them, for the header's place only (entries read `COUNTRIES`)."""


def _country(part: str) -> bool:
    key = normalize_key(part)
    return key in COUNTRIES or key in _OWN_NAMES or part in _ISO_CODES


_POSTAL = (
    r"(?:\d{5}-\d{3,4}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{4} ?[A-Z]{2}(?![A-Za-z])|\d{4,6}"
    r"|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)"
)
"""Postal codes: US ZIP(+4), Brazil, Portugal, Japan, Poland, the Netherlands, four to six digits
(most of Europe, Russia, China), the UK and Canada."""
_PUA = re.compile("[\ue000-\uf8ff]")
"""Icon-font glyphs (a map pin before the place): private-use characters, no text."""


_ICON_CATEGORIES = frozenset({"So", "Sk", "Co", "Cn"})
"""Unicode categories of what a page draws as an icon: symbols (`⌂`, `📍`), private-use and
unassigned code points (icon fonts)."""


def icons_off(text: str) -> str:
    """`⌂ Berlin`, `📍 Paris`, `Lyon ` -> the words alone: icons (and the joiners and variation
    selectors of emoji) at either end of a contact detail are typography, not text."""
    edge = [c in "\ufe0f\u200d" or c.isspace() or unicodedata.category(c) in _ICON_CATEGORIES for c in text]
    start = next((i for i, e in enumerate(edge) if not e), len(text))
    end = next((i for i in range(len(text), start, -1) if not edge[i - 1]), start)
    return text[start:end]


def _place_parts(text: str) -> list[str]:
    """The comma parts of a place, its postal code taken out (`75001 Paris` -> `Paris`, `OH 43215`
    -> `OH`, a part that is only a code dropped)."""
    parts = []
    for raw in _PUA.sub("", icons_off(text)).split(","):
        if re.fullmatch(_POSTAL, raw.strip()):
            continue
        part = re.sub(rf"(?<=\D)\s+{_POSTAL}$", "", re.sub(rf"^{_POSTAL}\s+(?=\D)", "", raw.strip()))
        if part:
            parts.append(part)
    return parts


def header_location(text: str) -> bool:
    """Whether a piece of the header is the person's place: `looks_like_location` once its postal
    code and icon are taken out, or a place followed by a country code (`Bologna, Emilia-Romagna, IT`)."""
    parts = _place_parts(text)
    if not parts or len(text) > 120:
        return False
    if looks_like_location(", ".join(parts)):
        return True
    return len(parts) >= 2 and _country(parts[-1]) and not any(c.isdigit() for c in parts[-2])


def split_location(text: str) -> dict[str, Any]:
    """JSON Resume location: `address` as printed, plus city/region/countryCode where clear."""
    text = icons_off(_PUA.sub("", text).strip())
    parts = _place_parts(text)
    loc: dict[str, Any] = {"address": text[:500]}
    if len(parts) >= 3 and _country(parts[-1]):
        # city, region, country; a street before the city (it holds a number) is no region
        loc["countryCode"] = parts[-1] if parts[-1] in _ISO_CODES and parts[-1] != "UK" else None
        if not any(c.isdigit() for c in parts[-3]):
            loc["city"], loc["region"] = parts[-3], parts[-2]
        else:
            loc["city"] = parts[-2]
        if normalize_key(parts[-1]) in {"usa", "us", "united states", "united states of america"}:
            loc["countryCode"] = "US"
    elif len(parts) >= 2:
        last = parts[-1]
        if last in _US_STATES:
            loc["region"] = last
            loc["city"] = parts[-2]
            loc["countryCode"] = (
                "US" if last not in {"ON", "QC", "BC", "AB", "MB", "NS", "NB", "NL", "PE", "SK"} else "CA"
            )
        elif normalize_key(last) in {"usa", "us", "u s a", "united states", "united states of america"}:
            loc["countryCode"] = "US"
            if len(parts) >= 3 and parts[-2] in _US_STATES:
                loc["region"] = parts[-2]
                loc["city"] = parts[-3]
            else:
                loc["city"] = parts[-2]
        else:
            loc["city"] = parts[-2] if len(parts) >= 2 else None
            loc["region"] = None
            if last in _ISO_CODES and last != "UK":
                loc["countryCode"] = last
    return {k: v for k, v in loc.items() if v}


_CONTACT_CUT = re.compile(r"\s+[|•·—–]\s+|\s*\|\s*|\s{3,}|\t")
"""Where a contact line divides into its details."""


def find_location(
    header: list[Line],
    email: str | None,
    phone: str | None,
    name: str | None,
    lines: list[Line] | None = None,
) -> str | None:
    """The person's place: the first piece of the header that is a place, else one in the contact
    line that closes the page (a footer: the line holding the e-mail among `lines`, the person's
    own, referees left out) or in a stacked block around it. A piece glued to the e-mail or phone (table cells and flex items a
    few points apart come out as one run: `jane@x.com +44 20 7946 0958 Leeds`) counts once they
    are taken out. Not the name's own words (`Keisha L.` over `Washington`)."""
    pool = header[:15]
    found = _place_in(pool, email, phone, name)
    if found or not email or not lines:
        return found
    own = email.casefold()
    at = next((i for i, ln in enumerate(lines) if own in "\t".join(ln.cells or [ln.text]).casefold()), None)
    if at is None or lines[at] in pool:
        return None
    if found := _place_in([lines[at]], email, phone, name):
        return found
    # a stacked block (a label's line over each value's): a line near the e-mail that is a place alone
    near = sorted(range(max(0, at - _BLOCK), min(len(lines), at + _BLOCK + 1)), key=lambda i: abs(i - at))
    for i in near:
        text = _unlabelled(icons_off(_PLACE_LABEL.sub("", lines[i].text.strip())))
        if text and "@" not in text and header_location(text):
            return text
    return None


_BLOCK = 5
"""How far from the e-mail's line a stacked contact block's place may stand (three values, each
under its label)."""
_PLACE_WORDS = (
    r"address|location|city|residence|adresse|lieu|ville|domicile|wohnort|ort|anschrift|standort|"
    r"direcci[oó]n|ubicaci[oó]n|ciudad|domicilio|residencia|morada|endere[cç]o|localiza[cç][aã]o|indirizzo|"
    r"localit[aà]|citt[aà]|residenza|woonplaats|adres|plaats|miejscowo[sś][cć]|miasto|lokalizacja|"
    r"адрес|город|местоположение|地址|所在地|住所"
)
_PLACE_LABEL = re.compile(rf"(?i)^\s*(?:{_PLACE_WORDS})\s*[:：]\s*")
"""A place's label on its own line (`Wohnort: Köln`)."""
_ICON_WORDS = r"[a-z]+(?:_[a-z]+)+|place|room|home|map|public|language|link|mail|email|phone|call|smartphone"
_PLACE_LEAD = re.compile(rf"(?i)^\s*(?:(?:{_PLACE_WORDS})\s*[:：]?|(?-i:{_ICON_WORDS}))\s+(?=\S)")
"""What may stand before a place in its contact piece: its label, with or without a colon (a
labelled grid: `Ubicación` | `Madrid`), or the name of an icon whose font is missing offline, which
prints the ligature's word instead (Material Icons: `location_on Amsterdam`, `place Berlin`)."""


_FURNITURE = re.compile(
    rf"\b(?:mailto|tel|callto|sms|https?):|(?i:\b(?:{_PLACE_WORDS})\b\s*[:：]?)|(?<![\w-])(?:{_ICON_WORDS})(?![\w-])"
)


def furniture_off(text: str) -> str:
    """A contact line without what only frames its values: a place's label, the words an icon
    font prints where it is missing offline, and the schemes a print stylesheet prints after each
    link (`(mailto:…)`, `(tel:…)`). What is left, if anything, the person wrote."""
    return _FURNITURE.sub(" ", text)


def _unlabelled(piece: str) -> str:
    """The place in a piece its label or icon words lead (the e-mail's and phone's words may stand
    before it, their values taken out), else the piece as it is."""
    rest, found = piece, piece
    for _ in range(4):
        shorter = _PLACE_LEAD.sub("", rest, count=1)
        if shorter == rest:
            break
        rest = shorter
        found = rest if header_location(rest) else found
    return found


def _place_in(pool: list[Line], email: str | None, phone: str | None, name: str | None) -> str | None:
    """The first piece of these lines that is a place, the e-mail and phone taken out of it."""
    name_words = {w.casefold() for w in re.findall(r"\w+", name or "")}
    for ln in pool:
        for cell in ln.cells or [ln.text]:
            for raw in _CONTACT_CUT.split(cell):
                piece = _unlabelled(_without_contact(raw, email, phone).strip(" ,;•·|"))
                if not piece or "@" in piece or "://" in piece:
                    continue
                if name_words and all(w.casefold() in name_words for w in re.findall(r"\w+", piece)):
                    continue
                if header_location(piece):
                    return icons_off(piece)
    return None


def _without_contact(piece: str, email: str | None, phone: str | None) -> str:
    """A piece with the e-mail, the phone and web addresses taken out (an icon may stay before them)."""
    if email:
        piece = re.sub(re.escape(email), " ", piece, flags=re.IGNORECASE)
    if phone:
        piece = piece.replace(phone, " ")
    return re.sub(r"\s+", " ", URL_RE.sub(" ", piece)).strip()


def _cjk_name(text: str) -> bool:
    """`王芳`, `山田 太郎`: two to five ideographs (or kana), one space at most."""
    t = text.replace(" ", "").replace("\u3000", "")
    return 2 <= len(t) <= 5 and text.count(" ") <= 1 and all("\u3040" <= c <= "\u9fff" for c in t)


def looks_like_name(text: str) -> bool:
    t = text.strip()
    if _cjk_name(t):
        return normalize_key(t) not in _NAME_STOP
    if normalize_key(t) in _NAME_LABELS:
        return False
    if not 3 <= len(t) <= 60 or "@" in t or re.search(r"\d", t) or "://" in t:
        return False
    words = t.replace(",", " ").split()
    if not 1 <= len(words) <= 5:
        return False
    if any(normalize_key(w) in _NAME_STOP for w in words):
        return False
    letters = sum(c.isalpha() for c in t)
    if letters < 0.75 * len(t.replace(" ", "")):
        return False
    # names are capitalised words (or all capitals); small particles (van, de, von) and academic
    # titles some languages write in lower case (`ir.`, `mgr inż.`, `dott.`) are fine
    caps = sum(1 for w in words if w[0].isupper() or normalize_key(w) in _LOWER_TITLES)
    return caps >= max(1, len(words) - 1)


_LOWER_TITLES = frozenset(
    {
        "ir",
        "ing",
        "drs",
        "dr",
        "mr",
        "mgr",
        "inz",
        "dott",
        "dott ssa",
        "dottssa",
        "prof",
        "lic",
        "mag",
        "dipl",
    }
)
"""Academic titles written in lower case before a name (Dutch `ir.`, `drs.`, Polish `mgr inż.`, Italian
`dott.`), normalised."""

_PREFIXES = _LOWER_TITLES | {
    "dra",
    "prof dr",
    "dr ing",
    "dr med",
    "dipl ing",
    "к т н",
    "к э н",
    "д т н",
    "к ф м н",
}
"""Titles a name may carry before it, alone on the line over it where display type wraps."""

_POSTNOMINALS = frozenset(
    normalize_key(w).replace(" ", "")
    for w in (
        "PhD", "DPhil", "MD", "DO", "MBA", "CPA", "CFA", "CMA", "CIMA", "ACCA", "ACA", "FCA", "PE", "PEng",
        "CEng", "RN", "BSN", "MSN", "NP", "LPN", "MSc", "MA", "BA", "BSc", "BEng", "MEng", "MPhil", "MPH",
        "MPA", "MSW", "LCSW", "JD", "LLM", "LLB", "Esq", "DDS", "DMD", "PharmD", "PsyD", "EdD", "DBA",
        "Dipl.-Ing.", "Dipl.-Kfm.", "Dipl.-Inf.", "MAS", "PMP", "CISSP", "CISA", "CISM", "FRCS", "MRCP",
        "FRCP", "FACS", "PHR", "SPHR", "AIA", "FAIA", "Jr", "Sr", "II", "III", "IV",
    )
)  # fmt: skip
"""Degrees and credentials written after a name (`Jane Roe, PhD`, `Kenji Nakamura, Ph.D.`,
`Jo Lee, RN, BSN`): part of the name as the person writes it."""


def _postnominals(text: str) -> bool:
    """`Ph.D.`, `MBA, CPA`: every comma piece a degree or credential."""
    pieces = [p for p in re.split(r"\s*,\s*", text.strip().strip(",")) if p]
    return bool(pieces) and all(normalize_key(p).replace(" ", "") in _POSTNOMINALS for p in pieces)


_NAME_LABELS = frozenset(
    normalize_key(w)
    for w in (
        "name", "full name", "nom", "nom complet", "nom et prénom", "prénom et nom", "vorname und name",
        "vor- und nachname", "nombre", "nombre completo", "nombre y apellidos", "nome", "nome completo",
        "nome e cognome", "naam", "volledige naam", "imię i nazwisko", "фио", "ф и о", "имя и фамилия",
        "姓名", "氏名", "名前",
    )
)  # fmt: skip
"""Labels a form-style CV (Europass, a Lebenslauf, a 简历) prints before the person's name."""


_ASIDE = re.compile(r"\s*[(（]([^()（）]{1,40})[)）]\s*$")
"""What a name's line adds after it in parentheses: `(*12.03.1990)`, `(she/her)`, `(@janeroe)`."""


def _without_aside(text: str) -> str:
    """The name without an aside about it; an aside that is a name (`Chen Yutong (Grace Chen)`,
    the name the person goes by) is part of the name and stays."""
    m = _ASIDE.search(text)
    if m is None or (looks_like_name(m.group(1).strip()) and looks_like_name(text)):
        return text
    return text[: m.start()]


_LABELLED = re.compile(r"^\s*([^\W\d_][^:：\t]{0,28}?)\s*(?:[:：]|\t)\s*(\S.*)$")


def _labelled_name(pool: list[Line]) -> str | None:
    """`Name: Jane Roe`, `NAME<tab>Jane Roe`, a `姓名` cell beside `王芳`, or a label over the name."""
    for i, ln in enumerate(pool):
        cells = [c.strip() for c in (ln.cells or [ln.text]) if c.strip()]
        for j, cell in enumerate(cells):
            m = _LABELLED.match(cell)
            if m and normalize_key(m.group(1)) in _NAME_LABELS:
                value = m.group(2)
            elif normalize_key(cell) in _NAME_LABELS:
                if j + 1 < len(cells):
                    value = cells[j + 1]
                elif len(cells) == 1 and i + 1 < len(pool):
                    value = pool[i + 1].text
                else:
                    continue
            else:
                continue
            value = _without_aside(value.strip())
            if looks_like_name(value):
                return value
    return None


def _stacked(
    pool: list[Line], i: int, cell: str, size: float, body: float, whole: bool, spelled: str = ""
) -> str:
    """A name with the rest of it on the lines above or below, in the same large type: `Emily`
    over `CARTER`, `Sanne` over `DE VRIES`, `Alejandro` / `Ramírez` / `Cervantes` one word a line,
    `Dr.` over the name, `Kenji Nakamura,` over `Ph.D.`, as designer templates print it; `Diego
    Martí` over `nez`, a word a narrow column broke (`overflow-wrap: anywhere`), where the e-mail's
    address (`spelled`, romanized) spells it whole."""
    if not whole or len(cell.split()) > 3 or not size or size < 1.3 * body:
        return cell.rstrip(",")

    def text_of(j: int) -> str:
        """The one cell of a line in the name's type (the rest of the line may be contact cells)."""
        ln = pool[j]
        cells = ln.cells or [ln.text]
        sizes = ln.cell_sizes if len(ln.cell_sizes) == len(cells) else [ln.size] * len(cells)
        same = [
            c.strip() for c, z in zip(cells, sizes, strict=True) if c.strip() and abs(z - size) <= 0.15 * size
        ]
        return same[0] if len(same) == 1 else ""

    def part(text: str, name: str) -> bool:
        if not text or "," in text.rstrip(",") or len(text.split()) + len(name.split()) > 5:
            return False
        if not looks_like_name(text) and normalize_key(text) not in _PARTICLES:
            return False
        if heading_key(text) or title_score(text) > 0:
            return False
        # `Keisha L.` over `Washington`: a name cut after an initial, a particle or an open
        # parenthesis goes on, even with a word that names a place
        return _unfinished(name) or normalize_key(text) not in lexicon().places

    def near(a: int, b: int) -> bool:
        x, y = pool[a], pool[b]
        if x.y and y.y:  # PDF: within a line and a half, beside contact lines in other columns
            return x.page == y.page and abs(x.y - y.y) <= 1.6 * size
        return abs(a - b) == 1

    def neighbour(at: int, step: int) -> int | None:
        """The nearest line on one side in the name's type, skipping contact cells in other columns."""
        for j in range(at + step, at + 4 * step, step):
            if not 0 <= j < len(pool) or not near(at, j):
                return None
            if text_of(j):
                return j
        return None

    name, top, bottom = cell, i, i
    for _ in range(3):
        below, above = neighbour(bottom, 1), neighbour(top, -1)
        if below is not None and name.endswith(",") and _postnominals(text_of(below)):
            return f"{name} {text_of(below).rstrip(',')}"
        if below is not None and _cut_word(name, text_of(below), spelled):
            name, bottom = name + text_of(below), below
        elif below is not None and not name.endswith(",") and part(text_of(below), name):
            name, bottom = _joined(name, text_of(below)), below
        elif above is not None and normalize_key(text_of(above)) in _PREFIXES:
            return f"{text_of(above)} {name}"
        elif above is not None and part(text_of(above), name) and not text_of(above).endswith(","):
            name, top = _joined(text_of(above), name), above
        else:
            break
    return name.rstrip(",")


def _joined(upper: str, lower: str) -> str:
    """Two lines of a stacked name as one: `Okafor-` over `Reyes`, a double name wrapped at its
    own hyphen, is one word; else a space joins them."""
    glue = "" if re.search(r"[^\W\d_][-\u2010]$", upper) and lower[:1].isupper() else " "
    return f"{upper}{glue}{lower}"


def _cut_word(name: str, rest: str, spelled: str) -> bool:
    """Whether `rest` (`nez`, `da`, `Brien` after `O'`) is the end of the name's last word (`Martí`,
    `Almei`) broken by the column: one run of letters, lower-case unless the word broke after an
    apostrophe or hyphen, that the e-mail's address spells joined to it (so `Almei` over `da` is
    one word, `Jane Roe` over `designer` two lines)."""
    last = name.rsplit(maxsplit=1)[-1]
    if not spelled or not rest.isalpha() or not (rest[0].islower() or last.endswith(("'", "’", "-"))):
        return False
    if _romanized(last) in spelled.split("."):
        return False  # the address ends a word there: `Sanne` over `de` over `Vries`, `sanne.devries`
    joined = _romanized(last + rest)
    return len(joined) >= 4 and joined in spelled.replace(".", "")


def _unfinished(name: str) -> bool:
    """A name line a box cut short: it ends with an initial, a particle or inside parentheses."""
    last = name.rsplit(maxsplit=1)[-1]
    return (
        bool(re.fullmatch(r"\w\.", last))
        or normalize_key(last) in _PARTICLES
        or name.count("(") > name.count(")")
    )


_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "della", "dos", "das", "du", "le", "la", "van der",
                        "van den", "von der", "ten", "ter", "i", "y", "e", "bin", "ibn", "al", "фон", "де"})  # fmt: skip
"""Small words inside a family name that a narrow box may leave alone on a line."""


_DOCUMENT_TITLE = re.compile(
    r"^\s*(?:curr[ií]cul(?:um|o)(?:\s+vitae)?|lebenslauf|r[ée]sum[ée]|cv|życiorys|резюме|hoja\s+de\s+vida|"
    r"个人简历|简历|履历|履歴書|職務経歴書)\s*(?:[:：|–—-]\s*|\s(?:of|von|de|di|van|do|da|del|des)\s+)",
    re.IGNORECASE,
)
"""A document title before the name: `Curriculum Vitae of`, `Lebenslauf von`, `CV –`, `Resume:`."""


def _monogram_off(text: str) -> str:
    """`EC Emily Carter` -> `Emily Carter`: a monogram badge printed on the name's line, its letters
    the initials of the words after it (all of them, or the first and last)."""
    head, _, rest = text.partition(" ")
    letters = head.replace(".", "")
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w[0].isupper()]
    if not 2 <= len(letters) <= 4 or not letters.isalpha() or not letters.isupper() or len(words) < 2:
        return text
    if normalize_key(head) in _PREFIXES and (head.endswith(".") or rest.isupper()):
        return text  # `DR. JANE ROE`, `Dr. Jane Roe`: a title, part of the name as written
    initials = {"".join(w[0] for w in words), words[0][0] + words[-1][0], words[0][0] + words[1][0]}
    return rest.strip() if letters in initials else text


def _name_piece(raw: str) -> str:
    """The part of a line that can be a name. `JOHN DOE | Software Engineer`, `Jane Roe – Curriculum
    Vitae`, `Jane Roe, PhD`: the first piece; `Lebenslauf von Anna Schneider`: after the title;
    `CARTER, Emily` (family name in capitals first): both pieces, as printed."""
    text = _monogram_off(_DOCUMENT_TITLE.sub("", raw.strip().strip("|•·").strip(), count=1))
    pieces = [p.strip() for p in re.split(r"\s+[|•·–—]\s+|\s*\|\s*|,\s+", text)]
    first = _without_aside(pieces[0]) or pieces[0]
    degrees = 1
    while degrees < len(pieces) and _postnominals(pieces[degrees]):
        degrees += 1
    if degrees > 1:
        return f"{first}, {', '.join(pieces[1:degrees])}"
    if len(pieces) > 1 and first.isupper():
        given = re.split(r"[ -]", pieces[1])
        if 1 <= len(given) <= 3 and all(len(w) > 1 and w[0].isupper() and w[1:].islower() for w in given):
            return f"{first}, {pieces[1]}"  # not `SMITH, PhD` nor `SMITH, MBA`
    return first


def find_name(header: list[Line], all_lines: list[Line]) -> str | None:
    """The person's name: the value of a name label if the top of the page has one, else the
    largest name-like text near the top (a lone name cell beside contact cells counts), with the
    rest of it where display type stacks or wraps the name over lines."""
    pool = header[:12] if header else all_lines[:8]
    if (labelled := _labelled_name(pool)) is not None:
        return labelled
    best: tuple[float, int, str, float, bool] | None = None
    for i, ln in enumerate(pool):
        cells = ln.cells or [ln.text]
        sizes = ln.cell_sizes if len(ln.cell_sizes) == len(cells) else [ln.size] * len(cells)
        if ln.bold_lead and cells[0].startswith(ln.bold_lead) and looks_like_name(ln.bold_lead):
            # `Jane Roe   Software Engineer`: the name in its own look, the title after it
            cells, sizes = [ln.bold_lead, *cells[1:]], [max(sizes), *sizes[1:]]
        for raw, size in zip(cells, sizes, strict=True):
            cell = _name_piece(raw)
            if not looks_like_name(cell) or heading_key(cell):
                continue
            score = size * (1.3 if ln.bold else 1.0) - i * 0.5 - (3 if title_score(cell) > 0 else 0)
            if best is None or score > best[0]:
                best = (score, i, cell, size, cell.rstrip(",") == raw.strip().rstrip(",").strip())
    if best is None:
        return None
    sizes = sorted(ln.size for ln in all_lines if ln.size)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    # the rest of a stacked name may stand just past the lines searched (a sidebar read after the main column)
    around = header[:16] if header else all_lines[:12]
    email = find_email("\n".join(ln.text for ln in around))
    # the address's words, romanized, a dot where it separates them (`sanne.devries`)
    spelled = ".".join(_romanized(w) for w in re.split(r"[._+-]", email.split("@")[0])) if email else ""
    return _stacked(around, best[1], best[2], best[3], body, best[4], spelled)
