"""PATCH /v1/resume_sections: change a resume's sections, in one of three media types.

The body is read by `web.patch_request` (FastAPI parses one body type per route); REQUEST_BODIES
tells the OpenAPI assembly the schema of each form. The answer's ETag is the version stored.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response

import resume_api.web.gc_pause  # noqa: F401  (first of ours: collection paused until make_handler)
from resume_api.logic import sections_patch
from resume_api.models.patches import JSON, JSON_PATCH, MERGE_PATCH, SectionsEdit
from resume_api.models.sections import etag
from resume_api.models.sections_patch import PatchSectionsResponse
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.contract import ACCEPT_PATCH, ETAG, success
from resume_api.web.errors import error_response, error_responses
from resume_api.web.handler import make_handler
from resume_api.web.patch_request import parse_if_match, patch_edit
from resume_api.web.wiring.resumes import resume_repository

router = APIRouter(tags=["resumes"])

REQUEST_BODIES = {
    "patch_resume_sections": {
        JSON: "resume_api.models.sections_patch:PatchSectionsRequest",
        MERGE_PATCH: "resume_api.models.patch_schemas:ResumeMergePatch",
        JSON_PATCH: "resume_api.models.patch_schemas:JsonPatchDocument",
    }
}
"""The model of each form of the body, imported only when the OpenAPI document is assembled (see
local_runner.openapi and web.contract): building them is no part of this function's cold start."""

DESCRIPTION = """\
Changes the sections of the session's latest ready resume (or the one `?resume_id=` names) and
stores the result as its next version. Three media types:

- **`application/merge-patch+json`** ([RFC 7396](https://www.rfc-editor.org/rfc/rfc7396)): a JSON
  object merged into the resume as GET shows it. Objects merge member by member (`basics`,
  `basics.location`); arrays and every other value replace what was there (a section given as an
  array replaces the whole section); `null` deletes a member, which then takes its empty value
  (`null` for a text field, `[]` for a list). Members the patch does not name are left as they are.
- **`application/json-patch+json`** ([RFC 6902](https://www.rfc-editor.org/rfc/rfc6902)): an array
  of operations (`add`, `remove`, `replace`, `move`, `copy`, `test`) on JSON Pointer paths into the
  resume, such as `/skills/0/keywords/-` (`-` appends). They apply in order, all or none. A failed
  `test` is a **409** `patch_test_failed` and changes nothing; an operation whose path does not
  exist in this resume is a **422** `patch_not_applicable` naming the operation.
- **`application/json`** (the original form): `{resume_id?, version?, sections}`; each section named
  in `sections` is replaced whole, `basics` merges field by field.

**Which version you change.** Send `If-Match` with the ETag GET /resume_sections gave (`"3"`): if
the resume is at another version the answer is **412** with `current_version` and the current
ETag. Or, in an `application/json` body, send `version`: a stale one is a **409**
`version_conflict` with `current_version`. Without either the request is a **422** naming
`version`. `If-Match: *` changes whatever version is stored. Of concurrent writers exactly one
wins; the others get the same 412 or 409.

The result must be a valid resume: a **422** `validation_error` lists every field that is not
(`fields`, dotted paths such as `skills.0.keywords.3`). `sections`, the text the parser read, is the
server's: a patch may read it (`test`, `copy` from it) but never change it. A patch that changes
nothing keeps the version. The answer carries the stored version as its `ETag`.
"""

_MERGE_EXAMPLES: dict[str, Any] = {
    "merge": {
        "summary": "Set one field of basics and replace the interests section",
        "value": {"basics": {"label": "Backend engineer"}, "interests": [{"name": "Chess"}]},
    },
    "delete": {
        "summary": "null deletes: remove the phone number",
        "value": {"basics": {"phone": None}},
    },
}
_JSON_PATCH_EXAMPLES: dict[str, Any] = {
    "add_skill": {
        "summary": "Add one skill to the first skill group, leaving the others as they are",
        "value": [{"op": "add", "path": "/skills/0/keywords/-", "value": "Terraform"}],
    },
    "insert_and_test": {
        "summary": "Insert an interest first, then check it is there (all or nothing)",
        "value": [
            {"op": "add", "path": "/interests/0", "value": {"name": "Chess", "keywords": ["openings"]}},
            {"op": "test", "path": "/interests/0/name", "value": "Chess"},
        ],
    },
}
_JSON_EXAMPLES: dict[str, Any] = {
    "replace_skills": {
        "summary": "Replace the skills section (version in the body)",
        "value": {
            "version": 1,
            "sections": {"skills": [{"name": "Languages", "keywords": ["Python", "Go"]}]},
        },
    },
    "basics_field": {
        "summary": "Change one field of basics (basics merges field by field)",
        "value": {"version": 1, "sections": {"basics": {"label": "Backend engineer"}}},
    },
}


@router.patch(
    "/v1/resume_sections",
    operation_id="patch_resume_sections",
    summary="Patch a resume's sections (merge patch, JSON Patch or sections)",
    description=DESCRIPTION,
    response_model=PatchSectionsResponse,
    responses={
        200: success("The resume as stored now, and its version.", ETag=ETAG),
        415: {
            **error_response(415, "Not one of the three media types; Accept-Patch lists them."),
            "headers": {"Accept-Patch": ACCEPT_PATCH},
        },
        **error_responses(400, 401, 404, 409, 412, 422, 503),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "The change, in one of three media types (see the operation's description).",
            "content": {
                MERGE_PATCH: {"examples": _MERGE_EXAMPLES},
                JSON_PATCH: {"examples": _JSON_PATCH_EXAMPLES},
                JSON: {"examples": _JSON_EXAMPLES},
            },
        }
    },
)
def patch_resume_sections(
    request: Request,
    response: Response,
    caller: Annotated[Caller, Depends(current_caller)],
    edit: Annotated[SectionsEdit, Depends(patch_edit)],
    resume_id: Annotated[
        str | None,
        Query(
            max_length=64,
            description="The resume to change (default: the latest ready one). An application/json "
            "body may name it instead.",
            openapi_examples={
                "by_id": {"summary": "A resume of this session", "value": "r_01jd3x8k2m9q4v7w5t6y0z1a2b"}
            },
        ),
    ] = None,
    if_match: Annotated[
        str | None,
        Header(
            alias="If-Match",
            max_length=1024,
            description='The ETag GET /resume_sections gave, e.g. "1": 412 unless that is the current '
            "version. Required unless an application/json body gives version.",
            openapi_examples={"version_1": {"summary": "A resume at version 1", "value": '"1"'}},
        ),
    ] = None,
) -> PatchSectionsResponse:
    result = sections_patch.patch_sections(
        caller,
        edit,
        resumes=resume_repository(),
        resume_id=resume_id,
        if_match=None if if_match is None else parse_if_match(if_match),
    )
    response.headers["ETag"] = etag(result.version)
    note(
        request, resume_id=result.resume_id, version=result.version, sections_changed=result.sections_changed
    )
    return result


app = create_app(router)
handler = make_handler(app)
