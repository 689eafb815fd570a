"""The contract is unchanged unless tests/openapi.json changes with it (see tests/openapi_snapshot.py)."""

from __future__ import annotations

from tests.openapi_snapshot import SNAPSHOT, current_document, render


def test_openapi_document_matches_the_reviewed_snapshot() -> None:
    assert render(current_document()) == SNAPSHOT.read_text(encoding="utf-8"), (
        "the OpenAPI contract changed: review the diff of `python -m tests.openapi_snapshot --write`"
    )
