"""The preservation benchmark's second measure: a DOCX's text boxes counted once.

Word writes each text box twice (DrawingML in `mc:Choice`, a VML copy in `mc:Fallback`); the
corpus's `preserve.py` reads both copies, so a sidebar in a text box can keep at most half of its
words by that measure however well it is parsed. `benchmarks.parse_preservation` reports the
measure as given and beside it the same with the source read once; this shows the first
undercounts such a file and the second does not, on a generated text-box sidebar.
"""

from __future__ import annotations

import shutil

import pytest

from benchmarks import parse_preservation
from benchmarks.parse_accuracy import DEFAULT_CORPUS, corpus_module
from tests.parsing.layouts import VARIANTS, render, sample

pytestmark = pytest.mark.skipif(
    not (DEFAULT_CORPUS / "preserve.py").exists() or shutil.which("pdftotext") is None,
    reason="../shared/corpus/preserve.py or pdftotext missing",
)


def test_text_boxes_counted_once(tmp_path) -> None:
    preserve = corpus_module(DEFAULT_CORPUS, "preserve")
    variant = next(v for v in VARIANTS if v.sidebar_mode == "textbox")
    data, name, _ = render(sample("en", variant), variant)
    path = tmp_path / name
    path.write_bytes(data)
    assert "<mc:Fallback>" in parse_preservation._docx_xml(path), "the generator writes Word's two copies"

    row = parse_preservation.measure_file(preserve, path, out_dir=tmp_path / "out")

    assert row["parse"] < 0.9, "preserve.py counts the box's words twice: half of them seem lost"
    assert row["parse_once"] >= 0.95 and row["e2e_once"] >= 0.95
    assert preserve.document_text is not None and preserve.document_text.__name__ == "document_text"
