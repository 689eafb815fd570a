"""Blind-24's benchmark row runs and keeps its shape (a smoke test: the figures are the benchmark's).

The whole set never runs here (`python -m benchmarks.redact_blind24` runs it): a sample of the unit
path, the set's own invariants (every leak is visible to the judge in the answer as sent, no
ordinary answer is judged damaged as sent, the set's size), and one leak and one ordinary case
through the synchronous optimize (without the generated document), checked for the shape of what comes back, not for the
decision.
"""

from __future__ import annotations

import json
import random
from collections import Counter

import httpx
import pytest

from benchmarks import redact_blind24 as row
from tests.llm import redact_blind24 as blind
from tests.llm import redact_blind24_http as through


def test_the_set_has_its_size_and_every_language() -> None:
    every = blind.cases()
    kinds = Counter(c.kind for c in every)
    assert kinds["leak"] >= 300 and kinds["ordinary"] >= 300
    assert {c.lang for c in every if c.kind == "leak"} == set(blind.LANGS)
    assert set(blind.LANGS) <= {c.lang for c in every if c.kind == "ordinary"}
    again = blind.leak_cases(random.Random(blind.SEED))
    assert [next(again).answer for _ in range(5)] == [c.answer for c in every[:5]]  # seeded


def test_the_judge_sees_each_leak_as_sent_and_no_damage_in_ordinary_answers() -> None:
    every = blind.cases()[::25]
    assert all(blind.survives(c.answer, c.needles) for c in every if c.kind == "leak")
    assert not any(blind.damaged(c.answer, c.answer) for c in every if c.kind == "ordinary")


def test_the_row_has_its_shape_and_shows_no_case() -> None:
    result = row.run(sample=40)
    counts = result["counts"]
    assert counts["leaks"] + counts["stretch"] + counts["ordinary"] == len(blind.cases()[::40])
    assert 0 <= counts["caught"] <= counts["leaks"] and 0 <= counts["damaged"] <= counts["ordinary"]
    for axis in ("leak_by_form", "leak_by_lang", "ordinary_by_form", "ordinary_by_lang"):
        assert all(set(v) == {"total", "wrong"} for v in counts[axis].values())
    shown = result["table"] + json.dumps(counts)
    assert not any(blind.survives(shown, c.needles) for c in blind.cases()[::40] if c.kind == "leak")


@pytest.mark.timeout(120)
def test_http_path_decides_the_sampled_cases(api: httpx.Client) -> None:
    chosen = through.sample(1, 1)
    with through.fake_model() as fake:
        result = through.evaluate(api, fake, chosen, document=False, alternate=False)
    counts = result["counts"]
    assert counts["leak_cases"] == counts["ordinary_cases"] == 1
    assert counts.get("decided", 0) + sum(result["undecided"].values()) == 2
