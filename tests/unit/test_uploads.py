"""Direct and presigned uploads, and `?use_llm=true`: each rule, error and rollback in memory."""

from __future__ import annotations

from typing import Any

import pytest

from resume_api.data import keys
from resume_api.errors import (
    DocumentError,
    PayloadTooLarge,
    ServiceUnavailable,
    TooManyRequests,
    Unprocessable,
)
from resume_api.logic import uploads
from resume_api.logic.presign import presign_upload
from resume_api.models.presign import PresignRequest
from resume_api.models.uploads import UploadResponse
from resume_api.settings import Limits
from tests.fakes import HASH, ScriptedProvider, World
from tests.unit.conftest import sample_resume

PDF = b"%PDF-1.7 jane"
UPLOAD_PORTS = ("resumes", "quotas", "parse", "sessions", "providers", "clock")


@pytest.fixture
def parsed(world: World) -> World:
    world.parse.documents[PDF] = sample_resume()
    return world


def _upload(world: World, data: bytes = PDF, name: str | None = "Jane CV.pdf", **kwargs: Any):
    return uploads.upload_resume(
        world.session(), name, data, "application/pdf", **world.ports(*UPLOAD_PORTS), **kwargs
    )


def test_upload_stores_original_version_one_and_the_record(parsed: World) -> None:
    response = _upload(parsed)
    assert response.status == "ready" and response.version == 1 and response.refinement is None
    record = parsed.resumes.get(HASH, response.resume_id)
    assert record is not None and record.version_keys == [record.parsed_key]
    assert record.source_key == f"originals/{HASH}/{response.resume_id}/Jane CV.pdf"
    assert parsed.objects.data[record.source_key] == (PDF, "application/pdf")
    assert parsed.resumes.document(record).basics.name == "Jane Doe"
    assert response.sections_available == ["basics", "work", "education", "skills"]


@pytest.mark.parametrize("name", ["", "../etc/passwd", "a\\b.pdf", ".hidden.pdf", "tab\tname.pdf", "x" * 201])
def test_a_file_name_that_could_be_a_path_is_refused(parsed: World, name: str) -> None:
    with pytest.raises(Unprocessable) as refused:
        _upload(parsed, name=name)
    assert refused.value.code == "bad_filename"
    assert parsed.objects.data == {}


def test_too_large_is_413_before_any_quota_or_parse(parsed: World) -> None:
    parsed.limits = Limits(max_upload_bytes=4)
    with pytest.raises(PayloadTooLarge) as refused:
        _upload(parsed, settings=parsed.limits)
    assert refused.value.code == "file_too_large"
    assert parsed.counter.used == {} and parsed.parse.calls == 0


def test_resume_slots_are_429_without_retry_after(parsed: World) -> None:
    parsed.quotas.settings = Limits(max_resumes_per_session=1)
    _upload(parsed)
    with pytest.raises(TooManyRequests) as refused:
        _upload(parsed)
    assert refused.value.code == "too_many_resumes" and "Retry-After" not in refused.value.headers


def test_a_failed_upload_gives_its_slot_back(parsed: World) -> None:
    """Moved from tests/test_races.py: presigns hold all slots but one, an unreadable file fails and
    gives its slot back, the next upload takes it, and the one after is refused."""
    limit = 20
    parsed.quotas.settings = Limits(max_resumes_per_session=limit, uploads_per_minute=0)
    for _ in range(limit - 1):
        _presign(parsed)
    parsed.parse.errors[b"%PDF-1.4 not really"] = DocumentError("The PDF cannot be read.", code="unreadable")
    with pytest.raises(DocumentError):
        _upload(parsed, data=b"%PDF-1.4 not really")
    slots = (keys.session_pk(HASH), "resumes", 0)
    assert parsed.counter.used[slots] == limit - 1, "the failed upload gave its slot back"
    _upload(parsed)
    with pytest.raises(TooManyRequests) as full:
        _upload(parsed)
    assert full.value.code == "too_many_resumes"
    assert parsed.counter.used[slots] == len(parsed.resumes.list_all(HASH)) == limit


def test_uploads_per_minute_are_429_with_retry_after(parsed: World) -> None:
    parsed.quotas.settings = Limits(uploads_per_minute=1)
    _upload(parsed)
    with pytest.raises(TooManyRequests) as refused:
        _upload(parsed)
    assert refused.value.code == "quota_exceeded" and int(refused.value.headers["Retry-After"]) <= 60


def test_a_file_that_does_not_parse_stores_nothing(parsed: World) -> None:
    parsed.parse.errors[b"junk"] = DocumentError("The PDF is encrypted.", code="encrypted")
    with pytest.raises(DocumentError):
        _upload(parsed, data=b"junk")
    assert parsed.objects.data == {} and parsed.resumes.list_all(HASH) == []


@pytest.mark.parametrize("failing", ["put:originals/", "put:parsed/", "item"])
def test_a_failure_at_any_write_leaves_nothing_behind(parsed: World, failing: str) -> None:
    parsed.faults.fail.add(failing)
    with pytest.raises(ServiceUnavailable):
        _upload(parsed)
    assert parsed.objects.data == {} and parsed.resumes.list_all(HASH) == []


def test_use_llm_with_offline_keeps_the_parse_and_says_why(parsed: World) -> None:
    response = _upload(parsed, use_llm=True, deadline=parsed.clock() + 20)
    assert response.refinement is not None and not response.refinement.used
    assert response.refinement.error == {
        "code": "llm_not_configured",
        "message": "The offline provider does not refine parses.",
    }


def _llm_world(parsed: World, *answers: object) -> World:
    parsed.provider = ScriptedProvider(*answers)
    parsed.session(provider="ollama")
    return parsed


def _refined(world: World, seconds_left: float = 20) -> UploadResponse:
    """A direct upload with `?use_llm=true` in a session whose model is the world's provider."""
    return uploads.upload_resume(
        world.session(provider="ollama"),
        "cv.pdf",
        PDF,
        "application/pdf",
        use_llm=True,
        deadline=world.clock() + seconds_left,
        **world.ports(*UPLOAD_PORTS),
    )


def test_use_llm_refiles_what_the_source_supports_and_drops_the_rest(parsed: World) -> None:
    world = _llm_world(
        parsed,
        {
            "work": [
                {"name": "Acme Corp", "position": "Backend Engineer", "highlights": HIGHLIGHTS[::-1]},
                {"name": "Invented Ltd", "position": "CTO"},
            ]
        },
    )
    response = _refined(world)
    assert response.refinement is not None and response.refinement.used
    assert response.refinement.sections_changed == ["work"]
    assert [w.name for w in response.resume.work] == ["Acme Corp"]
    assert response.resume.work[0].highlights == HIGHLIGHTS[::-1]
    assert {r.value for r in response.refinement.removed} >= {"Invented Ltd"}


HIGHLIGHTS = sample_resume().work[0].highlights


@pytest.mark.parametrize(
    "answer",
    [
        {"work": [{"name": "Acme Corp", "position": "Backend Engineer", "highlights": HIGHLIGHTS[1:]}]},
        {"work": [{"name": "Acme Corp", "highlights": HIGHLIGHTS}]},
        {"skills": [{"name": "Languages", "keywords": ["Python", "SQL"]}]},
        {"education": [{"institution": "State University", "studyType": "BSc"}]},
    ],
    ids=["a bullet left out", "a title left out", "a skill left out", "an area left out"],
)
def test_a_refinement_that_leaves_out_parsed_text_keeps_that_section(parsed: World, answer: dict) -> None:
    """Refinement may re-file what was parsed, never lose it: a section whose answer lacks words the
    parse holds stays as parsed, and the report says so."""
    world = _llm_world(parsed, answer)
    response = _refined(world)
    assert response.refinement is not None and response.refinement.used
    assert response.refinement.sections_kept == list(answer) and response.refinement.sections_changed == []
    assert response.resume == sample_resume()


def test_fields_the_model_is_not_asked_for_stay_with_their_entry(parsed: World) -> None:
    """A job's summary and URL, a school's courses, a skill group's level: the model answers none of
    them, and they stay with the entry of the same employer, school or group it re-files."""
    source = sample_resume().model_copy(deep=True)
    source.work[0].summary = "Payments team of the platform group."
    source.work[0].url = "https://acme.example"
    source.education[0].courses = ["Databases", "Compilers"]
    source.skills[0].level = "Expert"
    parsed.parse.documents[PDF] = source
    answer = {
        "work": [{"name": "Acme Corp", "position": "Backend Engineer", "highlights": HIGHLIGHTS[::-1]}],
        "education": [{"institution": "State University", "studyType": "BSc", "area": "Computer Science"}],
        "skills": [{"name": "Languages", "keywords": ["SQL", "Python", "Docker"]}],
    }
    response = _refined(_llm_world(parsed, answer))
    assert response.refinement is not None and response.refinement.sections_changed == ["work", "skills"]
    work, school, skills = response.resume.work[0], response.resume.education[0], response.resume.skills[0]
    assert (work.summary, work.url, work.highlights) == (
        source.work[0].summary,
        source.work[0].url,
        HIGHLIGHTS[::-1],
    )
    assert school.courses == ["Databases", "Compilers"]
    assert (skills.level, skills.keywords) == ("Expert", ["SQL", "Python", "Docker"])


def test_use_llm_failure_keeps_the_parse_and_reports_the_error(parsed: World) -> None:
    world = _llm_world(parsed, ServiceUnavailable("down", code="llm_unreachable"))
    response = _refined(world)
    assert response.refinement is not None and not response.refinement.used
    assert response.refinement.error == {"code": "llm_unreachable", "message": "down"}
    assert response.resume == sample_resume()


def test_use_llm_without_time_left_does_not_ask(parsed: World) -> None:
    world = _llm_world(parsed)
    response = _refined(world, seconds_left=2)
    assert response.refinement is not None and response.refinement.error is not None
    assert response.refinement.error["code"] == "llm_timeout"
    assert world.provider_calls == []


def _presign(world: World, size: int = 1000) -> object:
    request = PresignRequest(filename="big cv.pdf", content_type="application/pdf", size=size)
    return presign_upload(world.session(), request, **world.ports("resumes", "quotas", "clock"))


def test_presign_records_a_pending_resume_under_the_upload_trigger(world: World) -> None:
    response = _presign(world)
    record = world.resumes.get(HASH, response.resume_id)  # type: ignore[attr-defined]
    assert record is not None and record.status == "pending" and record.kind == "pdf"
    assert record.source_key == f"uploads/{HASH}/{record.resume_id}/big cv.pdf"
    assert response.poll == f"/api/v1/session/resume/{record.resume_id}"  # type: ignore[attr-defined]
    assert world.objects.data == {}


def test_presign_over_the_limit_is_413_and_counts_nothing(world: World) -> None:
    with pytest.raises(PayloadTooLarge):
        _presign(world, size=Limits().max_presigned_bytes + 1)
    assert world.counter.used == {} and world.resumes.list_all(HASH) == []


def test_a_refinement_with_a_bad_date_keeps_the_parse_and_names_the_field(parsed: World) -> None:
    world = _llm_world(
        parsed,
        {
            "work": [
                {
                    "name": "Acme Corp",
                    "position": "Backend Engineer",
                    "startDate": "present",
                    "highlights": HIGHLIGHTS,
                }
            ]
        },
    )
    response = _refined(world)
    assert response.refinement is not None and not response.refinement.used
    assert response.refinement.error is not None
    assert response.refinement.error["code"] == "llm_bad_output"
    assert "work.0.startDate" in response.refinement.error["message"]
    assert response.resume.work[0].startDate == "2019-01"
