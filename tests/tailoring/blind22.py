"""The instruction detector measured on a set its authors never read (issue #11 item 4).

`data/instructions_blind22.json` was written by hand in the twenty-first session by an engineer who
never opened the detector, its tests or the lists it was tuned on, and committed before it was first
measured. Only counts leave this module: never print which case was caught or flagged, so the set
stays a measure of skill rather than something to tune on."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

PATH = Path(__file__).parent / "data" / "instructions_blind22.json"
INSTRUCTION = "instruction"
ORDINARY = "ordinary"
LANGS = ("en", "fr", "de", "es", "pt", "it", "nl", "pl", "ru", "zh", "ja")


@cache
def cases() -> tuple[dict[str, str], ...]:
    return tuple(json.loads(PATH.read_text(encoding="utf-8"))["cases"])


def evaluate() -> dict[str, Any]:
    """Counts only: caught of the instructions and flagged of the ordinary sentences, in all, per
    language and per form (a form belongs to one kind, so its `hit` is caught or flagged)."""
    from resume_api.tailoring.injection import find_instructions

    langs: dict[str, dict[str, int]] = defaultdict(
        lambda: dict.fromkeys(("instructions", "caught", "ordinary", "flagged"), 0)
    )
    forms: dict[str, dict[str, Any]] = {}
    for case in cases():
        hit = bool(find_instructions(case["text"]))
        instruction = case["kind"] == INSTRUCTION
        row = langs[case["lang"]]
        row["instructions" if instruction else "ordinary"] += 1
        row["caught" if instruction else "flagged"] += hit
        form = forms.setdefault(case["form"], {"kind": case["kind"], "total": 0, "hit": 0})
        form["total"] += 1
        form["hit"] += hit
    total = {
        key: sum(row[key] for row in langs.values())
        for key in ("instructions", "caught", "ordinary", "flagged")
    }
    return {
        **total,
        "langs": {lang: langs[lang] for lang in LANGS if lang in langs},
        "forms": dict(sorted(forms.items())),
    }
