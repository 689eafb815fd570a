"""Blind-24 through HTTP: a fake model answers each sampled case to a real optimize call.

Each case gets its own session (the case's key as the session's key, an OpenAI-compatible fake on
127.0.0.1), the one-page sample resume, then `POST /optimize_resume/`, every other case with
`?mode=async` (the worker answers; its result is read from the polled conversation). What a person could read
afterwards is collected: the optimize response, the stored resume read back with GET, the
conversation, and a generated Markdown document (the answer's notes are never shown, so cases placed
there are left out). A leak is wrong when any 8-character run of its
secret survives in any of them; an ordinary case is wrong when the redaction marker (or a removed
claim of kind "secret") shows up. The unit decision for the same case is taken beside it, so the
two paths can be compared case by case, by name only.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from resume_api.models.llm_config import REDACTED
from tests.factories import pdf_resume, upload
from tests.llm.fakes import FakeLlm, Step
from tests.llm.redact_blind24 import Case, cases, survives, wrong

POLL_S = 90.0
JD = "Backend engineer: Python, SQL and AWS Lambda required; billing systems a plus."


SURFACED = ("summary", "highlight", "skill", "project")
"""Places whose text the service shows a person (the answer's notes never leave it)."""


def sample(n_leaks: int, n_ordinary: int) -> list[Case]:
    """Evenly spaced over the set's surfaced places, so every stretch of forms and languages is represented."""
    every = [c for c in cases() if c.place in SURFACED]
    leaks = [c for c in every if c.kind == "leak" and not c.stretch]
    ordinary = [c for c in every if c.kind == "ordinary"]

    def spaced(items: list[Case], n: int) -> list[Case]:
        step = max(1, len(items) // max(n, 1))
        return items[::step][:n]

    return spaced(leaks, n_leaks) + spaced(ordinary, n_ordinary)


def completion(raw: str) -> dict[str, Any]:
    """An OpenAI chat completion whose content is the case's raw answer, byte for byte."""
    return {
        "id": "chatcmpl-blind24",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "fake-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": raw, "refusal": None},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 21, "completion_tokens": 9, "total_tokens": 30},
    }


def _optimize(
    api: httpx.Client, headers: dict[str, str], asynchronous: bool
) -> tuple[int, str, dict[str, Any]]:
    """The optimize answer (status, text, body); `asynchronous`: the worker's, read from the polled conversation."""
    if not asynchronous:
        answered = api.post("/optimize_resume/", headers=headers, json={"jd": JD})
        return answered.status_code, answered.text, answered.json()
    queued = api.post("/optimize_resume/", params={"mode": "async"}, headers=headers, json={"jd": JD})
    if queued.status_code != 202:
        return queued.status_code, queued.text, queued.json()
    poll = queued.json()["poll"].removeprefix("/api/v1")
    deadline = time.monotonic() + POLL_S
    while True:
        polled = api.get(poll, headers=headers)
        body = polled.json()
        if body.get("status") not in ("queued", "running") or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    done = body.get("status") == "succeeded"
    return (200 if done else 502), polled.text, body.get("result") or {}


def _texts(api: httpx.Client, headers: dict[str, str], body: dict[str, Any], document: bool) -> list[str]:
    texts = [api.get("/resume_sections", headers=headers).text]
    if body.get("conversation_id"):
        texts.append(api.get(f"/session/conversation/{body['conversation_id']}", headers=headers).text)
    if not document:
        return texts
    generated = api.post("/generate_resume/", headers=headers, json={"format": "md"})
    texts.append(generated.text)
    if generated.status_code == 201:
        texts.append(httpx.get(generated.json()["download_url"], timeout=60).text)
    return texts


def _marked(texts: list[str], body: dict[str, Any]) -> bool:
    if any(REDACTED in text for text in texts):
        return True
    return any(claim.get("kind") == "secret" for claim in body.get("removed_claims", []))


def run_case(
    api: httpx.Client, fake: FakeLlm, case: Case, document: bool = True, asynchronous: bool = False
) -> str:
    """The verdict, "wrong" or "right", or why there is no decision ("key_refused", "optimize_<status>")."""
    created = api.post(
        "/session/create",
        json={
            "llm_config": {
                "provider": "openai_compatible",
                "base_url": fake.url,
                "model_name": "fake-model",
                "api_key": case.secrets[0],
            }
        },
    )
    if created.status_code != 201:
        return "key_refused"
    headers = {"X-Session-ID": created.json()["session_id"]}
    try:
        uploaded = upload(api, headers, pdf_resume())
        assert uploaded.status_code == 201, uploaded.text
        fake.script(*[Step(body=completion(case.answer)) for _ in range(3)])  # the repairs hear it too
        status, text, body = _optimize(api, headers, asynchronous)
        texts = [text, *(_texts(api, headers, body, document) if status == 200 else [])]
    finally:
        while fake.next_step(fake.chat_path):  # what the repairs did not use
            pass
        api.delete("/session", headers=headers)
    if case.kind == "leak":
        leaked = any(survives(text, case.needles) for text in texts)
        if status != 200 and not leaked:
            return f"optimize_{status}"
        return "wrong" if leaked else "right"
    if status != 200:
        return f"optimize_{status}"
    return "wrong" if _marked(texts, body) else "right"


def evaluate(
    api: httpx.Client, fake: FakeLlm, chosen: list[Case], document: bool = True, alternate: bool = True
) -> dict[str, Any]:
    """Both paths on each chosen case: counts, agreement, and the forms where they disagree
    (`document=False` leaves out the generated document, the slowest read). With `alternate`, every
    other case goes through the asynchronous optimize (the worker), the others through the synchronous one."""
    from resume_api.llm.redact import redact_answer

    tally: Counter[str] = Counter()
    disagree: Counter[str] = Counter()
    undecided: Counter[str] = Counter()
    for i, case in enumerate(chosen):
        unit = wrong(case, redact_answer(case.answer, case.secrets))
        mode = "async" if alternate and i % 2 else "sync"
        verdict = run_case(api, fake, case, document, asynchronous=mode == "async")
        tally[f"{mode}_cases"] += 1
        tally[f"{case.kind}_cases"] += 1
        if verdict not in ("wrong", "right"):
            undecided[f"{case.form}: {verdict}"] += 1
            continue
        http = verdict == "wrong"
        tally[f"{case.kind}_http_wrong"] += int(http)
        tally[f"{case.kind}_unit_wrong"] += int(unit)
        tally["decided"] += 1
        tally["agree"] += int(http == unit)
        if http != unit:
            disagree[
                f"{case.form} in {case.place}, {mode} (unit {'wrong' if unit else 'right'}, http {verdict})"
            ] += 1
    return {"counts": dict(tally), "disagree": dict(disagree), "undecided": dict(undecided)}


@contextmanager
def fake_model() -> Iterator[FakeLlm]:
    server = FakeLlm("openai").start()
    try:
        yield server
    finally:
        server.stop()
