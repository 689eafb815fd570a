"""A DOCX is read whole: body, tables (nested too), text boxes, content controls, headers, footers."""

from __future__ import annotations

import io

import pytest

from resume_api.parsing import parse_document
from resume_api.parsing.docx_reader import read_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _save(d: object) -> bytes:
    buf = io.BytesIO()
    d.save(buf)  # type: ignore[attr-defined]
    return buf.getvalue()


def _text(data: bytes) -> list[str]:
    return [ln.text for ln in read_docx(data).lines]


def _doc() -> object:
    import docx

    return docx.Document()


def test_a_resume_entirely_in_one_table_is_read_and_parsed() -> None:
    d = _doc()
    t = d.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    side, main = t.cell(0, 0), t.cell(0, 1)
    side.text = "CONTACT"
    side.add_paragraph("ana@example.com")
    side.add_paragraph("SKILLS")
    side.add_paragraph("Python, SQL")
    main.text = "Ana Souza"
    for text in ("EXPERIENCE", "Data Analyst, Acme Corp\t2019 – 2022", "Built the reporting pipeline"):
        main.add_paragraph(text)
    parsed = parse_document(_save(d), "cv.docx")
    assert parsed["basics"]["email"] == "ana@example.com"
    assert [(w["name"], w["position"]) for w in parsed["work"]] == [("Acme Corp", "Data Analyst")]
    assert parsed["skills"][0]["keywords"] == ["Python", "SQL"]


def test_nested_tables_are_read() -> None:
    d = _doc()
    outer = d.add_table(rows=1, cols=1)  # type: ignore[attr-defined]
    inner = outer.cell(0, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Inner left"
    inner.cell(0, 1).text = "Inner right"
    assert any("Inner left" in t and "Inner right" in t for t in _text(_save(d)))


@pytest.mark.parametrize(
    "part", ["header", "first_page_header", "footer", "first_page_footer", "even_page_footer"]
)
def test_page_headers_and_footers_are_read_first(part: str) -> None:
    d = _doc()
    sec = d.sections[0]  # type: ignore[attr-defined]
    if part.startswith("first"):
        sec.different_first_page_header_footer = True
    if part.startswith("even"):
        d.settings.odd_and_even_pages_header_footer = True  # type: ignore[attr-defined]
    getattr(sec, part).paragraphs[0].text = "Jan Kowalski | jan@example.pl"
    d.add_paragraph("Body text")  # type: ignore[attr-defined]
    assert _text(_save(d))[:2] == ["Jan Kowalski | jan@example.pl", "Body text"]


def _with_text_box(box_text: str, vml_copy: bool) -> bytes:
    """A paragraph anchoring a DrawingML text box (and its VML fallback copy)."""
    from docx.oxml import parse_xml

    d = _doc()
    p = d.add_paragraph("Anchor paragraph")  # type: ignore[attr-defined]
    fallback = (
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{box_text}</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        if vml_copy
        else ""
    )
    xml = (
        f'<w:r xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
        f"<w:p><w:r><w:t>{box_text}</w:t></w:r></w:p>"
        f"</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>{fallback}</mc:AlternateContent></w:r>"
    )
    p._p.append(parse_xml(xml))
    return _save(d)


@pytest.mark.parametrize("vml_copy", [False, True])
def test_text_boxes_are_read_once(vml_copy: bool) -> None:
    assert _text(_with_text_box("Skills: Python, Go", vml_copy)) == ["Anchor paragraph", "Skills: Python, Go"]


def test_content_controls_and_hyperlinks_keep_their_text() -> None:
    from docx.oxml import parse_xml

    d = _doc()
    d.add_paragraph("First")  # type: ignore[attr-defined]
    body = d.element.body  # type: ignore[attr-defined]
    sdt = parse_xml(
        f'<w:sdt xmlns:w="{W}"><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Inside a control</w:t></w:r></w:p>'
        "</w:sdtContent></w:sdt>"
    )
    body.insert(1, sdt)
    link = parse_xml(
        f'<w:p xmlns:w="{W}"><w:r><w:t xml:space="preserve">Site: </w:t></w:r>'
        "<w:hyperlink><w:r><w:t>example.com</w:t></w:r></w:hyperlink></w:p>"
    )
    body.insert(2, link)
    assert _text(_save(d)) == ["First", "Inside a control", "Site: example.com"]


def test_a_docx_with_text_only_in_a_text_box_is_not_no_text() -> None:
    parsed = parse_document(_with_text_box("Maria Lopez maria@example.es", False), "cv.docx")
    assert parsed["basics"]["email"] == "maria@example.es"


def test_header_lines_beyond_contact_details_are_kept() -> None:
    d = _doc()
    for text in (
        "Jane Roe",
        "jane@example.com | +1 555 010 2030",
        "Born 1990 in Lyon, married",
        "EXPERIENCE",
        "Analyst, Acme Corp\t2019 – 2022",
    ):
        d.add_paragraph(text)  # type: ignore[attr-defined]
    parsed = parse_document(_save(d), "cv.docx")
    kept = [s for s in parsed["sections"] if s["key"] == "other" and s["heading"] == ""]
    assert kept and kept[0]["text"] == "Born 1990 in Lyon, married"
    assert parsed["basics"]["email"] == "jane@example.com"


def test_lines_a_section_parser_cannot_place_are_kept_beside_it() -> None:
    d = _doc()
    for text in (
        "Jane Roe",
        "jane@example.com",
        "EXPERIENCE",
        "Analyst, Acme Corp\t2019 – 2022",
        "Built the reporting pipeline",
        "Supervisor: Dr. Hannelore Quastenberg",
    ):
        d.add_paragraph(text)  # type: ignore[attr-defined]
    parsed = parse_document(_save(d), "cv.docx")
    assert [(w["name"], w["position"]) for w in parsed["work"]] == [("Acme Corp", "Analyst")]
    # the job's description (its summary or its items), or an untitled section beside it
    placed = " ".join(h for w in parsed["work"] for h in [w.get("summary") or "", *w.get("highlights", [])])
    kept = " ".join(s["text"] for s in parsed["sections"] if s["key"] == "other" and s["heading"] == "")
    for line in ("Built the reporting pipeline", "Supervisor: Dr. Hannelore Quastenberg"):
        assert line in placed or line in kept
