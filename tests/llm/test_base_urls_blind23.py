"""The never-read base_url set (tests/llm/blind23_base_urls.py) through session create, test-config
and the call-time guard, in both modes; the wrong answers are recorded, as strict xfails are.

`data/base_urls_blind23_wrong.json` holds every wrong answer ("path/mode/case id" → kind): a new
one fails the first test (a regression), a recorded one that is now right fails the second (take
it out of the file). Blind figures (the set written and run before the validators were read,
477 URLs x 3 paths x 2 modes): wrongly accepted create 38 strict / 42 private, test-config 11 / 22,
call time 13 / 24; forbidden connections (a cloud-metadata address reached in private mode) 10 at
test-config and 10 at call time; 2+2+2+2 empty URLs refused naming `llm_config`, not the field; no
500, no secret echoed, no URL wrongly refused (158 wrong answers). After the one-parse fix
(models/base_url.py; not blind): none, so the file is empty and any wrong answer is a regression.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.llm import blind23_runner
from tests.llm.blind23_base_urls import CASES

RECORDED = Path(__file__).parent / "data" / "base_urls_blind23_wrong.json"


@pytest.fixture(scope="module")
def found() -> Iterator[dict[str, str]]:
    logging.disable(logging.INFO)
    try:
        yield blind23_runner.wrongs(CASES, blind23_runner.run(CASES))
    finally:
        logging.disable(logging.NOTSET)


def _recorded() -> dict[str, str]:
    recorded: dict[str, str] = json.loads(RECORDED.read_text())
    return recorded


def test_no_wrong_answer_beyond_the_recorded(found: dict[str, str]) -> None:
    recorded = _recorded()
    new = {key: kind for key, kind in found.items() if recorded.get(key) != kind}
    assert not new, f"{len(new)} new wrong answers (path/mode/case: kind): {dict(list(new.items())[:20])}"


def test_every_recorded_wrong_answer_is_still_wrong(found: dict[str, str]) -> None:
    fixed = sorted(key for key in _recorded() if key not in found)
    assert not fixed, (
        f"{len(fixed)} recorded wrong answers are now right; take them out of {RECORDED.name}: {fixed[:20]}"
    )


def test_the_set_spans_what_the_brief_names() -> None:
    classes = {case.cls for case in CASES}
    assert len(CASES) >= 300
    assert {
        "metadata",
        "metadata_dns",
        "loopback",
        "loopback_dns",
        "private",
        "userinfo",
        "credentials",
        "scheme",
        "control",
        "port",
        "empty_host",
        "overlong",
        "encoded_meta",
        "public",
        "public_idna",
        "public_v6",
        "rebind",
    } <= classes
