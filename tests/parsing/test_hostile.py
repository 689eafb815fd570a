"""Hostile and broken uploads: each gets its typed error within seconds, and the next parse works."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from resume_api.errors import ApiError, DocumentError, UnsupportedMediaType
from resume_api.parsing import sniff_kind
from resume_api.parsing.sandbox import parse_bounded

from . import builders


def _truncated(pdf: bytes) -> bytes:
    return pdf[: len(pdf) // 2]


def _two_column() -> bytes:
    return builders.two_column_pdf()


CASES: list[tuple[str, Callable[[bytes, bytes], bytes], type[ApiError], str]] = [
    (
        "wrong-magic",
        lambda pdf, docx: b"GIF89a not a resume at all",
        UnsupportedMediaType,
        "unsupported_type",
    ),
    ("empty", lambda pdf, docx: b"", DocumentError, "empty_file"),
    ("one-byte", lambda pdf, docx: b"%", UnsupportedMediaType, "unsupported_type"),
    ("truncated-pdf", lambda pdf, docx: _truncated(pdf), DocumentError, "corrupt"),
    ("encrypted-pdf", lambda pdf, docx: builders.encrypted_pdf(pdf), DocumentError, "encrypted"),
    ("1001-pages", lambda pdf, docx: builders.many_pages_pdf(1001), DocumentError, "too_many_pages"),
    ("flate-bomb", lambda pdf, docx: builders.flate_bomb_pdf(64), DocumentError, "too_complex"),
    ("image-only-pdf", lambda pdf, docx: builders.image_only_pdf(), DocumentError, "no_text"),
    ("zip-bomb-ratio", lambda pdf, docx: builders.docx_zip_bomb_ratio(docx), DocumentError, "zip_bomb"),
    ("zip-bomb-entries", lambda pdf, docx: builders.docx_zip_bomb_entries(docx), DocumentError, "zip_bomb"),
    ("doctype-entity", lambda pdf, docx: builders.docx_with_doctype(docx), DocumentError, "xml_entities"),
    ("docm", lambda pdf, docx: builders.docm(docx), UnsupportedMediaType, "unsupported_type"),
    ("vba-project", lambda pdf, docx: builders.docx_with_vba(docx), UnsupportedMediaType, "unsupported_type"),
    ("legacy-doc", lambda pdf, docx: builders.LEGACY_DOC, UnsupportedMediaType, "unsupported_type"),
]


@pytest.fixture(scope="module")
def good_pdf() -> bytes:
    return _two_column()


@pytest.fixture(scope="module")
def good_docx() -> bytes:
    return builders.docx_with_tables()


@pytest.mark.parametrize(("name", "make", "error", "code"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_its_error(
    name: str,
    make: Callable[[bytes, bytes], bytes],
    error: type[ApiError],
    code: str,
    good_pdf: bytes,
    good_docx: bytes,
) -> None:
    data = make(good_pdf, good_docx)
    started = time.monotonic()
    with pytest.raises(error) as info:
        parse_bounded(data, "resume.pdf" if name != "docm" else "resume.docx", timeout_s=10)
    assert time.monotonic() - started < 8
    assert info.value.code == code
    assert type(info.value) is error
    assert info.value.message and "\n" not in info.value.message
    # a normal parse in the same process still works afterwards
    assert parse_bounded(good_pdf, "resume.pdf")["basics"]["name"] == "Maria Lopez"


def test_sniff_ignores_the_name_and_the_extension() -> None:
    pdf = _two_column()
    assert sniff_kind(pdf, "resume.docx") == "pdf"
    assert sniff_kind(builders.docx_with_tables(), "resume.pdf") == "docx"
    with pytest.raises(UnsupportedMediaType):
        sniff_kind(b"<html>resume</html>", "resume.pdf")


def test_messages_never_echo_file_content() -> None:
    secret = b"%PDF-1.4\nSECRET-CONTENT-1234 " + b"x" * 100
    with pytest.raises(DocumentError) as info:
        parse_bounded(secret, "a.pdf")
    assert "SECRET" not in info.value.message
