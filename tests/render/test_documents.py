"""The documents themselves: Unicode, links, Word structure, pages, pixels, Markdown, JSON Resume, bad input."""

from __future__ import annotations

import io
import json
import logging
import shutil
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

from resume_api.errors import Unprocessable
from resume_api.models.resume import Basics, Education, Project, Resume, Section, Work
from resume_api.render import CONTENT_TYPES, FORMATS, TEMPLATES, render
from resume_api.render import print_plan as L
from resume_api.render.metrics import FONT_DIR, coverage, metrics
from resume_api.render.templates import style_for
from resume_api.render.typeset import Span, fit, wrap
from tests.conftest import corpus_path

from ..parsing.conftest import RESUMES
from .conftest import parsed_corpus
from .sample import SAMPLE, sample_resume

NAME = "François Müller-Søndergaard"
DOCX_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def _pdf(data: bytes) -> Any:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data))


def _uris(data: bytes) -> set[str]:
    uris = set()
    for page in _pdf(data).pages:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") == "/Link" and "/A" in annot:
                uris.add(str(annot["/A"].get("/URI")))
    return uris


def _long() -> Resume:
    """The sample with its experience repeated six times: three pages or more in any template."""
    resume = sample_resume()
    return resume.model_copy(update={"work": resume.work * 6})


def _style_name(paragraph: Any) -> str:
    return paragraph.style.name if paragraph.style is not None else ""


def _corpus(name: str) -> Resume:
    corpus_path("resumes", name)
    return Resume.model_validate(parsed_corpus(name))


# ----------------------------------------------------------------------------------------------
# PDF


@pytest.mark.parametrize("template", TEMPLATES)
def test_pdf_embeds_a_unicode_font_and_keeps_the_name_as_text(template: str) -> None:
    out = render(sample_resume(), "pdf", template)
    reader = _pdf(out.data)
    text = "".join(page.extract_text() for page in reader.pages)
    assert NAME in text
    assert "Købmand Retail Group" in text
    assert reader.metadata.title == f"{NAME} – Resume"
    assert reader.metadata.author == NAME
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert "DejaVu" in str(font["/BaseFont"]), "every font on the page is an embedded DejaVu"
        # a composite (Type0) font keeps its descriptor in its descendant; a simple TrueType in itself
        described = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in described["/FontDescriptor"].get_object(), "font not embedded"
        assert "/ToUnicode" in font, "text would not extract"
    assert not reader.pages[0].images, "a resume page must hold no images"


def test_pdf_links_are_real_uri_annotations() -> None:
    uris = _uris(render(sample_resume(), "pdf", "modern").data)
    assert "mailto:francois.muller@example.com" in uris
    assert {
        "https://linkedin.com/in/fmsondergaard",
        "https://github.com/fmsdata",
        "https://fms.example.dev",
    } <= uris


def test_pdf_writes_no_warning_and_no_log(caplog: pytest.LogCaptureFixture) -> None:
    resume = sample_resume().model_copy(
        update={
            "basics": Basics(name="李小龍 Bruce Lee", email="bruce@example.com", summary="Tab\there ✓ ok")
        }
    )
    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.WARNING):
        warnings.simplefilter("always")
        out = render(resume, "pdf", "classic")
    assert not caught, [f"{w.filename}: {w.message}" for w in caught]
    assert not caplog.records, [r.getMessage() for r in caplog.records]
    text = _pdf(out.data).pages[0].extract_text()
    assert "Bruce Lee" in text  # characters outside the fonts are replaced, the rest prints


def test_pdf_prints_markup_and_pdf_syntax_in_user_text_literally() -> None:
    """User text goes to the canvas as plain strings, never through reportlab's Paragraph markup
    (whose attribute evaluation was CVE-2023-33733): tags, brackets and PDF string syntax print as
    typed, in the page text, the metadata and the link targets alike."""
    name = "Ann <b>Bold</b> (Lee) \\ O'Neil"
    payload = "<font color=\"[[[getattr(pow, Word('__globals__'))]]]\">x</font> %PDF ) ( \\"
    resume = Resume(
        basics=Basics(name=name, email="ann@example.com", url="https://example.com/a_(b)", summary=payload),
        work=[Work(name="Acme <i>Corp</i>", position="Engineer", startDate="2020-01")],
    )
    out = render(resume, "pdf", "modern")
    reader = _pdf(out.data)
    text = reader.pages[0].extract_text()
    for literal in (name, payload, "Acme <i>Corp</i>"):
        assert literal in text, literal
    assert reader.metadata.author == name
    assert "https://example.com/a_(b)" in _uris(out.data)


def test_pdf_reads_no_file_but_its_fonts_and_warns_of_nothing() -> None:
    """A fresh process renders a PDF under an audit hook with warnings as errors: reportlab's import
    and the render open no file but the embedded fonts (and code), and no socket."""
    code = """
import sys
sys.path.insert(0, sys.argv[1])
from tests.render.sample import sample_resume
from resume_api.render import render
resume = sample_resume()
seen = []
def hook(event, args):
    if event == "open" and not str(args[0]).endswith((".py", ".pyc", ".so")):
        seen.append(str(args[0]))
    elif event.startswith(("socket.", "urllib.", "subprocess.", "os.exec", "os.system", "os.posix_spawn")):
        seen.append(event)
sys.addaudithook(hook)
render(resume, "pdf", "classic")
render(resume, "pdf", "modern")
print("\\n".join(seen))
"""
    root = str(Path(__file__).resolve().parents[2])
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code, root], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    opened = [line for line in result.stdout.splitlines() if line]
    assert opened, "the audit hook saw nothing, not even the fonts"
    assert all(Path(p).parent == FONT_DIR and p.endswith(".ttf") for p in opened), opened


def test_typesetting_widths_are_reportlabs_string_widths() -> None:
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

    for family in ("sans", "serif"):
        for style in ("", "B", "I"):
            m = metrics(family, style)
            for text in (NAME, "Købmand Retail Group – 2019", "WWW iii", "李"):
                assert m.width(text, 10.5) == pdfmetrics.stringWidth(text, m.name, 10.5)


def test_pdf_page_count_is_the_real_one() -> None:
    long = _long()
    out = render(long, "pdf", "classic")
    assert out.pages == len(_pdf(out.data).pages) >= 3


def test_headings_never_end_a_page() -> None:
    long = _long()
    style = style_for("ats")
    ts = fit(L.build(long, style.date_style), style)
    assert len(ts.pages) > 1
    for page in ts.pages[:-1]:
        last = page.lines[-1]
        assert last.size <= style.body_size + 0.5, "a heading was left at the bottom of a page"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
@pytest.mark.parametrize("template", TEMPLATES)
def test_each_template_renders_to_a_non_blank_page(template: str, tmp_path: Path) -> None:
    from PIL import Image

    pdf = tmp_path / "resume.pdf"
    pdf.write_bytes(render(_corpus("resume-matcher__john_doe.pdf"), "pdf", template).data)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    (png,) = tmp_path.glob("page*.png")
    image = Image.open(png).convert("L")
    width, height = image.size
    assert (width, height) == (425, 550)  # US Letter at 50 dpi
    hist = image.histogram()
    ink = sum(hist[:200]) / (width * height)
    assert 0.02 < ink < 0.4, f"ink fraction {ink:.3f}"
    top = image.crop((0, 0, width, height // 4)).histogram()
    assert sum(top[:200]) > 0, "nothing printed in the header"


# ----------------------------------------------------------------------------------------------
# Pages


def test_a_one_page_resume_stays_on_one_page_in_compact() -> None:
    name = "sb2nov-resume__sourabh_bajaj_resume.pdf"
    resume = _corpus(name)
    assert len(_pdf((RESUMES / name).read_bytes()).pages) == 1
    pdf = render(resume, "pdf", "compact")
    assert pdf.pages == len(_pdf(pdf.data).pages) == 1
    assert render(resume, "docx", "compact").pages == 1


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_synthetic_one_page_resume_is_one_page_everywhere(template: str) -> None:
    assert render(sample_resume(), "pdf", template).pages == 1
    assert render(sample_resume(), "docx", template).pages == 1


def test_docx_page_estimate_follows_the_content() -> None:
    long = _long()
    short, longer = render(sample_resume(), "docx", "modern"), render(long, "docx", "modern")
    assert short.pages == 1
    assert longer.pages == render(long, "pdf", "modern").pages >= 3


# ----------------------------------------------------------------------------------------------
# DOCX


def test_docx_uses_real_word_structure() -> None:
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT

    out = render(sample_resume(), "docx", "classic")
    document = docx.Document(io.BytesIO(out.data))
    paragraphs = document.paragraphs
    assert _style_name(paragraphs[0]) == "Title"
    assert paragraphs[0].text == NAME
    headings = [p.text for p in paragraphs if _style_name(p) == "Heading 1"]
    assert headings == ["Summary", "Experience", "Education", "Skills", "Certifications", "Languages"]
    bullets = [p.text for p in paragraphs if _style_name(p) == "List Bullet"]
    assert bullets[0] == SAMPLE["work"][0]["highlights"][0]  # type: ignore[index]
    assert len(bullets) == 6 + 1  # six highlights, one certificate
    dated = next(p for p in paragraphs if p.text.startswith("Nordlys Freight A/S"))
    assert dated.text == "Nordlys Freight A/S\tMar 2021 – Present"
    (stop,) = dated.paragraph_format.tab_stops
    assert stop.alignment == WD_TAB_ALIGNMENT.RIGHT
    links = {r.target_ref for r in document.part.rels.values() if r.reltype == DOCX_HYPERLINK}
    assert {"mailto:francois.muller@example.com", "https://linkedin.com/in/fmsondergaard"} <= links
    body = document.element.body.xml
    assert body.count("<w:hyperlink ") >= 4
    assert "<w:tbl>" not in body and "<w:drawing" not in body
    props = document.core_properties
    assert props.title == f"{NAME} – Resume"
    assert props.author == NAME
    assert not document.inline_shapes


# ----------------------------------------------------------------------------------------------
# Markdown and JSON Resume


def test_markdown_is_readable_with_headings_and_links() -> None:
    out = render(sample_resume(), "md", "modern")
    assert (out.content_type, out.extension, out.pages) == ("text/markdown; charset=utf-8", "md", 0)
    text = out.data.decode("utf-8")
    assert text.startswith(f"# {NAME}\n")
    for heading in ("## Summary", "## Experience", "## Education", "## Skills", "## Languages"):
        assert f"\n{heading}\n" in text
    assert "### Nordlys Freight A/S" in text
    assert "*Senior Data Engineer* · Copenhagen, Denmark · Mar 2021 – Present" in text
    assert "- Moved 300 nightly jobs from Hadoop to dbt on Snowflake, cutting warehouse costs by 34%" in text
    assert "[LinkedIn: linkedin.com/in/fmsondergaard](<https://linkedin.com/in/fmsondergaard>)" in text
    assert "**Data:** Kafka, Flink, Spark, dbt, Snowflake, Airflow, PostgreSQL" in text


def test_markdown_escapes_what_would_become_markup() -> None:
    resume = Resume(basics=Basics(name="A_B *C*", summary="1. not a list\n# not a heading"))
    text = render(resume, "md", "ats").data.decode()
    assert "# A\\_B \\*C\\*" in text
    assert "1\\. not a list" in text
    assert "\\# not a heading" in text


_ISO = {
    "type": "string",
    "pattern": r"^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$",
}
_STR = {"type": "string"}
_URI = {"type": "string", "pattern": r"^[a-z][a-z0-9+.-]*:"}
_STRS = {"type": "array", "items": _STR}


def _items(**props: Any) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "object", "properties": props}}


JSON_RESUME = {
    "$comment": "The structure of JSON Resume schema v1.0.0 (jsonresume/resume-schema): sections, field types, date pattern.",
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "$schema": _URI,
        "basics": {
            "type": "object",
            "properties": {
                **dict.fromkeys(("name", "label", "image", "email", "phone", "summary"), _STR),
                "url": _URI,
                "location": {
                    "type": "object",
                    "properties": dict.fromkeys(
                        ("address", "postalCode", "city", "countryCode", "region"), _STR
                    ),
                },
                "profiles": _items(network=_STR, username=_STR, url=_URI),
            },
        },
        "work": _items(
            name=_STR,
            location=_STR,
            description=_STR,
            position=_STR,
            url=_URI,
            startDate=_ISO,
            endDate=_ISO,
            summary=_STR,
            highlights=_STRS,
        ),
        "volunteer": _items(
            organization=_STR,
            position=_STR,
            url=_URI,
            startDate=_ISO,
            endDate=_ISO,
            summary=_STR,
            highlights=_STRS,
        ),
        "education": _items(
            institution=_STR,
            url=_URI,
            area=_STR,
            studyType=_STR,
            startDate=_ISO,
            endDate=_ISO,
            score=_STR,
            courses=_STRS,
        ),
        "awards": _items(title=_STR, date=_ISO, awarder=_STR, summary=_STR),
        "certificates": _items(name=_STR, date=_ISO, url=_URI, issuer=_STR),
        "publications": _items(name=_STR, publisher=_STR, releaseDate=_ISO, url=_URI, summary=_STR),
        "skills": _items(name=_STR, level=_STR, keywords=_STRS),
        "languages": _items(language=_STR, fluency=_STR),
        "interests": _items(name=_STR, keywords=_STRS),
        "references": _items(name=_STR, reference=_STR),
        "projects": _items(
            name=_STR,
            description=_STR,
            highlights=_STRS,
            keywords=_STRS,
            startDate=_ISO,
            endDate=_ISO,
            url=_URI,
            roles=_STRS,
            entity=_STR,
            type=_STR,
        ),
        "meta": {"type": "object"},
    },
}


@pytest.mark.parametrize("source", ["sample", "rendercv__John_Doe_ClassicTheme_CV.pdf"])
def test_json_is_valid_json_resume(source: str) -> None:
    import jsonschema  # type: ignore[import-untyped]

    resume = sample_resume() if source == "sample" else _corpus(source)
    out = render(resume, "json", "classic")
    assert (out.content_type, out.extension, out.pages) == ("application/json", "json", 0)
    doc = json.loads(out.data)
    jsonschema.validate(doc, JSON_RESUME)
    assert doc["basics"]["name"] == resume.basics.name
    assert [(w["name"], w["position"]) for w in doc["work"]] == [(w.name, w.position) for w in resume.work]
    assert "sections" not in doc
    current = [w for w, src in zip(doc["work"], resume.work, strict=True) if src.endDate == "present"]
    assert current and all("endDate" not in w for w in current), "an ongoing role has no endDate"


def test_json_keeps_sections_json_resume_has_no_place_for_under_meta() -> None:
    resume = Resume(
        basics=Basics(name="Ada Lovelace"),
        sections=[
            Section(heading="Invited Talks", key="other", text="Notes on the Analytical Engine (1843)")
        ],
    )
    doc = json.loads(render(resume, "json", "ats").data)
    assert doc["meta"]["otherSections"] == [
        {"heading": "Invited Talks", "text": "Notes on the Analytical Engine (1843)"}
    ]


# ----------------------------------------------------------------------------------------------
# Interface and bad input


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_has_its_content_type(fmt: str) -> None:
    out = render(sample_resume(), fmt, "ats")
    assert out.content_type == CONTENT_TYPES[fmt]
    assert out.extension == fmt
    assert out.data


@pytest.mark.parametrize(
    ("fmt", "template", "code"),
    [
        ("rtf", "classic", "unknown_format"),
        ("pdf", "fancy", "unknown_template"),
        ("PDF", "classic", "unknown_format"),
    ],
)
def test_unknown_format_or_template_is_unprocessable(fmt: str, template: str, code: str) -> None:
    with pytest.raises(Unprocessable) as exc:
        render(sample_resume(), fmt, template)
    assert (exc.value.status, exc.value.code) == (422, code)


@pytest.mark.parametrize(
    "resume",
    [Resume(), Resume(basics=Basics(email="only@example.com")), Resume(basics=Basics(name="   "))],
    ids=["nothing", "contact-only", "blank-name"],
)
def test_an_empty_resume_is_unprocessable(resume: Resume) -> None:
    for fmt in ("pdf", "docx", "md"):
        with pytest.raises(Unprocessable) as exc:
            render(resume, fmt, "classic")
        assert (exc.value.status, exc.value.code) == (422, "empty_resume")


def test_importing_the_package_loads_no_document_library() -> None:
    code = "import sys, resume_api.render; print(sorted(m for m in ('reportlab', 'docx', 'pypdf', 'PIL') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_fonts_ship_with_their_licence() -> None:
    assert (FONT_DIR / "LICENSE").read_text().startswith("Fonts are (c) Bitstream")
    assert sum(p.stat().st_size for p in FONT_DIR.glob("DejaVu*.ttf")) < 800_000
    assert {ord(c) for c in NAME + "ĞğŞşİıŁłŒœЖжΩω–—•"} <= coverage("sans") & coverage("serif")


# ----------------------------------------------------------------------------------------------
# Layout rules


def test_dates_print_the_way_people_write_them() -> None:
    assert L.date_range("2019-03", "present") == "Mar 2019 – Present"
    assert L.date_range("2019-03", "present", "numeric") == "03/2019 – Present"
    assert L.date_range("2019-03", None) == "Mar 2019 – Present"
    assert L.date_range(None, "2016") == "2016"
    assert L.date_range("2022", "2022", collapse_equal=True) == "2022"
    assert L.date_range("2022-05-17", "Summer 2023") == "May 2022 – Summer 2023"


def test_sections_follow_the_source_order_and_keep_unplaced_text() -> None:
    resume = Resume(
        basics=Basics(name="Ada Lovelace"),
        education=[Education(institution="University of London", endDate="1835")],
        work=[Work(name="Analytical Engine Project", position="Programmer", startDate="1842")],
        sections=[
            Section(heading="EDUCATION", key="education", text="University of London 1835"),
            Section(heading="Talks", key="other", text="• Royal Society, 1843\nBritish Association\t1844"),
            Section(heading="EXPERIENCE", key="work", text="..."),
        ],
    )
    lay = L.build(resume)
    assert [(s.key, s.heading) for s in lay.sections] == [
        ("education", "EDUCATION"),
        ("other", "Talks"),
        ("work", "EXPERIENCE"),
    ]
    assert lay.sections[1].blocks == [
        L.Bullets(["Royal Society, 1843"]),
        L.Row("British Association", "1844"),
    ]


def test_a_wrapped_paragraph_never_ends_on_a_line_that_reads_as_a_heading() -> None:
    style = style_for("modern")
    text = "Use coding and programming skills to better meet the needs of tech projects"
    head = text.rsplit(" ", 1)[0]
    avail = metrics("sans", "").width(head, style.body_size) + 1
    lines = wrap([Span(text)], (avail, avail), style.body_size, "sans", (0, 0, 0))
    assert len(lines) == 2
    last = "".join(r.text for r in lines[-1])
    assert len(last.split()) >= 2, last  # greedy breaking alone would leave "projects" by itself


def test_a_bullet_longer_than_a_page_still_stays_inside_the_pages() -> None:
    resume = sample_resume()
    work = resume.work[0].model_copy(update={"highlights": ["word " * 3000]})
    resume = resume.model_copy(update={"work": [work]})
    style = style_for("classic")
    ts = fit(L.build(resume, style.date_style), style)
    assert len(ts.pages) >= 2
    for page in ts.pages:
        for line in page.lines:
            assert style.margin_top < line.baseline < style.page_height - style.margin_bottom
    assert render(resume, "pdf", "classic").pages == len(ts.pages)


def test_markdown_entry_without_a_title_has_no_empty_heading() -> None:
    resume = Resume(basics=Basics(name="Ada Lovelace"), projects=[Project(description="Notes on the engine")])
    text = render(resume, "md", "classic").data.decode()
    assert "###" not in text
    assert "## Projects\n\nNotes on the engine\n" in text
