"""PATCH /v1/resume_sections: merge-update named sections; optimistic concurrency on `version`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from resume_api.logic import sections
from resume_api.models.sections import PatchSectionsRequest, PatchSectionsResponse
from resume_api.web import wiring
from resume_api.web.app import create_app, note
from resume_api.web.context import Caller, current_caller
from resume_api.web.errors import error_responses
from resume_api.web.handler import make_handler

router = APIRouter(tags=["resumes"])


@router.patch(
    "/v1/resume_sections",
    operation_id="patch_resume_sections",
    response_model=PatchSectionsResponse,
    responses=error_responses(400, 401, 404, 409, 422, 503),
)
def patch_resume_sections(
    body: PatchSectionsRequest, request: Request, caller: Annotated[Caller, Depends(current_caller)]
) -> PatchSectionsResponse:
    response = sections.patch_sections(caller, body, resumes=wiring.resumes())
    note(
        request,
        resume_id=response.resume_id,
        version=response.version,
        sections_changed=response.sections_changed,
    )
    return response


app = create_app(router)
handler = make_handler(app)
