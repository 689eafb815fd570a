"""Reading the README's shell examples as checks: the commands of each fenced `sh` block, and what
the comment under each command says it answers.

A command is a line (with its `\\` continuations and here-documents). The comment right under it
states its answer when its first line starts with a status:

    curl -s $API/resume_sections/ -H "$H"
    # 200 ETag: "1" {"resume_id": "r_...", "version": 1, ...}

That is: every HTTP call the command makes answers 200; the last one sends the header `ETag: "1"`
and a body with those members. The body is written as JSON with `...` for what is left out: a
`...` member or item stands for any number of others (without one an object has exactly the
members shown), `...` as a value for any value, and `...` inside a string for any text. Numbers,
strings, true, false and null are compared exactly. A sketch may continue on the next comment
lines until its brackets close; prose may follow it. A command that makes no HTTP call may be
followed by a sketch alone (`# {...}`), which its output (JSON) must match.

A block whose first line is `# not run by the README test: <why>` is skipped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

SKIP_MARK = "# not run by the README test:"
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.M | re.S)
STATUS = re.compile(r"^#\s*(\d{3})\b(.*)$")
HEADER = re.compile(r"\s*([A-Z][A-Za-z0-9-]*):\s+(\S+)")
HEREDOC = re.compile(r"<<-?\s*'?(\w+)'?")


class Ellipsis_:
    """`...` in a sketch."""

    def __repr__(self) -> str:
        return "..."


ANY = Ellipsis_()


@dataclass
class Expectation:
    status: int | None
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = ANY
    text: str = ""


@dataclass
class Step:
    command: str
    line: int
    expectation: Expectation | None = None


@dataclass
class Block:
    line: int
    text: str
    steps: list[Step]
    skipped: str | None = None


# -- sketches -----------------------------------------------------------------------------------

_TOKEN = re.compile(
    r'\s*(?:(?P<ellipsis>\.\.\.)|(?P<string>"(?:[^"\\]|\\.)*")|(?P<number>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)'
    r"|(?P<literal>true|false|null)|(?P<punct>[{}\[\]:,]))"
)


def _tokens(text: str) -> list[tuple[str, Any]]:
    tokens: list[tuple[str, Any]] = []
    position = 0
    while position < len(text.rstrip()):
        found = _TOKEN.match(text, position)
        if not found:
            raise ValueError(f"cannot read the sketch at {text[position : position + 20]!r}")
        kind = found.lastgroup or ""
        raw = found.group(kind)
        value: Any = ANY if kind == "ellipsis" else raw if kind == "punct" else json.loads(raw)
        tokens.append((kind, value))
        position = found.end()
    return tokens


def parse_sketch(text: str) -> Any:
    """A sketch as Python values, with ANY for each `...` (a member `...` is the key ANY)."""
    tokens = _tokens(text)
    value, position = _value(tokens, 0)
    if position != len(tokens):
        raise ValueError(f"text after the sketch: {tokens[position:]}")
    return value


def _value(tokens: list[tuple[str, Any]], i: int) -> tuple[Any, int]:
    kind, value = tokens[i]
    if kind == "punct" and value == "{":
        members: dict[Any, Any] = {}
        i += 1
        while tokens[i] != ("punct", "}"):
            if tokens[i][0] == "ellipsis":
                members[ANY] = ANY
                i += 1
            else:
                key_kind, key = tokens[i]
                if key_kind != "string" or tokens[i + 1] != ("punct", ":"):
                    raise ValueError(f"expected a member at {tokens[i : i + 2]}")
                members[key], i = _value(tokens, i + 2)
            if tokens[i] == ("punct", ","):
                i += 1
        return members, i + 1
    if kind == "punct" and value == "[":
        items: list[Any] = []
        i += 1
        while tokens[i] != ("punct", "]"):
            item, i = _value(tokens, i)
            items.append(item)
            if tokens[i] == ("punct", ","):
                i += 1
        return items, i + 1
    if kind == "punct":
        raise ValueError(f"unexpected {value!r}")
    return value, i + 1


def sketch_end(text: str) -> int | None:
    """Where a sketch that starts `text` closes (its brackets balance), or None if it does not yet."""
    depth = 0
    in_string = escaped = False
    for index, char in enumerate(text):
        if in_string:
            escaped = not escaped and char == "\\"
            if char == '"' and not escaped:
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return index + 1
    return None


def mismatches(sketch: Any, actual: Any, where: str = "body") -> list[str]:
    """Every way `actual` differs from the sketch (empty: it matches)."""
    if sketch is ANY:
        return []
    if isinstance(sketch, dict):
        if not isinstance(actual, dict):
            return [f"{where}: expected an object, got {actual!r:.80}"]
        problems = []
        for key, value in sketch.items():
            if key is ANY:
                continue
            if key not in actual:
                problems.append(f"{where}.{key}: missing")
            else:
                problems += mismatches(value, actual[key], f"{where}.{key}")
        if ANY not in sketch and set(actual) != set(sketch):
            problems.append(f"{where}: members {sorted(set(actual) - set(sketch))} are not shown (add ...)")
        return problems
    if isinstance(sketch, list):
        if not isinstance(actual, list):
            return [f"{where}: expected an array, got {actual!r:.80}"]
        if not _items_match(sketch, actual, where):
            return [f"{where}: {actual!r:.300} does not match {sketch!r:.300}"]
        return []
    if isinstance(sketch, str) and "..." in sketch:
        pattern = ".*".join(re.escape(part) for part in sketch.split("..."))
        if isinstance(actual, str) and re.fullmatch(pattern, actual, re.S):
            return []
        return [f"{where}: {actual!r:.120} does not match {sketch!r}"]
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (sketch, actual))
    if type(sketch) is not type(actual) and not numbers:
        return [f"{where}: expected {sketch!r}, got {actual!r:.120}"]
    return [] if sketch == actual else [f"{where}: expected {sketch!r}, got {actual!r:.120}"]


def _items_match(sketch: list[Any], actual: list[Any], where: str) -> bool:
    if not sketch:
        return not actual
    head, rest = sketch[0], sketch[1:]
    if head is ANY:
        return any(_items_match(rest, actual[skip:], where) for skip in range(len(actual) + 1))
    return bool(actual) and not mismatches(head, actual[0], where) and _items_match(rest, actual[1:], where)


# -- blocks and steps ----------------------------------------------------------------------------


def shell_blocks(readme: str) -> list[Block]:
    blocks = []
    for found in FENCE.finditer(readme):
        if found.group(1) != "sh":
            continue
        line = readme.count("\n", 0, found.start(2)) + 1
        text = found.group(2)
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        skipped = first[len(SKIP_MARK) :].strip() if first.startswith(SKIP_MARK) else None
        blocks.append(Block(line, text, [] if skipped else _steps(text, line), skipped))
    return blocks


def _steps(text: str, first_line: int) -> list[Step]:
    lines = text.splitlines()
    steps: list[Step] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip() or line.lstrip().startswith("#"):
            i += 1
            continue
        start = i
        heredoc = HEREDOC.search(line)
        while lines[i].rstrip().endswith("\\") and i + 1 < len(lines):
            i += 1
            heredoc = heredoc or HEREDOC.search(lines[i])
        if heredoc:
            while i + 1 < len(lines) and lines[i].strip() != heredoc.group(1):
                i += 1
        i += 1
        step = Step("\n".join(lines[start:i]), first_line + start)
        comments = []
        while i < len(lines) and lines[i].lstrip().startswith("#"):
            comments.append(lines[i].strip())
            i += 1
        step.expectation = _expectation(comments)
        steps.append(step)
    return steps


def _expectation(comments: list[str]) -> Expectation | None:
    if not comments:
        return None
    status_line = STATUS.match(comments[0])
    if status_line:
        status: int | None = int(status_line.group(1))
        rest = status_line.group(2)
    elif comments[0].lstrip("# ").startswith(("{", "[")):
        status, rest = None, comments[0].lstrip("# ")
    else:
        return None
    headers: dict[str, str] = {}
    while (header := HEADER.match(rest)) is not None:
        headers[header.group(1)] = header.group(2)
        rest = rest[header.end() :]
    rest = rest.strip()
    body: Any = ANY
    if rest.startswith(("{", "[")):
        text = rest
        more = iter(comments[1:])
        while sketch_end(text) is None:
            following = next(more, None)
            if following is None:
                raise ValueError(f"the sketch under {comments[0]!r} never closes")
            text += " " + following.lstrip("#").strip()
        body = parse_sketch(text[: sketch_end(text)])
    return Expectation(status, headers, body, comments[0])
