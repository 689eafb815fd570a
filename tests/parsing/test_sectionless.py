"""A document without any heading we can name keeps its content as an unnamed `other` section."""

from __future__ import annotations

import io

import pytest

from resume_api.models.resume import Resume
from resume_api.parsing import parse_document
from resume_api.parsing.lines import Line
from resume_api.parsing.sections import split_sections


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


BODY = [
    "2019年4月 株式会社サンプル 入社",
    "営業部にて法人営業を担当",
    "2022年3月 一身上の都合により退社",
    "以上",
]


@pytest.mark.parametrize(
    ("top", "header_len"),
    [
        (["山田 太郎", "taro@example.jp", "090-1234-5678"], 3),
        (["Jane Roe", "Berlin | jane@example.com"], 2),
        (["Jane Roe"], 1),
    ],
)
def test_content_after_the_contact_block_becomes_an_other_section(top: list[str], header_len: int) -> None:
    split = split_sections([Line(text=t, cells=[t]) for t in top + BODY])
    assert [ln.text for ln in split.header] == top[:header_len]
    assert len(split.sections) == 1
    sec = split.sections[0]
    assert sec.key == "other"
    assert [ln.text for ln in sec.lines] == (top + BODY)[header_len:]


def test_a_sectionless_upload_parses_with_every_line_kept() -> None:
    parsed = parse_document(_docx(["山田 太郎", "taro@example.jp", *BODY]), "cv.docx")
    resume = Resume.model_validate(parsed)
    assert resume.basics.email == "taro@example.jp"
    assert [s.key for s in resume.sections] == ["other"]
    assert resume.sections[0].text.split("\n") == BODY


def test_a_contact_block_alone_is_not_a_section() -> None:
    split = split_sections([Line(text=t, cells=[t]) for t in ["Jane Roe", "jane@example.com"]])
    assert split.sections == []
    assert len(split.header) == 2
