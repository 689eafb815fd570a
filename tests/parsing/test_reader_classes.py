"""Kinds of real PDF and DOCX whose text a naive reader misses entirely: each built by hand, each
read back word for word by our reader and kept by the parse.

A whole held-out resume came back empty from the reader while pdftotext or the DOCX XML held its
words; these are the classes of file that do that (text in form fields and annotations, a scan's
OCR layer drawn before its image, table rows inside content controls or custom XML, content only
in an alternate-content branch or an alternate chunk...). A page that is one image of text still
gets the clear `no_text` refusal, never an empty parse.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from typing import Any

import pytest

from resume_api.errors import DocumentError
from resume_api.parsing import parse_document
from resume_api.parsing.docx_reader import read_docx
from resume_api.parsing.pdf_layout import read_pdf

LINES = [
    "Jane Example",
    "jane.example@example.com",
    "EXPERIENCE",
    "Senior Engineer, Acme Corp 2019 - 2022",
    "Built scalable pipelines for analytics teams",
    "EDUCATION",
    "Bachelor of Science, Mountain University 2015",
]
WORDS = {w.casefold() for ln in LINES for w in re.findall(r"[^\W_]{2,}", ln)}


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W_]{2,}", text)}


def _parsed_words(parsed: dict) -> set[str]:
    return _words(json.dumps(parsed, ensure_ascii=False).replace("\\n", " "))


# -- PDF, written by hand ------------------------------------------------------------------------


def _pdf(objects: list) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        if isinstance(obj, tuple):
            head, stream = obj
            out += f"{i} 0 obj\n<< {head} /Length {len(stream)} >>\nstream\n".encode() + stream
            out += b"\nendstream\nendobj\n"
        else:
            out += f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
FORM = "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
IMAGE = b"q 612 0 0 792 0 0 cm BI /W 8 /H 8 /BPC 8 /CS /G ID " + bytes(64) + b" EI Q"


def _text_ops(lines: list[str] = LINES) -> bytes:
    shown = " ".join(f"1 0 0 1 72 {740 - 22 * i} Tm ({t}) Tj" for i, t in enumerate(lines))
    return f"BT /F1 11 Tf {shown} ET".encode()


def _page_pdf(
    content: bytes, resources: str = "/Font << /F1 3 0 R >>", page_extra: str = "", extra=()
) -> bytes:
    return _pdf(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            HELVETICA,
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
            f"/Resources << {resources} >> {page_extra} >>",
            ("", content),
            *extra,
        ]
    )


def _annotated(annotation: str, catalog_extra: str = "") -> bytes:
    """A page with no content of its own; all its text in one annotation's appearance (obj 7)."""
    return _pdf(
        [
            f"<< /Type /Catalog /Pages 2 0 R {catalog_extra} >>",
            "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            HELVETICA,
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << >> "
            "/Annots [6 0 R] >>",
            ("", b""),
            annotation,
            (FORM, _text_ops()),
        ]
    )


PDF_CLASSES = {
    # a resume filled into a PDF form: the field's appearance holds the text
    "form field (AcroForm widget)": _annotated(
        "<< /Type /Annot /Subtype /Widget /FT /Tx /T (resume) /Rect [0 0 612 792] /AP << /N 7 0 R >> "
        "/P 4 0 R >>",
        "/AcroForm << /Fields [6 0 R] >>",
    ),
    # text a PDF editor added as a FreeText annotation, the rest of the page empty
    "FreeText annotation": _annotated(
        "<< /Type /Annot /Subtype /FreeText /Contents (x) /Rect [0 0 612 792] /AP << /N 7 0 R >> "
        "/DA (/F1 11 Tf) >>"
    ),
    # a widget whose appearance is a dictionary of states: the current state is drawn
    "widget with appearance states": _annotated(
        "<< /Type /Annot /Subtype /Widget /Rect [0 0 612 792] /AS /On /AP << /N << /On 7 0 R >> >> >>"
    ),
    # an appearance fitted to a smaller /Rect (half size) still reads
    "annotation scaled into its rect": _annotated(
        "<< /Type /Annot /Subtype /FreeText /Rect [0 0 306 396] /AP << /N 7 0 R >> >>"
    ),
    # a scan's OCR layer, drawn invisible (render mode 3) before the page image covers it
    "OCR layer before its image": _page_pdf(b"3 Tr " + _text_ops() + b" " + IMAGE),
    "OCR layer after its image": _page_pdf(IMAGE + b" 3 Tr " + _text_ops()),
    # text drawn through a form XObject, and inside an optional-content group
    "form XObject": _page_pdf(
        b"q /Fm1 Do Q", "/Font << /F1 3 0 R >> /XObject << /Fm1 6 0 R >>", extra=[(FORM, _text_ops())]
    ),
    "optional content group": _page_pdf(
        b"/OC /oc1 BDC " + _text_ops() + b" EMC",
        "/Font << /F1 3 0 R >> /Properties << /oc1 6 0 R >>",
        extra=["<< /Type /OCG /Name (Layer 1) >>"],
    ),
    # a form whose /Resources lack its fonts: viewers take the page's (the whole page in one form)
    "form XObject using the page's fonts": _page_pdf(
        b"q /Fm1 Do Q",
        "/Font << /F1 3 0 R >> /XObject << /Fm1 6 0 R >>",
        extra=[
            (
                "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /ProcSet [/PDF /Text] >>",
                _text_ops(),
            )
        ],
    ),
    # the font set by an ExtGState (`gs`) instead of `Tf`
    "font set by a graphics state": _page_pdf(
        _text_ops().replace(b"/F1 11 Tf", b"/GS1 gs"),
        "/Font << /F1 3 0 R >> /ExtGState << /GS1 << /Type /ExtGState /Font [3 0 R 11] >> >>",
    ),
    # contents split over an array of streams, inheriting resources from the page tree
    "contents array, inherited resources": _pdf(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [4 0 R] /Count 1 /Resources << /Font << /F1 3 0 R >> >> >>",
            HELVETICA,
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [5 0 R 6 0 R] >>",
            ("", _text_ops()[:-3]),
            ("", b" ET"),
        ]
    ),
}


@pytest.mark.parametrize("kind", list(PDF_CLASSES))
def test_pdf_class_words_come_back(kind: str) -> None:
    data = PDF_CLASSES[kind]
    read = _words("\n".join(ln.text for ln in read_pdf(data).lines))
    assert read >= WORDS, sorted(WORDS - read)
    assert _parsed_words(parse_document(data, "cv.pdf")) >= WORDS - {"experience", "education"}


def _cjk_pdf(cmap: str, ordering: str, raw: bytes) -> bytes:
    font = (
        f"<< /Type /Font /Subtype /Type0 /BaseFont /MSung-Light /Encoding /{cmap} /DescendantFonts [6 0 R] >>"
    )
    return _pdf(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            font,
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>",
            ("", b"BT /F1 12 Tf 72 700 Td <" + raw.hex().encode() + b"> Tj ET"),
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /MSung-Light /CIDSystemInfo << /Registry (Adobe) "
            f"/Ordering ({ordering}) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>",
            "<< /Type /FontDescriptor /FontName /MSung-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
            "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
        ]
    )


@pytest.mark.parametrize(
    ("cmap", "ordering", "codec", "text"),
    [
        ("B5pc-H", "CNS1", "big5", "教育背景 工作經歷 國立臺灣大學"),
        ("ETen-B5-H", "CNS1", "cp950", "教育背景 工作經歷"),
        ("KSC-EUC-H", "Korea1", "euc_kr", "경력 학력 서울대학교"),
        ("GBK-EUC-H", "GB1", "gbk", "教育背景 工作经历 北京大学"),
        ("90ms-RKSJ-H", "Japan1", "shift_jis", "職務経歴 学歴 東京大学"),
    ],
)
def test_cjk_text_on_legacy_cmaps_without_tounicode(cmap: str, ordering: str, codec: str, text: str) -> None:
    """Older CJK producers show text in a predefined legacy-encoding CMap with no /ToUnicode."""
    data = _cjk_pdf(cmap, ordering, text.encode(codec))
    assert [ln.text for ln in read_pdf(data).lines] == [text]


def _named_glyphs_pdf(subtype: str, name: Any) -> bytes:
    """One line in a simple or Type3 font whose /Differences names no glyph Adobe knows."""
    text = LINES[3]
    codes = sorted(set(text))
    differences = " ".join(f"{ord(c)} /{name(c)}" for c in codes)
    if subtype == "Type3":
        procs = " ".join(f"/{name(c)} 6 0 R" for c in codes)
        font = (
            "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
            f"/CharProcs << {procs} >> /Encoding << /Type /Encoding /Differences [{differences}] >> "
            f"/FirstChar 32 /LastChar 127 /Widths [{' '.join(['500'] * 96)}] /Resources << >> >>"
        )
    else:
        font = (
            f"<< /Type /Font /Subtype /{subtype} /BaseFont /Arial "
            f"/Encoding << /Type /Encoding /Differences [{differences}] >> >>"
        )
    return _pdf(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            font,
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>",
            ("", f"BT /F1 11 Tf 72 700 Td ({text}) Tj ET".encode()),
            ("", b"500 0 0 0 500 700 d1 0 0 500 700 re f"),
        ]
    )


@pytest.mark.parametrize("subtype", ["TrueType", "Type1", "Type3"])
@pytest.mark.parametrize(
    "name", [lambda c: f"g{ord(c)}", lambda c: f"glyph{ord(c) - 20}"], ids=["g<code>", "glyph<index>"]
)
def test_fonts_whose_glyph_names_no_one_knows(subtype: str, name: Any) -> None:
    """Subsetters name glyphs `/g74` or `/glyph12`; without /ToUnicode pypdf gave the names as
    the text (`/g74/g97...`) or refused the font. Read as poppler reads them."""
    assert [ln.text for ln in read_pdf(_named_glyphs_pdf(subtype, name)).lines] == [LINES[3]]


def test_hidden_annotations_are_not_read() -> None:
    """An annotation flagged Hidden or NoView shows nothing; its text stays out."""
    for flag in (2, 32):
        data = _annotated(
            f"<< /Type /Annot /Subtype /FreeText /F {flag} /Rect [0 0 612 792] /AP << /N 7 0 R >> >>"
        )
        assert not [ln for ln in read_pdf(data).lines if ln.text.strip()]


def test_invisible_text_over_no_image_stays_hidden() -> None:
    """Render mode 3 with no image anywhere near: hidden text, reported, not read."""
    raw = read_pdf(_page_pdf(b"3 Tr " + _text_ops()))
    assert not raw.lines
    assert {h.reason for h in raw.hidden} == {"invisible"}


def test_a_page_that_is_one_image_is_refused_as_scanned() -> None:
    with pytest.raises(DocumentError) as err:
        parse_document(_page_pdf(IMAGE), "scan.pdf")
    assert err.value.code == "no_text"


# -- DOCX, body XML written by hand ----------------------------------------------------------------

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _docx(body: str, parts: dict[str, bytes] | None = None, rels: str = "", types: str = "") -> bytes:
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = (
                    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}>'
                    f"<w:body>{body}<w:sectPr/></w:body></w:document>"
                ).encode()
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", types.encode() + b"</Types>")
            zout.writestr(item, data)
        for name, data in (parts or {}).items():
            zout.writestr(name, data)
    return out.getvalue()


def _cell(text: str) -> str:
    return f"<w:tc><w:tcPr/>{_p(text)}</w:tc>"


def _table(rows: str) -> str:
    return f"<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{rows}</w:tbl>"


def _row(a: str, b: str) -> str:
    return f"<w:tr>{_cell(a)}{_cell(b)}</w:tr>"


HEAD, REST = LINES[:3], LINES[3:]
PLAIN = "".join(_p(t) for t in HEAD)
_HTML = "<html><body>" + "".join(f"<p>{t}</p>" for t in LINES) + "</body></html>"
_MHT = (
    'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
    'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    + _HTML.replace("=", "=3D")
    + "\r\n--B--\r\n"
)
_CHUNK_REL = (
    '<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/aFChunk" Target="{target}"/>'
)

DOCX_CLASSES = {
    # Word's repeating-section content control around each table row (resume templates)
    "table rows in content controls": PLAIN
    + _table("".join(f"<w:sdt><w:sdtPr/><w:sdtContent>{_row(t, '')}</w:sdtContent></w:sdt>" for t in REST)),
    "table cells in content controls": PLAIN
    + _table(
        "".join(
            f"<w:tr><w:sdt><w:sdtPr/><w:sdtContent>{_cell(t)}</w:sdtContent></w:sdt>{_cell('')}</w:tr>"
            for t in REST
        )
    ),
    "table rows in custom XML": PLAIN
    + _table("".join(f'<w:customXml w:element="job">{_row(t, "")}</w:customXml>' for t in REST)),
    "body paragraphs in an alternate-content branch": PLAIN
    + "".join(
        f'<mc:AlternateContent><mc:Choice Requires="wps">{_p(t)}</mc:Choice>'
        f"<mc:Fallback>{_p(t)}</mc:Fallback></mc:AlternateContent>"
        for t in REST
    ),
    "a text box only its VML fallback holds": PLAIN
    + '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing/></mc:Choice><mc:Fallback>'
    + "<w:pict><v:shape><v:textbox><w:txbxContent>"
    + "".join(_p(t) for t in REST)
    + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
    "nested tables in content controls": PLAIN
    + _table(
        "<w:tr><w:tc>"
        + _table("".join(f"<w:sdt><w:sdtContent>{_row(t, '')}</w:sdtContent></w:sdt>" for t in REST))
        + "<w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>"
    ),
    "simple fields, smart tags, complex fields": PLAIN
    + f'<w:p><w:fldSimple w:instr="MERGEFIELD job"><w:r><w:t>{REST[0]}</w:t></w:r></w:fldSimple></w:p>'
    + f'<w:p><w:smartTag w:element="place"><w:r><w:t>{REST[1]}</w:t></w:r></w:smartTag></w:p>'
    + '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r>'
    + f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{REST[2]}</w:t></w:r>'
    + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    + "".join(_p(t) for t in REST[3:]),
}


@pytest.mark.parametrize("kind", list(DOCX_CLASSES))
def test_docx_class_words_come_back(kind: str) -> None:
    data = _docx(DOCX_CLASSES[kind])
    read = _words("\n".join(ln.text for ln in read_docx(data).lines))
    assert read >= WORDS, sorted(WORDS - read)
    assert not (_words("\n".join(ln.text for ln in read_docx(data).lines)) & {"hyperlink", "mergefield"})
    assert _parsed_words(parse_document(data, "cv.docx")) >= WORDS - {"experience", "education"}


@pytest.mark.parametrize(
    ("target", "content_type", "blob"),
    [
        ("chunk.html", "text/html", _HTML.encode()),
        ("chunk.mht", "message/rfc822", _MHT.encode()),
        ("chunk.txt", "text/plain", "\n".join(LINES).encode()),
    ],
)
def test_a_docx_whose_body_is_an_alternate_chunk_is_read(target: str, content_type: str, blob: bytes) -> None:
    """HTML-to-DOCX converters put the whole resume in one `w:altChunk` part Word imports."""
    ext = target.rsplit(".", 1)[1]
    data = _docx(
        '<w:altChunk r:id="rIdChunk"/>',
        {f"word/{target}": blob},
        _CHUNK_REL.format(target=target),
        f'<Default Extension="{ext}" ContentType="{content_type}"/>',
    )
    read = _words("\n".join(ln.text for ln in read_docx(data).lines))
    assert read >= WORDS, sorted(WORDS - read)
    parsed = parse_document(data, "cv.docx")
    assert parsed["basics"]["email"] == "jane.example@example.com"
    assert _parsed_words(parsed) >= WORDS - {"experience", "education"}


def test_footnotes_and_endnotes_are_read_after_the_body() -> None:
    """Notes are text the page shows (preserve.py counts them); their separators are not text."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    sep = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'

    def notes(kind: str, text: str) -> bytes:
        body = f'<w:{kind} w:id="1">{_p(text)}</w:{kind}>'
        extra = sep.replace("footnote", kind) if kind == "footnote" else ""
        return f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s {w}>{extra}{body}</w:{kind}s>'.encode()

    rel = (
        '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'footnotes" Target="footnotes.xml"/><Relationship Id="rIdE" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
    )
    types = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.footnotes+xml"/><Override PartName="/word/endnotes.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
    )
    data = _docx(
        "".join(_p(t) for t in LINES),
        {
            "word/footnotes.xml": notes("footnote", "Graduated with distinction"),
            "word/endnotes.xml": notes("endnote", "References available on request"),
        },
        rel,
        types,
    )
    texts = [ln.text for ln in read_docx(data).lines]
    assert texts[: len(LINES)] == LINES
    assert texts[len(LINES) :] == ["Graduated with distinction", "References available on request"]


@pytest.mark.parametrize(
    ("ordering", "text"),
    [
        ("Japan1", "職務経歴 学歴 東京大学 Python"),
        ("GB1", "教育背景 工作经历 北京大学"),
        ("CNS1", "教育背景 工作經歷 國立臺灣大學"),
        ("Korea1", "경력 학력 서울대학교"),
    ],
)
def test_cid_fonts_on_identity_without_tounicode_read_through_the_collection(
    ordering: str, text: str
) -> None:
    """macOS Quartz writes Hiragino/PingFang text as CIDs of the Adobe collection on Identity-H
    with no /ToUnicode: a whole Japanese resume once came back as other characters. The CIDs here
    come from our table inverted; pdftotext (poppler's own tables) reads the same text when present."""
    import shutil
    import subprocess

    from resume_api.parsing.cid_unicode import table

    cid_of: dict[str, int] = {}
    for cid, uni in sorted(table(ordering).items(), reverse=True):  # the lowest CID wins
        cid_of[uni] = ord(cid)
    raw = b"".join(cid_of[c].to_bytes(2, "big") for c in text)
    data = _cjk_pdf("Identity-H", ordering, raw)
    assert [ln.text for ln in read_pdf(data).lines] == [text]
    if shutil.which("pdftotext"):
        seen = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True
        ).stdout
        assert seen.decode().split() == text.split()


def test_a_truetype_cid_font_shows_glyph_ids_not_collection_cids() -> None:
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    from resume_api.parsing.cid_unicode import collection

    def font(subtype: str, encoding: str = "/Identity-H") -> DictionaryObject:
        info = DictionaryObject()
        info[NameObject("/Registry")] = TextStringObject("Adobe")
        info[NameObject("/Ordering")] = TextStringObject("Japan1")
        descendant = DictionaryObject(
            {NameObject("/Subtype"): NameObject(subtype), NameObject("/CIDSystemInfo"): info}
        )
        return DictionaryObject(
            {
                NameObject("/Encoding"): NameObject(encoding),
                NameObject("/DescendantFonts"): ArrayObject([descendant]),
            }
        )

    assert collection(font("/CIDFontType0")) == "Japan1"
    assert collection(font("/CIDFontType2")) is None
    assert collection(font("/CIDFontType0", "/UniJIS-UCS2-H")) is None
