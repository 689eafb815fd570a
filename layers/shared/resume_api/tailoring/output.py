"""What the LLM must return: a tailored resume, field for field, that the truth guard then checks.

The model echoes each entry's employer, title and dates so the guard can pair it with the
source entry; those echoed facts are never taken from the model, only compared. Unknown keys
are ignored rather than refused: a chatty model still produces a usable answer.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class TailoredWork(_Out):
    name: str | None = Field(None, max_length=300, description="Employer, exactly as in the source.")
    position: str | None = Field(None, max_length=300, description="Job title, exactly as in the source.")
    startDate: str | None = Field(None, max_length=20)
    endDate: str | None = Field(None, max_length=20)
    summary: str | None = Field(None, max_length=2_000)
    highlights: list[str] = Field(default_factory=list, max_length=40)


class TailoredSkill(_Out):
    name: str | None = Field(None, max_length=200)
    keywords: list[str] = Field(default_factory=list, max_length=100)


class TailoredProject(_Out):
    name: str | None = Field(None, max_length=300)
    description: str | None = Field(None, max_length=2_000)
    highlights: list[str] = Field(default_factory=list, max_length=40)


class TailoredCertificate(_Out):
    name: str | None = Field(None, max_length=500)
    issuer: str | None = Field(None, max_length=300)


class TailoredOutput(_Out):
    summary: str | None = Field(None, max_length=3_000, description="A rewritten professional summary.")
    work: list[TailoredWork] = Field(default_factory=list, max_length=60)
    skills: list[TailoredSkill] = Field(default_factory=list, max_length=40)
    projects: list[TailoredProject] = Field(default_factory=list, max_length=60)
    certificates: list[TailoredCertificate] = Field(default_factory=list, max_length=60)
    notes: list[str] = Field(default_factory=list, max_length=20, description="Why each change was made.")


def output_schema() -> dict[str, Any]:
    """The JSON schema handed to providers that can enforce one (inlined: some reject $ref)."""
    return inline_schema(TailoredOutput)


def inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """`model`'s JSON schema with every $ref inlined and titles and defaults dropped."""
    schema = model.model_json_schema()
    definitions = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(definitions[node["$ref"].rsplit("/", 1)[-1]])
            return {k: inline(v) for k, v in node.items() if k not in ("title", "default")}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    return dict(inline(schema))
