"""What every upload of a resume file is held to: its type, its name, and the new resume's id.

Plain rules, no model: the direct upload (logic/uploads.py) takes them without building the
presigned upload's request and answer (models/presign.py), which the presign flow alone answers with.
"""

from __future__ import annotations

import secrets
import unicodedata

from resume_api.errors import Unprocessable

ACCEPTED_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


def new_resume_id(now: float) -> str:
    """Time-ordered (milliseconds) then random: the latest upload sorts last even within a second."""
    return f"r_{int(now * 1000):012x}{secrets.token_hex(6)}"


def clean_filename(name: str | None) -> str:
    """The file name as given, refused if it could be read as a path or carries control characters."""
    name = unicodedata.normalize("NFC", (name or "").strip())
    if not name or len(name) > 200:
        raise Unprocessable("The file name must be 1 to 200 characters.", code="bad_filename")
    if any(c in name for c in "/\\") or name in {".", ".."} or name.startswith("."):
        raise Unprocessable("The file name must not contain a path.", code="bad_filename")
    if any(unicodedata.category(c) in {"Cc", "Cf", "Cs", "Co"} for c in name):
        raise Unprocessable("The file name contains control characters.", code="bad_filename")
    return name
