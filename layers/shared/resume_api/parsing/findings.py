"""What an upload reports about its file: instructions to an AI and text no reader sees.

Hidden strings (parsing/hidden_text.py) are joined into the passages they make; each passage is a
`hidden_text` warning, and every sentence, hidden or visible, that addresses an AI or a screener
(`resume_api.instructions`) an `instruction` warning. Both are bounded: a file cannot make the
answer, the stored item or the audit event grow without end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..instructions import find_instructions, rules_in
from .hidden_text import HiddenRun

MAX_WARNINGS = 50
MAX_WARNING_CHARS = 200
MAX_PASSAGE_CHARS = 2000
_WORDY = re.compile(r"\w", re.UNICODE)


@dataclass(slots=True)
class _Passage:
    text: str
    reason: str
    page: int | None
    runs: list[HiddenRun] = field(default_factory=list)


def passages(hidden: list[HiddenRun]) -> list[_Passage]:
    """Hidden strings joined into what they say: consecutive strings hidden the same way, on one
    page, near each other (PDF) or in one paragraph (DOCX), make one passage."""
    out: list[_Passage] = []
    for run in hidden:
        prev = out[-1].runs[-1] if out else None
        joined = (
            prev is not None
            and prev.reason == run.reason
            and prev.page == run.page
            and prev.block == run.block
            and (run.page is None or abs(run.base - prev.base) <= 3 * max(prev.size, run.size, 1.0))
        )
        if joined and len(out[-1].text) < MAX_PASSAGE_CHARS:
            assert prev is not None
            same_line = run.page is not None and abs(run.base - prev.base) < 0.3 * max(prev.size, 1.0)
            glue = "" if same_line and run.x0 - prev.x1 < 0.15 * max(prev.size, 1.0) else " "
            if run.page is None:
                glue = ""
            out[-1].text += glue + run.text
            out[-1].runs.append(run)
        else:
            out.append(_Passage(run.text, run.reason, run.page, [run]))
    for passage in out:
        passage.text = re.sub(r"\s+", " ", passage.text).strip()
    return out


def _short(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= MAX_WARNING_CHARS else text[: MAX_WARNING_CHARS - 1].rstrip() + "…"


def _page(page: int | None, kind: str) -> int | None:
    return page + 1 if page is not None and kind == "pdf" else None


def visible_text(lines: Iterable[Any]) -> list[tuple[int, str]]:
    """(page, text) of visible lines: a line that continues a sentence (it starts in lower case
    after a line without a full stop) joins the one before it, so a wrapped sentence is one."""
    out: list[tuple[int, str]] = []
    for line in lines:
        text = str(line.text).strip()
        if not text:
            continue
        if out and out[-1][0] == line.page and text[:1].islower() and out[-1][1][-1:] not in ".!?":
            out[-1] = (line.page, out[-1][1] + " " + text)
        else:
            out.append((line.page, text))
    return out


def warnings_of(lines: Iterable[Any], hidden: list[HiddenRun], kind: str) -> list[dict[str, Any]]:
    """The upload's warnings: each instruction (visible or hidden) and each hidden passage, with its
    1-based page (None for DOCX), text cut to MAX_WARNING_CHARS, at most MAX_WARNINGS of them."""
    found: list[dict[str, Any]] = []
    seen: set[tuple[str, str, int | None]] = set()

    def add(warning_kind: str, text: str, page: int | None, reason: str, hidden_: bool) -> None:
        item = (warning_kind, _short(text), _page(page, kind))
        if item in seen or len(found) >= MAX_WARNINGS:
            return
        seen.add(item)
        found.append(
            {"kind": warning_kind, "text": item[1], "page": item[2], "reason": reason, "hidden": hidden_}
        )

    for passage in passages(hidden):
        if len(_WORDY.findall(passage.text)) < 3:
            continue  # a white bullet or rule used for spacing says nothing
        for instruction in find_instructions(passage.text):
            add("instruction", instruction.text, passage.page, instruction.kind, True)
        add("hidden_text", passage.text, passage.page, passage.reason, True)
    visible = visible_text(lines)
    among = rules_in("\n".join(text for _, text in visible))
    for page, text in visible:
        for instruction in find_instructions(text, among):
            add("instruction", instruction.text, page, instruction.kind, False)
    return found
