"""The pure parse: bytes in, a JSON Resume dict out (validated by `Resume` at the boundary).

Order of work: sniff the type from the bytes, check the container (size, pages, zip, XML) before
any text extraction, read lines with their layout, find the header block and the sections, then
let each section's parser fill its part of JSON Resume. Every section also keeps its raw text in
`sections`, so nothing the parser could not place is lost. Only `resume_api.errors` types leave
this module.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import ApiError, DocumentError, PayloadTooLarge
from . import contacts as C
from . import education as Ed
from . import entries as E
from . import lists as L
from . import spoken
from .clean_text import (
    MAX_LINE_CHARS,
    MAX_TEXT_CHARS,
    capped_length,
    forget_keys,
    join_broken_words,
    normalize_key,
)
from .lines import Line, RawDocument
from .profile import header_languages, headless_summary
from .section_types import credentials_apart
from .sections import Section, split_sections
from .sniff import check_docx_container, sniff_kind

MAX_BYTES = 10 * 1024 * 1024
MAX_PAGES = 30


def parse_document(
    data: bytes,
    filename: str = "",
    *,
    max_pages: int = MAX_PAGES,
    max_bytes: int = MAX_BYTES,
    warnings: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Parse a PDF or DOCX resume into a JSON Resume dict (see `resume_api.models.resume.Resume`).

    Text no reader sees is left out; given a `warnings` list, it receives what the upload reports
    about the file (instructions to an AI, hidden text: parsing/findings.py)."""
    if len(data) > max_bytes:
        raise PayloadTooLarge(f"The file is larger than {max_bytes // (1024 * 1024)} MB.", code="too_large")
    kind = sniff_kind(data, filename)
    try:
        raw = _read(data, kind, max_pages)
        _cap(raw)
        if not any(ln.text.strip() for ln in raw.lines):
            raise DocumentError(
                "No text could be extracted: the document looks scanned or image-only. Upload a PDF with "
                "selectable text or a DOCX.",
                code="no_text",
            )
        if warnings is not None:
            from .findings import warnings_of

            warnings.extend(warnings_of([*raw.lines, *raw.margin], raw.hidden, raw.kind))
        resume = build_resume(raw)
        # What the handlers store must validate; should a reader let through something the model
        # refuses, that is a 422 here rather than a 500 in the handler.
        _validate(resume)
        return resume
    except ApiError:
        raise
    except (MemoryError, RecursionError) as exc:
        raise DocumentError("The document is too complex to read.", code="too_complex") from exc
    except Exception as exc:
        # a reader bug or a malformed file it did not anticipate: still a typed, fixed-text error
        if _is_pdf_error(exc) or _raised_in(exc, "pypdf"):
            code = "too_complex" if exc.__class__.__name__ == "LimitReachedError" else "corrupt"
            msg = (
                "The document is too complex to read."
                if code == "too_complex"
                else "The PDF is damaged or incomplete."
            )
            raise DocumentError(msg, code=code) from exc
        raise DocumentError("The document could not be read.", code="unreadable") from exc


def _validate(resume: dict[str, Any]) -> None:
    from ..models.resume import Resume

    Resume.model_validate(resume)


def _is_pdf_error(exc: BaseException) -> bool:
    return exc.__class__.__module__.startswith("pypdf")


def _raised_in(exc: BaseException, package: str) -> bool:
    """Whether the innermost frame of the exception's traceback is `package`'s code.

    pypdf trips over some malformed input with a built-in exception (an `AssertionError` from
    an internal `assert`): that is a damaged file, not a bug of ours.
    """
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    module = str(tb.tb_frame.f_globals.get("__name__", ""))
    return module == package or module.startswith(package + ".")


def _read(data: bytes, kind: str, max_pages: int) -> RawDocument:
    if kind == "pdf":
        if b"%%EOF" not in data[-65536:]:
            raise DocumentError("The PDF is incomplete (it looks truncated).", code="corrupt")
        from .pdf_layout import read_pdf

        return read_pdf(data, max_pages=max_pages)
    check_docx_container(data)
    from .docx_reader import read_docx

    return read_docx(data)


def _cap(raw: RawDocument) -> None:
    """Keep at most MAX_TEXT_CHARS of text, cutting whole lines; cut each line to MAX_LINE_CHARS.

    Without the per-line cut, one overlong line early in a document would use up the whole
    budget and every line after it (the sections) would be lost.
    """
    total = 0
    kept: list[Line] = []
    for ln in raw.lines:
        if len(ln.text) > MAX_LINE_CHARS:
            ln.text = ln.text[:MAX_LINE_CHARS]
            cells, room = [], MAX_LINE_CHARS
            for cell in ln.cells:
                if room <= 0:
                    break
                cells.append(cell[:room])
                room -= len(cells[-1]) + 1
            ln.cells = cells
            ln.cell_sizes = ln.cell_sizes[: len(cells)]
            ln.cell_spans = ln.cell_spans[: len(cells)]
        total += capped_length(ln.text)
        if total > MAX_TEXT_CHARS:
            break
        kept.append(ln)
    raw.lines = kept
    raw.links = raw.links[:100]


# ----------------------------------------------------------------------------------------------


def _line_text(ln: Line) -> str:
    return "\t".join(ln.cells) if len(ln.cells) > 1 else ln.text


def _section_text(sec: Section) -> str:
    return "\n".join(_line_text(ln) for ln in sec.lines)[:100_000]


def _basics(
    header: list[Line],
    lines: list[Line],
    links: list[str],
    sections: list[Section],
    margin: list[Line],
    *,
    top: list[Line] | None = None,
) -> dict[str, Any]:
    """Name and contact details from the header block, then the page furniture (a footer repeated
    on every page is the owner's, and often the only place the details are), then the whole page
    (where a referee's may stand too). `top`: the header as read, a profile paragraph still in it,
    where the name is looked for (among its first lines)."""
    header_text = "\n".join(_line_text(ln) for ln in header)
    margin_text = "\n".join(_line_text(ln) for ln in margin)
    all_text = "\n".join(_line_text(ln) for ln in lines[:400])
    basics: dict[str, Any] = {}
    name = C.find_name(header if top is None else top, lines)
    if name:
        basics["name"] = name[:300]
    mail_links = [u[7:] for u in links if u.lower().startswith("mailto:")]
    email = (
        C.find_email(header_text)
        or (C.find_email(mail_links[0]) if mail_links else None)
        or C.find_email(margin_text)
        or C.find_email(all_text)
    )
    if email and not C.find_email(header_text):  # beyond the header, a referee's may come first
        email = C.named_email(C.find_emails("\n".join([*mail_links, margin_text, all_text])), name) or email
    if email:
        basics["email"] = _linked(email, [a for u in mail_links if (a := C.find_email(u))])[:320]
    tel = [u[4:].strip() for u in links if u.lower().startswith("tel:")]
    phone = C.find_phone(_without_emails_urls(header_text))
    if phone is not None:
        phone = _linked_phone(phone, tel, header_text)
    if phone is None:
        phone = tel[0] if tel else None
    if phone is None:
        phone = C.find_phone(_without_emails_urls(margin_text))
    referees = {id(ln) for s in sections if s.key == "references" for ln in s.lines}
    own = [ln for ln in lines if id(ln) not in referees]
    if phone is None:
        phone = C.find_phone(_without_emails_urls("\n".join(_line_text(ln) for ln in own[:40])))
    if phone is None and email:
        phone = _phone_beside_email(own, email)
    own_text = _without_emails_urls("\n".join(_line_text(ln) for ln in own))
    if phone is None:  # behind its label, or alone on its line, anywhere but among the referees
        phone = C.find_labelled_phone(own_text) or C.phone_alone(own_text)
    if phone:
        basics["phone"] = phone[:60]
    # links: printed in the header or a links/contact section, and link targets
    link_sections = [
        s for s in sections if normalize_key(s.heading) in {"links", "profiles", "online", "social"}
    ]
    url_text = header_text + "\n" + "\n".join(_section_text(s) for s in link_sections)
    urls = C.find_urls(_without_emails(url_text), name)
    for u in links:
        low = u.lower()
        if low.startswith(("mailto:", "tel:", "#")):
            continue
        if C.is_profile(u) or (u.startswith(("http://", "https://")) and _host(u) in _hosts(url_text)):
            urls.append(u)
    profiles: list[dict[str, Any]] = []
    seen: set[str] = set()
    site = None
    for u in urls:
        key = re.sub(r"^https?://(www\.)?", "", u.lower()).rstrip("/")
        if key in seen:
            continue
        seen.add(key)
        p = C.profile(u)
        if p["network"]:
            profiles.append(p)
        elif site is None:
            site = p["url"]
    if site:
        basics["url"] = site[:500]
    if profiles:
        basics["profiles"] = profiles[:50]
    loc = C.find_location(header, email, phone, name, [*own, *margin])
    if loc:
        basics["location"] = C.split_location(loc)
    summary = next((s for s in sections if s.key == "summary"), None)
    if summary is not None and summary.lines:
        basics["summary"] = L.paragraph(summary.lines)[:10_000] or None
    label = _headline(header, name)
    if label:
        basics["label"] = label[:300]
    return {k: v for k, v in basics.items() if v}


def _linked(email: str, addresses: list[str]) -> str:
    """The e-mail as the page's `mailto:` link holds it, where the printed one is that address with
    the item beside it glued on (`Lyon` + `jane@web.de` + `site.org`: a theme sets its items side by
    side with no gap, and pdftotext joins them too), or cut short inside what was glued."""
    local, _, domain = email.casefold().partition("@")
    for address in addresses:
        own, _, host = address.casefold().partition("@")
        if (
            address.casefold() != email.casefold()
            and local.endswith(own)
            and (domain.startswith(host) or host.startswith(domain))
        ):
            return address
    return email


def _linked_phone(phone: str, tel: list[str], text: str) -> str:
    """The phone as printed where its `tel:` link has the same digits, where the number read runs on
    into glued digits or stops short of its last group (the next item glued to it)."""
    digits = re.sub(r"\D", "", phone)
    for number in tel:
        own = re.sub(r"\D", "", number)
        if len(own) < 7 or own == digits or not (own in digits or digits in own):
            continue
        printed = re.search(r"\+?" + r"[\s./()-]{0,3}".join(own), text)
        return printed.group(0) if printed else number
    return phone


def _phone_beside_email(lines: list[Line], email: str) -> str | None:
    """A phone printed with the email where the contact details close the page or sit in a
    contact section far down (`jane@example.fr • +33 6 25 97 03 83 • Lyon`): within three lines."""
    for i, ln in enumerate(lines):
        if email in _line_text(ln).lower():
            near = "\n".join(_line_text(x) for x in lines[max(0, i - 3) : i + 4])
            if phone := C.find_phone(_without_emails_urls(near)):
                return phone
    return None


def _host(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.lower()).split("/")[0]


def _hosts(text: str) -> set[str]:
    return {_host(u) for u in C.find_urls(text)}


def _without_emails(text: str) -> str:
    return C.EMAIL_RE.sub(" ", text)


def _without_emails_urls(text: str) -> str:
    text = C.EMAIL_RE.sub(" ", text)
    return C.URL_RE.sub(" ", text)


def _headline(header: list[Line], name: str | None) -> str | None:
    """A job title printed under the name (`Senior Software Engineer`): JSON Resume's `label`."""
    from .vocab import title_score

    for ln in header[:6]:
        for cell in ln.cells or [ln.text]:
            for piece in re.split(r"\s+[|•·–—]\s+|\s*\|\s*", cell):
                c = piece.strip()
                if not c or c == name or "@" in c or re.search(r"\d{3}", c) or len(c) > 80:
                    continue
                if title_score(c) > 0:
                    return c
    return None


_CONTACT_WORDS = re.compile(
    r"(?i)\b(?:e-?mail|mail|phone|tel|telephone|mobile|cell|fax|linkedin|github|gitlab|twitter|website|"
    r"web|homepage|portfolio|address|adresse|téléphone|telefon|teléfono|telefone|telefono|handy|mobil|"
    r"email|correo|contato|contatto|телефон|почта|адрес|电话|邮箱|手机|地址|電話|メール|住所)\b\s*:?"
)


def _header_leftover(header: list[Line], basics: dict[str, Any]) -> list[str]:
    """Header lines holding more than the name and contact details (a tagline, a birth date, an
    address line, 'Curriculum Vitae'), verbatim: nothing the person wrote is dropped."""
    known = [str(basics.get(k) or "") for k in ("name", "email", "phone", "url", "label")] + [
        str((basics.get("location") or {}).get("address") or "")
    ]
    known += [str(p.get("url") or "") for p in basics.get("profiles") or []]
    known += [str(p.get("username") or "") for p in basics.get("profiles") or []]
    name_words = {w.casefold() for w in str(basics.get("name") or "").split()}
    email = str(basics.get("email") or "").casefold()
    phone_digits = re.sub(r"\D", "", str(basics.get("phone") or ""))
    usernames = [str(p.get("username") or "").casefold() for p in basics.get("profiles") or []]
    out = []
    for ln in header:
        text = _line_text(ln)
        if any(0 < len(text.strip()) < len(u) and u.endswith(text.strip().casefold()) for u in usernames):
            continue  # the end of a profile address a column wrapped (`emily-cart` / `er`): it holds it
        # an email or phone that is not the one `basics` holds (a second address, a mobile beside
        # a landline) is something the person wrote: the line is kept
        extras = [m.group() for m in C.EMAIL_RE.finditer(text) if m.group().casefold() != email]
        rest = C.EMAIL_RE.sub(" ", C.URL_RE.sub(" ", text))
        # the name's words, also where it is stacked over two lines (`Emily` over `CARTER`)
        rest = " ".join(w for w in rest.split() if w.casefold() not in name_words)
        for k in sorted((k for k in known if k), key=len, reverse=True):
            rest = rest.replace(k, " ")
        for _ in range(4):  # a landline, a mobile, a fax: each one once
            phone = C.find_phone(rest)
            if not phone or phone not in rest:
                break
            if re.sub(r"\D", "", phone) != phone_digits:
                extras.append(phone)
            rest = rest.replace(phone, " ")
        rest = _CONTACT_WORDS.sub(" ", C.furniture_off(rest))
        words = re.findall(r"[^\W\d_]{2,}", rest)
        if len(words) >= 2 or any(len(w) >= 4 for w in words):
            out.append(text)
        elif extras:  # only what `basics` does not hold, not the line's email and phone again
            out.append(" | ".join(extras))
    return out


_PARSERS: dict[str, Callable[[list[Line]], list[dict[str, Any]]]] = {
    "work": E.parse_work,
    "volunteer": functools.partial(E.parse_work, volunteer=True),
    "education": Ed.parse_education,
    "projects": E.parse_projects,
    "skills": L.skill_groups,
    "languages": L.languages,
    "certificates": L.certificates,
    "awards": L.awards,
    "publications": L.publications,
    "interests": L.interests,
    "references": L.references,
}
_TOKEN = re.compile(r"[^\W_]{2,}")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _unplaced(lines: list[Line], items: list[dict[str, Any]]) -> list[str]:
    """What of a section's lines none of the items parsed from it holds: a line whose words mostly
    went nowhere, whole; else the stretch of a line around words no item holds (`Valedictorian`
    after a degree, `10 months` after a title), where one of them says something (`_says`)."""
    from .dates import blank_dates

    pool = Counter(t.casefold() for s in _strings(items) for t in _TOKEN.findall(s))
    texts = [_line_text(ln) for ln in lines]
    undated = [blank_dates(t) for t in texts]  # dates: normalised
    tokens = [list(_TOKEN.finditer(u)) for u in undated]  # numbers too: `10` goes with `10 months`
    joined = _broken_words(undated, tokens, pool)
    out = []
    for text, words in zip(texts, tokens, strict=True):
        counted = sum(1 for m in words if not m.group().isdigit())
        if not counted:
            continue
        lost = []
        for m in words:
            w = m.group().casefold()
            if id(m) in joined:
                continue
            if pool[w] > 0:
                pool[w] -= 1
            else:
                lost.append(m)
        if sum(1 for m in lost if not m.group().isdigit()) > 0.5 * counted:
            out.append(text)
        elif stretches := _stretches(words, lost):
            out.append(" … ".join(text[a:b] for a, b in stretches))
    return out


_HYPHENS = frozenset("-\u00ad\u2010\u2011")


def _broken_words(texts: list[str], tokens: list[list[re.Match[str]]], pool: Counter[str]) -> set[int]:
    """The halves of words broken over two lines (`ontwikkel-` / `ing`) or at a hyphen (`oper-ation`)
    that an item holds joined (`ontwikkeling`), by id; the joined word is taken from `pool`."""
    flat = [(i, m) for i, words in enumerate(tokens) for m in words]
    out: set[int] = set()
    for (i, a), (j, b) in itertools.pairwise(flat):
        if id(a) in out:
            continue
        if i == j:
            between = texts[i][a.end() : b.start()]
            if not between or any(c not in _HYPHENS for c in between):
                continue
        elif texts[i][a.end() :].strip(" " + "".join(_HYPHENS)) or texts[j][: b.start()].strip():
            continue  # not the last word of its line and the first of the next
        whole = (a.group() + b.group()).casefold()
        if pool[whole] > 0 and not (pool[a.group().casefold()] and pool[b.group().casefold()]):
            pool[whole] -= 1
            out.update((id(a), id(b)))
    return out


def _stretches(words: list[re.Match[str]], lost: list[re.Match[str]]) -> list[tuple[int, int]]:
    """(start, end) of each run of lost words with no placed word inside, where one of them says
    something."""
    gone = {id(m) for m in lost}
    runs: list[list[re.Match[str]]] = []
    previous_lost = False
    for m in words:
        if id(m) in gone:
            if not previous_lost:
                runs.append([])
            runs[-1].append(m)
        previous_lost = id(m) in gone
    return [(run[0].start(), run[-1].end()) for run in runs if any(_says(m.group()) for m in run)]


@functools.cache
def _joiners() -> frozenset[str]:
    """Words that only join fields or dates in some language (`at`, `chez`, `seit`, `bis`, `as`)."""
    from .lexicon import lexicon

    lex = lexicon()
    words = (*lex.role_at, *lex.role_as, *lex.since, *lex.range_words, *lex.present, *lex.months)
    return frozenset(w for phrase in words for w in phrase.casefold().split())


def _says(word: str) -> bool:
    """A word worth keeping on its own: not a joining word, and four letters or more, an acronym
    (`GPA`) or two or more CJK characters (`在` joins; `首席` says something)."""
    if word.casefold() in _joiners():
        return False
    if any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in word):
        return len(word) >= 2
    return len(word) >= 4 or (len(word) >= 2 and word.isupper())


def _header_like(line: Line) -> bool:
    """A short line, not a bullet, that ends no sentence (`Globex Inc.` ends a name)."""
    text = line.text.rstrip()
    if line.bullet or len(text) > 40 or text.endswith(("。", ":", "：", ";", "；", ",", "，")):
        return False
    return not text.endswith(".") or E._sentence_end(text) == text


def _unheaded_jobs(sections: list[Section]) -> list[Section]:
    """Jobs printed right after a summary with no heading of their own (`Company` over
    `2009/08 – 至今` over `Title`, twice or more): the summary ends where the first one starts,
    and the jobs are a work section without a heading."""
    from . import dates as D

    if any(s.key == "work" for s in sections):
        return sections
    out: list[Section] = []
    for sec in sections:
        out.append(sec)
        if sec.key != "summary":
            continue
        lines = sec.lines
        anchors = [
            i
            for i in range(1, len(lines))
            if D.has_range(lines[i].text) and D.is_date_only(lines[i].text) and _header_like(lines[i - 1])
        ]
        if len(anchors) < 2 or anchors[0] < 2:
            continue
        cut = anchors[0] - 1
        while cut > 1 and anchors[0] - cut < 3 and _header_like(lines[cut - 1]):
            cut -= 1  # `Company` over `Title` over the dates: the header's lines above
        sec.lines = lines[:cut]
        out.append(Section("", "work", lines[cut:]))
    return out


def _section_items(sec: Section, resume: dict[str, Any]) -> list[dict[str, Any]]:
    """Parse a section into its field of `resume`, and return what it parsed. Spoken languages
    listed among skills go to `languages`; a languages section that names none (`Typescript`,
    `SQL` under "Language skills") goes to `skills`."""
    if sec.key == "skills":
        skill_lines, spoken_lines = spoken.split_skills(sec.lines)
        said = spoken.entries(spoken_lines)
        resume["languages"].extend(said)
        groups = L.skill_groups(skill_lines) if skill_lines else []
        resume["skills"].extend(groups)
        return [*groups, *said]
    key = "skills" if sec.key == "languages" and spoken.not_spoken(sec.lines) else sec.key
    items = _PARSERS[key](sec.lines)
    resume[key].extend(items)
    return items


_HEADER_PARTS = frozenset({"summary", "languages"})
"""Keys a headless part of the header block takes (`profile.py`): a profile paragraph is the
person's `basics.summary`, a line of spoken languages their `languages`, and neither is listed in
`sections`, which lists the sections a reader sees printed under a heading (the name/contact block
is not one: the corpus's labels count the same way)."""


def build_resume(raw: RawDocument) -> dict[str, Any]:
    """JSON Resume from the lines of a document (no I/O, no size checks)."""
    from .dates import forget

    forget()
    forget_keys()
    raw.lines = _dashed(raw.lines)
    split = split_sections(raw.lines)
    header = header_languages(headless_summary(split.header, split.sections, raw.lines), split.sections)
    split.sections = _unheaded_jobs(split.sections)
    resume: dict[str, Any] = {
        "basics": _basics(header, raw.lines, raw.links, split.sections, raw.margin, top=split.header),
        "work": [],
        "volunteer": [],
        "education": [],
        "awards": [],
        "certificates": [],
        "publications": [],
        "skills": [],
        "languages": [],
        "interests": [],
        "references": [],
        "projects": [],
        "sections": [],
    }
    leftover = _header_leftover(header, resume["basics"])
    if leftover:
        resume["sections"].append({"heading": "", "key": "other", "text": "\n".join(leftover)[:100_000]})
    for sec in split.sections:
        if sec.key in _FILED_ELSEWHERE and sec.heading and sec.lines:
            # degrees printed under another heading (`Certifications`) are education entries
            schooling, sec.lines = Ed.schooling_lines(sec.lines, named=sec.key == "other")
            if schooling:
                _filed("education", schooling, resume)
        if sec.key == "education" and sec.lines:
            # and certificates printed with the schooling (`Education & Certifications`)
            credentials, sec.lines = credentials_apart(sec.heading, sec.lines)
            if credentials:
                _filed("certificates", credentials, resume)
        text = _section_text(sec)
        if sec.key not in _PARSERS or not sec.lines:
            text = join_broken_words(text)  # kept verbatim as the section's content
        if sec.heading or sec.key not in _HEADER_PARTS:
            resume["sections"].append({"heading": sec.heading[:300], "key": sec.key, "text": text})
        if not sec.lines or sec.key not in _PARSERS:
            continue
        items = _section_items(sec, resume)
        leftover = _unplaced(Ed.split_theses(sec.lines) if sec.key == "education" else sec.lines, items)
        if leftover and items:
            # What the section's parser could not place stays, verbatim, beside it. Unnamed: under
            # the section's own heading a generated document would print it as more entries.
            resume["sections"].append(
                {"heading": "", "key": "other", "text": join_broken_words("\n".join(leftover))}
            )
    margin = _margin_text(raw.margin, resume)
    if margin:
        resume["sections"].append({"heading": "", "key": "other", "text": "\n".join(margin)[:100_000]})
    return _fit(resume)


def _dashed(lines: list[Line]) -> list[Line]:
    """Lines with a range's arrow read as its dash (`2019-04 → Present`): every rule after this
    one knows dashes."""
    from dataclasses import replace

    from .dates import arrows_as_dashes

    out = []
    for ln in lines:
        text = arrows_as_dashes(ln.text)
        out.append(
            ln if text == ln.text else replace(ln, text=text, cells=[arrows_as_dashes(c) for c in ln.cells])
        )
    return out


_FILED_ELSEWHERE = frozenset({"certificates", "other"})
"""Sections whose entries may be degrees their heading did not announce. In `other`, the degree
must be a piece's name: a teaching line names a degree and a school too (`Cours de statistiques
en licence, Université de Lyon`)."""


def _filed(key: str, lines: list[Line], resume: dict[str, Any]) -> None:
    """Entries found under another section's heading (degrees under `Certifications`, certificates
    under `Education & Certifications`): parsed as `key`'s, what they leave kept verbatim."""
    items = _PARSERS[key](lines)
    resume[key].extend(items)
    leftover = _unplaced(Ed.split_theses(lines) if key == "education" else lines, items)
    if leftover:
        resume["sections"].append(
            {"heading": "", "key": "other", "text": join_broken_words("\n".join(leftover))}
        )


def _margin_text(margin: list[Line], resume: dict[str, Any]) -> list[str]:
    """Page headers, footers and notes in the margin that say something the parse does not (a
    'document updated on' note, a footer naming the employer), once each; page numbers and a
    footer repeating the name are not kept."""
    from .pdf_layout import PAGE_NUMBER

    pool = Counter(t.casefold() for s in _strings(resume) for t in _TOKEN.findall(s))
    out: list[str] = []
    seen: set[str] = set()
    for ln in margin:
        text = ln.text.strip()
        key = re.sub(r"\d+", "#", text.casefold())
        if not text or key in seen or PAGE_NUMBER.match(text):
            continue
        seen.add(key)
        words = [t.casefold() for t in _TOKEN.findall(text) if not t.isdigit()]
        if words and sum(1 for w in words if pool[w] == 0) >= 0.5 * len(words):
            out.append(text)
    return out


@functools.cache
def _max_lengths() -> dict[str, dict[str, int]]:
    """Per section, the string length limits of `Resume`'s item models, read from the model."""
    from ..models.resume import Resume

    out: dict[str, dict[str, int]] = {}
    for key, info in Resume.model_fields.items():
        args = getattr(info.annotation, "__args__", ())
        model = args[0] if args else None
        fields = getattr(model, "model_fields", None)
        if not fields:
            continue
        limits: dict[str, int] = {
            "__len__": next((m.max_length for m in info.metadata if hasattr(m, "max_length")), 200)
        }
        for name, finfo in fields.items():
            for m in finfo.metadata:
                if getattr(m, "max_length", None) is not None:
                    limits[name] = int(m.max_length)
        out[key] = limits
    return out


def _fit(resume: dict[str, Any]) -> dict[str, Any]:
    """Trim to the model's limits and drop empty values, so the result always validates."""
    limits = _max_lengths()
    for key, field_limits in limits.items():
        if key not in resume or key == "basics":
            continue
        cleaned = []
        for item in resume[key][: field_limits["__len__"]]:
            out: dict[str, Any] = {}
            for k, value in item.items():
                v = value
                if v is None or v in ([], ""):
                    continue
                if isinstance(v, str):
                    v = v.strip()[: field_limits.get(k, 10_000)]
                    if not v:
                        continue
                elif isinstance(v, list):
                    v = [x.strip() for x in v if isinstance(x, str) and x.strip()][: field_limits.get(k, 200)]
                    if not v:
                        continue
                out[k] = v
            if key == "sections":
                out.setdefault("heading", "")  # an unnamed section (content without a heading)
                out.setdefault("text", "")  # a heading with nothing under it: as the model stores it
                cleaned.append(out)
            elif out:
                cleaned.append(out)
        resume[key] = cleaned
    return resume
