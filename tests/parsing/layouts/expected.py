"""What a parse must give back for a generated resume, and where a parse differs from it.

The expectation is made from the JSON the generator printed (after `build.prepare`), never from
a parser's output. Comparison is exact after whitespace normalisation, entry by entry, in order:
what a careful reader would type back in from the page.
"""

from __future__ import annotations

import re
from typing import Any

FIELDS: dict[str, tuple[str, ...]] = {
    "work": ("name", "position", "location", "startDate", "endDate", "highlights"),
    "education": ("institution", "studyType", "area", "startDate", "endDate"),
    "skills": ("name", "keywords"),
    "languages": ("language", "fluency"),
    "certificates": ("name", "issuer", "date"),
    "awards": ("title", "awarder", "date"),
    "projects": ("name", "description", "highlights"),
    "publications": ("name", "publisher", "releaseDate"),
    "volunteer": ("organization", "position", "startDate", "endDate", "highlights"),
    "references": ("name", "reference"),
    "interests": ("name",),
}
"""Per section, the fields a generated resume prints and a parse must return."""


def norm(value: Any) -> Any:
    """Whitespace collapsed and stripped; lists item by item; empty strings and lists are None."""
    if isinstance(value, str):
        s = re.sub(r"\s+", " ", value).strip()
        return s or None
    if isinstance(value, list):
        items = [norm(v) for v in value]
        return [v for v in items if v is not None] or None
    return value


def expected(printed: dict[str, Any]) -> dict[str, Any]:
    """The parse a demanding user expects for a resume printed as `printed` (see `build.prepare`)."""
    out: dict[str, Any] = {
        "basics": {"name": printed["basics"]["name"], "email": printed["basics"]["email"]},
    }
    if "summary" in printed["order"]:
        out["basics"]["summary"] = printed["basics"]["summary"]
    for key, fields in FIELDS.items():
        items = (printed.get(key) or []) if key in printed["order"] else []
        rows = []
        for item in items:
            shown = (
                {"name": item["name"], "reference": "\n".join(item["lines"])} if key == "references" else item
            )
            rows.append({f: norm(shown.get(f)) for f in fields})
        out[key] = rows
    out["other"] = [
        {"heading": norm(o["heading"]), "text": norm("\n".join(o["lines"]))}
        for o in (printed.get("other") or [])
        if "other" in printed["order"]
    ]
    return out


def _heading_words(heading: str | None) -> str | None:
    """A heading's words: icons, numbering and case are typography, not text."""
    if heading is None:
        return None
    h = re.sub(r"^[^\w]+|^\d+[.)]\s*|^[IVX]+\.\s+", "", heading.strip())
    return norm(h.casefold())


def _show(value: Any, limit: int = 90) -> str:
    s = repr(value)
    return s if len(s) <= limit else s[: limit - 3] + "..."


CORE = {"name", "email", "position", "startDate", "endDate", "institution", "studyType", "keywords"}
"""Fields whose mismatch is reported first: who, where, when. Locations and bullets follow."""


def _priority(problem: str) -> int:
    head = problem.split(":", 1)[0]
    if "[" not in head and "." not in head:
        return 0  # a wrong number of entries, a missing section
    return 1 if head.rsplit(".", 1)[-1] in CORE else 2


def mismatches(parsed: dict[str, Any], want: dict[str, Any]) -> list[str]:
    """Every difference between a parse and the expectation, most telling first, one line each."""
    return sorted(_mismatches(parsed, want), key=_priority)


def _mismatches(parsed: dict[str, Any], want: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for f, value in want["basics"].items():
        got = norm(parsed.get("basics", {}).get(f))
        if got != norm(value):
            out.append(f"basics.{f}: expected {_show(norm(value))}, got {_show(got)}")
    for key, fields in FIELDS.items():
        exp = want[key]
        got_items = [{f: norm(item.get(f)) for f in fields} for item in parsed.get(key) or []]
        if key == "skills":
            # a list printed without a group name: whatever name the parser gives the group is its own
            for e, g in zip(exp, got_items, strict=False):
                if e["name"] is None:
                    g["name"] = None
        if len(got_items) != len(exp):
            first = [tuple(v for v in g.values() if v)[:2] for g in got_items[:4]]
            out.append(f"{key}: expected {len(exp)} entries, got {len(got_items)}: {_show(first)}")
        for i, (e, g) in enumerate(zip(exp, got_items, strict=False)):
            for f in fields:
                if e[f] != g[f]:
                    out.append(f"{key}[{i}].{f}: expected {_show(e[f])}, got {_show(g[f])}")
    others = [s for s in parsed.get("sections") or [] if s.get("key") == "other"]
    for o in want["other"]:
        match = [s for s in others if _heading_words(s.get("heading")) == _heading_words(o["heading"])]
        if not match:
            heads = [(s.get("heading"), s.get("key")) for s in parsed.get("sections") or []]
            out.append(
                f"other: no section {o['heading']!r} with key 'other'; sections were {_show(heads, 160)}"
            )
        elif norm(match[0].get("text")) != o["text"]:
            out.append(
                f"other[{o['heading']}].text: expected {_show(o['text'])}, got {_show(norm(match[0].get('text')))}"
            )
    return out
