"""The patch bodies as the OpenAPI document describes them: an RFC 7396 merge patch of a resume and
an RFC 6902 operation list, as pydantic models the document's schemas are generated from.

Only `make openapi` (the document's assembly) imports this module: building these models costs a
PATCH function's cold start about 12 ms, and the PATCH function does not need them, since
`models.patches` checks the same rules by hand (and the validated resume does the rest).
tests/unit/test_patch_forms.py checks that both accept and refuse the same bodies.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_api.models.patches import MAX_OPERATIONS, POINTER_PATTERN
from resume_api.models.resume import (
    Award,
    Certificate,
    Education,
    Interest,
    Language,
    Profile,
    Project,
    Publication,
    Reference,
    Skill,
    Volunteer,
    Work,
)

_POINTER_HELP = "A JSON Pointer (RFC 6901) into the resume, e.g. /skills/0/keywords/- (- appends)."
_POINTER = POINTER_PATTERN


# -- application/merge-patch+json: the document, described exactly ---------------------------


class _MergePatch(BaseModel):
    """Every member optional; `null` deletes it; unknown members are refused."""

    model_config = ConfigDict(extra="forbid")


class LocationMergePatch(_MergePatch):
    address: str | None = Field(None, max_length=500)
    postalCode: str | None = Field(None, max_length=40)
    city: str | None = Field(None, max_length=200)
    countryCode: str | None = Field(None, max_length=10)
    region: str | None = Field(None, max_length=200)


class BasicsMergePatch(_MergePatch):
    """`basics` merges member by member; `location` too; `profiles` is an array, so it replaces."""

    name: str | None = Field(None, max_length=300)
    label: str | None = Field(None, max_length=300)
    image: str | None = Field(None, max_length=500)
    email: str | None = Field(None, max_length=320)
    phone: str | None = Field(None, max_length=60)
    url: str | None = Field(None, max_length=500)
    summary: str | None = Field(None, max_length=10_000)
    location: LocationMergePatch | None = None
    profiles: Annotated[list[Profile], Field(max_length=50)] | None = None


class ResumeMergePatch(_MergePatch):
    """An RFC 7396 merge patch of the resume: each list section given replaces the whole list (an
    array is never merged item by item: use application/json-patch+json for that); `null` empties
    a section; `basics` merges. `sections` (the parser's raw text) cannot be patched. A date a
    patch brings in is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real day; `present` for an ongoing
    `endDate`) and a URL is http(s), mailto or a bare host/path, or the answer is 422 naming it."""

    basics: BasicsMergePatch | None = None
    work: Annotated[list[Work], Field(max_length=200)] | None = None
    volunteer: Annotated[list[Volunteer], Field(max_length=200)] | None = None
    education: Annotated[list[Education], Field(max_length=100)] | None = None
    awards: Annotated[list[Award], Field(max_length=200)] | None = None
    certificates: Annotated[list[Certificate], Field(max_length=200)] | None = None
    publications: Annotated[list[Publication], Field(max_length=500)] | None = None
    skills: Annotated[list[Skill], Field(max_length=200)] | None = None
    languages: Annotated[list[Language], Field(max_length=100)] | None = None
    interests: Annotated[list[Interest], Field(max_length=100)] | None = None
    references: Annotated[list[Reference], Field(max_length=100)] | None = None
    projects: Annotated[list[Project], Field(max_length=200)] | None = None


# -- application/json-patch+json: the operations ------------------------------------------------


class _Operation(BaseModel):
    """Members an operation does not define are ignored, as RFC 6902 section 4 requires."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    path: str = Field(max_length=2000, pattern=_POINTER, description=_POINTER_HELP)


class JsonPatchAdd(_Operation):
    """Add `value` at `path`: a new member, or an array item inserted before the index (`-`: appended)."""

    op: Literal["add"]
    value: Any


class JsonPatchRemove(_Operation):
    """Remove the value at `path` (an array item: the ones after it move up)."""

    op: Literal["remove"]


class JsonPatchReplace(_Operation):
    """Replace the value at `path`, which must exist."""

    op: Literal["replace"]
    value: Any


class JsonPatchMove(_Operation):
    """Remove the value at `from` and add it at `path` (e.g. reorder bullets)."""

    op: Literal["move"]
    from_: str = Field(alias="from", max_length=2000, pattern=_POINTER, description=_POINTER_HELP)


class JsonPatchCopy(_Operation):
    """Add a copy of the value at `from` at `path`."""

    op: Literal["copy"]
    from_: str = Field(alias="from", max_length=2000, pattern=_POINTER, description=_POINTER_HELP)


class JsonPatchTest(_Operation):
    """Check the value at `path` equals `value`; if not, nothing is applied and the answer is 409."""

    op: Literal["test"]
    value: Any


JsonPatchOperation = Annotated[
    JsonPatchAdd | JsonPatchRemove | JsonPatchReplace | JsonPatchMove | JsonPatchCopy | JsonPatchTest,
    Field(discriminator="op"),
]
JsonPatchDocument = Annotated[list[JsonPatchOperation], Field(min_length=1, max_length=MAX_OPERATIONS)]
"""An RFC 6902 patch: its operations apply in order, and either all of them do or none."""
