"""What the blind sets written before a round's rules share (claims_own.py, claims_jd.py): how a
resume and a job are written down, the stable hash that splits a set into the half rules may be
fixed on and the half only measured, and the shape `benchmarks.claims` reads external sets in."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any

FAITHFUL = "faithful"


def job(name: str, position: str, start: str, end: str, *highlights: str) -> dict[str, Any]:
    return {
        "name": name,
        "position": position,
        "startDate": start,
        "endDate": end,
        "highlights": list(highlights),
    }


def resume(name: str, label: str, summary: str, work: list[dict[str, Any]], **rest: Any) -> dict[str, Any]:
    return {"basics": {"name": name, "label": label, "summary": summary}, "work": work, **rest}


def hashed_half(salt: str, tune: str, measure: str) -> Callable[[str, str], str]:
    """A stable hash of the case's words decides its half, so nobody chooses which cases are tuned on."""

    def half(domain: str, rewrite: str) -> str:
        return measure if hashlib.sha256(f"{salt}{domain}|{rewrite}".encode()).digest()[0] % 2 else tune

    return half


def external_shape(
    cases: Sequence[tuple[str, int | None, int | None, str, str]],
    domains: dict[str, Any],
    half: Callable[[str, str], str],
) -> dict[str, Any]:
    """The set in the external sets' shape (domains, cases with target, label and kind)."""
    out = [
        {
            "domain": domain,
            "target": {"summary": True} if job is None else {"job": job, "bullet": bullet},
            "rewrite": rewrite,
            "label": "faithful" if kind == FAITHFUL else "fabricated",
            "kind": kind,
            "half": half(domain, rewrite),
        }
        for domain, job, bullet, kind, rewrite in cases
    ]
    return {"domains": domains, "cases": out}
