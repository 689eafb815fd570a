"""Generated resumes in 80 layouts and 11 languages must parse back to what they print.

The generator (`tests/parsing/layouts/`) draws a JSON resume with hypothesis (fixed seed), prints
it as PDF or DOCX in one layout variant, and states the parse a demanding reader expects, from
the JSON alone. Each variant runs in English and in one other language (rotating, so every
language is covered), and is judged section by section (basics, work, education, skills, ...,
other), so a section the parser reads today is guarded even where another one fails. What
today's parser gets wrong is listed in `XFAIL` with the first mismatch; the xfails are strict,
so a section the parser learns to read fails until its line is deleted.
`python -m tests.parsing.layouts.report` prints the whole picture.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.parsing.layouts import (
    BY_NAME,
    LANGS,
    SECTIONS,
    VARIANTS,
    documents,
    matrix_cells,
    parses_back,
    render,
    sample,
    section_params,
    section_verdicts,
)
from tests.parsing.layouts.build import build
from tests.parsing.layouts.content import fmt_range
from tests.parsing.layouts.expected import mismatches
from tests.parsing.layouts.pdf_writer import fonts_available

pytestmark = pytest.mark.skipif(fonts_available() is not None, reason=str(fonts_available()))

# fmt: off
XFAIL: dict[tuple[str, str, str], str] = {
    ("pdf-tabs-employer-title-dates", "en", "education"): "education[1].institution: expected 'Georgia Institute of Technology', got 'Institute of Technology Master o...",
    ("pdf-long-wrapped-bullets", "en", "projects"): "projects[0].description: expected None, got 'and product teams across three time zones without a single cus...",
    ("pdf-sidebar-left", "ru", "certificates"): "certificates[0].name: expected 'AWS Certified Solutions Architect - Associate', got 'AWS Certified Solution...",
    ("pdf-sidebar-right", "zh", "skills"): "skills: expected 2 entries, got 1: [('Skills', ['编程语言', 'Python', 'SQL', '至今', '工具', 'Excel', 'Tableau', '语...",
    ("pdf-europass-table", "de", "awards"): "awards[0].awarder: expected 'IHK München', got 'IHK, München'",
    ("pdf-linkedin-save-to-pdf", "en", "work"): "work[2].highlights: expected ['Cut monthly cloud costs by 30%', 'Negotiated contracts with twelve suppliers', 'Mento..., got None",
    ("pdf-linkedin-save-to-pdf", "en", "certificates"): "certificates: expected 2 entries, got 3: [('AWS Certified Security - Specialty',), ('Microsoft Certified: A...",
    ("pdf-linkedin-save-to-pdf", "pt", "certificates"): "certificates: expected 1 entries, got 2: [('AWS Certified Solutions',), ('Architect - Associate',)]",
    ("docx-sidebar-table", "en", "references"): "references[0].reference: expected 'Professor of Economics, Tyrell Technologies daniel_obrien@example.com', ...",
    ("docx-sidebar-table", "en", "other"): "other[Teaching and Talks].text: expected 'Guest lecture on distributed systems, ETH Zurich, 2021', got 'Gue...",
    ("docx-sidebar-table", "it", "references"): "references[0].reference: expected 'Professore di Economia, Banca del Garda marco_ricci@example.com', got 'P...",
    ("docx-sidebar-table", "it", "other"): "other[Attività didattica].text: expected 'Docente a contratto di Statistica, Università di Bologna, 2020', ...",
    ("docx-small-caps-headings", "zh", "volunteer"): "volunteer: expected 1 entries, got 2: [('中国红十字会', '志愿者'), ('北京大学 数据科学讲座', '学术报告')]",
    ("docx-small-caps-headings", "zh", "other"): "other: no section '学术报告' with key 'other'; sections were [('个人简介', 'summary'), ('工作经历', 'work'), ('教育背景', '...",
    ("pdf-plain-lines-no-bullets", "en", "projects"): "projects[0].description: expected None, got 'Built the quarterly forecasting model'",
    ("pdf-plain-lines-no-bullets", "de", "awards"): "awards: expected 2 entries, got 1: [('Bester Abschluss des Jahrgangs', 'IHK München, Innovationspreis, Bran...",
    ("docx-plain-lines-no-bullets", "en", "work"): "work[0].highlights: expected ['Built the quarterly forecasting model', 'Reduced onboarding time from three ...",
    ("docx-plain-lines-no-bullets", "en", "projects"): "projects[0].description: expected None, got 'Built the quarterly forecasting model'",
    ("docx-plain-lines-no-bullets", "es", "work"): "work[0].highlights: expected ['Reducción de los costes de infraestructura en un 30 %', 'Negociación de cont...",
    # the Europass table with a thesis on the degree line (ru): a label wrapped in its cell
    # (`Языки` over `программирования`) reads as two
    ("pdf-europass-thesis-on-degree-line", "ru", "skills"): "skills: expected 2 entries, got 1: [('Skills', ['Языки', 'программирования', 'Инструменты'])]",
    ("pdf-europass-thesis-on-degree-line", "ru", "certificates"): "certificates: expected 1 entries, got 0: []",
    # a school line in Word's `List Paragraph` style with no bullet glyph anywhere in the section:
    # the reader does not say whether Word draws a glyph (numbering), so it reads as a first bullet
    ("docx-employer-in-list-style", "en", "education"): "education[0].institution: expected 'University of Michigan', got None",
    ("docx-employer-in-list-style", "pt", "education"): "education[0].institution: expected 'Universidade de Lisboa', got None",
    ("docx-engagements-semicolon", "en", "volunteer"): "volunteer[0].position: expected 'Volunteer', got 'Volunteer; Habitat' (since work17's title-line rules, sixteenth session)",
    ("pdf-engagements-semicolon", "en", "volunteer"): "volunteer[0].position: expected 'Volunteer', got 'Volunteer; Habitat' (since work17's title-line rules, sixteenth session)",
    ("docx-education-exchange-bare-school", "en", "volunteer"): "volunteer[0].position: expected 'Volunteer', got 'Volunteer; Habitat' (since work17's title-line rules, sixteenth session)",
    ("pdf-title-emdash-employer-dates-below", "en", "volunteer"): "volunteer[0].position: expected 'Volunteer', got 'Volunteer — Habitat' (since work17's title-line rules, sixteenth session)",
}
# fmt: on
"""(variant, language, section) -> what the current parser gets wrong first in that section.
Delete a line once it passes (the xfails are strict). Regenerate the whole table with
`python -m tests.parsing.layouts.report --test-matrix --xfail-table`."""


def _cells() -> list[object]:
    return section_params(matrix_cells(), XFAIL)


@functools.cache
def _verdicts(variant: str, lang: str) -> dict[str, str]:
    """Each cell's resumes are drawn, written and parsed once, then judged section by section."""
    return section_verdicts(BY_NAME[variant], lang)


@pytest.mark.parametrize(("variant", "lang", "section"), _cells())
def test_generated_layout_parses_back(variant: str, lang: str, section: str) -> None:
    # the mismatch is the whole story; without this, pytest re-parses this long module to show
    # the line of every xfail, which took longer than the parsing under test
    __tracebackhide__ = True
    parses_back(_verdicts(variant, lang).get(section))


# ------------------------------------------------------------------------------------------------
# The generator itself


def test_matrix_covers_every_variant_and_language() -> None:
    cells = matrix_cells()
    assert len(VARIANTS) >= 30
    assert {v.name for v in VARIANTS} == {name for name, _ in cells}
    assert set(LANGS) == {lang for _, lang in cells}
    assert {v.fmt for v in VARIANTS} == {"pdf", "docx"}
    assert {(v, lang) for v, lang, _ in XFAIL} <= set(cells), "XFAIL names a cell the test does not run"
    assert {s for _, _, s in XFAIL} <= set(SECTIONS)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return _words(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages))


def _docx_text(data: bytes) -> str:
    """Every text node of the document and its header and footer parts, as Word stores them."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
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
