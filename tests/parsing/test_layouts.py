"""Generated resumes in 42 layouts and 11 languages must parse back to what they print.

The generator (`tests/parsing/layouts/`) draws a JSON resume with hypothesis (fixed seed), prints
it as PDF or DOCX in one layout variant, and states the parse a demanding reader expects, from
the JSON alone. Each variant runs in English and in one other language (rotating, so every
language is covered). Cells today's parser cannot read are listed in `XFAIL` with the first
thing that came back wrong; they are strict, so a cell the parser learns to read fails until
its line is deleted. `python -m tests.parsing.layouts.report` prints the whole picture.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.parsing.layouts import (
    BY_NAME,
    LANGS,
    VARIANTS,
    check_cell,
    documents,
    matrix_cells,
    render,
    sample,
)
from tests.parsing.layouts.build import build
from tests.parsing.layouts.content import fmt_range
from tests.parsing.layouts.expected import mismatches
from tests.parsing.layouts.pdf_writer import fonts_available

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

# fmt: off
XFAIL: dict[tuple[str, str], str] = {
    ("pdf-pipe-employer-title-location-dates", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("pdf-pipe-employer-title-location-dates", "fr"): "languages: expected 2 entries, got 0: []",
    ("pdf-title-emdash-employer-dates-below", "en"): "education: expected 1 entries, got 0: []",
    ("pdf-title-emdash-employer-dates-below", "de"): "education: expected 1 entries, got 0: []",
    ("pdf-title-at-employer-dates-right", "en"): "education[0].institution: expected 'University of Michigan', got 'University of'",
    ("pdf-title-at-employer-dates-right", "es"): "work: expected 2 entries, got 3: [('Solaris S.A.', 'Ingeniero de software'), ('Iberia Datos S.L.', 'Jefe de proyecto'...",
    ("pdf-title-comma-employer-location-right", "en"): "education[0].institution: expected 'University of Michigan', got 'University of'",
    ("pdf-title-comma-employer-location-right", "pt"): "work: expected 2 entries, got 3: [('Atlântico Seguros S.A., Lisboa', 'Engenheiro de software'), ('Verde Mar Lda.', 'G...",
    ("pdf-employer-over-title-dates-right", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("pdf-employer-over-title-dates-right", "it"): "work: expected 2 entries, got 0: []",
    ("pdf-title-over-employer-dates-below", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("pdf-title-over-employer-dates-below", "nl"): "education: expected 1 entries, got 0: []",
    ("pdf-dates-margin-column", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("pdf-dates-margin-column", "pl"): "work: expected 2 entries, got 0: []",
    ("pdf-dates-lead-inline", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("pdf-dates-lead-inline", "ru"): "work: expected 2 entries, got 0: []",
    ("pdf-middot-title-employer-location-dates", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("pdf-middot-title-employer-location-dates", "zh"): "work: expected 2 entries, got 0: []",
    ("pdf-employer-endash-title-right", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("pdf-employer-endash-title-right", "ja"): "work: expected 2 entries, got 0: []",
    ("pdf-tabs-employer-title-dates", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("pdf-tabs-employer-title-dates", "fr"): "languages: expected 2 entries, got 0: []",
    ("pdf-grouped-roles", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("pdf-grouped-roles", "de"): "education: expected 1 entries, got 0: []",
    ("pdf-long-wrapped-bullets", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("pdf-long-wrapped-bullets", "es"): "work: expected 2 entries, got 3: [('Desde mayo de', 'Ingeniero de software'), ('agosto de', 'Jefe de proyecto'), ('Ib...",
    ("pdf-one-line-entries", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("pdf-one-line-entries", "pt"): "education: expected 1 entries, got 0: []",
    ("pdf-small-caps-headings", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("pdf-small-caps-headings", "it"): "work: expected 2 entries, got 0: []",
    ("pdf-icon-headings", "en"): "languages: expected 2 entries, got 8: [('English —', 'Native'), ('Spanish —', 'Fluent'), ('CERTIFICATIONS',), ('AWS C...",
    ("pdf-icon-headings", "nl"): "education: expected 1 entries, got 0: []",
    ("pdf-numbered-headings", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("pdf-numbered-headings", "pl"): "work: expected 2 entries, got 0: []",
    ("pdf-sidebar-left", "en"): "education: expected 1 entries, got 0: []",
    ("pdf-sidebar-left", "ru"): "work: expected 2 entries, got 0: []",
    ("pdf-sidebar-right", "en"): "skills: expected 2 entries, got 1: [('Skills', ['Excel', 'Tableau'])]",
    ("pdf-sidebar-right", "zh"): "work: expected 2 entries, got 0: []",
    ("pdf-top-band-header", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("pdf-top-band-header", "ja"): "work: expected 2 entries, got 0: []",
    ("pdf-table-per-entry", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("pdf-table-per-entry", "fr"): "languages: expected 2 entries, got 0: []",
    ("pdf-europass-table", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("pdf-europass-table", "de"): "education: expected 1 entries, got 0: []",
    ("pdf-academic-cv", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("pdf-academic-cv", "es"): "skills: expected 2 entries, got 0: []",
    ("pdf-linkedin-save-to-pdf", "en"): "certificates: expected 1 entries, got 2: [('AWS Certified Security -',), ('Specialty',)]",
    ("pdf-linkedin-save-to-pdf", "pt"): "education: expected 1 entries, got 0: []",
    ("pdf-functional", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("pdf-functional", "it"): "work: expected 2 entries, got 0: []",
    ("docx-pipe-list-bullet-style", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("docx-pipe-list-bullet-style", "nl"): "education: expected 1 entries, got 0: []",
    ("docx-tab-right-dates", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("docx-tab-right-dates", "pl"): "work: expected 2 entries, got 0: []",
    ("docx-word-heading-styles", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("docx-word-heading-styles", "ru"): "work: expected 2 entries, got 0: []",
    ("docx-line-breaks-in-header", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("docx-line-breaks-in-header", "zh"): "work: expected 2 entries, got 0: []",
    ("docx-title-at-employer", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("docx-title-at-employer", "ja"): "work: expected 2 entries, got 0: []",
    ("docx-grouped-roles", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("docx-grouped-roles", "fr"): "languages: expected 2 entries, got 0: []",
    ("docx-whole-resume-in-table", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("docx-whole-resume-in-table", "de"): "education: expected 1 entries, got 0: []",
    ("docx-table-per-entry", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("docx-table-per-entry", "es"): "skills: expected 2 entries, got 0: []",
    ("docx-europass-table", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("docx-europass-table", "pt"): "education: expected 1 entries, got 0: []",
    ("docx-sidebar-table", "en"): "education: expected 1 entries, got 0: []",
    ("docx-sidebar-table", "it"): "work: expected 2 entries, got 0: []",
    ("docx-sidebar-text-box", "en"): "skills: expected 2 entries, got 1: [('Skills', ['Excel', 'Tableau'])]",
    ("docx-sidebar-text-box", "nl"): "education: expected 1 entries, got 0: []",
    ("docx-page-header-contact", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("docx-page-header-contact", "pl"): "work: expected 2 entries, got 0: []",
    ("docx-header-style-contact", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("docx-header-style-contact", "ru"): "work: expected 2 entries, got 0: []",
    ("docx-small-caps-headings", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("docx-small-caps-headings", "zh"): "work: expected 2 entries, got 0: []",
    ("docx-one-line-entries", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("docx-one-line-entries", "ja"): "work: expected 2 entries, got 0: []",
    ("docx-academic-cv", "en"): "certificates[0].name: expected 'AWS Certified Security - Specialty', got 'AWS Certified Security'",
    ("docx-academic-cv", "fr"): "languages: expected 2 entries, got 0: []",
    ("docx-functional", "en"): "languages: expected 2 entries, got 8: [('English —', 'Native'), ('Spanish —', 'Fluent'), ('CERTIFICATIONS',), ('AWS C...",
    ("docx-functional", "de"): "education: expected 1 entries, got 0: []",
    ("docx-long-wrapped-bullets", "en"): "work[0].name: expected 'Acme Corporation', got None",
    ("docx-long-wrapped-bullets", "es"): "skills: expected 2 entries, got 0: []",
}
# fmt: on
"""(variant, language) -> what the current parser gets wrong first. Delete a line once it passes."""


def _cells() -> list[object]:
    return [
        pytest.param(
            name,
            lang,
            id=f"{name}-{lang}",
            marks=[pytest.mark.xfail(strict=True, reason=XFAIL[(name, lang)])]
            if (name, lang) in XFAIL
            else [],
        )
        for name, lang in matrix_cells()
    ]


@pytest.mark.parametrize(("variant", "lang"), _cells())
def test_generated_layout_parses_back(variant: str, lang: str) -> None:
    problems = check_cell(BY_NAME[variant], lang)
    assert not problems, "\n".join(problems)


# ------------------------------------------------------------------------------------------------
# The generator itself


def test_matrix_covers_every_variant_and_language() -> None:
    cells = matrix_cells()
    assert len(VARIANTS) >= 30
    assert {v.name for v in VARIANTS} == {name for name, _ in cells}
    assert set(LANGS) == {lang for _, lang in cells}
    assert {v.fmt for v in VARIANTS} == {"pdf", "docx"}
    assert set(XFAIL) <= set(cells), "XFAIL names a cell the test does not run"


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return _words(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages))


def _docx_text(data: bytes) -> str:
    """Every text node of the document and its header parts, as Word stores them."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*)\.xml$", n)]
        xml = " ".join(z.read(n).decode("utf-8") for n in parts)
    xml = re.sub(r"<w:(tab|br)/>", " ", xml)
    return _words(
        re.sub(r"<[^>]+>", " ", xml).replace("&amp;", "&").replace("&apos;", "'").replace("&quot;", '"')
    )


def _printed_strings(r: dict) -> list[str]:
    out = [r["basics"]["name"], r["basics"]["email"]]
    out += [w["name"] for w in r["work"]] + [w["position"] for w in r["work"]]
    out += [e["institution"] for e in r["education"]]
    out += [c["name"] for c in r["certificates"]]
    out += [line for o in r["other"] for line in o["lines"]]
    return out


_RENDER_LANGS = ["en", "ru", "zh", "ja", "pl", "fr", "de"]


@pytest.mark.parametrize(
    ("variant", "lang"), [(v.name, _RENDER_LANGS[i % len(_RENDER_LANGS)]) for i, v in enumerate(VARIANTS)]
)
def test_every_variant_renders_the_text_it_was_given(variant: str, lang: str) -> None:
    """The file opens and holds, word for word, the names, employers and lines it was built from."""
    v = BY_NAME[variant]
    doc = sample(lang, v)
    data, filename, _ = render(doc, v)
    _, printed = build(doc, v)
    if v.fmt == "pdf":
        assert data.startswith(b"%PDF") and filename.endswith(".pdf")
        text = _pdf_text(data)
    else:
        import docx

        docx.Document(io.BytesIO(data))  # opens
        text = _docx_text(data)
    for s in _printed_strings(printed):
        assert _words(s) in text, f"{s!r} is not in the {v.fmt} text"


def test_text_box_has_the_vml_fallback_copy_word_writes() -> None:
    v = BY_NAME["docx-sidebar-text-box"]
    data, _, want = render(sample("en", v), v)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert xml.count("<w:txbxContent>") == 2
    assert "<mc:Fallback>" in xml and "<v:textbox>" in xml
    boxes = re.findall(r"<w:txbxContent>(.*?)</w:txbxContent>", xml, re.S)
    assert boxes[0] == boxes[1]
    assert want["skills"][0]["keywords"][0] in boxes[0]


def test_page_header_holds_name_and_contact() -> None:
    v = BY_NAME["docx-page-header-contact"]
    data, _, want = render(sample("de", v), v)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        headers = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/header"))
        body = z.read("word/document.xml").decode("utf-8")
    assert want["basics"]["name"] in headers and want["basics"]["email"] in headers
    assert want["basics"]["email"] not in body


@pytest.mark.parametrize(("lang", "heading"), [("zh", "工作经历"), ("ja", "職歴")])
def test_cjk_pdfs_extract_with_the_builtin_cid_fonts(lang: str, heading: str) -> None:
    v = BY_NAME["pdf-pipe-employer-title-location-dates"]
    doc = sample(lang, v)
    doc["resume"]["headings"]["work"] = heading
    data, _, _ = render(doc, v)
    text = _pdf_text(data)
    assert heading in text
    assert doc["resume"]["work"][0]["name"] in text


@pytest.mark.parametrize(
    ("lang", "start", "end", "style", "printed"),
    [
        ("en", "2019-01", "present", {"month_form": "short", "present": "Present"}, "Jan 2019 – Present"),
        (
            "fr",
            "2019-01",
            "present",
            {"month_form": "short", "present": "aujourd'hui"},
            "janv. 2019 – aujourd'hui",
        ),
        (
            "fr",
            "2018-09",
            "present",
            {"month_form": "short", "present": "aujourd'hui"},
            "sept. 2018 – aujourd'hui",
        ),
        ("de", "2020-03", "2021-11", {"month_form": "full"}, "März 2020 – November 2021"),
        ("de", "2019-03", "present", {"month_form": "num_slash", "present": "heute"}, "03/2019 – heute"),
        ("es", "2018-01", "2019-02", {"month_form": "de_full"}, "enero de 2018 – febrero de 2019"),
        ("es", "2020-05", "present", {"month_form": "de_full", "since": True}, "Desde mayo de 2020"),
        ("pt", "2018-01", "2019-02", {"month_form": "pt_slash"}, "jan/2018 – fev/2019"),
        (
            "ru",
            "2017-05",
            "present",
            {"month_form": "full", "present": "настоящее время"},
            "май 2017 – настоящее время",
        ),
        ("zh", "2019-03", "present", {"month_form": "cjk", "present": "至今"}, "2019年3月 – 至今"),
        ("ja", "2019-03", "2020-04", {"month_form": "ym_dot"}, "2019.03 – 2020.04"),
        ("pl", "2019", "2021", {"month_form": "num_dot"}, "2019 – 2021"),
    ],
)
def test_dates_print_in_each_language(lang: str, start: str, end: str, style: dict, printed: str) -> None:
    full = {"range_sep": " – ", "since": False, "present": "", **style}
    assert fmt_range(start, end, LANGS[lang], full) == printed


def _as_parse(want: dict) -> dict:
    """A parse that returns exactly what was printed: the comparison must find nothing wrong."""
    parsed: dict = {k: [dict(x) for x in v] for k, v in want.items() if k not in {"basics", "other"}}
    parsed["basics"] = dict(want["basics"])
    parsed["sections"] = [{"heading": o["heading"], "key": "other", "text": o["text"]} for o in want["other"]]
    return parsed


@settings(max_examples=10, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(doc=documents("en"), variant=st.sampled_from(VARIANTS))
def test_comparison_accepts_the_exact_parse_and_catches_each_change(doc: dict, variant: object) -> None:
    from tests.parsing.layouts.expected import expected

    _, printed = build(doc, variant)  # type: ignore[arg-type]
    want = expected(printed)
    assert mismatches(_as_parse(want), want) == []

    swapped = _as_parse(want)
    swapped["work"][0]["name"], swapped["work"][0]["position"] = (
        want["work"][0]["position"],
        want["work"][0]["name"],
    )
    assert [p.split(":")[0] for p in mismatches(swapped, want)] == ["work[0].name", "work[0].position"]

    if want["other"]:
        lost = _as_parse(want)
        lost["sections"][0]["text"] = want["other"][0]["text"][:-1]
        assert len(mismatches(lost, want)) == 1
        renamed = _as_parse(want)
        renamed["sections"][0]["key"] = "work"
        assert mismatches(renamed, want)[0].startswith("other: no section")

    merged = _as_parse(want)
    merged["certificates"][0]["name"] = want["certificates"][0]["name"].split(" - ")[0]
    if merged["certificates"][0]["name"] != want["certificates"][0]["name"]:
        assert mismatches(merged, want) == [
            f"certificates[0].name: expected {want['certificates'][0]['name']!r}, got {merged['certificates'][0]['name']!r}"
        ]
