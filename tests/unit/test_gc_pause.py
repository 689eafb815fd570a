"""web/gc_pause.py: in a Lambda environment an HTTP function imports our modules with garbage
collection paused, and its handler, once made, turns it back on; elsewhere nothing changes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

SCRIPT = """
import gc, json, sys
sys.path[:0] = [{function!r}, {layer!r}]
import fastapi
import resume_api.web.gc_pause
during = gc.isenabled()
import app
print(json.dumps({{"during": during, "after": gc.isenabled(), "frozen": gc.get_freeze_count()}}))
"""


def _import(function: str, lambda_env: bool) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "AWS_LAMBDA_FUNCTION_NAME"}
    env.update(
        {"AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1", "RESUME_API_PRELOAD_CLIENTS": ""}
    )
    if lambda_env:
        env["AWS_LAMBDA_FUNCTION_NAME"] = "SessionInfoFunction"
    script = SCRIPT.format(function=str(ROOT / "functions" / function), layer=str(ROOT / "layers" / "shared"))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("function", ["session_info", "optimize_resume"])
def test_collection_paused_during_our_imports_and_resumed_by_the_handler(function: str) -> None:
    result = _import(function, lambda_env=True)
    assert result["during"] is False
    assert result["after"] is True, "make_handler turned collection back on"
    assert isinstance(result["frozen"], int) and result["frozen"] > 0, "what the import built is frozen"


def test_nothing_changes_outside_a_lambda_environment() -> None:
    result = _import("session_info", lambda_env=False)
    assert result["during"] is True and result["after"] is True
