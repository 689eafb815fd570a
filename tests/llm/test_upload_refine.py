"""`POST /upload_resume?use_llm=true` through the runner, with a fake OpenAI-compatible server.

The heuristic parse stands on its own: without the flag no LLM is called, and when the LLM
fails the upload still succeeds with the heuristic parse. What the LLM returns is kept only
where the source text backs it; anything else is removed and reported.
"""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import CANARY_KEY, Session, create_session
from tests.factories import pdf_resume
from tests.llm.conftest import MakeFake
from tests.llm.fakes import FakeLlm, Step

STRUCTURE = {
    "work": [
        {
            "name": "Example Corp",
            "position": "Senior Software Engineer",
            "startDate": "2020-01",
            "endDate": "present",
            "highlights": ["Built the billing pipeline in Python and AWS Lambda"],
        },
        {"name": "Invented Holdings LLC", "position": "Chief Executive Officer", "startDate": "2016"},
    ],
    "skills": [{"name": "Skills", "keywords": ["Python", "SQL", "AWS", "Rust"]}],
}


def _upload(api: httpx.Client, session: Session, **params: str) -> httpx.Response:
    return api.post(
        "/upload_resume",
        params=params,
        headers=session.headers,
        files={"file": ("cv.pdf", pdf_resume(), "application/pdf")},
    )


@pytest.fixture
def llm(fake: MakeFake) -> FakeLlm:
    return fake("openai", api_key=CANARY_KEY, answer=STRUCTURE)


@pytest.fixture
def llm_session(api: httpx.Client, llm: FakeLlm) -> Session:
    return create_session(
        api, provider="openai_compatible", base_url=llm.url, model_name="fake-model", api_key=CANARY_KEY
    )


def test_without_the_flag_no_llm_is_called(api: httpx.Client, llm: FakeLlm, llm_session: Session) -> None:
    response = _upload(api, llm_session)
    assert response.status_code == 201, response.text
    assert response.json()["refinement"] is None
    assert llm.chat_requests() == []


def test_the_llm_structure_is_kept_where_the_source_backs_it(
    api: httpx.Client, llm: FakeLlm, llm_session: Session
) -> None:
    response = _upload(api, llm_session, use_llm="true")
    assert response.status_code == 201, response.text
    body = response.json()
    refinement = body["refinement"]
    assert refinement["used"] is True and refinement["provider"] == "openai_compatible"
    assert [w["name"] for w in body["resume"]["work"]] == ["Example Corp"]
    keywords = {k for s in body["resume"]["skills"] for k in s["keywords"]}
    assert keywords == {"Python", "SQL", "AWS"}
    removed = {r["value"] for r in refinement["removed"]}
    assert {"Invented Holdings LLC", "Rust"} <= removed
    assert body["resume"]["basics"]["name"] == "Jane Doe", "contacts stay the parser's"
    stored = api.get(f"/session/resume/{body['resume_id']}", headers=llm_session.headers).json()["resume"]
    assert stored["work"] == body["resume"]["work"]
    (call,) = llm.chat_requests()
    prompt = str(call.body["messages"])
    assert "<resume_sections>" in prompt and "Example Corp" in prompt
    assert call.headers["authorization"] == f"Bearer {CANARY_KEY}"


def test_a_failing_llm_keeps_the_heuristic_parse(
    api: httpx.Client, llm: FakeLlm, llm_session: Session
) -> None:
    plain = _upload(api, llm_session).json()["resume"]
    llm.script(*[Step(status=503, body={"error": {"message": "overloaded"}}) for _ in range(6)])
    response = _upload(api, llm_session, use_llm="true")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["refinement"]["used"] is False
    assert body["refinement"]["error"]["code"].startswith("llm_")
    assert body["resume"] == plain


def test_answers_that_never_validate_keep_the_heuristic_parse(
    api: httpx.Client, llm: FakeLlm, llm_session: Session
) -> None:
    llm.answer = {"work": "not a list"}
    response = _upload(api, llm_session, use_llm="true")
    assert response.status_code == 201, response.text
    assert response.json()["refinement"]["error"]["code"] == "llm_bad_output"
    assert len(llm.chat_requests()) == 2, "one call and one repair"


def test_the_offline_provider_does_not_refine(api: httpx.Client) -> None:
    session = create_session(api)
    response = _upload(api, session, use_llm="true")
    assert response.status_code == 201, response.text
    refinement = response.json()["refinement"]
    assert refinement["used"] is False and refinement["error"]["code"] == "llm_not_configured"


def test_a_refinement_that_loses_a_bullet_keeps_the_parsed_section(api: httpx.Client, fake: MakeFake) -> None:
    """The model may re-file the parse, never shorten it: its work section lacks the bullet, so the
    parsed work section stays and the report names it (tests/unit/test_uploads.py: every field)."""
    job = dict(STRUCTURE["work"][0])  # type: ignore[index]
    bullets = job.pop("highlights")
    work = [job]
    llm = fake("openai", api_key=CANARY_KEY, answer={"work": work})
    session = create_session(
        api, provider="openai_compatible", base_url=llm.url, model_name="fake-model", api_key=CANARY_KEY
    )
    body = _upload(api, session, use_llm="true").json()
    assert body["refinement"]["sections_kept"] == ["work"] and body["refinement"]["sections_changed"] == []
    assert body["resume"]["work"][0]["highlights"] == bullets
