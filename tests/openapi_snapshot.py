"""The OpenAPI contract as a file under review: `python -m tests.openapi_snapshot --write` refreshes it.

A refactor must leave the document the runner serves unchanged; `tests/test_openapi_snapshot.py`
compares the document built from template.yaml and the functions' routers with this snapshot, so
a change to the contract shows up as a diff of `tests/openapi.json` in the same commit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "openapi.json"


def current_document() -> dict[str, Any]:
    """The document exactly as the local runner serves it at /openapi.json."""
    from local_runner.openapi import build_openapi
    from local_runner.template import Stack

    stack = Stack(ROOT / "template.yaml", lenient=True)
    return build_openapi(stack.api(), stack.functions(), stack.routes())


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    text = render(current_document())
    if "--write" in argv:
        SNAPSHOT.write_text(text, encoding="utf-8")
        return 0
    if SNAPSHOT.read_text(encoding="utf-8") != text:
        print("the OpenAPI document differs from tests/openapi.json", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
