"""The content-stream tokenizer gives the operators and operands pypdf's parser gives (it replaced
it for speed): the same pairs on every edge of the syntax, and on real streams."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_api.parsing.content_ops import operations


def _pypdf(data: bytes) -> list[tuple[Any, bytes]]:
    from pypdf.generic import ContentStream, DecodedStreamObject

    stream = DecodedStreamObject()
    stream.set_data(data)
    return [
        (_norm(o) if op != b"INLINE IMAGE" else [], op)
        for o, op in ContentStream(stream, None, "bytes").operations
    ]


def _norm(v: Any) -> Any:
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject

    if isinstance(v, (DictionaryObject, dict)):
        return {str(k): _norm(x) for k, x in v.items()}
    if isinstance(v, (list, ArrayObject)):
        return [_norm(x) for x in v]
    if hasattr(v, "original_bytes"):
        return bytes(v.original_bytes)
    if isinstance(v, bytes):
        return bytes(v)
    if isinstance(v, NameObject) or (isinstance(v, str) and v.startswith("/")):
        return str(v)
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (FloatObject, NumberObject, float, int)):
        return round(float(v), 4)
    return v


def _ours(data: bytes) -> list[tuple[Any, bytes]]:
    return [(_norm(o), op) for o, op in operations(data)]


CASES = {
    "text operators": b"BT /F1 11 Tf 1 0 0 1 72 700 Tm (Hello) Tj 0 -14 Td [(W)80(orld)-250(!)] TJ T* ET",
    "escapes and octal": rb"BT (a\(b\)c \\ \n \101\102 \0533) Tj ET",
    "nested parentheses": b"BT (a (nested (deep)) string) Tj (next) Tj ET",
    "a backslash line continuation": b"BT (one \\\ntwo) Tj ET",
    "hex strings": b"BT <48 65 6c6C6f> Tj <4> Tj <> Tj ET",
    "names with # escapes": b"/Span#20Name BMC EMC /F#31 12 Tf",
    "marked content with a dictionary": b"/Span << /ActualText (email: ) /Lang (en) /N [1 2 /x] >> BDC (x) Tj EMC",
    "comments": b"% a comment\nBT %another\n(x) Tj ET\n",
    "numbers": b"1 0 0 1 -3.5 .25 cm +4 -.5 12. m 0 0 l S",
    "quote operators": b"BT 12 TL (a) ' 1 2 (b) \" ET",
    "inline image": b"q 10 0 0 10 0 0 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x00EI\xffE I\x01 EI Q BT (after) Tj ET",
}


@pytest.mark.parametrize("name", list(CASES))
def test_same_pairs_as_pypdf(name: str) -> None:
    data = CASES[name]
    assert _ours(data) == _pypdf(data)


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        (b"BT [(a) 10 (b) TJ (c) Tj ET", [b"c"]),
        (b"BT ) } { (x) Tj ET", [b"x"]),
        (b"BT (ok) Tj (unterminated Tj ET", [b"ok"]),
    ],
)
def test_malformed_streams_are_read_on(data: bytes, shown: list[bytes]) -> None:
    """Where pypdf raises or guesses, the text after the damage is still read."""
    assert [o[0] for o, op in operations(data) if op == b"Tj"] == shown


def test_keywords_are_operands() -> None:
    """`true`, `false`, `null` are objects (pypdf takes them for operators)."""
    assert operations(b"/OC /oc1 BDC true false null 3 Tr EMC")[1] == ([True, False, None, 3], b"Tr")


def test_inline_image_data_is_skipped_whole() -> None:
    ops = [op for _, op in operations(CASES["inline image"])]
    assert ops == [b"q", b"cm", b"INLINE IMAGE", b"Q", b"BT", b"Tj", b"ET"]


def test_generated_pdf_streams_match_pypdf() -> None:
    """Every page stream of a generated resume in several layouts tokenizes as pypdf's does."""
    import io

    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    from tests.parsing.layouts import VARIANTS, render, sample

    checked = 0
    for variant, lang in zip(
        [v for v in VARIANTS if v.fmt == "pdf"][:8], ["en", "zh", "ru", "fr"] * 2, strict=False
    ):
        data, _, _ = render(sample(lang, variant), variant)
        reader = PdfReader(io.BytesIO(data))
        for page in reader.pages:
            raw = ContentStream(page["/Contents"].get_object(), reader, "bytes").get_data()
            assert _ours(raw) == _pypdf(raw)
            checked += 1
    assert checked >= 8


def test_escapes_and_numbers_no_real_pdf_writes_are_read_not_raised() -> None:
    """`\\9` is the digit (not octal); a number of 16,000 digits (int() refuses past 4,300) is 0."""
    assert operations(b"(a\\9b\\101) Tj") == [([b"a9bA"], b"Tj")]
    assert operations(b"1" * 16_000 + b" Tw") == [([0], b"Tw")]


@pytest.mark.parametrize(
    "data",
    [b"1" * 50_000 + b"a", b"1." + b"1" * 50_000 + b"x", b"+" + b"1" * 50_000 + b"/", b" " * 50_000 + b"%"],
    ids=[
        "digits then a letter",
        "decimals then a letter",
        "signed digits then a name",
        "spaces then a comment",
    ],
)
def test_long_runs_are_read_in_linear_time(data: bytes) -> None:
    """Possessive quantifiers: a digit run followed by a letter once took 4.6 s for 16,000 digits
    (quadratic backtracking; 50,000 would take about 45 s). Not a speed measure: a hang guard whose
    bound is far above a linear scan (about 0.05 s here) and far below the quadratic one."""
    import time

    started = time.perf_counter()
    operations(data)
    assert time.perf_counter() - started < 5.0


@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=2000)
    | st.text(alphabet="0123456789.+-()<>[]/%\\ \nBIDETjf", max_size=2000).map(str.encode)
)
def test_any_bytes_tokenize_without_raising(data: bytes) -> None:
    for operands, operator in operations(data):
        assert isinstance(operands, list) and isinstance(operator, bytes)
