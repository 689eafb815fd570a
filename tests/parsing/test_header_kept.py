"""Nothing in a resume's header block is lost (issue #10): the name and the first email, phone and
address become `basics`; a second email or phone, a birth date, a line the fields do not hold,
are kept verbatim as `other`. Cases: every separator, labels in several languages, the extra
detail on its own line or beside the first ones. Labels (`Email:`, `Mobil`) may go: the field
says them.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Any

import pytest

from resume_api.parsing.document import build_resume
from resume_api.parsing.lines import Line, RawDocument

WORD = re.compile(r"[^\W_]{2,}")
EXTRA = {
    "second email": ["dd367@cornell.edu", "Work email: ada.work@globex.io", "E-Mail (privat): ada@posteo.de"],
    "second phone": ["+44 7123456789", "Mobil: +49 157 8909 0981", "电话: +86 195 5157 0317"],
    "birth date": [
        "Born 03 Jan 1991",
        "Geboren am 03.01.1991",
        "Date of birth: 1991-01-03",
        "出生日期：1991年1月",
    ],
}
SEPS = [" | ", " · ", "\t", "  ", " • "]
LABELS = {
    "email",
    "mail",
    "work",
    "privat",
    "mobil",
    "born",
    "geboren",
    "am",
    "date",
    "of",
    "birth",
    "电话",
    "出生日期",
}


def _raw(header: list[str]) -> RawDocument:
    lines = [Line(text=t, cells=t.split("\t"), size=10.0) for t in header]
    lines[0].size, lines[0].bold = 20.0, True
    body = ["EXPERIENCE", "Data Engineer | Globex Corporation | 2019 – 2021", "• Built the pipeline"]
    for t in body:
        lines.append(Line(text=t, cells=[t], size=12.0 if t.isupper() else 10.0, bold=t.isupper()))
    return RawDocument(lines=lines)


def _words(parsed: dict[str, Any]) -> Counter[str]:
    def strings(v: Any) -> list[str]:
        if isinstance(v, str):
            return [v]
        if isinstance(v, dict):
            return [s for x in v.values() for s in strings(x)]
        if isinstance(v, list):
            return [s for x in v for s in strings(x)]
        return []

    fields = {k: v for k, v in parsed.items() if k != "sections"}
    raw = [s["text"] for s in parsed["sections"] if s["key"] == "other"]
    return Counter(w.casefold() for s in [*strings(fields), *raw] for w in WORD.findall(s))


@pytest.mark.parametrize(
    ("kind", "extra", "sep", "own_line"),
    [(k, e, s, o) for k, es in EXTRA.items() for e, s, o in itertools.product(es, SEPS, (True, False))],
)
def test_an_extra_contact_detail_in_the_header_is_kept(
    kind: str, extra: str, sep: str, own_line: bool
) -> None:
    first = sep.join(["ada@example.org", "+1 607 379 5733", "Ithaca, NY"])
    header = ["Ada Lovelace", first, extra] if own_line else ["Ada Lovelace", sep.join([first, extra])]
    got = _words(build_resume(_raw(header)))
    want = Counter(w.casefold() for w in WORD.findall(extra) if w.casefold() not in LABELS)
    lost = {w: n - got[w] for w, n in want.items() if got[w] < n}
    assert lost == {}, f"{kind}: {extra!r} lost {lost}"


def test_the_first_email_and_phone_are_not_kept_twice() -> None:
    parsed = build_resume(_raw(["Ada Lovelace", "ada@example.org | +1 607 379 5733"]))
    assert parsed["basics"]["email"] == "ada@example.org"
    assert not [s for s in parsed["sections"] if s["key"] == "other"]
