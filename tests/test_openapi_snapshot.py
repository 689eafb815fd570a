"""The contract is unchanged unless the reviewed document changes with it.

`layers/shared/resume_api/web/openapi.json` is both what the docs function serves and the contract
under review: `make openapi` rewrites it from template.yaml and the functions' routers, so a change
to the contract shows up as a diff of that file in the same commit.
"""

from __future__ import annotations

from local_runner.openapi import document_text
from resume_api.web.docs import OPENAPI_FILE


def test_openapi_document_matches_the_reviewed_snapshot() -> None:
    assert document_text() == OPENAPI_FILE.read_text(encoding="utf-8"), (
        "the OpenAPI contract changed: review the diff after `make openapi`"
    )
