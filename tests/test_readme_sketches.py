"""How the README test reads the README: commands, the answers their comments state, and sketches.

The README test (tests/test_readme.py) is only as strict as these rules, so each is checked to
refuse what it must refuse.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ROOT
from tests.readme_examples import ANY, mismatches, parse_sketch, shell_blocks


@pytest.mark.parametrize(
    ("sketch", "actual"),
    [
        ('{"a": 1, "b": "x"}', {"a": 1, "b": "x"}),
        ('{"a": 1, ...}', {"a": 1, "b": 2}),
        ('{"id": "r_..."}', {"id": "r_01abc"}),
        (
            '{"url": "http://127.0.0.1:.../generated/..."}',
            {"url": "http://127.0.0.1:4000/b/generated/x.pdf?s=1"},
        ),
        ('{"a": ...}', {"a": [1, {"b": None}]}),
        ('[..., "x"]', ["a", "b", "x"]),
        ('["a", ...]', ["a"]),
        ('[..., {"k": 2, ...}, ...]', [{"k": 1}, {"k": 2, "z": 0}, {"k": 3}]),
        ("[..., ...]", [1]),
        ("[...]", []),
        ('{"ok": true, "n": null, "f": 1.5}', {"ok": True, "n": None, "f": 1.5}),
        ('"\\"1\\""', '"1"'),
    ],
)
def test_a_sketch_matches_what_it_shows(sketch: str, actual: Any) -> None:
    assert mismatches(parse_sketch(sketch), actual) == []


@pytest.mark.parametrize(
    ("sketch", "actual"),
    [
        ('{"a": 1}', {"a": 1, "b": 2}),
        ('{"a": 1, ...}', {"b": 2}),
        ('{"a": 1}', {"a": 2}),
        ('{"a": 1}', {"a": True}),
        ('{"a": true}', {"a": 1}),
        ('{"a": "1"}', {"a": 1}),
        ('{"id": "r_..."}', {"id": "c_01"}),
        ('["a"]', ["a", "b"]),
        ('[..., "x"]', ["x", "y"]),
        ('["a", "b"]', ["b", "a"]),
        ("[]", [1]),
        ('{"a": null}', {"a": 0}),
        ('{"a": 1.0}', {"a": "1.0"}),
        ('{"a": {"b": 1}}', {"a": [1]}),
    ],
)
def test_a_sketch_refuses_what_it_does_not_show(sketch: str, actual: Any) -> None:
    assert mismatches(parse_sketch(sketch), actual)


def test_commands_their_answers_and_skipped_blocks_are_read_as_written() -> None:
    readme = """
```sh
# prose before a command is ignored
A=$(curl -s -X POST $API/x \\
  -d '{"a": 1}' | python3 -c 'print(1)')
# 201 Location: /api/v1/x/... ETag: "2" {"a": 1,
#  "b": [..., "z"], ...}   (and prose after it)
python3 - <<'PY'
print("# 200 not a comment: inside the here-document")
PY
# 204
echo '{"k": 1}'
# {"k": 1}
curl -s $API/y
# a prose comment right under a command states nothing
```

```sh
# not run by the README test: it deploys
make deploy
```

```jsonc
{"not": "shell"}
```
"""
    run, skipped = shell_blocks(readme)
    assert skipped.skipped == "it deploys" and skipped.steps == []
    first, heredoc, echo, prose = run.steps
    assert first.command.count("\n") == 1 and first.expectation is not None
    assert first.expectation.status == 201
    assert first.expectation.headers == {"Location": "/api/v1/x/...", "ETag": '"2"'}
    assert first.expectation.body == {"a": 1, "b": [ANY, "z"], ANY: ANY}
    assert heredoc.command.endswith("PY") and heredoc.expectation is not None
    assert heredoc.expectation.status == 204 and heredoc.expectation.body is ANY
    assert echo.expectation is not None and echo.expectation.status is None
    assert echo.expectation.body == {"k": 1}
    assert prose.expectation is None


def test_the_readme_reads_as_checks() -> None:
    """Every block parses, every HTTP example states a status (the runner test checks them)."""
    blocks = shell_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert [b.skipped for b in blocks if b.skipped] == [
        "these set up and run the project itself",
        "these build and deploy to AWS",
    ]
    steps = [step for block in blocks for step in block.steps]
    curls = [step for step in steps if "curl " in step.command or "subprocess.run" in step.command]
    assert len(curls) >= 25
    for step in curls:
        assert step.expectation is not None and step.expectation.status, step.command
