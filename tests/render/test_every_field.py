"""Every field the model holds is printed, whole, by every format (issue #10 item 1: nothing the
person wrote is lost between the parse and a generated document).

Resumes are drawn by hypothesis from the model itself (every string field of every section, so
a field added later is covered too), with values of every length, in Latin, Cyrillic, Greek and
Chinese, and sections kept only as text. A document is read back the way the corpus's
`preserve.py` reads one (pdftotext for a PDF, the document XML for a DOCX, the text for
Markdown) and counted as its words: each word of every value must be there as many times as the
resume holds it. Dates are checked by their year (the month prints as a word or a number).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from typing import Any, get_args, get_origin

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from resume_api.models.resume import Resume, Section
from resume_api.parsing import parse_document
from resume_api.render import TEMPLATES, render
from resume_api.render.print_plan import Entry, build

WORD = re.compile(r"[^\W_]{2,}")
DATE_FIELDS = {"startDate", "endDate", "date", "releaseDate"}
NOT_TEXT = {"image", "email", "countryCode", "postalCode"}
"""Printed, but not as words (a picture; an address whose parts are checked elsewhere)."""

_LATIN = ["kubernetes", "ledger", "harbour", "Zürich", "analyse", "pipeline", "Brontë", "façade", "data"]
_OTHER = ["разработка", "Москва", "σύστημα", "Αθήνα", "熟练使用", "北京大学", "项目管理", "データ分析"]
_WORDS = st.sampled_from(_LATIN + _OTHER)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")


def _fit(words: list[str], limit: int) -> str:
    """The words that fit the field's length limit (at least one)."""
    out = words[0]
    for w in words[1:]:
        if len(out) + 1 + len(w) > limit:
            break
        out = f"{out} {w}"
    return out


def _text(long: bool, limit: int = 10_000) -> st.SearchStrategy[str]:
    return st.lists(_WORDS, min_size=1, max_size=60 if long else 6).map(
        lambda ws: _fit(ws, limit - 10)
    )  # room for the tag


def _value(name: str, limit: int) -> st.SearchStrategy[str]:
    if name in DATE_FIELDS:  # an end after its start (an equal pair rightly prints once)
        years = st.integers(2006, 2024) if name == "endDate" else st.integers(1990, 2005)
        return st.builds(lambda y, m: f"{y}-{m:02d}", years, st.integers(1, 12))
    if name == "url":
        return st.sampled_from(_LATIN).map(lambda w: f"https://{w.casefold()}.example.org/cv")
    return _text(long=True, limit=limit)


def _model(cls: type[BaseModel]) -> st.SearchStrategy[Any]:
    """Every field of `cls` set: strings, lists of strings, nested models, lists of models."""
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for name, info in cls.model_fields.items():
        if name in NOT_TEXT or name == "sections":
            continue
        ann = info.annotation
        args = [a for a in get_args(ann) if a is not type(None)]
        inner = args[0] if args else ann
        if get_origin(ann) is list:
            item = get_args(ann)[0]
            if isinstance(item, type) and issubclass(item, BaseModel):
                fields[name] = st.lists(_model(item), min_size=1, max_size=2)
            else:
                fields[name] = st.lists(_text(long=False), min_size=1, max_size=3)
        elif isinstance(inner, type) and issubclass(inner, BaseModel):
            fields[name] = _model(inner)
        else:
            limit = min((m.max_length for m in info.metadata if hasattr(m, "max_length")), default=10_000)
            fields[name] = _value(name, limit)
    return st.fixed_dictionaries(fields)


def _resumes() -> st.SearchStrategy[dict[str, Any]]:
    other = st.builds(
        lambda heading, lines: {"heading": heading, "key": "other", "text": "\n".join(lines)},
        st.sampled_from(["Teaching", "Patents", "Преподавание"]),
        st.lists(_text(long=True), min_size=1, max_size=3),
    )
    return st.builds(lambda r, s: _tagged({**r, "sections": s}), _model(Resume), st.lists(other, max_size=2))


def _tagged(data: Any, counter: list[int] | None = None) -> Any:
    """Each value made distinct by a word of its own (`tag7`): a writer rightly prints a
    repeated part once (a city its address already says, an area its degree names), and this
    test is about values lost, not duplicates merged."""
    counter = counter if counter is not None else [0]
    if isinstance(data, dict):
        return {k: v if k in DATE_FIELDS or k == "key" else _tagged(v, counter) for k, v in data.items()}
    if isinstance(data, list):
        return [_tagged(v, counter) for v in data]
    if not isinstance(data, str):
        return data
    counter[0] += 1
    if data.startswith("https://"):
        return data.replace("https://", f"https://tag{counter[0]}.", 1)
    return f"tag{counter[0]} {data}"


def _values(data: Any, field: str = "") -> list[tuple[str, str]]:
    """(field, value) of every string a resume holds (a raw section: its text only)."""
    if isinstance(data, dict):
        if "key" in data:
            return [("text", data["text"])]
        return [kv for k, v in data.items() for kv in _values(v, k)]
    if isinstance(data, list):
        return [kv for v in data for kv in _values(v, field)]
    return [(field, data)] if isinstance(data, str) else []


def document_words(data: bytes, fmt: str) -> Counter[str]:
    """The words of a document, read as `preserve.py` reads one."""
    if fmt == "pdf":
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, timeout=60, check=True
        ).stdout.decode()
    elif fmt == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = "\n".join(
                z.read(n).decode() for n in z.namelist() if re.fullmatch(r"word/(document|header\d*)\.xml", n)
            )
        text = re.sub(r"<[^>]+>", "", re.sub(r"</w:p>|<w:br/>|<w:tab/>|</w:tc>", "\n", xml))
    else:
        text = re.sub(r"\\(.)", r"\1", data.decode())
    return Counter(w.casefold() for w in WORD.findall(text))


def expected_words(source: dict[str, Any]) -> Counter[str]:
    words: Counter[str] = Counter()
    for field, value in _values(source):
        if field in DATE_FIELDS:
            words[value[:4]] += 1
        elif field == "url":  # printed without its scheme (Markdown links it as well)
            words.update(w.casefold() for w in WORD.findall(value.removeprefix("https://")))
        else:
            words.update(w.casefold() for w in WORD.findall(value))
    return words


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md"])
@pytest.mark.parametrize("template", TEMPLATES)
@settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(source=_resumes())
def test_every_field_is_printed_whole(source: dict[str, Any], template: str, fmt: str) -> None:
    resume = Resume.model_validate(source)
    got = document_words(render(resume, fmt, template).data, fmt)
    want = expected_words(source)
    lost = {w: n - got[w] for w, n in want.items() if got[w] < n}
    assert lost == {}, f"{template}.{fmt} lost {lost}"


def test_a_right_cell_too_long_for_its_line_prints_whole() -> None:
    """A sentence filed as a location (a parse can do that) is printed in full, not cut to the
    part that fits beside the title."""
    sentence = " ".join(["analyse"] * 30 + ["pipeline"])
    resume = Resume.model_validate(
        {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "position": "Lead", "location": sentence}]}
    )
    got = document_words(render(resume, "pdf", "classic").data, "pdf")
    assert got["analyse"] == 30 and got["pipeline"] == 1


def test_a_chinese_phrase_is_never_broken_across_lines_where_it_fits() -> None:
    phrases = ["其主要功能是令用户可以自行搭建监测网络", "对网站进行自动化测试", "熟练使用STL和部分Boost库"]
    text = "，".join(phrases * 6) + "。"
    resume = Resume.model_validate({"basics": {"name": "李雷", "summary": text}})
    for template in TEMPLATES:
        got = document_words(render(resume, "pdf", template).data, "pdf")
        for phrase in phrases:
            assert got[phrase.casefold()] == 6, (template, phrase)


def test_dates_print_in_the_form_the_person_wrote_them() -> None:
    def months(text: str) -> dict[str, Any]:
        return {
            "basics": {"name": "Ada"},
            "work": [{"name": "Acme", "startDate": "2019-03", "endDate": "2020-10"}],
            "sections": [Section(heading="Work", key="work", text=text).model_dump()],
        }

    numeric = document_words(
        render(Resume.model_validate(months("Acme 03/2019 – 10.2020")), "md", "classic").data, "md"
    )
    assert numeric["03"] == 1 and numeric["10"] == 1
    worded = document_words(
        render(Resume.model_validate(months("Acme Mar 2019 – Oct 2020")), "md", "classic").data, "md"
    )
    assert worded["mar"] == 1 and worded["03"] == 0


def test_every_part_of_a_profile_is_printed() -> None:
    resume = Resume.model_validate(
        {
            "basics": {
                "name": "Ada",
                "url": "https://www.ada.example.org",
                "profiles": [
                    {"network": "LinkedIn", "username": "ada", "url": "https://linkedin.com/in/ada"},
                    {"network": "Mastodon", "username": "lovelace", "url": "https://fosstodon.org/@al"},
                    {"network": "Keybase", "username": "adal"},
                ],
            }
        }
    )
    for fmt in ("pdf", "docx", "md"):
        got = document_words(render(resume, fmt, "classic").data, fmt)
        for word, n in {
            "www": 1,
            "linkedin": 2,
            "mastodon": 1,
            "lovelace": 1,
            "keybase": 1,
            "adal": 1,
        }.items():
            assert got[word] >= n, (fmt, word)


def _alone_cases() -> list[tuple[str, str]]:
    """(section, field): every string field of every entry model, to be the only one set."""
    cases = []
    for key, info in Resume.model_fields.items():
        item = get_args(info.annotation)[0] if get_origin(info.annotation) is list else None
        if key == "sections" or not (isinstance(item, type) and issubclass(item, BaseModel)):
            continue
        cases += [(key, name) for name in item.model_fields if name not in NOT_TEXT]
    return cases


@pytest.mark.parametrize(("section", "field"), _alone_cases())
def test_a_field_alone_in_its_entry_is_printed(section: str, field: str) -> None:
    """An entry holding one field (a publication with no title, a certificate with only its issuer,
    a fluency with no language, as a parse can leave them) is printed, not skipped for the field
    it lacks."""
    item_model = get_args(Resume.model_fields[section].annotation)[0]
    listed = get_origin(item_model.model_fields[field].annotation) is list
    value = {"url": "https://kubernetes.example.org/harbour"}.get(field, "Brontë ledger façade")
    value = "2019-03" if field in DATE_FIELDS else value
    source = {"basics": {"name": "Ada"}, section: [{field: [value] if listed else value}]}
    resume = Resume.model_validate(source)
    want = expected_words({section: [{field: value}]})
    for fmt in ("md", "docx", "pdf"):
        got = document_words(render(resume, fmt, "classic").data, fmt)
        lost = {w: n - got[w] for w, n in want.items() if got[w] < n}
        assert lost == {}, f"{section}.{field} alone, {fmt}: lost {lost}"


_WRITTEN = {
    "fr": (["janv.", "mars", "juil."], "juin"),
    "de": (["Januar", "März", "Juli"], "Juni"),
    "es": (["enero", "marzo", "julio"], "junio"),
    "pt": (["janeiro", "março", "julho"], "junho"),
    "it": (["gennaio", "marzo", "luglio"], "giugno"),
    "nl": (["januari", "maart", "juli"], "juni"),
    "pl": (["styczeń", "marzec", "lipiec"], "czerwiec"),
    "ru": (["январь", "март", "июль"], "июнь"),
}
"""Per language: the month words a resume writes (January, March, July), and a month it never
writes (June) with the word its language gives it."""


def _two_jobs(heading: str, text: str, first: tuple[str, str], second: tuple[str, str]) -> Resume:
    """Two jobs whose dates the person wrote as `text` under `heading`."""
    return Resume.model_validate(
        {
            "basics": {"name": "Ada"},
            "work": [
                {"name": "Acme", "startDate": first[0], "endDate": first[1]},
                {"name": "Globex", "startDate": second[0], "endDate": second[1]},
            ],
            "sections": [Section(heading=heading, key="work", text=text).model_dump()],
        }
    )


@pytest.mark.parametrize("short_year", [False, True], ids=["2019", "19"])
@pytest.mark.parametrize("lang", sorted(_WRITTEN))
@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_month_words_print_in_the_language_the_person_wrote_them(
    lang: str, fmt: str, short_year: bool
) -> None:
    """A resume that writes `juil. 2019` (or `juil. 19`) gets `juil. 2019` back, and a month it never
    wrote in its own language (June), not `Jul 2019`, `07/2019` or an English `Jun`."""
    written, june = _WRITTEN[lang]
    y1, y2 = ("19", "20") if short_year else ("2019", "2020")
    text = "\n".join(f"Acme {w} {y1} – {w} {y2}" for w in written)
    resume = _two_jobs("Work", text, ("2019-01", "2019-03"), ("2019-07", "2020-06"))
    got = document_words(render(resume, fmt, "classic").data, fmt)
    for word in [*written, june]:
        token = WORD.findall(word)[0].casefold()
        assert got[token] >= 1, f"{lang}.{fmt}: {word!r} not printed; printed {sorted(got)[:40]}"
    assert got["jun"] == got["jul"] == got["06"] == got["07"] == 0, (
        f"{lang}.{fmt}: an English or numeric month"
    )


@pytest.mark.parametrize(
    ("written", "printed"),
    [
        ("03.2019 – 07.2020", "03.2019 – 07.2020"),
        ("2019.3 – 2020.7", "2019.3 – 2020.7"),
        ("2019.03 – 2020.10", "2019.03 – 2020.07"),
        ("2019-03 – 2020-07", "2019-03 – 2020-07"),
        ("3/2019 – 7/2020", "3/2019 – 7/2020"),
        ("03/2019 – 07/2020", "03/2019 – 07/2020"),
        ("01.03.2019 – 31.07.2020", "03.2019 – 07.2020"),
    ],
)
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_month_written_as_a_number_prints_in_the_persons_form(written: str, printed: str, fmt: str) -> None:
    """`2019.3` stays `2019.3`, `03.2019` stays `03.2019` (not `03/2019`): the order, the separator and
    the zero the person chose, and the document reads back to the same months."""
    resume = Resume.model_validate(
        {
            "basics": {"name": "Ada"},
            "work": [
                {
                    "name": "Acme Corporation",
                    "position": "Engineer",
                    "startDate": "2019-03",
                    "endDate": "2020-07",
                }
            ],
            "sections": [
                Section(heading="Work", key="work", text=f"Acme Corporation {written}\nEngineer").model_dump()
            ],
        }
    )
    entry = build(resume).sections[0].blocks[0]
    assert isinstance(entry, Entry) and entry.dates == printed
    back = parse_document(render(resume, fmt, "classic").data, f"resume.{fmt}")
    assert [(w.get("startDate"), w.get("endDate")) for w in back["work"]] == [("2019-03", "2020-07")]


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_month_words_shared_with_english_go_with_the_words_english_lacks(fmt: str) -> None:
    """`sep 2016`, `jan 2016`, `mar 2012` are English and Dutch alike; `juli` and `mei` beside them make
    the resume Dutch, and its months print in Dutch (`mei`, not `May`)."""
    text = "sep 2016 – heden\njuli 2016 – sep 2016\njan 2016 – mei 2016\nmar 2012 – oct 2013\nsep 2013 – mei 2014"
    resume = _two_jobs("Werkervaring", text, ("2016-01", "2016-05"), ("2016-07", "2016-09"))
    got = document_words(render(resume, fmt, "classic").data, fmt)
    assert got["mei"] >= 1 and got["juli"] >= 1, sorted(got)
    assert got["may"] == got["jul"] == 0


@pytest.mark.parametrize(
    "written", ["2019年1月 – 2019年3月", "2019年1月～2019年3月", "2019年01月 - 2019年03月"]
)
@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_a_year_and_month_in_cjk_print_as_written(written: str, fmt: str) -> None:
    """`2019年3月` stays `2019年3月` (not `03/2019`): a Chinese or Japanese resume's own form."""
    resume = Resume.model_validate(
        {
            "basics": {"name": "李雷"},
            "work": [{"name": "华信", "startDate": "2019-01", "endDate": "2019-03"}],
            "sections": [Section(heading="工作经历", key="work", text=f"华信 {written}").model_dump()],
        }
    )
    got = document_words(render(resume, fmt, "classic").data, fmt)
    want = Counter(WORD.findall(written))
    assert all(got[w] >= n for w, n in want.items()), f"{fmt}: {sorted(got)}"
