"""The three forms a PATCH of resume sections takes, and how each one changes a resume document.

- `application/json`: `{resume_id?, version?, sections}` (PatchSectionsRequest), the original form:
  each named list section is replaced whole, `basics` merges field by field.
- `application/merge-patch+json` (RFC 7396): a JSON object merged into the resume: objects merge,
  arrays and other values replace, `null` deletes (the field takes its empty value).
- `application/json-patch+json` (RFC 6902): a list of operations (add, remove, replace, move,
  copy, test) on JSON Pointer paths, e.g. `/skills/0/keywords/-`, applied in order, all or none.

Both patch forms apply to the resume as GET /resume_sections shows it (its `resume` object). The
result must be a valid resume (a 422 names the field that is not), and `sections`, the raw text
the parser read, is the server's: a patch may read it but never change it.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from resume_api.errors import Conflict, Unprocessable, UnsupportedMediaType
from resume_api.models.resume import (
    SECTION_KEYS,
    Award,
    Certificate,
    Education,
    Interest,
    Language,
    Profile,
    Project,
    Publication,
    Reference,
    Resume,
    Skill,
    Volunteer,
    Work,
)
from resume_api.models.sections import PatchSectionsRequest

JSON = "application/json"
MERGE_PATCH = "application/merge-patch+json"
JSON_PATCH = "application/json-patch+json"
MEDIA_TYPES = (JSON, MERGE_PATCH, JSON_PATCH)
"""What PATCH /resume_sections accepts, in the order the `Accept-Patch` header lists them."""

SERVER_OWNED = ("sections",)
"""Fields of the resume document only the parser writes."""
ENVELOPE = ("resume_id", "version", "filename", "status", "uploaded_at", "updated_at", "session")
"""What GET shows around the document: never part of it, so never patchable."""

MAX_OPERATIONS = 500
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
"""A patched resume larger than this (as JSON) is refused: `copy` could otherwise double it per
operation (copy /work into /work/-), a memory bomb in a few dozen operations."""

_POINTER = r"^(/([^~/]|~[01])*)*$"
_POINTER_HELP = "A JSON Pointer (RFC 6901) into the resume, e.g. /skills/0/keywords/- (- appends)."


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
    a section; `basics` merges. `sections` (the parser's raw text) cannot be patched."""

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

JSON_PATCH_ADAPTER: TypeAdapter[list[JsonPatchOperation]] = TypeAdapter(JsonPatchDocument)


# -- the edits, once read from a request ---------------------------------------------------------


@dataclass(frozen=True)
class MergePatch:
    """An RFC 7396 merge patch, validated against ResumeMergePatch, as the client sent it."""

    document: dict[str, Any]


@dataclass(frozen=True)
class JsonPatch:
    operations: list[JsonPatchOperation]


SectionsEdit = PatchSectionsRequest | MergePatch | JsonPatch
"""A PATCH body once read, in one of the three forms."""


def unsupported_media_type() -> UnsupportedMediaType:
    return UnsupportedMediaType(
        f"PATCH takes {', '.join(MEDIA_TYPES[:-1])} or {MEDIA_TYPES[-1]}.",
        code="unsupported_type",
        headers={"Accept-Patch": ", ".join(MEDIA_TYPES)},
    )


def read_edit(media_type: str, data: Any) -> SectionsEdit:
    """A decoded PATCH body as the edit its media type says it is; 415 for any other type, 422
    naming the field for a body that is not a valid document of that type."""
    if media_type == JSON:
        try:
            return PatchSectionsRequest.model_validate(data)
        except ValidationError as exc:
            raise invalid(exc) from None
    if media_type == MERGE_PATCH:
        if not isinstance(data, dict):
            raise _not_a("merge patch of a resume", "a JSON object")
        for field in data:
            if field in ENVELOPE or field in SERVER_OWNED:
                raise read_only_error(field)
        try:
            ResumeMergePatch.model_validate(data)
        except ValidationError as exc:
            raise invalid(exc) from None
        return MergePatch(data)
    if media_type == JSON_PATCH:
        if not isinstance(data, list):
            raise _not_a("JSON Patch", "a JSON array of operations")
        try:
            return JsonPatch(JSON_PATCH_ADAPTER.validate_python(data))
        except ValidationError as exc:
            raise invalid(exc) from None
    raise unsupported_media_type()


def _not_a(what: str, shape: str) -> Unprocessable:
    return Unprocessable(
        f"A {what} is {shape}.",
        code="validation_error",
        details={"fields": [{"field": "body", "message": f"expected {shape}"}]},
    )


def apply_edit(current: Resume, edit: SectionsEdit) -> Resume:
    """The resume after the edit, validated (raises 422 or, for a failed `test`, 409)."""
    if isinstance(edit, PatchSectionsRequest):
        data = current.model_dump(mode="json")
        for section, value in edit.sections.model_dump(exclude_unset=True, mode="json").items():
            data[section] = dict(data["basics"], **value) if section == "basics" else value
        return validated_resume(data, current)
    document = resume_document(current)
    if isinstance(edit, MergePatch):
        return validated_resume(merge_patch(document, edit.document), current)
    return validated_resume(apply_json_patch(document, edit.operations), current)


def resume_document(resume: Resume) -> dict[str, Any]:
    """The resume as GET shows it (every field, nulls included): what both patch forms address."""
    return resume.model_dump(mode="json")


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396 section 2, as written there: objects merge, `null` removes, anything else replaces."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    merged = dict(target) if isinstance(target, dict) else {}
    for name, value in patch.items():
        if value is None:
            merged.pop(name, None)
        else:
            merged[name] = merge_patch(merged.get(name), value)
    return merged


def _pointer_text(operation: JsonPatchOperation) -> str:
    source = getattr(operation, "from_", None)
    return (
        f"{operation.op} {source} → {operation.path}"
        if source is not None
        else f"{operation.op} {operation.path}"
    )


def apply_json_patch(document: dict[str, Any], operations: list[JsonPatchOperation]) -> dict[str, Any]:
    """RFC 6902 through the `jsonpatch` library, one operation at a time on a copy (so a failure
    names its operation and nothing is half-applied). A failed `test` is a 409 (the resume is not
    in the state the client expected, like a stale version); an operation whose path does not
    exist in this resume is a 422 naming the operation."""
    import jsonpatch
    import jsonpointer

    working = copy.deepcopy(document)
    size = len(json.dumps(working, ensure_ascii=False))
    for index, operation in enumerate(operations):
        raw = operation.model_dump(by_alias=True, exclude_unset=True)
        if operation.op == "copy":
            size += _size_at(working, raw["from"])
            if size > MAX_DOCUMENT_BYTES:
                raise _too_large(index)
        try:
            working = jsonpatch.JsonPatch([raw]).apply(working, in_place=True)
        except jsonpatch.JsonPatchTestFailed:
            raise Conflict(
                f"Operation {index} ({_pointer_text(operation)}) failed: the resume holds a different "
                "value there, so nothing was changed.",
                code="patch_test_failed",
            ) from None
        except (jsonpatch.JsonPatchException, jsonpointer.JsonPointerException):
            raise Unprocessable(
                f"Operation {index} ({_pointer_text(operation)}) cannot be applied: the path does not "
                "exist in this resume (or, for add, its parent does not).",
                code="patch_not_applicable",
                details={"fields": [{"field": f"{index}.path", "message": "no such location in the resume"}]},
            ) from None
    return working


def _size_at(document: dict[str, Any], pointer: str) -> int:
    import jsonpointer

    try:
        return len(json.dumps(jsonpointer.resolve_pointer(document, pointer), ensure_ascii=False))
    except jsonpointer.JsonPointerException:
        return 0  # the copy fails on its own, with its own message


def _too_large(index: int) -> Unprocessable:
    return Unprocessable(
        f"Operation {index} would make the resume larger than {MAX_DOCUMENT_BYTES} bytes.",
        code="patch_too_large",
        details={"fields": [{"field": f"{index}.from", "message": "copies too much"}]},
    )


def read_only_error(field: str) -> Unprocessable:
    owner = "the parser" if field in SERVER_OWNED else "the server"
    message = f"{field}: set by {owner}, it cannot be patched."
    return Unprocessable(
        message,
        code="validation_error",
        details={"fields": [{"field": field, "message": f"read-only: set by {owner}"}]},
    )


def validated_resume(document: Any, current: Resume) -> Resume:
    """The patched document as a resume: server-owned fields unchanged, every field valid (a 422
    naming each field that is not, in the same shape as every other validation error)."""
    if not isinstance(document, dict):
        raise Unprocessable(
            "The patched resume must be a JSON object.",
            code="validation_error",
            details={"fields": [{"field": "body", "message": "the resume is an object"}]},
        )
    for field in ENVELOPE:
        if field in document:
            raise read_only_error(field)
    before = current.model_dump(mode="json")
    for field in SERVER_OWNED:
        if document.get(field, []) != before.get(field, []):
            raise read_only_error(field)
    if len(json.dumps(document, ensure_ascii=False)) > MAX_DOCUMENT_BYTES:
        raise Unprocessable(
            f"The patched resume is larger than {MAX_DOCUMENT_BYTES} bytes.", code="patch_too_large"
        )
    try:
        return Resume.model_validate(document)
    except ValidationError as exc:
        raise invalid(exc) from None


def invalid(exc: ValidationError, prefix: tuple[str, ...] = ()) -> Unprocessable:
    """A pydantic error as our 422: `fields` names each field (dotted path), never echoing its value."""
    problems = [
        {"field": ".".join(str(p) for p in (*prefix, *err["loc"])) or "body", "message": err["msg"]}
        for err in exc.errors(include_input=False, include_url=False)
    ]
    message = "; ".join(f"{p['field']}: {p['message']}" for p in problems[:5])
    return Unprocessable(message, code="validation_error", details={"fields": problems[:20]})


def changed_sections(before: Resume, after: Resume) -> list[str]:
    """The JSON Resume sections whose content differs, in schema order."""
    old, new = before.model_dump(mode="json"), after.model_dump(mode="json")
    return [key for key in SECTION_KEYS if old[key] != new[key]]
