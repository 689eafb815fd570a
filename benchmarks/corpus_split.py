"""The corpus split, defined once: the files the parser may be tuned on, and the files it is only measured on.

The corpus grew from 25 resumes (the parser was tuned on all of them) to 58. Of every file that is
not one of the first 25 — today's 33 and any added later — a stable hash of the file name decides:
odd first byte of `sha256(name)` → HELD OUT (only its aggregate is ever reported), even → TUNE.
The tune half is those even files plus the first 25. A score on files the parser was tuned on says
nothing about the next resume; the held-out figure is the one to quote.

Used by the parse benchmarks (accuracy, preservation) and by tests that may only look at tune files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Literal

Half = Literal["tune", "held_out"]

TUNED_EARLIER = frozenset(
    {
        "altacv__mmayer.pdf",
        "awesome-cv__resume.pdf",
        "deedy-resume__deedy_resume-openfont.pdf",
        "open-resume__laverne-resume.pdf",
        "open-resume__openresume-resume.pdf",
        "rendercv__John_Doe_ClassicTheme_CV.pdf",
        "rendercv__John_Doe_EngineeringresumesTheme_CV.pdf",
        "rendercv__John_Doe_ModerncvTheme_CV.pdf",
        "rendercv__John_Doe_OpalTheme_CV.pdf",
        "resume-matcher__alfred_pennyworth_pm.pdf",
        "resume-matcher__barry_allen_fe.pdf",
        "resume-matcher__john_doe.pdf",
        "resume-matcher__resume_1.pdf",
        "resume-matcher__template-modern-two-column.pdf",
        "resume-matcher__template-single-column.pdf",
        "sb2nov-resume__sourabh_bajaj_resume.pdf",
        "soupboss__01-Accountant.pdf",
        "soupboss__02-Desktop_Support.pdf",
        "soupboss__aws-devops-engineer-resume-example.pdf",
        "soupboss__devops-engineer-resume-example.pdf",
        "soupboss__01-Accountant.docx",
        "soupboss__01-Desktop_Support.docx",
        "soupboss__01-Office_Coordinator.docx",
        "soupboss__02-Accountant.docx",
        "soupboss__02-Desktop_Support.docx",
    }
)
"""The 25 files the parser was tuned on before the corpus grew (always in the tune half)."""


def half(name: str) -> Half:
    """Which half a corpus file (by its file name) belongs to."""
    if name in TUNED_EARLIER:
        return "tune"
    return "held_out" if hashlib.sha256(name.encode()).digest()[0] % 2 else "tune"


def held_out(name: str) -> bool:
    return half(name) == "held_out"


def split(names: Iterable[str]) -> dict[Half, list[str]]:
    """The names of each half, sorted."""
    out: dict[Half, list[str]] = {"tune": [], "held_out": []}
    for name in sorted(names):
        out[half(name)].append(name)
    return out
