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
import re
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError

from resume_api.errors import Conflict, Unprocessable, UnsupportedMediaType
from resume_api.models.resume import SECTION_KEYS, Resume
from resume_api.models.sections import PATCH_MEDIA_TYPES
from resume_api.models.sections_patch import PatchSectionsRequest
from resume_api.models.slotted import Frozen

MEDIA_TYPES = PATCH_MEDIA_TYPES
JSON, MERGE_PATCH, JSON_PATCH = MEDIA_TYPES

SERVER_OWNED = ("sections",)
"""Fields of the resume document only the parser writes."""
ENVELOPE = ("resume_id", "version", "filename", "status", "uploaded_at", "updated_at", "session")
"""What GET shows around the document: never part of it, so never patchable."""

MAX_OPERATIONS = 500
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
"""A patched resume larger than this (as JSON) is refused: `copy` could otherwise double it per
operation (copy /work into /work/-), a memory bomb in a few dozen operations."""

POINTER_PATTERN = r"^(/([^~/]|~[01])*)*$"
_POINTER = re.compile(POINTER_PATTERN)
MAX_POINTER = 2000
OPERATIONS = {
    "add": "value",
    "remove": None,
    "replace": "value",
    "move": "from",
    "copy": "from",
    "test": "value",
}
"""RFC 6902's operations and the member each needs besides `op` and `path`."""


# -- the edits, once read from a request ---------------------------------------------------------


class MergePatch(Frozen):
    """An RFC 7396 merge patch of a resume, as the client sent it (a JSON object)."""

    __slots__ = ("document",)
    document: dict[str, Any]

    def __init__(self, document: dict[str, Any]) -> None:
        object.__setattr__(self, "document", document)


class JsonPatch(Frozen):
    """RFC 6902 operations, each checked for its members (the ones an operation does not define
    stay, ignored, as section 4 requires)."""

    __slots__ = ("operations",)
    operations: list[dict[str, Any]]

    def __init__(self, operations: list[dict[str, Any]]) -> None:
        object.__setattr__(self, "operations", operations)


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
        unknown = _unknown_members(data, Resume)
        if unknown:
            raise Unprocessable(
                "; ".join(f"{name}: Extra inputs are not permitted" for name in unknown[:5]),
                code="validation_error",
                details={
                    "fields": [
                        {"field": n, "message": "Extra inputs are not permitted"} for n in unknown[:20]
                    ]
                },
            )
        return MergePatch(data)  # what it merges into is validated as a resume, field by field
    if media_type == JSON_PATCH:
        if not isinstance(data, list):
            raise _not_a("JSON Patch", "a JSON array of operations")
        return JsonPatch(_operations(data))
    raise unsupported_media_type()


def _unknown_members(patch: dict[str, Any], model: type[BaseModel], prefix: str = "") -> list[str]:
    """Members the resume does not have, in the patch's objects (`null` included: deleting a
    member that cannot exist is a typo, not a no-op). Array items replace, so the resume's own
    validation names theirs."""
    unknown = []
    for name, value in patch.items():
        field = model.model_fields.get(name)
        if field is None:
            unknown.append(f"{prefix}{name}")
            continue
        objects = (
            () if get_origin(field.annotation) is list else (field.annotation, *get_args(field.annotation))
        )
        nested = [t for t in objects if isinstance(t, type) and issubclass(t, BaseModel)]
        if nested and isinstance(value, dict):
            unknown += _unknown_members(value, nested[0], f"{prefix}{name}.")
    return unknown


def _operations(data: list[Any]) -> list[dict[str, Any]]:
    """Each operation has a known `op`, a JSON Pointer `path`, and the member its op needs."""
    problems: list[dict[str, str]] = []
    if not 1 <= len(data) <= MAX_OPERATIONS:
        problems.append({"field": "body", "message": f"a patch has 1 to {MAX_OPERATIONS} operations"})
    for index, operation in enumerate(data[:MAX_OPERATIONS]):
        if not isinstance(operation, dict):
            problems.append({"field": f"{index}", "message": "an operation is a JSON object"})
            continue
        op = operation.get("op")
        if op not in OPERATIONS:
            problems.append({"field": f"{index}.op", "message": f"one of {', '.join(OPERATIONS)}"})
            continue
        needs = OPERATIONS[op]
        pointers = ["path", "from"] if needs == "from" else ["path"]
        for member in pointers:
            value = operation.get(member)
            if not isinstance(value, str) or len(value) > MAX_POINTER or not _POINTER.fullmatch(value):
                problems.append({"field": f"{index}.{member}", "message": "a JSON Pointer such as /skills/0"})
        if needs == "value" and "value" not in operation:
            problems.append({"field": f"{index}.value", "message": f"{op} needs a value"})
    if problems:
        message = "; ".join(f"{p['field']}: {p['message']}" for p in problems[:5])
        raise Unprocessable(message, code="validation_error", details={"fields": problems[:20]})
    return data


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


def _pointer_text(operation: dict[str, Any]) -> str:
    if OPERATIONS[operation["op"]] == "from":
        return f"{operation['op']} {operation['from']} → {operation['path']}"
    return f"{operation['op']} {operation['path']}"


def apply_json_patch(document: dict[str, Any], operations: list[dict[str, Any]]) -> dict[str, Any]:
    """RFC 6902 through the `jsonpatch` library, one operation at a time on a copy (so a failure
    names its operation and nothing is half-applied). A failed `test` is a 409 (the resume is not
    in the state the client expected, like a stale version); an operation whose path does not
    exist in this resume is a 422 naming the operation."""
    import jsonpatch
    import jsonpointer

    working = copy.deepcopy(document)
    size = len(json.dumps(working, ensure_ascii=False))
    for index, operation in enumerate(operations):
        known = {k: v for k, v in operation.items() if k in ("op", "path", OPERATIONS[operation["op"]])}
        if operation["op"] == "copy":
            size += _size_at(working, operation["from"])
            if size > MAX_DOCUMENT_BYTES:
                raise _too_large(index)
        try:
            working = jsonpatch.JsonPatch([known]).apply(working, in_place=True)
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
