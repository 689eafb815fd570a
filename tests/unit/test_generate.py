"""Generating documents: stored with their conversation, or nothing stored at all."""

from __future__ import annotations

from typing import Any

import pytest

from resume_api.errors import NotFound, ServiceUnavailable
from resume_api.logic import generate
from resume_api.models.generate import GenerateRequest
from tests.fakes import HASH, World
from tests.unit.conftest import sample_resume, store_resume


def _generate(world: World, **request: Any):
    return generate.generate(
        world.session(),
        GenerateRequest.model_validate({"format": "md", **request}),
        **world.ports("resumes", "documents", "clock"),
    )


def test_the_document_and_its_conversation_are_stored_together(world: World) -> None:
    stored = world
    store_resume(world, name="François Müller-Søndergaard")
    response = _generate(stored)
    assert response.filename == "Francois_Muller_Sondergaard-classic.md"
    assert (response.resume_id, response.version) == ("r_1", 1)
    document_key = f"generated/{HASH}/{response.document_id}/{response.filename}"
    assert stored.objects.data[document_key][0].startswith(b"# ")
    record = stored.conversations.get(HASH, response.conversation_id)
    assert (
        record is not None
        and record.kind == "generate"
        and record.summary["document_id"] == response.document_id
    )
    assert document_key in response.download_url


def test_an_earlier_version_can_be_generated_and_a_missing_one_is_404(world: World) -> None:
    stored = world
    store_resume(world, name="François Müller-Søndergaard")
    stored.resumes.put_version(HASH, "r_1", 1, sample_resume("Second Version"), 2)
    assert _generate(stored, version=1).filename.startswith("Francois")
    with pytest.raises(NotFound) as missing:
        _generate(stored, version=9)
    assert missing.value.code == "version_not_found"


@pytest.mark.parametrize("failing", ["put:generated/", "put:/conversations/", "item"])
def test_a_failed_write_leaves_neither_document_nor_conversation(stored: World, failing: str) -> None:
    before = set(stored.objects.data)
    stored.faults.fail.add(failing)
    with pytest.raises(ServiceUnavailable):
        _generate(stored)
    assert set(stored.objects.data) == before and stored.conversations.list_all(HASH) == []
