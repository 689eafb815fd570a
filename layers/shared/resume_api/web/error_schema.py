"""The error body as the OpenAPI document describes it: `{"error": {"code", "message", "request_id"}}`.

Documentation only: web/errors.py sends these bodies as plain JSON, and the routes point at
`#/components/schemas/ErrorResponse`; these models are turned into that component when the document
is assembled (local_runner.openapi, `make openapi`), so no function builds them at cold start.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class FieldProblem(BaseModel):
    field: str = Field(description="Dotted path of the field (e.g. sections.skills.0.keywords), or body.")
    message: str = Field(description="What is wrong with it.")


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable machine-readable code, e.g. version_conflict.")
    message: str = Field(description="What went wrong, for a person.")
    request_id: str | None = Field(None, description="API Gateway's request id: quote it when reporting.")
    current_version: int | None = Field(
        None, description="409 and 412 on a resume: the version stored now (reload, reapply, retry)."
    )
    fields: list[FieldProblem] | None = Field(None, description="422: every field that is wrong.")


class ErrorResponse(BaseModel):
    error: ErrorDetail
