"""The instruction detector, where the guard has always imported it from.

It lives in `resume_api.instructions` now, below parsing, tailoring and ats, because all three
need it: parsing reports instructions at upload, the guard never takes them as evidence, and the
ATS score never counts a keyword that only an instruction names.
"""

from __future__ import annotations

from resume_api.instructions import Instruction, find_instructions, without_instructions

__all__ = ["Instruction", "find_instructions", "without_instructions"]
