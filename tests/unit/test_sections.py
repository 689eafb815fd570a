"""Reading and patching sections, listing and reading resumes: each rule and race in memory."""

from __future__ import annotations

import pytest

from resume_api.errors import Conflict, NotFound
from resume_api.logic import resume_listing, resume_view, sections, sections_patch
from resume_api.models.records import ResumeRecord
from resume_api.models.sections_patch import PatchSectionsRequest
from tests.fakes import HASH, World
from tests.unit.conftest import store_resume


def _patch(world: World, version: int, skills: list[str], resume_id: str | None = None):
    request = PatchSectionsRequest.model_validate(
        {
            "resume_id": resume_id,
            "version": version,
            "sections": {"skills": [{"name": "All", "level": None, "keywords": skills}]},
        }
    )
    return sections_patch.patch_sections(world.session(), request, **world.ports("resumes", "clock"))


def test_get_reads_the_latest_ready_resume_or_the_one_named(world: World) -> None:
    store_resume(world, "r_1", uploaded_at=1)
    store_resume(world, "r_2", uploaded_at=2)
    assert sections.get_sections(world.session(), None, **world.ports("resumes", "clock")).resume_id == "r_2"
    named = sections.get_sections(world.session(), "r_1", **world.ports("resumes", "clock"))
    assert named.resume_id == "r_1" and named.resume is not None and named.session.expires_at


def test_get_without_a_ready_resume_is_404_and_a_pending_one_409(world: World) -> None:
    world.session()
    with pytest.raises(NotFound) as missing:
        sections.get_sections(world.session(), None, **world.ports("resumes", "clock"))
    assert missing.value.code == "no_resume"
    world.resumes.add_pending(
        HASH,
        ResumeRecord(
            resume_id="r_p", filename="a", status="pending", uploaded_at=1, updated_at=1, source_key="k"
        ),
        0,
    )
    with pytest.raises(Conflict) as pending:
        sections.get_sections(world.session(), "r_p", **world.ports("resumes", "clock"))
    assert pending.value.code == "resume_not_ready"


def test_patch_stores_the_next_version_and_keeps_the_previous(world: World) -> None:
    store_resume(world)
    response = _patch(world, 1, ["Go"])
    assert response.version == 2 and response.sections_changed == ["skills"]
    record = world.resumes.get(HASH, "r_1")
    assert record is not None and len(record.version_keys) == 2
    assert world.resumes.document(record, 1).skills[0].keywords == ["Python", "SQL", "Docker"]
    assert world.resumes.document(record).skills[0].keywords == ["Go"]


def test_patch_that_changes_nothing_keeps_the_version(world: World) -> None:
    store_resume(world)
    _patch(world, 1, ["Go"])
    response = _patch(world, 2, ["Go"])
    assert response.version == 2 and response.sections_changed == []


def test_a_stale_version_is_409_with_the_current_one(world: World) -> None:
    store_resume(world)
    _patch(world, 1, ["Go"])
    with pytest.raises(Conflict) as stale:
        _patch(world, 1, ["Rust"])
    assert stale.value.details == {"current_version": 2}


def test_a_writer_that_loses_the_race_gets_409_and_leaves_no_object(world: World) -> None:
    store_resume(world)
    world.faults.before_write = lambda: _patch(world, 1, ["Winner"])
    with pytest.raises(Conflict) as lost:
        _patch(world, 1, ["Loser"])
    assert lost.value.details == {"current_version": 2}
    record = world.resumes.get(HASH, "r_1")
    assert record is not None and world.resumes.document(record).skills[0].keywords == ["Winner"]
    parsed = [k for k in world.objects.data if k.startswith("parsed/")]
    assert sorted(parsed) == sorted(record.version_keys)


def test_listing_is_in_upload_order_and_another_sessions_resume_is_404(world: World) -> None:
    store_resume(world, "r_2", uploaded_at=2)
    store_resume(world, "r_1", uploaded_at=1)
    listed = resume_listing.list_resumes(HASH, **world.ports("resumes", "clock"))
    assert [r.resume_id for r in listed] == ["r_1", "r_2"]
    view = resume_view.get_resume(HASH, "r_1", **world.ports("resumes", "clock"))
    assert view.resume is not None and view.version == 1
    with pytest.raises(NotFound):
        resume_view.get_resume("b" * 64, "r_1", **world.ports("resumes", "clock"))
