"""Date truth: whether a parsed job or school says what its label says about *when*.

A job whose end date is lost reads as a job the person still holds, a school whose dates are lost
as a current student: a false statement about the person that the field scores barely see (a wrong
`endDate` is one field among many; education dates are not scored at all). Counted over the
entries `score.py` matches (work by employer and title, education by institution, its own
`match`), per set, by the corpus benchmark (`parse_accuracy`) and the theme one (`theme_accuracy`):

- invented present: the label has an end date, the parse says current (its end is a word for
  "present", or it has a start and no end);
- lost end: of those, the parse has a start and no end at all;
- lost present: the label says current, the parse has an end date;
- wrong year: a start or end year both have, differing;
- invented dates: the parse has a start, or an end date, where the label has none (and does not
  say current).

A label says current where its end is `present`, or where it carries `current: True` (the theme
labeller's mark for a job held now on a theme that prints no word for "present"); `current: None`
means the page does not say (an end the theme did not print): such an entry counts only for years
and invented dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

KEYS = ("matched", "invented_present", "lost_end", "lost_present", "wrong_year", "invented_dates")
_PRESENT = {"present", "current", "now", "today"}


def _year(value: object) -> str | None:
    m = re.match(r"\d{4}", str(value or ""))
    return m.group() if m else None


def _present(value: object) -> bool:
    return str(value or "").strip().casefold() in _PRESENT


def _one(parsed: dict[str, Any], label: dict[str, Any], out: dict[str, int]) -> None:
    ps, pe = parsed.get("startDate"), parsed.get("endDate")
    ls, le = label.get("startDate"), label.get("endDate")
    current = label.get("current", _present(le) or None)
    ended = _year(le) is not None
    p_ended = _year(pe) is not None
    out["matched"] += 1
    if ended and (_present(pe) or (ps and not pe)):
        out["invented_present"] += 1
        out["lost_end"] += bool(ps and not pe)
    if current and p_ended:
        out["lost_present"] += 1
    if (_year(ps) and _year(ls) and _year(ps) != _year(ls)) or (p_ended and ended and _year(pe) != _year(le)):
        out["wrong_year"] += 1
    if (ps and not ls) or (p_ended and not ended and not current):
        out["invented_dates"] += 1


def count(score: Any, parsed: dict[str, Any], label: dict[str, Any]) -> dict[str, int]:
    """One resume's counts, work and education together, over the pairs `score.py` matches."""
    out = dict.fromkeys(KEYS, 0)
    sim = score.sim
    if label.get("work"):
        pairs = score.match(
            parsed.get("work") or [],
            label["work"],
            lambda p, t: min(sim(p.get("name"), t["name"]), sim(p.get("position"), t["position"])),
        )
        for p, t in pairs:
            _one(p, t, out)
    if label.get("education"):
        pairs = score.match(
            parsed.get("education") or [],
            label["education"],
            lambda p, t: sim(p.get("institution"), t["institution"]),
        )
        for p, t in pairs:
            _one(p, t, out)
    return out


def total(counts: Iterable[dict[str, int]]) -> dict[str, int]:
    out = dict.fromkeys(KEYS, 0)
    for c in counts:
        for k in KEYS:
            out[k] += c.get(k, 0)
    return out


def row(c: dict[str, int]) -> str:
    """`matched 412: invented present 9 (lost end 7), lost present 3, wrong year 5, invented dates 2`."""
    return (
        f"matched {c['matched']}: invented present {c['invented_present']} (lost end {c['lost_end']}), "
        f"lost present {c['lost_present']}, wrong year {c['wrong_year']}, invented dates {c['invented_dates']}"
    )
